import { describe, expect, it } from 'vitest';
import { askFixture } from './helpers/ask.js';
import { notUntil } from '../src/knowledge/ask/spans.js';

/**
 * A denial in the passage refuses only the act it denies (issue 11, session 47, `deniesIt` in src/knowledge/ask/yesno.ts): a negated word of
 * the question in another clause ("…; Paraguay did not open a consulate …", "…, but they did not sign the river transport accord") leaves the
 * answer's own clause standing when that clause tells the word's act as done and the denied clause holds no word of the question the answer's
 * lacks. And "not … until" a date tells the act as done on that date (`notUntil` in spans.ts); "how many people" is counted by a bare count
 * right after the question's verb ("convicted nine in the … case", `standInCounted` in stand-in.ts).
 * A Uruguay–Paraguay background note written for the tests (test/data/ask-denied-clauses/). Each answer below was refused on main 8f6c5639;
 * each refusal below is a must-not, refused on main too.
 */
const DOCS = new URL('./data/ask-denied-clauses/', import.meta.url).pathname;
const NOTE = 'uruguay-paraguay-note';

describe('dyad ask: a denial of another clause (issue 11)', () => {
  const fixture = askFixture(DOCS);

  const answered: [string, string, string, number, number][] = [
    // The answer's clause affirms "opened"; the "not open" of the clause after the semicolon is Paraguay's consulate.
    ['a date whose clause affirms the verb another clause denies', 'When did Uruguay open an embassy in Asunción?', '1958', 85, 186],
    // "did not open … until 1994": the act, dated by "until".
    ['"not … until" a year', 'When did Paraguay open a consulate in Salto?', '1994', 85, 186],
    // "signed four protocols, but they did not sign the river transport accord": the count is of what was signed.
    ['a count whose clause affirms the verb a clause after "but" denies', 'How many protocols did the foreign ministers sign in Montevideo?', 'four protocols (4 count)', 188, 358],
    // "signed the railway accord on 14 April 2026 but did not sign its annex": the denied clause adds no word of the question.
    ['a date whose clause affirms the act, the clause after "but" denying another', 'When did the ministers sign the railway accord?', '14 April 2026', 765, 849],
    // "convicted nine in the … case": a bare count right after the question's verb stands for "people" (`standInCounted`, stand-in.ts).
    ['a bare count after the verb for "how many people"', 'How many people did the court in Encarnación convict in the smuggling case?', 'nine', 595, 682],
  ];
  for (const [why, question, answer, start, end] of answered) {
    it(`answers ${why}`, async () => {
      const a = await fixture.engine.ask(question);
      expect(a).toMatchObject({ status: 'answered', answer });
      expect(a.citations[0]).toMatchObject({ doc: NOTE, start, end });
      fixture.exact(a);
    });
  }

  const refused: [string, string][] = [
    // The denied clause holds "river", "transport", "accord", which the clause of "12 March 2026" lacks: the act asked is the one denied.
    ['an act denied after "but", the date of the act affirmed before it', 'When did the foreign ministers sign the river transport accord?'],
    // "signed the trade pact … in 2019 but has not ratified it": "ratify" is denied and stands in no clause of the date.
    ['an act denied after "but", another act of the same thing dated before it', 'When did Uruguay ratify the trade pact?'],
    // The answer's own clause denies the act.
    ['an act denied in the date\'s own clause', 'When did the ministers sign a fisheries treaty in Colonia?'],
    ['people a passage says are not named', 'Who are the members of the boundary commission?'],
    // "stays in force until 2030" is a period with no negation: no date of a lifting.
    ['an end of a period, no "not" before "until"', 'When was the ban on Paraguayan poultry imports lifted?'],
    // "detained four trawlers": the count has a noun of its own, which names no people.
    ['a count of things after the verb for "how many people"', 'How many people did the Uruguayan navy detain off Colonia?'],
  ];
  for (const [why, question] of refused) {
    it(`refuses ${why}`, async () => {
      expect(await fixture.engine.ask(question)).toMatchObject({ status: 'not_in_corpus', answer: null });
    });
  }

  it('reads "not … until" a date as the date, and a plain "until" as a period', () => {
    const text = 'Paraguay did not open a consulate in Salto until 1994. The ban stays in force until 2030.';
    const p = { start: 0 };
    const at = (s: string, edtf: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, edtf, granularity: 'open' });
    expect(notUntil(text, p, at('until 1994', '../1994'))).toMatchObject({ start: text.indexOf('1994'), text: '1994', edtf: '1994', granularity: 'year' });
    expect(notUntil(text, p, at('until 2030', '../2030'))).toBeUndefined();
  });
});
