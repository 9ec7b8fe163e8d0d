import { describe, expect, it } from 'vitest';
import { AliasMatcher } from './alias-matcher.js';
import { findKnownActors } from './entity-finder.js';
import { fold } from '../fold.js';

const found = (aliases: string[], folded: string) => new AliasMatcher(aliases).matchesIn(folded).map((m) => [m.start, m.end, m.text]);

/** The alternation the matcher replaced, with the word-start test as a lookbehind: the matches it must give. */
function reference(aliases: string[], folded: string): [number, number, string][] {
  const alternatives = [...aliases].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...folded.matchAll(re)].map((m) => [m.index, m.index + m[0].length, m[0]]);
}

describe('aliases found in folded text', () => {
  it.each([
    [
      'an alias at the start and the end of the text',
      ['japan', 'viet nam'],
      'japan and viet nam',
      [
        [0, 5, 'japan'],
        [10, 18, 'viet nam'],
      ],
    ],
    [
      'the longest of two overlapping aliases',
      ['viet', 'viet nam', 'nam'],
      'viet nam, viet and nam',
      [
        [0, 8, 'viet nam'],
        [10, 14, 'viet'],
        [19, 22, 'nam'],
      ],
    ],
    ['a shorter alias where the longer one runs into a word', ['kim', 'kim jong'], 'kim jongun', [[0, 3, 'kim']]],
    ['an alias ending in a full stop, not before a letter', ['u.s.'], 'the u.s. and u.s.a', [[4, 8, 'u.s.']]],
    ['no alias inside a word', ['oman', 'japan'], 'romance, japanese, japan2, 2japan', []],
    ['an alias after a letter beyond U+FFFF is inside a word', ['japan'], '\u{1D400}japan \u{1F600}japan', [[10, 15, 'japan']]],
    ['an alias before a letter beyond U+FFFF runs into a word', ['japan'], 'japan\u{1D400} japan\u{1F600}', [[8, 13, 'japan']]],
    ['an alias after a diacritic-free non-ASCII letter is inside a word', ['nam'], 'ßnam nam', [[5, 8, 'nam']]],
  ])('%s', (_, aliases, text, expected) => {
    expect(found(aliases, text)).toEqual(expected);
    expect(found(aliases, text)).toEqual(reference(aliases, text));
  });

  it('gives what the alternation gave on text made of aliases, separators and characters beyond U+FFFF', () => {
    const aliases = ['us', 'u.s.', 'u.s', 'viet', 'viet nam', 'nam', 'kim', 'kim jong', 'kim jong un', 'jong un', 'a', 'ab', 'b c', 'é', 'x-', 'japan'];
    const pieces = [...aliases, ' ', ' ', '-', '.', ',', '’', '\n', 'x', '9', '\u{1D400}', '\u{1F600}', '\u0301', '–'];
    let seed = 7;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    for (let k = 0; k < 2000; k++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]).join(next() < 0.5 ? '' : ' ');
      expect(found(aliases, text), text).toEqual(reference(aliases, text));
    }
  });
});

describe('a case-sensitive alias', () => {
  it('"US" is found in folded text and kept only where the document writes it in capitals', () => {
    const text = 'The US and Japan asked us to wait.';
    expect(findKnownActors(text, () => undefined, fold(text)).map((m) => m.text)).toEqual(['US', 'Japan']);
  });
});
