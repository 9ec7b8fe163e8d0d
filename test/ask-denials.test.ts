import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers } from './helpers/ask.js';
import { mainClauseEnd, parseQuestion } from '../src/knowledge/ask/question.js';
import { fold } from '../src/extract/fold.js';

/** A Chile–New Zealand wire written for these tests (test/data/ask-denials/). */
const DOCS = new URL('./data/ask-denials/', import.meta.url).pathname;

const verbOf = (question: string) => parseQuestion(question).terms.find((t) => t.verb)?.word;

describe("the question's verb is read from its main clause (question.ts, clauseOpeners)", () => {
  it('takes the verb before a clause of time or manner, not the verb inside it', () => {
    expect(verbOf('Did Chile veto the wider fisheries package when APEC trade ministers met in Lima on 14 May?')).toBe('veto');
    expect(verbOf("Has New Zealand's government publicly endorsed the catch limits as Santiago asked?")).toBe('endorsed');
    expect(verbOf('When was the seabed minerals protocol signed after the talks in Wellington ended?')).toBe('signed');
  });
  it('ends no clause at a conjunction before any word of what is asked', () => {
    // "as prime minister" stands between the subject and the verb: the verb is still read after it.
    const q = 'When did Ardern, as prime minister, visit Santiago?';
    expect(mainClauseEnd(fold(q), parseQuestion(q).terms)).toBe(Infinity);
    const clause = 'Did Chile veto the package when ministers met?';
    expect(mainClauseEnd(fold(clause), parseQuestion(clause).terms)).toBe(clause.indexOf('when ministers'));
  });
});

describe('dyad ask: denials without "not" (negationPhrases)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "Chile has yet to ratify the seabed minerals protocol": a denial of the act by a phrase of `negationPhrases`.
    ['yes/no (denied by "has yet to")', 'Has Chile ratified the seabed minerals protocol?', 'No', /^Chile has yet to ratify the seabed minerals protocol/],
    // "…, and New Zealand's parliament approved it in November 2025": the phrase denies the act beside it, not the other clause's.
    ["yes/no (another clause's act)", "Did New Zealand's parliament approve the seabed minerals protocol?", 'Yes', /New Zealand's parliament approved it in November 2025/],
    // "Mark Tollan, declined to impose new duties on Chilean wine".
    ['yes/no (denied by "declined to")', 'Did New Zealand impose new duties on Chilean wine?', 'No', /declined to impose new duties on Chilean wine/],
    // A sentence that denies nothing is read as before.
    ['when (a settled act beside an unsettled one)', 'When did the two sides agree to open a direct cargo link?', '12 May (12 May 2026)', /agreed on 12 May to open a direct cargo link/],
  ]);
  it('answers the two-clause yes/no question exactly: No, cited to the denying sentence', async () => {
    const a = await fixture.engine.ask('Did New Zealand impose new duties on Chilean wine?');
    expect(a.answer).toBe('No');
    const quote = "New Zealand's trade minister, Mark Tollan, declined to impose new duties on Chilean wine when cabinet reviewed the dispute on Monday.";
    const text = fixture.texts.get('chile-newzealand-wire')!;
    expect(a.citations[0]).toMatchObject({ doc: 'chile-newzealand-wire', start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  });
});
