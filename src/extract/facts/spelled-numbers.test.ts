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

/** Session 47 review fixes: a compound keeps the rule of a number in words; a label's number, a tally and a year said in words are read as none. */
describe('compound numbers spelled out: what they must not become', () => {
  it('takes no indicator from the sentence before, and none after a label word', () => {
    const text = 'Plan\n\nFour hundred Ugandan nurses will train in Kenya. Item two hundred and seven of the list was deferred.\n';
    expect(facts(text)).toEqual([['Four hundred', 400, 'persons', text.indexOf('Four hundred')]]);
  });

  it('reads no vote tally in words', () => {
    expect(facts('Vote\n\nThe motion was carried by two hundred and twelve votes to eighty.\n')).toEqual([]);
  });

  it('rewrites no year said in words', () => {
    for (const t of ['It began in two thousand five.', 'In nineteen hundred and ninety-five the post had a clerk.', 'By two thousand twelve it had closed.'])
      expect(spelledNumbers(t).spans, t).toEqual([]);
    expect(spelledNumbers('Twelve hundred traders came.').spans.map((s) => s.digits)).toEqual([10]);
  });

  it('reads no figure from a year said in words, and counts a year-sized compound before a plural noun (second reading)', () => {
    expect(facts('Bridge\n\nThe new bridge opened in two thousand and eleven.\n')).toEqual([]);
    expect(facts('Accord\n\nNineteen hundred and seventy-one was the year the accord was signed.\n')).toEqual([]);
    const a = 'Camps\n\nTwo thousand and forty Ugandan refugees reached Kakuma.\n';
    expect(facts(a)).toEqual([['Two thousand and forty', 2040, 'persons', a.indexOf('Two thousand')]]);
    const b = 'Patrols\n\nEleven hundred and sixty Kenyan police officers joined the patrol.\n';
    expect(facts(b)).toEqual([['Eleven hundred and sixty', 1160, 'persons', b.indexOf('Eleven hundred')]]);
  });
});
