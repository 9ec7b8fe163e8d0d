import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers } from './helpers/ask.js';
import { mainClause, parseQuestion } from '../src/knowledge/ask/question.js';
import { fold } from '../src/extract/fold.js';

/** Two Chile–New Zealand wires written for these tests (test/data/ask-denials/). */
const DOCS = new URL('./data/ask-denials/', import.meta.url).pathname;

const verbOf = (question: string) => parseQuestion(question).terms.find((t) => t.verb)?.word;

describe("the question's verb is read from its main clause (question.ts, clauseOpeners)", () => {
  it('takes the verb before a clause of time or manner, not the verb inside it', () => {
    expect(verbOf('Did Chile veto the wider fisheries package when APEC trade ministers met in Lima on 14 May?')).toBe('veto');
    expect(verbOf("Has New Zealand's government publicly endorsed the catch limits as Santiago asked?")).toBe('endorsed');
    expect(verbOf('When was the seabed minerals protocol signed after the talks in Wellington ended?')).toBe('signed');
    // After "has", the participle tagged a verb, not the last word ending in -ed ("seabed").
    expect(verbOf('Has Chile ratified the seabed minerals protocol?')).toBe('ratified');
  });
  it('ends no clause at a conjunction before any word of what is asked', () => {
    // "as prime minister" stands between the subject and the verb: the verb is still read after it.
    const q = 'When did Ardern, as prime minister, visit Santiago?';
    expect(mainClause(fold(q), parseQuestion(q).terms).end).toBe(Infinity);
    const clause = 'Did Chile veto the package when ministers met?';
    expect(mainClause(fold(clause), parseQuestion(clause).terms).end).toBe(clause.indexOf('when ministers'));
  });
  it('reads the main clause on after an aside between commas, and not its verb (", as amended in 2010,")', () => {
    const amended = 'When was the fisheries treaty, as amended in 2010, ratified by New Zealand?';
    expect(mainClause(fold(amended), parseQuestion(amended).terms).end).toBe(Infinity);
    expect(verbOf(amended)).toBe('ratified');
    const navy = 'Did the Chilean navy, as the ruling required, withdraw its patrol boats from the bay?';
    expect(mainClause(fold(navy), parseQuestion(navy).terms).end).toBe(Infinity);
    expect(verbOf(navy)).toBe('withdraw');
    // An aside before the verb of a do question leaves it to the verb after ("as prime minister").
    expect(verbOf('When did Ardern, as prime minister, visit Santiago?')).toBe('visit');
  });
  it('ends no clause at the question\'s own phrase ("since when")', () => {
    const q = 'Since when has the cargo link between Auckland and Valparaíso been suspended?';
    expect(mainClause(fold(q), parseQuestion(q).terms).end).toBe(Infinity);
    expect(verbOf(q)).toBe('suspended');
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
    // "The energy accord Chile has yet to ratify was signed by New Zealand": the phrase denies the ratifying, not the signing it stands by.
    [
      'yes/no (a denial of another verb by the subject)',
      'Did New Zealand sign the energy accord?',
      'Yes',
      /^AUCKLAND, 4 March 2026 .*The energy accord Chile has yet to ratify was signed by New Zealand/,
    ],
    ['yes/no (denied another verb, asked of that one)', 'Has Chile ratified the energy accord?', 'No', /The energy accord Chile has yet to ratify/],
    // "signed a customs accord, but nothing else was settled": "nothing" is no object of the question's verb.
    ['yes/no ("nothing" after the object)', 'Did Chile and New Zealand sign a customs accord?', 'Yes', /^Chile and New Zealand signed a customs accord, but nothing else/],
    // "Chile blocked nothing on the tariff agenda": "nothing" as the object of the question's verb denies it.
    ['yes/no (denied by "nothing" as the object)', 'Did Chile block the tariff agenda?', 'No', /^At the same talks Chile blocked nothing on the tariff agenda\.$/],
    ['when (a settled act beside an unsettled one)', 'When did the two sides agree to open a direct cargo link?', '12 May (12 May 2026)', /agreed on 12 May to open a direct cargo link/],
  ]);
  it('answers the two-clause yes/no question exactly: No, cited to the denying sentence', async () => {
    const a = await fixture.engine.ask('Did New Zealand impose new duties on Chilean wine?');
    expect(a.answer).toBe('No');
    const quote = "New Zealand's trade minister, Mark Tollan, declined to impose new duties on Chilean wine when cabinet reviewed the dispute on Monday.";
    const text = fixture.texts.get('chile-newzealand-wire')!;
    expect(a.citations[0]).toMatchObject({ doc: 'chile-newzealand-wire', start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  });
  it('answers Yes to a signing the passage tells beside a denial of another act, cited to that sentence', async () => {
    const a = await fixture.engine.ask('Did New Zealand sign the energy accord?');
    expect(a.answer).toBe('Yes');
    // The sentence with its dateline, as the document's first sentence.
    const quote = 'AUCKLAND, 4 March 2026 (Pacific Wire) - The energy accord Chile has yet to ratify was signed by New Zealand on 2 February 2026, officials in Wellington said on Wednesday.';
    const text = fixture.texts.get('chile-newzealand-energy')!;
    expect(a.citations[0]).toMatchObject({ doc: 'chile-newzealand-energy', start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  });
});
