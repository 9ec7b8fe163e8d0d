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
    // A relative clause after ", which" tells what the act was meant to do: the signing is the date's main act, though the
    // relations' type ranks first; the relations stay a second event.
    [
      'Malawi and Zambia signed a framework accord in Livingstone in March 2011, which was meant to establish diplomatic relations by the following spring.',
      '2011-03',
      [
        [18, 43, 'signed a framework accord', 'AGREE'],
        [93, 123, 'establish diplomatic relations', 'COOPERATE'],
      ],
    ],
    // A colon parts two clauses: the bombing is the earlier date's act; the clause after the colon has its own date and keeps its act.
    [
      'Following the bombing of the Lusaka border post in May 1994, ties thawed slowly: Zambia and Malawi established diplomatic relations and opened embassies in January 1995.',
      '1994-05',
      [[14, 21, 'bombing', 'ASSAULT']],
    ],
    [
      'Following the bombing of the Lusaka border post in May 1994, ties thawed slowly: Zambia and Malawi established diplomatic relations and opened embassies in January 1995.',
      '1995-01',
      [[99, 131, 'established diplomatic relations', 'COOPERATE']],
    ],
    // The own clause picks only the main event: the signing of the relative clause, which the ranking of types made the main event
    // before, stays a second event.
    [
      'On 4 May 2019 Zambia hosted talks with Malawi, which ended with the signing of a border treaty.',
      '2019-05-04',
      [
        [21, 27, 'hosted', 'CONSULT'],
        [68, 94, 'signing of a border treaty', 'AGREE'],
      ],
    ],
    // Issuing a statement whose content follows a colon is no act beside the content: one expulsion, not two events.
    ['On 4 May 2019 the Zambian government issued a communique: it expelled two Malawian diplomats.', '2019-05-04', [[61, 69, 'expelled', 'SANCTION']]],
    // ", as well as" joins like ", and": no clause bound, the ranking of types decides as it does for ", and established".
    ['Zambia and Malawi signed a trade agreement in May 2019, as well as establishing diplomatic relations.', '2019-05', [[67, 100, 'establishing diplomatic relations', 'COOPERATE']]],
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
    // Must not: a clause after a colon with no date of its own keeps the date that took its act.
    [
      'On 4 May 2019 the two presidents met in Lilongwe: they signed a border treaty.',
      '2019-05-04',
      [
        [33, 36, 'met', 'CONSULT'],
        [55, 77, 'signed a border treaty', 'AGREE'],
      ],
    ],
    // Must not: an issuing verb with no colon after its statement is still read.
    [
      'On 4 May 2019 the Zambian government expelled two Malawian diplomats and issued a protest note.',
      '2019-05-04',
      [
        [37, 45, 'expelled', 'SANCTION'],
        [73, 89, 'issued a protest', 'DISAPPROVE'],
      ],
    ],
  ] as [string, string, unknown[][]][])('%s: unchanged', (text, date, expected) => {
    expect(eventsOn(text, date)).toEqual(expected);
  });
});
