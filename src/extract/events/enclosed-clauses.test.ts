import { describe, expect, it } from 'vitest';
import { enclosedClauses } from './enclosed-clauses.js';
import { reportEvents, eventRows } from '../../../test/helpers/events.js';

/** Sentences written for these tests in the manner of wire reports and histories (session 30, issue 10). */
const rows = (text: string, documentDate: string) => reportEvents(text, documentDate).map((e) => [e.trigger, e.triggerStart, e.date, e.dateSource]);

describe('a date inside a relative clause or an appositive is its own, not the main verb’s (session 30)', () => {
  it('finds the stretch a relative clause sets off, with exact offsets', () => {
    const text = "Kenya's foreign minister, who visited Kampala in 2019, summoned the Ugandan ambassador.";
    const year = { start: text.indexOf('2019'), end: text.indexOf('2019') + 4 };
    expect(enclosedClauses(text, { start: 0, end: text.length }, [year])).toEqual([{ start: 24, end: 53 }]);
  });

  it.each([
    // The summons is the report's, the visit 2019.
    [
      "NAIROBI, May 16 (Reuters) - Kenya's foreign minister, who visited Kampala in 2019, summoned the Ugandan ambassador.",
      [
        ['visited', 58, '2019', 'sentence'],
        ['summoned', 83, '2024-05-16', 'document'],
      ],
    ],
    // A relative clause whose verb tells no act of its own.
    ["NAIROBI, May 16 (Reuters) - Kenya's foreign minister, who studied in Kampala in 2019, summoned the Ugandan ambassador.", [['summoned', 86, '2024-05-16', 'document']]],
    // An appositive.
    ["NAIROBI, May 16 (Reuters) - Kenya's foreign minister, ambassador to Uganda in 2019, summoned the Ugandan envoy.", [['summoned', 84, '2024-05-16', 'document']]],
    // A date in the main clause before the relative clause is the summons'.
    ["NAIROBI, May 16 (Reuters) - On Tuesday, Kenya's foreign minister, who studied in Kampala in 2019, summoned the Ugandan ambassador.", [['summoned', 98, '2024-05-14', 'sentence']]],
  ])('%s', (text, expected) => {
    expect(rows(text, '2024-05-16')).toEqual(expected);
  });

  it('an act a participle after a comma dates keeps its date; the main verb after it does not take it', () => {
    expect(eventRows('The Tana river accord, signed by Kenya and Uganda in 2019, was suspended by Kampala.').map((e) => [e[1], e[5]])).toEqual([['2019', 'signed']]);
  });

  it.each([
    // A preposition opens a stretch that sets the main clause's time.
    ['Kenya, in 2019, opened a consulate in Kampala.', [['opened a consulate', 16, '2019', 'sentence']]],
    // So does an "-ing" participle of the same occasion.
    [
      'The two sides, meeting in Nairobi on 4 May, signed a trade accord.',
      [
        ['signed a trade accord', 44, '2024-05-04', 'sentence'],
        ['meeting', 15, '2024-05-04', 'sentence'],
      ],
    ],
    // A comma inside a date opens nothing.
    ['Kenya on Tuesday, May 14, summoned the Ugandan ambassador.', [['summoned', 26, '2024-05-14', 'sentence']]],
    // A relative clause that runs to the sentence's end interrupts nothing: the act before it keeps its date.
    ['Kenya and Uganda signed the border protocol at a conference in Arusha, which opened in March 1998.', [['signed the border protocol', 17, '1998-03', 'sentence']]],
  ])('must not move: %s', (text, expected) => {
    expect(rows(text, '2024-05-16')).toEqual(expected);
  });

  it("the date of a relative clause is no date of the passage: the next sentence takes the report's day (review of session 30)", () => {
    const text = "Zambia's foreign minister, who visited Dodoma in 2019, summoned the Tanzanian high commissioner. Zambia also recalled its envoy from Dodoma.";
    expect(rows(text, '2026-03-10')).toEqual([
      ['visited', 31, '2019', 'sentence'],
      ['summoned', 55, '2026-03-10', 'document'],
      ['recalled its envoy', 109, '2026-03-10', 'document'],
    ]);
    // Must not: a date of the main clause still dates the passage after it.
    expect(
      rows("On 2 March Zambia's foreign minister, who visited Dodoma in 2019, summoned the Tanzanian high commissioner. Zambia also recalled its envoy from Dodoma.", '2026-03-10').slice(-1),
    ).toEqual([['recalled its envoy', 120, '2026-03-02', 'context']]);
  });
});

describe('a relative clause in the past perfect run to the sentence’s end keeps its date (session 40)', () => {
  it('finds the sealed stretch, with exact offsets', () => {
    const text = 'Zimbabwe summoned the Zambian envoy, who had arrived in Harare in March 2024.';
    const month = { start: text.indexOf('March'), end: text.indexOf('2024') + 4 };
    expect(enclosedClauses(text, { start: 0, end: text.length }, [month])).toEqual([{ start: 35, end: 77, sealed: true }]);
  });

  it.each([
    // The summons is the report's; the arrival lies before it.
    ['HARARE, June 20 (Reuters) - Zimbabwe summoned the Zambian envoy, who had arrived in Harare in March 2024.', [['summoned', 37, '2026-06-20', 'document']]],
    // The ratification is the report's; the signing, an act of its own, keeps 3 May 2019.
    [
      'ACCRA, June 20 (GNA) - Ghana ratified the maritime treaty, which it had signed with Togo in Lomé on 3 May 2019.',
      [
        ['signed', 72, '2019-05-03', 'sentence'],
        ['ratified', 29, '2026-06-20', 'document'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(rows(text, '2026-06-20')).toEqual(expected);
  });

  it.each([
    // Must not: a simple past relative clause is left as before (it may tell the same time), and a past perfect inside commas is the session-30 stretch.
    ['HARARE, June 20 (Reuters) - Zimbabwe summoned the Zambian envoy, who arrived in Harare in March 2024.', [['summoned', 37, '2024-03', 'sentence']]],
    // Must not: an act whose own clause has a date keeps it.
    ['HARARE, June 20 (Reuters) - Zimbabwe summoned the Zambian envoy on 18 June 2026, a week after talks that had stalled.', [['summoned', 37, '2026-06-18', 'sentence']]],
  ])('must not: %s', (text, expected) => {
    expect(rows(text, '2026-06-20').filter((r) => r[0] === 'summoned')).toEqual(expected);
  });
});
