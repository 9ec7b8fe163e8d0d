import { describe, expect, it } from 'vitest';
import { escapeRegExp, wordAlternation } from './word-alternation.js';

/** The flat alternation the trie stands for: the words longest first, each character spelled. */
const flat = (words: string[], spell = escapeRegExp) =>
  `(?:${[...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => [...w].map(spell).join(''))
    .join('|')})`;

/** Every match of a pattern, with its groups, as plain data. */
const matches = (source: string, flags: string, text: string) => [...text.matchAll(new RegExp(source, flags))].map((m) => ({ at: m.index, groups: [...m] }));

const TITLES = [
  'Minister',
  'Minister of Finance',
  'Minister for Foreign Affairs',
  'Foreign Minister',
  'foreign minister',
  'Mayor',
  'President',
  'president',
  'Vice President',
  'Vice-President',
  'Speaker',
  'Speaker of the House',
];
const SPACED = (c: string) => (c === '-' ? '[\\s-]' : c === ' ' ? '\\s+' : escapeRegExp(c));
const NUMBERS = ['a', 'an', 'a couple', 'a couple of', 'two', 'twenty', 'twenty-two', 'twenty-four', 'thirty', 'thirty-one', 'half a dozen', 'half'];

describe('wordAlternation', () => {
  it('writes shared beginnings once, longer words before the shorter word they extend', () => {
    expect(wordAlternation(['Minister', 'Minister of Finance', 'Mayor'])).toBe('(?:M(?:inister(?: of Finance)?|ayor))');
    expect(wordAlternation(['U.S.', 'UK'])).toBe('(?:U(?:\\.S\\.|K))');
  });

  it('matches what the flat alternation matches, group for group, in titles before names', () => {
    const text =
      'Foreign Minister Ana Ruiz met the Minister of Finance Olu Bello and the Minister Tan Wei. ' +
      'Vice-President Kamau Otieno said the Speaker of the House Mary Lee and Speaker Ito Ken agreed; the vice president Bo Kim did not. Ministers Pat Ray.';
    const tail = '\\s+([\\p{Lu}][\\p{Ll}]+(?:\\s+[\\p{Lu}][\\p{Ll}]+)?)';
    const trie = matches(`\\b(${wordAlternation(TITLES)})${tail}`, 'gu', text);
    expect(trie).toEqual(matches(`\\b(${flat(TITLES)})${tail}`, 'gu', text));
    expect(trie.map((m) => m.groups[1])).toEqual(['Foreign Minister', 'Minister of Finance', 'Minister', 'Vice-President', 'Speaker of the House', 'Speaker', 'president']);
  });

  it('keeps the flat order where a longer word fails after it: the shorter one is then tried', () => {
    // "Minister of Finance" matches but no name follows it; "Minister" then does not match either (" of" is no name).
    const text = 'The Minister of Finance said so. The Minister of Finance Ode Ali spoke.';
    const source = (alt: string) => `\\b(${alt})\\s+([\\p{Lu}][\\p{Ll}]+)`;
    expect(matches(source(wordAlternation(TITLES)), 'gu', text)).toEqual(matches(source(flat(TITLES)), 'gu', text));
  });

  it('spells characters as classes (number words, spaced or hyphenated) and matches as the flat form does', () => {
    const text = 'A couple of weeks, twenty four days, twenty-two years, an hour, half a  dozen months, Thirty-one nights, twentytwo days, a couples week.';
    const source = (alt: string) => `\\b(${alt})\\s+(day|week|month|year|hour|night)s?\\b`;
    const trie = matches(source(wordAlternation(NUMBERS, { spell: SPACED, ignoreCase: true })), 'gi', text);
    expect(trie).toEqual(matches(source(flat(NUMBERS, SPACED)), 'gi', text));
    expect(trie.map((m) => m.groups[1])).toEqual(['A couple of', 'twenty four', 'twenty-two', 'an', 'half a  dozen', 'Thirty-one']);
  });

  it('falls back to the flat form where two branches could match one character', () => {
    // "[\s-]" and " " (as "\s+") both match a space after "twenty".
    expect(wordAlternation(['twenty-two', 'twenty two'], { spell: SPACED })).toBe(flat(['twenty-two', 'twenty two'], SPACED));
    // Case-blind, "P" and "p" are one character.
    expect(wordAlternation(['President', 'president'], { ignoreCase: true })).toBe(flat(['President', 'president']));
  });

  it('writes the trie in any case for a lookahead, where any word will do', () => {
    const starts = ['twenty-two', 'twenty two', 'President', 'president'];
    const text = 'president twenty two; twenty-two; Presidents; twentytwo';
    const at = (alt: string) => matches(`(?=${alt})`, 'gi', text).map((m) => m.at);
    expect(at(wordAlternation(starts, { ignoreCase: true, anyOrder: true }))).toEqual(at(flat(starts)));
  });

  it('matches nothing that the flat form does not: no word, one word, text without any', () => {
    expect(wordAlternation([])).toBe('(?:)');
    expect(wordAlternation(['Mayor'])).toBe('(?:Mayor)');
    expect(matches(`\\b${wordAlternation(TITLES)}\\b`, 'g', 'the mayor and the ministers met in the Ministry')).toEqual([]);
  });
});
