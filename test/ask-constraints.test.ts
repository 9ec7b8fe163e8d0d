import { describe, expect, it } from 'vitest';
import { askFixture } from './helpers/ask.js';
import { renderAnswer } from '../src/serve/cli/ask-render.js';

/**
 * Constraints a question states that the answering sentence must meet (issue 11, session 42, src/knowledge/ask/constraints.ts): a question of
 * an act still to come is not answered from a clause that tells a done act, an act going to one state not from a clause sending it to another,
 * nor any question from a sentence of the document that itself asks.
 * A Malawi–Mozambique wire written for the tests (test/data/ask-constraints/, dated 20 May 2026). Each refusal below was answered on e7acba99
 * (the answer given there in its comment); each answer below is a must-not, the same question shape that the wire does answer.
 */
const DOCS = new URL('./data/ask-constraints/', import.meta.url).pathname;
const WIRE = 'malawi-mozambique-wire';
const AHEAD = 'the question asks of an act still to come; the passage that comes nearest tells a done act';
const ASKS = 'the only passage that gives it asks the question itself; it states no answer';
const WHERE = 'the question asks of an act going to one state; the passage that comes nearest tells one going to another';

describe('dyad ask: constraints of the question (issue 11)', () => {
  const fixture = askFixture(DOCS);

  const refused: [string, string, string][] = [
    // "met … this morning": the report's own day, told as done (e7acba99: "this morning (20 May 2026)").
    ['a meeting to come, told as held on the day of the report', 'When will the Malawian and Mozambican transport ministers meet in Lilongwe?', AHEAD],
    // "spent two days in Maputo this week": a span that holds the report's day (e7acba99: "this week (18 May 2026 – 20 May 2026)").
    ['a visit to come, told as made this week', 'When will President Mutharika visit Maputo?', AHEAD],
    // A person asked of an act to come, the only signer told is of a past one (e7acba99: "Vitumbiko Mumba").
    ['a signer to come, told as having signed', 'Who will sign the memorandum on fertiliser transit?', AHEAD],
    // The only year is in a member's question (e7acba99: "2030").
    ['a date read from a question the document quotes', 'When will the government finish the Nsanje inland port?', ASKS],
    // "travelled to Malawi" for a journey asked to Mozambique: the other direction (e7acba99: "2 April 2026").
    ['a journey asked to one state, told to the other', 'When did the foreign minister travel to Mozambique?', WHERE],
    // The same, with a lesser passage left that tells another act (the dateline's "met … this morning"): it does not answer in the passed-over
    // passage's place (e7acba99: "2 April 2026"; with the constraint alone, "this morning (20 May 2026)").
    ['a journey to the other state, a far lesser passage left', "When did Malawi's foreign minister travel to Mozambique?", WHERE],
  ];
  for (const [why, question, reason] of refused) {
    it(`refuses ${why}, naming the unmet constraint`, async () => {
      expect(await fixture.engine.ask(question)).toMatchObject({ status: 'not_in_corpus', answer: null, claims: [], citations: [], reason });
    });
  }

  it('gives the unmet constraint as the reason in the terminal', async () => {
    const a = await fixture.engine.ask('When will President Mutharika visit Maputo?');
    expect(renderAnswer(a)).toBe(`When will President Mutharika visit Maputo?\n  Not in the corpus: ${AHEAD}.`);
    // Must-not: a refusal with no passage near keeps the coverage it reports.
    expect(renderAnswer(await fixture.engine.ask('When did Malawi and Mozambique sign a fisheries treaty with Iceland?'))).toMatch(/Not in the corpus: no passage supports an answer/);
  });

  // Must-nots: the same shapes the wire answers, each with its citation at its exact offsets.
  const answered: [string, string, string, number, number][] = [
    // An act to come told with "will" and its date.
    ['a meeting to come told with "will"', 'When will the rail working group first meet?', '14 July 2026', 373, 457],
    // A person of an act to come told with "will".
    ['a person of an act to come told with "will"', "Who will lead Mozambique's delegation to the working group?", 'Tomás Mucavele', 459, 572],
    // The present tense with a date after the report's: still to come.
    ['an act to come told in the present with a later date', 'When will the Mwanza border post open to lorries?', '1 August 2026', 702, 775],
    // A figure of a planned thing, told in the present: figures are not held to the constraint.
    ['a planned figure told in the present', 'How much will the Nacala line upgrade cost?', 'USD 310 million (310000000 USD)', 777, 884],
    // The past questions of the refused ones: answered by the same sentences.
    ['the meeting asked in the past', 'When did the transport ministers meet in Lilongwe?', 'this morning (20 May 2026)', 58, 241],
    ['the visit asked in the past', 'When did President Mutharika visit Maputo?', 'this week (18 May 2026 – 20 May 2026)', 243, 371],
    ['the signer asked in the past', 'Who signed the memorandum on fertiliser transit?', 'Vitumbiko Mumba', 574, 700],
    // The journey asked in its own direction.
    ['the journey asked to the state it went to', "When did Mozambique's foreign minister travel to Malawi?", '2 April 2026', 1007, 1122],
  ];
  for (const [why, question, answer, start, end] of answered) {
    it(`answers ${why}, citing its sentence`, async () => {
      const a = await fixture.engine.ask(question);
      expect(a).toMatchObject({ status: 'answered', answer });
      expect(a.reason).toBeUndefined();
      expect(a.citations[0]).toMatchObject({ doc: WIRE, start, end });
      fixture.exact(a);
    });
  }
});
