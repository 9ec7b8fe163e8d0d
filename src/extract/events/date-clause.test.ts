import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** The events of a text dated `date`: [trigger start, trigger end, trigger text, PLOVER category]. */
function eventsOn(text: string, date: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences })
    .events.filter((e) => e.date === date)
    .map((e) => [e.trigger.start, e.trigger.end, text.slice(e.trigger.start, e.trigger.end), e.plover.type]);
}

describe("a date's act is a trigger of its own clause (ofDateClause, session 36)", () => {
  it.each([
    // A relative clause after ", which" tells what the act would have done: the signing is the date's act, not the relations.
    [
      'In March 2011 the foreign ministers of Malawi and Zambia signed the Chipata Protocols, which would have established diplomatic relations within a year.',
      '2011-03',
      [[57, 85, 'signed the Chipata Protocols', 'AGREE']],
    ],
    // A colon parts two clauses: the assassination is the date's act; the relations established after it are told beside it.
    [
      'After the assassination of President Banda in May 1994, relations improved quickly: Zambia and Malawi established diplomatic relations and exchanged ambassadors in January 1995.',
      '1994-05',
      [
        [10, 23, 'assassination', 'ASSAULT'],
        [102, 134, 'established diplomatic relations', 'COOPERATE'],
      ],
    ],
  ] as [string, string, unknown[][]][])('%s', (text, date, expected) => {
    expect(eventsOn(text, date)).toEqual(expected);
  });

  it.each([
    // One clause: the type that ranks first still wins ("established diplomatic relations" over the visit of the same clause).
    [
      'In March 2011 Zambia and Malawi established diplomatic relations during a visit to Lilongwe.',
      '2011-03',
      [
        [32, 64, 'established diplomatic relations', 'COOPERATE'],
        [74, 79, 'visit', 'CONSULT'],
      ],
    ],
    // The date's clause has no trigger of its own: the sentence's best trigger keeps it.
    ['In March 2011 the two ministers met in Lusaka, which had hosted the regional summit.', '2011-03', [[32, 35, 'met', 'CONSULT']]],
  ] as [string, string, unknown[][]][])('%s: unchanged', (text, date, expected) => {
    expect(eventsOn(text, date)).toEqual(expected);
  });
});
