import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers } from './helpers/ask.js';
import { verbForms } from '../src/knowledge/ask/numbers.js';
import { parseQuestion } from '../src/knowledge/ask/question.js';

/** A wire on Malta and Tunisia written for these tests (test/data/ask-counted/): an act dated from another by a length, figures told twice. */
const DOCS = new URL('./data/ask-counted/', import.meta.url).pathname;

describe('dyad ask: an act dated from another by a length (counted-dates.ts)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "Malta ordered a Tunisian consul to leave … on Friday, two days after the Tunisian navy seized a Maltese fishing trawler": the seizure is
    // two days before Friday 17 April, not the dateline's day.
    ['when (an act counted back from the main one)', 'When did the Tunisian navy seize the Maltese fishing trawler?', '15 April 2026', /two days after the Tunisian navy seized/],
    // Must-not: the main act of the same sentence keeps its own date.
    ['when (the main act beside a counted one)', 'When did Malta order the Tunisian consul to leave?', '17 April 2026', /Malta ordered a Tunisian consul/],
  ]);
  it('answers the counted date when the day in its clause is a noun\'s ("under the maritime accord of 12 April 2023"), not the act\'s', async () => {
    const a = await fixture.engine.ask('When did Tunisian coastguards detain the Maltese fishermen?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('1 May 2026 (dated from "a day after")');
    expect(a.answer).not.toContain('2023');
    fixture.exact(a);
  });
  it('must not answer with the counted date when both clauses hold the verb and the main one holds more of the question (tit for tat)', async () => {
    // "Malta expelled a Tunisian diplomat on Friday, two days after Tunisia expelled a Maltese diplomat": Malta's act is Friday's.
    const a = await fixture.engine.ask('When did Malta expel the Tunisian diplomat?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('24 April 2026');
    expect(a.answer).not.toContain('22 April');
    fixture.exact(a);
  });
  it('still answers the counted date of the offset clause when it holds more of the question', async () => {
    const a = await fixture.engine.ask('When did Tunisia expel the Maltese diplomat?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('22 April 2026');
    fixture.exact(a);
  });
  it('must not cite another passage of the same day that tells another act', async () => {
    // "Separately, Malta's parliament on Friday approved a new fishing law": Friday, but not the consul's expulsion.
    const a = await fixture.engine.ask('When did Malta order the Tunisian consul to leave?');
    expect(a.citations.some((c) => /parliament on Friday approved/.test(c.quote))).toBe(false);
    fixture.exact(a);
  });
  it('cites the other passage that tells the same day', async () => {
    const a = await fixture.engine.ask('When did the Tunisian navy seize the Maltese fishing trawler?');
    expect(a.citations.some((c) => /was seized late on Wednesday/.test(c.quote))).toBe(true);
    fixture.exact(a);
  });
});

describe('dyad ask: a count of an act the question names by its bare verb', () => {
  const fixture = askFixture(DOCS);
  // "deported 42 Tunisian nationals" is stored as people expelled; "did Malta deport" names that act, though the keywords are past forms.
  itAnswers(fixture, [['how many (a bare verb)', 'How many Tunisian nationals did Malta deport?', '42', /deported 42 Tunisian nationals/]]);
  it('does not set an amount of money against a count of people (no conflict)', async () => {
    // "reached 310 million euros" counts no nationals: the answer is the one count, not "42 or 310 million euros".
    const a = await fixture.engine.ask('How many Tunisian nationals did Malta expel?');
    expect(a).toMatchObject({ status: 'answered' });
    expect(a.answer).toContain('42 Tunisian nationals');
    expect(a.citations.some((c) => /310 million euros/.test(c.quote))).toBe(false);
    fixture.exact(a);
  });
});

describe('dyad ask: a figure told again in another passage of its document', () => {
  const fixture = askFixture(DOCS);
  it('cites both passages that hold the figure', async () => {
    const a = await fixture.engine.ask('What was trade between Malta and Tunisia worth in 2025?');
    expect(a).toMatchObject({ status: 'answered' });
    expect(a.answer).toContain('310 million euros');
    expect(a.citations.some((c) => /^Trade between the two countries reached/.test(c.quote))).toBe(true);
    expect(a.citations.some((c) => /largest trading partner/.test(c.quote))).toBe(true);
    fixture.exact(a);
  });
  it('must not cite a figure of the same value and unit that measures something else', async () => {
    // "Malta's development aid to Tunisia was also worth 310 million euros in 2025": aid, not trade.
    const a = await fixture.engine.ask('What was trade between Malta and Tunisia worth in 2025?');
    expect(a.citations.some((c) => /development aid/.test(c.quote))).toBe(false);
    fixture.exact(a);
  });
});

describe('verbForms: the forms of a question verb, from inflects and WordNet exceptions', () => {
  it.each([
    ['How many Tunisian nationals did Malta deport?', ['deported', 'deports', 'deporting'], ['deportted']],
    ['How many diplomats did Malta expel?', ['expelled'], ['expeled']],
    ['How many visas did Tunisia deny?', ['denied'], ['denyed']],
    ['How many boats did the navy seize?', ['seized', 'seizes', 'seizing'], ['seizeed', 'seizeing']],
  ])('%s', (question, present, absent) => {
    const forms = verbForms(parseQuestion(question));
    for (const f of present) expect(forms).toContain(f);
    for (const f of absent) expect(forms).not.toContain(f);
  });
});
