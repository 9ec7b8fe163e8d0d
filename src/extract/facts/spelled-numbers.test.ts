import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { spelledNumbers } from './spelled-numbers.js';

function facts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2026-05-01' }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.valueStart]);
}

/** Session 47: numbers spelled out in several words, as a speech or a transcript says them, are read whole. */
describe('compound numbers spelled out', () => {
  const cases: [string, string, number, string][] = [
    ['Speech\n\nFive hundred Kenyan students will study in Uganda.\n', 'Five hundred', 500, 'persons'],
    ['Speech\n\nTrade between our countries was two thousand eight hundred million dollars last year.\n', 'two thousand eight hundred million dollars', 2800000000, 'USD'],
    ['Speech\n\nWe share a border of two hundred and three kilometres.\n', 'two hundred and three kilometres', 203, 'km'],
    ['Speech\n\nTrade was three point one billion dollars last year.\n', 'three point one billion dollars', 3100000000, 'USD'],
    ['Speech\n\nThree point four million people crossed the border last summer.\n', 'Three point four million', 3400000, 'persons'],
    ['Speech\n\nTwelve hundred Kenyan traders were detained at the border.\n', 'Twelve hundred', 1200, 'persons'],
  ];
  for (const [text, quote, value, unit] of cases)
    it(`reads "${quote}"`, () => {
      expect(facts(text)).toEqual([[quote, value, unit, text.indexOf(quote)]]);
    });

  it('rewrites a compound as digits at its end, offsets unchanged', () => {
    const t = 'a border of two hundred and three kilometres';
    const got = spelledNumbers(t);
    expect(got.text).toBe(`a border of ${' '.repeat(18)}203 kilometres`);
    expect(got.text.length).toBe(t.length);
    expect(got.spans).toEqual([{ start: 12, end: 33, digits: 30 }]);
  });

  it('must not rewrite a year said in words, "point" with no scale after it, or a lone word', () => {
    for (const t of [
      'The accord was signed in two thousand and nineteen.',
      'It opened in two thousand twenty-four.',
      'At one point three ministers resigned.',
      'Hundreds of traders and a thousand lorries waited.',
      'Five three two.',
      'The chance of a delay was one in ten thousand.',
    ])
      expect(spelledNumbers(t).spans, t).toEqual([]);
  });
});
