import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { PAIR_HISTORY_AT, pairHistory } from '../../../test/helpers/events.js';

/**
 * Plans told by a predicate of schedule (session 41, issue 10): a person or a state "is expected in" or "is due at" a
 * place (a visit planned), a round or a session "is planned for", "is scheduled for" a time (a meeting planned), and
 * the mode of any act whose clause puts it on a schedule ("is scheduled for May"). Sentences written for these tests
 * in the manner of news and briefing notes on Ghana and Togo; the report is dated 4 May 2026.
 */
function rows(line: string): [number, string, string, string, string, string[]][] {
  const text = pairHistory(line);
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2026-05-04' })
    .events.filter((e) => e.start >= PAIR_HISTORY_AT && e.start < PAIR_HISTORY_AT + line.length)
    .map((e) => [e.trigger.start - PAIR_HISTORY_AT, text.slice(e.trigger.start, e.trigger.end), e.date, e.mode, e.plover.type, e.actors.map((a) => a.entity).sort()]);
}

const PAIR = ['country:GHA', 'country:TGO'];

describe('plans told by a predicate of schedule (lexicon/event-types.json, issue 10)', () => {
  it.each([
    [
      'an official "is due in" a capital on a day',
      "Ghana's foreign minister is due in Lomé on 12 June 2026 for talks on the transit corridor.",
      [[25, 'is due in', '2026-06-12', 'planned', 'CONSULT', PAIR]],
    ],
    // The month named without a year lies ahead of the report: "is expected in" tells a plan (src/extract/time/tense.ts).
    ['"is expected in" a capital, a month with no year', 'The Togolese foreign minister is expected in Accra in November.', [[30, 'is expected in', '2026-11', 'planned', 'CONSULT', PAIR]]],
    [
      'a session "is planned in" a place and a quarter',
      'The next session of the joint commission is planned in Lomé in the first quarter of 2027.',
      [[9, 'session', '2027-01/2027-03', 'planned', 'CONSULT', PAIR]],
    ],
    ['a round "is scheduled for" a place and a day', 'The second round is scheduled for Accra on 10 November 2026.', [[11, 'round', '2026-11-10', 'planned', 'CONSULT', PAIR]]],
    // The report's own month: no date after the report makes it a plan, the words of schedule do.
    ['an act "scheduled for" the report\'s month', 'A joint patrol of the two navies is scheduled for May.', [[2, 'joint patrol', '2026-05', 'planned', 'COOPERATE', PAIR]]],
  ])('%s', (_, line, expected) => {
    expect(rows(line)).toEqual(expected);
  });

  it.each([
    ['a verdict expected: no doer, no act of the pair', 'The verdict is expected in June 2026.'],
    ['a month after "expected in" is no place', "Ghana's foreign minister is expected in March 2027 to retire."],
    ['a quantity "set at"', 'Capacity at the border post is set at 400 trucks a day.'],
    ['money expected from a programme', 'A further 2 million cedis is expected from the programme.'],
    ['sessions with no schedule', 'The sessions of the assembly are open to the public.'],
    ['rounds with no schedule', 'Two rounds of ammunition were found at the border post in Aflao.'],
    ['a session told as past, not scheduled', 'The last session of the joint commission was a success.'],
    // Denials beside the plans: a standing absence, a statistic that did not grow, are no acts.
    ['a generic negation', 'There is no agreement on fishing between the two countries.'],
    ['a negated statistic', 'Exports to Togo did not exceed $2 million in 2025.'],
  ])('must not: %s', (_, line) => {
    expect(rows(line)).toEqual([]);
  });

  it('reads a plan denied as negated, dated by the time it names', () => {
    expect(rows('No session of the joint commission is planned for 2027.')).toEqual([[3, 'session', '2027', 'negated', 'CONSULT', []]]);
  });

  it("must not: a third party's refusal is in the pair's account", () => {
    const line = 'Nigeria refused to sign the protocol with Benin on 3 March 2026.';
    const text = pairHistory(line);
    const { blocks, sentences } = structure(text);
    const told = extract({ text, blocks, sentences, documentDate: '2026-05-04' }).events.filter((e) => e.start >= PAIR_HISTORY_AT && e.start < PAIR_HISTORY_AT + line.length);
    expect(told.filter((e) => !e.thirdParty)).toEqual([]);
  });
});
