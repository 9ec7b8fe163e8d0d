import { describe, expect, it } from 'vitest';
import { askFixture } from './helpers/ask.js';
import { finerWithin } from '../src/knowledge/ask/finer-dates.js';

/**
 * A coarse date that dates a sentence ("**June 2025** —", "Last year", "2024 -") and the one finer date inside it that dates the same act
 * ("…, from 9 to 11 June, …", "…, in May.", "…, on 11 and 12 June, …"): the finer date answers a when-question, re-dated to the coarse one's
 * year when it writes none (issue 11, session 48, `finerWithin` in src/knowledge/ask/finer-dates.ts). Each answer below was the coarse date
 * on main 159d9095; each must-not below keeps the coarse date (on main too): the finer date is another act's.
 * Two documents written for the tests (test/data/ask-finer-dates/): a Ghana–Togo note and a Benin–Togo border desk log.
 */
const DOCS = new URL('./data/ask-finer-dates/', import.meta.url).pathname;

describe('dyad ask: the finer date a coarse date of the sentence holds (issue 11)', () => {
  const fixture = askFixture(DOCS);

  const answered: [string, string, string, string, number, number][] = [
    ['an interval under a bold month heading', 'When was the Aflao–Lomé border post closed to lorries?', '9 to 11 June (9 June 2025 – 11 June 2025)', 'ghana-togo-notes', 38, 176],
    [
      'a month at the end of a sentence opened by "Last year"',
      'When did the Ghanaian President travel to Lomé for the anniversary of the ECOWAS treaty?',
      'May (May 2025)',
      'ghana-togo-notes',
      559,
      659,
    ],
    ['two days of a log line opened by a year', 'When did Benin and Togo hold their joint commission in Cotonou?', '11 and 12 June (11 June 2024 – 12 June 2024)', 'benin-togo-log', 168, 279],
    // Answered so on main too: the finer date is nearer the verb; the ";" keeps the hotline's opening out.
    // A clause of its own that holds nothing but prepositions, a place name and the date.
    ['a day after a comma with a place name only', 'When did Ghana detain eleven Togolese fishermen?', '9 August (9 August 2023)', 'ghana-togo-wire', 843, 914],
    ['a day nearer the verb than the heading, another day after ";"', 'When did the foreign ministers meet in Kara?', '4 March (4 March 2025)', 'ghana-togo-notes', 264, 386],
  ];
  for (const [why, question, answer, doc, start, end] of answered) {
    it(`answers ${why}`, async () => {
      const a = await fixture.engine.ask(question);
      expect(a).toMatchObject({ status: 'answered', answer });
      expect(a.citations[0]).toMatchObject({ doc, start, end });
      fixture.exact(a);
    });
  }

  const coarse: [string, string, string][] = [
    ['a day after "after" dates another act', 'When did the joint commission meet in Kpalimé?', '2023'],
    ['a day of a clause with a verb of its own', 'When was the railway study finished?', '2022'],
    ['a day after "following" and "of" dates a noun', 'When was the power pool extended to Kara?', '2021'],
    ['a day of a relative clause', 'When did Benin raise the transit fee?', 'Earlier this year (2026)'],
    ['a day after ";" is another statement', 'When did the Togolese interior minister inspect the crossing?', 'Last month (February 2026)'],
    ['an act done twice', 'When did the Togolese trade minister visit Tamale?', 'Last year (2025)'],
    ['a day of an apposition with a participle', 'When was the Aflao market rebuilt?', '2020'],
    ['no finer date', 'When did Togo and Ghana sign the memorandum on electricity trade?', 'October 2024'],
  ];
  // A phrase with no verb of its own, after a comma, about another event or a term (review of session 48, a Ghana–Togo wire written for the
  // tests): its date is not the act's. Each answered the finer date before the review's fix.
  coarse.push(
    ['a day of "in response to" another event', 'When did Togo close the Kpedze market road?', '2021'],
    ['a month of "over" a case', 'When did Ghana expel a Togolese attaché?', '2019'],
    ['a month of "pending" a review', 'When did Benin suspend the transit accord?', '2018'],
    ['a day of "in time for" a summit', 'When did Ghana and Togo sign a maritime protocol?', '2017'],
    ['a month of "the site of" riots', 'When did Togo build a new weighbridge at Aflao?', '2016'],
    ['a month of "as in" another quarrel', 'When did Benin file a complaint with ECOWAS?', '2020'],
    ['a day a term takes "effective"', 'When did Ghana raise port charges for Togolese lorries?', '2024'],
    ['a day a term takes "with effect from"', 'When did Togo withdraw the cocoa export permits?', '2022'],
    ["a source's date in brackets with its name", 'When did Benin deport Togolese traders at Sèmè?', 'May 2025'],
  );
  for (const [why, question, answer] of coarse) {
    it(`keeps the coarse date: ${why}`, async () => {
      expect(await fixture.engine.ask(question)).toMatchObject({ status: 'answered', answer });
    });
  }
});

describe('finerWithin', () => {
  const text = 'In 2024, the ministers met in Accra on 2 February and signed the fisheries accord on 19 September.';
  const at = (s: string, edtf: string, granularity: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, edtf, granularity });
  const p = { start: 0, end: text.length };
  it('leaves two finer dates alone', () => {
    expect(finerWithin(text, p, [at('2024', '2024', 'year'), at('2 February', '2024-02-02', 'day'), at('19 September', '2024-09-19', 'day')], [])).toBeUndefined();
  });
  const signed = [{ start: text.indexOf('signed') }];
  it("takes the one finer date, re-dated to the coarse year when it writes none, in the clause of the question's verb", () => {
    expect(finerWithin(text, p, [at('2024', '2024', 'year'), at('19 September', '2026-09-19', 'day')], signed)).toMatchObject({ text: '19 September', edtf: '2024-09-19' });
  });
  it("not in a clause whose verb is not the question's", () => {
    expect(finerWithin(text, p, [at('2024', '2024', 'year'), at('19 September', '2024-09-19', 'day')], [])).toBeUndefined();
  });
  it('not a day of another year written whole', () => {
    expect(
      finerWithin(
        text,
        p,
        [at('2024', '2024', 'year'), at('19 September', '2023-09-19', 'day')].map((t, i) => (i ? { ...t, text: '19 September 2023' } : t)),
        signed,
      ),
    ).toBeUndefined();
  });
  it('not below a day', () => {
    expect(finerWithin(text, p, [at('2 February', '2024-02-02', 'day'), at('19 September', '2024-09-19', 'day')], signed)).toBeUndefined();
  });
});
