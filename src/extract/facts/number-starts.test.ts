import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { ARTICLE, CARDINAL, DIGIT, MULTIPLE, ORDINAL, numberStarts, startsOf } from './number-starts.js';
import { symbolStarts } from './currency-finder.js';
import { VALUE_PATTERNS, valueMatches } from './value-patterns.js';
import { matchesAt } from '../pattern-set.js';

const starts = (text: string, kinds: number) => startsOf(numberStarts(text), kinds);
const shown = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, m[0]]);

describe('places where numbers may begin', () => {
  // A superset: "the" may begin "third" or "thrice", "and" may begin "an"; the patterns decide.
  it.each([
    ['12 ships', DIGIT, [0]],
    ['in 1,005,000', DIGIT, [3, 5, 9]],
    ['paid US$20', DIGIT, [8]],
    ['A2B34', DIGIT, [1, 3]],
    ['Two ships, twelve boats', CARDINAL, [0, 11]],
    ['network, often', CARDINAL, []],
    ['a dozen and an', CARDINAL, [0]],
    ['a dozen and an', ARTICLE, [0, 8, 12]],
    ['the third, Twice', ORDINAL, [0, 4, 11]],
    ['the third, Twice', MULTIPLE, [0, 4, 11]],
    ['sixth', MULTIPLE, []],
    ['ſix', CARDINAL, [0]],
    ['ends with ten', CARDINAL, [10]],
  ])('%s', (text, kinds, expected) => {
    expect(starts(text, kinds)).toEqual(expected);
  });
});

describe('currency symbols before numbers', () => {
  // Every symbol ending where a number begins: "US$", "S$" and "$" in "US$20".
  it.each([
    ['US$20', [0, 1, 2]],
    ['paid US$ 20 and ¥5', [5, 6, 7, 16]],
    ['cost \\$5', [5, 6]],
    ['Rs. 500 and Rs 6', [0, 12]],
    ['x$5', [1]],
    ['US$', []],
  ])('%s', (text, expected) => {
    expect(symbolStarts(text, starts(text, DIGIT))).toEqual(expected);
  });
});

describe('value patterns tried where numbers begin', () => {
  it('match at the text start and end, next to each other, in either case, and not inside a word', () => {
    const text = 'Two million Kenyan shillings; US$5 billion and twelve Ships, 7% to 8% growth, 4,120 persons in 2005, network 3, Seven times, x5 and 10';
    const found = valueMatches(text);
    for (const [name, re] of Object.entries(VALUE_PATTERNS)) {
      re.lastIndex = 0;
      expect(shown(found[name as keyof typeof found]), name).toEqual(shown([...text.matchAll(re)]));
    }
    expect(shown(found.CURRENCY_AFTER)).toEqual([[0, 'Two million Kenyan shillings']]);
    expect(shown(found.CURRENCY_BEFORE)).toEqual([[30, 'US$5 billion']]);
    expect(shown(found.PLAIN).at(-1)).toEqual([text.length - 2, '10']);
  });

  it('give every pattern the matches it gives alone in every bundled document', () => {
    const dir = new URL('../../../corpus/vietnam-japan/', import.meta.url);
    const docs = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(docs.length).toBeGreaterThan(0);
    for (const f of docs) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      const found = valueMatches(text);
      for (const [name, re] of Object.entries(VALUE_PATTERNS)) {
        re.lastIndex = 0;
        expect(shown(found[name as keyof typeof found]), `${f} ${name}`).toEqual(shown([...text.matchAll(re)]));
      }
    }
  });

  it('resume after a match, as matchAll does', () => {
    expect(shown(matchesAt(/\d+/y, 'a 12 b 3', [2, 3, 7]))).toEqual([
      [2, '12'],
      [7, '3'],
    ]);
  });
});
