import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** The events of a text (report of 30 June 2025): [trigger start, trigger end, trigger text, date, mode, told by `sayingActs`]. */
function eventsOf(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2025-06-30' }).events.map((e) => [
    e.trigger.start,
    e.trigger.end,
    text.slice(e.trigger.start, e.trigger.end),
    e.date,
    e.mode,
    /\+saying\b/.test(e.rule),
  ]);
}

describe('a statement dated by its verb of saying beside the act its content dates (sayingActs)', () => {
  it.each([
    // The saying's date opens the sentence; the content's act keeps its own date, planned.
    [
      'On 12 February 2024 Kenya announced that it would reopen its border crossing with Somalia in June 2024.',
      [
        [50, 56, 'reopen', '2024-06', 'planned', false],
        [50, 56, 'reopen', '2024-02-12', 'asserted', true],
      ],
    ],
    // The saying's date between the verb and "that" (a weekday, read from the report's date).
    [
      'The ministry said on Monday that Chilean troops had crossed the border on 3 May.',
      [
        [52, 79, 'crossed the border on 3 May', '2025-05-03', 'asserted', false],
        [52, 79, 'crossed the border on 3 May', '2025-06-30', 'asserted', true],
      ],
    ],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });

  it.each([
    // The saying states no date of its own: the content's act alone (the report's day was tried and cost more than it gained).
    'The ministry said that Chilean troops had crossed the border on 3 May.',
    // The saying's date already dates an act of the sentence: no second event of it.
    'On 12 February 2024 Kenya closed the Mandera crossing and said that it would reopen it in June 2024.',
    // One date only: the act and the statement share it.
    'On 12 February 2024 Kenya announced that it would reopen its border crossing with Somalia.',
    // A date that opens the sentence before a semicolon is its first clause's, not the saying's after it.
    'On 3 May 2024 the border stayed quiet; the ministry said that Chilean troops had left in 2020.',
  ])('%s: no statement of its own', (text) => {
    expect(eventsOf(text).filter((e) => e[5])).toEqual([]);
  });
});
