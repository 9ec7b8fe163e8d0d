import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { clausesOf } from './sentence-clauses.js';

/** The events of a text whose rule matches `rule`: [trigger start, trigger end, trigger text, date, PLOVER category, actors]. */
function eventsBy(text: string, rule: RegExp) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences })
    .events.filter((e) => rule.test(e.rule))
    .map((e) => [e.trigger.start, e.trigger.end, text.slice(e.trigger.start, e.trigger.end), e.date, e.plover.type, e.actors.map((a) => a.entity)]);
}

describe('the clauses of a sentence by its structure (clausesOf)', () => {
  it('opens a clause at a semicolon, a coordinator after a comma and a subordinator, each before a subject and a finite verb', () => {
    const text = 'Peru opened a consulate in Manaus in 2015 after Brazil withdrew its objection; the Brazilian side then named an envoy, and Peru welcomed him.';
    expect(clausesOf(text, { start: 0, end: text.length }).map((c) => [c.kind, c.start, c.end])).toEqual([
      ['main', 0, 42],
      ['subordinate', 42, 77],
      ['coordinate', 77, 119],
      ['coordinate', 119, 141],
    ]);
  });

  it('closes a relative clause opened after a comma at the next comma: the main clause resumes (review fix, session 28)', () => {
    const text = "Peru's foreign minister, who was born in Cusco in 1961, visited Brasília on 3 March 2025.";
    expect(clausesOf(text, { start: 0, end: text.length }).map((c) => [c.kind, c.start, c.end])).toEqual([
      ['main', 0, 25],
      ['relative', 25, 54],
      ['main', 54, 89],
    ]);
  });

  it('opens none at a preposition before a noun phrase or at "and" joining two verbs of one subject', () => {
    const text = 'Peru opened a consulate in Manaus after the 2014 election and named an honorary consul.';
    expect(clausesOf(text, { start: 0, end: text.length }).map((c) => c.kind)).toEqual(['main']);
  });
});

describe('acts of the clauses no event of their sentence tells (clauseActs)', () => {
  it.each([
    // A subordinate clause with a date of its own is dated by it.
    ['Peru opened a consulate in Manaus in 2015 after Brazil withdrew its objection in January 2014.', [[55, 93, 'withdrew its objection in January 2014', '2014-01', 'RETREAT', ['country:BRA']]]],
    // A coordinate clause with a subject of its own and no date shares the sentence's; its act may be a verb no vocabulary lists.
    [
      'Chile recalled its ambassador from Wellington on 3 June 2021, and New Zealand rerouted its fishing fleet away from the disputed banks.',
      [[78, 133, 'rerouted its fishing fleet away from the disputed banks', '2021-06-03', 'DISAPPROVE', ['country:NZL']]],
    ],
    ['Mongolia reopened the Altanbulag crossing on 2 May 2021, but Kazakh officials delayed the first convoy.', [[78, 102, 'delayed the first convoy', '2021-05-02', 'OTHER', ['country:KAZ']]]],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(eventsBy(text, /\+clause\b/)).toEqual(expected);
  });

  it.each([
    // A coordinate clause in the present perfect tells how things stand now.
    'Ghana and Burkina Faso set up a joint border commission in 2019, but it has met only twice.',
    // A subordinate clause with no date of its own: its time is not the main clause's.
    'Peru closed the border crossing at Assis in March 2020 after Brazil reported its first cases.',
    // A clause whose date an act outside it already took gives no second event of that date.
    'Latvia does not recognise the breakaway republic, which declared independence in 2008, and has no consulate there.',
    // One clause.
    'Tunisia signed a migration accord with Italy in July 2023.',
  ])('%s: nothing', (text) => {
    expect(eventsBy(text, /\+clause\b/)).toEqual([]);
  });
});
