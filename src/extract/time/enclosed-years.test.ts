import { describe, expect, it } from 'vitest';
import { structure } from '../../ingest/segment/structure.js';
import { extract } from '../pipeline.js';

/**
 * A year told inside a relative clause or an appositive set off by commas is that clause's own (session 31, issue 10):
 * a day or a month of the main clause with no year takes the report's year, or the last year the main clauses told.
 * Sentences written for these tests in the manner of wire reports and histories.
 */
function timesOf(text: string, documentDate?: string): [string, number, string][] {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, ...(documentDate ? { documentDate } : {}) }).times.map((t) => [t.text, t.start, t.edtf]);
}

describe('a year inside a stretch set off by commas gives no year to the main clause', () => {
  it.each([
    // A relative clause: the visit is the report's year, not 2022.
    [
      'Ruto, who took office in September 2022, visited Kampala on 4 March.',
      '2023-05-10',
      [
        ['September 2022', 25, '2022-09'],
        ['4 March', 60, '2023-03-04'],
      ],
    ],
    // An appositive.
    [
      "Kenya's envoy, ambassador to Uganda in May 2019, met the Ugandan trade minister on 12 June.",
      '2024-07-01',
      [
        ['May 2019', 39, '2019-05'],
        ['12 June', 83, '2024-06-12'],
      ],
    ],
    // The clause's year holds inside it, not after it.
    [
      'Ruto, who took office in September 2022 and flew to Kampala on 4 October, met Museveni in March.',
      '2023-05-10',
      [
        ['September 2022', 25, '2022-09'],
        ['4 October', 63, '2022-10-04'],
        ['March', 90, '2023-03'],
      ],
    ],
    // A document with no date: the year the main clauses told last.
    [
      'In 2021 Kenya reopened its border post at Busia. Its trade minister, who had served as envoy in Kampala in March 2019, signed the customs accord on 4 June.',
      undefined,
      [
        ['2021', 3, '2021'],
        ['March 2019', 107, '2019-03'],
        ['4 June', 148, '2021-06-04'],
      ],
    ],
  ])('%s', (text, documentDate, expected) => {
    expect(timesOf(text, documentDate)).toEqual(expected);
  });

  it.each([
    // Inside the same clause the year holds.
    [
      'Ruto, who took office in September 2022 and flew to Kampala on 4 October, spoke to reporters.',
      '2023-05-10',
      [
        ['September 2022', 25, '2022-09'],
        ['4 October', 63, '2022-10-04'],
      ],
    ],
    // A stretch opened by a preposition sets the main clause's time: its year holds after it.
    [
      'Kenya, in March 2022, opened a consulate in Kampala and on 4 April signed a trade accord.',
      '2023-05-10',
      [
        ['March 2022', 10, '2022-03'],
        ['4 April', 59, '2022-04-04'],
      ],
    ],
    // A shift after the stretch counts on from its date: the year after the announcement.
    [
      'The pullout, announced by the Kenyan defence minister in July 2011, began the following year.',
      undefined,
      [
        ['July 2011', 57, '2011-07'],
        ['the following year', 74, '2012'],
      ],
    ],
  ])('must not move: %s', (text, documentDate, expected) => {
    expect(timesOf(text, documentDate)).toEqual(expected);
  });
});
