import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { PAIR_HISTORY_AT, pairHistory } from '../../../test/helpers/events.js';

const note = pairHistory;
const AT = PAIR_HISTORY_AT;

/** The events found in `line`: [trigger's start in the line, trigger's words, date, mode, actors]. */
function rows(line: string): [number, string, string, string, string[]][] {
  const text = note(line);
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2026-05-04' })
    .events.filter((e) => e.start >= AT && e.start < AT + line.length)
    .map((e) => [e.trigger.start - AT, text.slice(e.trigger.start, e.trigger.end), e.date, e.mode, e.actors.map((a) => a.entity).sort()]);
}

const PAIR = ['country:GHA', 'country:TGO'];

describe('plans of a thing between the pair, no actor in their sentence (pair-plan.ts, issue 10)', () => {
  it.each([
    ['"will meet"', 'The joint commission will meet in March 2027.', [[26, 'meet', '2027-03', 'planned', PAIR]]],
    ['"is expected to meet"', 'The joint commission is expected to meet in the first quarter of 2027.', [[36, 'meet', '2027-01/2027-03', 'planned', PAIR]]],
    ['a place named, no doer: the pair still acts', 'The joint commission is expected to meet in Accra in the first quarter of 2027.', [[36, 'meet', '2027-01/2027-03', 'planned', PAIR]]],
    [
      'the pair as a group, its leaders named after it',
      'The two foreign ministers, Kofi Mensah and Ama Dossou, are expected to open a border post together in March 2027.',
      [[71, 'open', '2027-03', 'planned', PAIR]],
    ],
    ['"is scheduled to convene", dated by "next month"', 'The intergovernmental commission is scheduled to convene next month.', [[49, 'convene', '2026-06', 'planned', PAIR]]],
  ])('%s: the pair plans the act, dated by its sentence', (_, line, expected) => {
    expect(rows(line)).toEqual(expected);
  });

  it.each([
    ['a present habit', 'The joint commission meets every March.'],
    ['a thing of one state', 'The national assembly will meet in March 2027.'],
    ['a condition ("would")', 'The joint commission would meet in March 2027.'],
    ['a plan denied', 'The joint commission will not meet in March 2027.'],
    ['a plan denied by "never", as by "not"', 'The joint commission will never meet in March 2027.'],
    ['"Neither … nor"', 'Neither the joint commission nor the border committee will meet in March 2027.'],
    ['a treaty\'s obligation ("shall")', 'Under the 1972 treaty, the joint commission shall convene once a year.'],
    ['"shall" with a source after', 'The joint commission shall meet at least once a year, according to Article 4 of the 1972 treaty.'],
    ['a habit ("every two years")', 'The joint commission will meet every two years, the 1985 protocol states.'],
    ['a habit ("annually")', 'The joint commission will meet annually from March 2027.'],
    ['the subject is an actor ("which Togo will")', 'The bilateral agreement obliges Togo, which will extradite the suspects to Ghana in March 2027.'],
  ])('must not: %s', (_, line) => {
    expect(rows(line)).toEqual([]);
  });

  // Review of session 33 (issue 10): never the doer. A subject that names an actor keeps its own actors; a plan in the
  // "that" clause of another act leaves that act alone.
  it.each([
    ['the commission of others', 'The joint commission of Ghana and Nigeria will meet in Lagos in March 2027.', 'meet', '2027-03', 'planned', ['country:GHA', 'country:NGA']],
    ['a state named in the subject', 'The Nigeria–Togo joint commission will meet in Abuja in March 2027.', 'meet', '2027-03', 'planned', ['country:NGA', 'country:TGO']],
    ['a relative clause with its doer', 'The agreement, which Ghana will ratify in March 2027, covers transit.', 'ratify', '2027-03', 'planned', ['country:GHA']],
    ['an adjective of a state', 'The Togolese embassy will reopen in March 2027.', 'reopen', '2027-03', 'planned', ['country:TGO']],
    ['a doer after a fronted phrase', 'Under the border treaty France will mediate in March 2027.', 'mediate', '2027-03', 'planned', ['country:FRA']],
    [
      'a "that" clause of an agreement',
      'In 2015 the two governments agreed that the joint commission will meet every year.',
      'agreed that the joint commission will meet every year',
      '2015',
      'asserted',
      PAIR,
    ],
    ['a "that" clause, dated', 'Ghana and Togo agreed that the joint commission will meet in Accra in 2016.', 'agreed that the joint commission will meet in Accra in 2016', '2016', 'asserted', PAIR],
  ])('%s: the actors its sentence names, not the pair added', (_, line, trigger, date, mode, actors) => {
    expect(rows(line)).toEqual([[line.indexOf(trigger), trigger, date, mode, actors]]);
  });
});
