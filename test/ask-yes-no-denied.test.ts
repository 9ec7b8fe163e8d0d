import { describe, expect, it } from 'vitest';
import { askFixture } from './helpers/ask.js';

/**
 * An Angola–Namibia wire written for these tests (test/data/ask-yes-no-denied/): the best passage for a yes/no question tells another
 * act of its verb ("signed a memorandum … and witnessed the signing of an agreement on road transport"), while the sentence after denies
 * the act asked ("A proposed agreement on the shared use of the Cunene River's water was not signed"): the answer is no, cited there
 * (yesno.ts, `verbDenied`).
 */
const DOCS = new URL('./data/ask-yes-no-denied/', import.meta.url).pathname;

describe('dyad ask: yes or no, when a passage nearly as good denies the verb asked (yesno.ts, issue 11)', () => {
  const fixture = askFixture(DOCS);
  const cases: [string, string, string, RegExp][] = [
    ['the act another passage denies', "Was the water agreement signed during António's visit?", 'No', /water was not signed/],
    // Must-not: the act the best passage tells is not denied by the sentence on the water agreement, which holds fewer of its words.
    ['the act the best passage tells', "Was the road transport agreement signed during António's visit?", 'Yes', /agreement on road transport/],
    // Must-not: "António did not sign the fisheries memorandum" names the signer, the place and the day, but fewer of the words of the memorandum asked.
    ['the act a denial of another holds fewer words of', 'Did António sign the memorandum on cross-border trade in Windhoek on Wednesday?', 'Yes', /memorandum of understanding on cross-border trade/],
    // Must-not: an act no sentence denies keeps its yes.
    ['an act told once', 'Did the ministers agree to reopen the Katwitwi crossing?', 'Yes', /reopen the Katwitwi crossing/],
  ];
  for (const [why, question, answer, passage] of cases) {
    it(`answers ${answer} for ${why}`, async () => {
      const a = await fixture.engine.ask(question);
      expect(a.status).toBe('answered');
      expect(a.answer).toBe(answer);
      expect(a.citations[0]!.quote).toMatch(passage);
      fixture.exact(a);
    });
  }
});

/**
 * A Botswana–Zimbabwe wire (test/data/ask-yes-no-denied/): a negation written as a contraction ("but it wasn't", "didn’t attend") denies
 * the act as "was not" does (`negations`, lexicon/ask.json; a typographic apostrophe read as a straight one).
 */
describe('dyad ask: yes or no, a negation written as a contraction (yesno.ts, lexicon/ask.json, issue 11)', () => {
  const fixture = askFixture(DOCS);
  const cases: [string, string, string, RegExp][] = [
    ['a contraction with a straight apostrophe', 'Was the rail freight accord signed at the Kasane summit?', 'No', /but it wasn't/],
    ['a contraction with a typographic apostrophe', "Did Zimbabwe's transport minister attend the handover of the Plumtree rail yard?", 'No', /didn’t attend/],
    // Must-not: an act told without a negation keeps its yes.
    ['an act told without a negation', 'Did the two presidents open the new Kazungula border post?', 'Yes', /opened the new Kazungula border post/],
  ];
  for (const [why, question, answer, passage] of cases) {
    it(`answers ${answer} for ${why}`, async () => {
      const a = await fixture.engine.ask(question);
      expect(a.status).toBe('answered');
      expect(a.answer).toBe(answer);
      expect(a.citations[0]!.quote).toMatch(passage);
      fixture.exact(a);
    });
  }
});

/**
 * A Zambia–Malawi wire (test/data/ask-yes-no-denied/): the headline tells the signing, the body dates it ("signed … on Tuesday"), and a
 * passage nearly as good tells an earlier state the signing ended ("in April it *had still not* signed the toll agreement"): a denial of the past perfect or "still not"
 * before a dated act is no denial of the act (yesno.ts, `verbDenied`).
 */
describe('dyad ask: yes or no, a denial of an earlier state does not overturn a dated act (yesno.ts, issue 11)', () => {
  const fixture = askFixture(DOCS);
  const cases: [string, string, string, RegExp][] = [
    ['an act a denial of an earlier state stands before', 'Did Zambia sign the toll agreement with Malawi?', 'Yes', /Zambia signs Lake Malawi toll agreement/],
    // Must-not: a denial in the present perfect, of no earlier time, still answers no.
    ['an act denied now', 'Did Zambia sign the ferry safety agreement with Malawi?', 'No', /which Zambia has not signed/],
  ];
  for (const [why, question, answer, passage] of cases) {
    it(`answers ${answer} for ${why}`, async () => {
      const a = await fixture.engine.ask(question);
      expect(a.status).toBe('answered');
      expect(a.answer).toBe(answer);
      expect(a.citations.some((c) => passage.test(c.quote))).toBe(true);
      fixture.exact(a);
    });
  }
});
