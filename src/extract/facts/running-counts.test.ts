import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

function facts(text: string, documentDate = '2026-03-12') {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).facts;
}

/** [sentence, [quote of the value, its offset, value, unit, period, indicator]…]: every fact the sentence gives, in order. */
type Case = [string, [string, number, number, string, string | undefined, string][]];

/**
 * Counts wire reports and encyclopedias state with an ordinal, a partitive or a hyphenated
 * modifier, written in their manner about other pairs (none of the eval sets' text): how many
 * so far ("the third … this year"), a part and its whole ("160 of the 162 seats", "the third of
 * four patrol boats").
 */
const cases: Case[] = [
  // An ordinal after "the" with a period still running counts how many so far.
  ['Vilnius said it was the fourth incursion into Lithuanian airspace since the start of the year.', [['fourth', 24, 4, 'count', '2026', 'incursion']]],
  ['He was the second Georgian envoy to be called to the ministry in as many weeks.', [['second', 11, 2, 'count', '2026-03-12', 'georgian_envoy']]],
  ['Quito sent Lima a note verbale, the fifth protest note this year.', [['fifth', 36, 5, 'count', '2026', 'protest_note']]],
  // "the third of four …": the part so far and the whole.
  [
    'The navy received the third of four Pacific-class patrol boats promised by Wellington.',
    [
      ['third', 22, 3, 'count', '2026-03-12', 'pacific_class_patrol_boats'],
      ['four', 31, 4, 'count', '2026-03-12', 'pacific_class_patrol_boats'],
    ],
  ],
  // "N of the M things": both numbers count the things, a participle the tagger reads as a noun after them.
  [
    'In the election of March 1994 the Union Party won 41 of the 45 seats allotted to the northern provinces.',
    [
      ['41', 50, 41, 'count', '1994-03', 'seats'],
      ['45', 60, 45, 'count', '1994-03', 'seats'],
    ],
  ],
  // A number word counts what an action of the counted-facts lexicon governs ("were seized"), after a capitalised determiner too.
  [
    'Their three trawlers and about 900 kilograms of fish were seized, the coast guard said.',
    [
      ['three', 6, 3, 'count', '2026-03-12', 'trawlers'],
      ['900 kilograms', 31, 900, 'kg', '2026-03-12', 'quantity'],
    ],
  ],
];

/** Numbers that are no fact: a rank, an anniversary, time, the copies of a treaty, "one" standing for a thing, a target. */
const nothing: string[] = [
  'It was the second anniversary of the accord this year.',
  'The riots lasted two nights in the capital in May 2007.',
  'Done at Astana on 3 May 2026 in two original copies, each in the Kazakh and Kyrgyz languages.',
  'The leaders instructed their governments to raise bilateral trade to USD 5 billion by 2030.',
];

describe('running counts, parts and wholes', () => {
  for (const [sentence, expected] of cases) {
    it(sentence, () => {
      const got = facts(sentence).map((f) => [sentence.slice(f.valueStart, f.valueEnd), f.valueStart, f.value, f.unit, f.period, f.indicator]);
      expect(got).toEqual(expected);
    });
  }
  for (const sentence of nothing) it(`gives nothing: ${sentence}`, () => expect(facts(sentence)).toEqual([]));

  it('reads the figures of a headline, not of a later heading', () => {
    const text = 'Chile and Peru sign 12 agreements on Lima visit\n\nTrade\n\nTwo-way trade reached US$4.1 billion in 2025.\n\n3 ports in 2 years\n\nPeru plans to open new ports.';
    expect(facts(text).map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit])).toEqual([
      ['12', 12, 'count'],
      ['US$4.1 billion', 4100000000, 'USD'],
    ]);
  });

  it('reads a rank, not a running count, before a superlative', () => {
    expect(facts('Japan has been the second largest investor in Laos since 2015.').map((f) => [f.value, f.unit])).toEqual([[2, 'rank']]);
  });

  it('keeps "one" before a verb out of a list of agreements, and an amount due in a past year', () => {
    const text = 'The two sides signed six agreements, including one waiving visas for diplomats, in May 2025.';
    expect(facts(text).map((f) => [f.value, f.unit])).toEqual([[6, 'count']]);
    expect(facts('Japan had disbursed US$2 billion by 2020.').map((f) => [f.value, f.period])).toEqual([[2000000000, '2020']]);
  });
});
