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

  it('must not: a relative clause in the simple past, or one no comma sets off, is no sealed stretch', () => {
    // The simple past may tell the main act's own time ("summoned the envoy, who arrived …"): what the main clause takes is left as before.
    const simple = 'Kenya summoned the Ugandan envoy, who arrived in Nairobi in March 2024.';
    expect(enclosedClauses(simple, { start: 0, end: simple.length }, [{ start: 62, end: 72 }])).toEqual([]);
    // With no comma ("the accord that had been agreed …") the clause restricts its noun: nothing is set off (left: the main act takes its date).
    const bare = 'Kenya ratified the fisheries accord that had been agreed in Kampala on 4 May 2018.';
    expect(enclosedClauses(bare, { start: 0, end: bare.length }, [{ start: 71, end: 81 }])).toEqual([]);
    expect(rows(`NAIROBI, June 20 (Reuters) - ${bare}`, '2026-06-20')).toEqual([['ratified', 35, '2018-05-04', 'sentence']]);
  });

  it.each([
    // Must not: an act whose own clause has a date keeps it.
    ['HARARE, June 20 (Reuters) - Zimbabwe summoned the Zambian envoy on 18 June 2026, a week after talks that had stalled.', [['summoned', 37, '2026-06-18', 'sentence']]],
  ])('must not: %s', (text, expected) => {
    expect(rows(text, '2026-06-20').filter((r) => r[0] === 'summoned')).toEqual(expected);
  });

  it('a sealed stretch keeps the noun it tells of, when another act comes before it, with exact offsets', () => {
    const text = 'Kenya condemned the raid, which had killed four policemen near Lokichogio on 5 June 2026.';
    const day = { start: 77, end: 88 };
    const triggers = [
      { start: 6, end: 15 },
      { start: 20, end: 24 },
    ];
    expect(enclosedClauses(text, { start: 0, end: text.length }, [day], triggers)).toEqual([{ start: 24, end: 89, sealed: true, antecedent: { start: 20, end: 24 } }]);
    // Must not: a noun that is the main clause's only act ("resumed the talks") stands for that act, no antecedent.
    const talks = 'Kenya and Uganda resumed the talks, which had broken down in April 2021.';
    expect(enclosedClauses(talks, { start: 0, end: talks.length }, [{ start: 61, end: 71 }], [{ start: 29, end: 34 }])).toEqual([{ start: 34, end: 72, sealed: true }]);
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
    // The raid is the killing's, of 5 June; the condemnation is the report's, and no raid of the report's day is told.
    [
      'NAIROBI, June 20 (Reuters) - Kenya condemned the raid, which had killed four policemen near Lokichogio on 5 June 2026.',
      [
        ['killed four', 65, '2026-06-05', 'sentence'],
        ['condemned', 35, '2026-06-20', 'document'],
      ],
    ],
    [
      'NAIROBI, June 20 (Reuters) - Kenya condemned the attack, which had wounded four policemen near Lokichogio on 5 June 2026.',
      [
        ['attack', 49, '2026-06-05', 'sentence'],
        ['condemned', 35, '2026-06-20', 'document'],
      ],
    ],
    // The learned acceptor dates no main verb by a sealed date: no "resumed" of April 2021 beside the talks of the report's day.
    ['Kenya and Uganda resumed the talks, which had broken down in April 2021.', [['talks', 29, '2026-06-20', 'document']]],
    // A comma right after the main clause's date: the relative clause's year dates the signing only.
    [
      'NAIROBI, June 20 (Reuters) - Kenya ratified the fisheries protocol in August 2020, which Uganda had signed in 2018.',
      [
        ['ratified', 35, '2020-08', 'sentence'],
        ['signed', 100, '2018', 'sentence'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(rows(text, '2026-06-20')).toEqual(expected);
  });

  /** [trigger's words, start, date, source] of a document with no date of its own. */
  const undated = (text: string) => eventRows(text).map((e) => [e[5], e[4], e[1], e[2]]);

  it.each([
    // No paragraph date and no document date: the main act takes the sentence's date, as before the sealed stretch, not none.
    ['Kenya ratified the fisheries accord, which had been signed in Kampala on 4 May 2018.', [['ratified', 6, '2018-05-04', 'sentence']]],
    // A paragraph's date: the closure takes it; the reopening keeps its own.
    [
      'Relations between Kenya and Uganda worsened sharply in 1996. Kenya closed the crossing, which it had reopened in April 1993.',
      [
        ['worsened sharply in 1996', 35, '1996', 'sentence'],
        ['reopened', 101, '1993-04', 'sentence'],
        ['closed', 67, '1996', 'context'],
      ],
    ],
  ])('in a document with no date: %s', (text, expected) => {
    expect(undated(text)).toEqual(expected);
  });
});
