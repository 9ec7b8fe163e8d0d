import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** The events of a text whose rule matches `rule`: [trigger start, trigger end, trigger text, date, PLOVER category, actors]. */
function eventsBy(text: string, rule: RegExp, date?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: date })
    .events.filter((e) => rule.test(e.rule))
    .map((e) => [e.trigger.start, e.trigger.end, text.slice(e.trigger.start, e.trigger.end), e.date, e.plover.type, e.actors.map((a) => `${a.name}:${a.role}`).sort()]);
}

describe('the act of a clause of cause after "after" (afterClauseActs)', () => {
  it.each([
    // A trigger in the clause, its subject a state: dated as the main act, at its precision.
    ['Zambia closed the Chirundu crossing in March 2019 after Malawi detained two Zambian truck drivers.', [[63, 71, 'detained', '2019-03', 'COERCE', ['Malawi:agent', 'Zambia:target']]]],
    // A title before the subject's name; a length before "after" from a month still dates it by the month.
    [
      'In May 2016 Zambia sent troops to the border, days after President Peter Mutharika threatened Lusaka.',
      [[83, 93, 'threatened', '2016-05', 'THREATEN', ['Peter Mutharika:agent', 'Zambia:target']]],
    ],
    // A verb of the WordNet vocabulary, its subject a body of a state after "the" and its adjective.
    ['Malawi expelled a Zambian attaché in June 2004 after the Zambian parliament renamed the lake.', [[76, 83, 'renamed', '2004-06', 'SANCTION', ['Zambia:agent']]]],
    // An interval of months counts as a month: "days after" is finer and still dates the clause by it.
    ['Zambia closed the Chirundu crossing from March to May 2019, days after Malawi detained two drivers.', [[78, 86, 'detained', '2019-03/2019-05', 'COERCE', ['Malawi:agent']]]],
    // A possessive doer and an event noun tell the act as a clause does.
    ["Malawi recalled its envoy in May 2019 after Zambia's seizure of two trucks.", [[53, 60, 'seizure', '2019-05', 'COERCE', ['Zambia:agent']]]],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(eventsBy(text, /\+after-clause/)).toEqual(expected);
  });

  it.each([
    // A noun phrase after "after", not a clause.
    'Zambia closed the Chirundu crossing in March 2019 after the riots in Mzuzu.',
    // The clause states a date of its own: the sentence's dates tell its events.
    'Zambia closed the Chirundu crossing in March 2019 after Malawi detained two drivers in 2018.',
    // "two days after" from a day: the clause tells another day.
    'Zambia closed the Chirundu crossing on 4 March 2019, two days after Malawi detained two drivers.',
    // "a few months after" a month: the clause tells another month.
    'Malawi opened an embassy in Lusaka in May 2019, a few months after Zambia opened one in Lilongwe.',
    // No dated act in the sentence.
    'Relations between Zambia and Malawi are calm after Malawi detained two drivers.',
  ])('%s: nothing', (text) => {
    expect(eventsBy(text, /\+after-clause/)).toEqual([]);
  });
});
