import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/knowledge/ask/question.js';
import { askFixture } from './helpers/ask.js';

/**
 * Which-questions answered by the name the passage gives beside the head noun (issue 11, session 38). On d45670a each answer below was a
 * clause around the name ("MDF Chikala, to the waters off …", "the Mbuzi smuggling ring, which it says …", "Under Article 12 of the Lake
 * Protocol, …"). A Malawi–Mozambique wire written for the test (test/data/ask-head-names/); the reviewer's cases that undid parts of the
 * change are in ask-review-cases.test.ts.
 */
const DOCS = new URL('./data/ask-head-names/', import.meta.url).pathname;
const DOC = 'malawi-mozambique-wire';

describe('dyad ask: the name beside a which-question head noun (issue 11)', () => {
  const fixture = askFixture(DOCS);
  const cases: [string, string, string, string][] = [
    // A name in apposition after the head noun, between commas.
    ['a name in apposition after the head noun', 'Which patrol boat did the Malawian navy send to Likoma Island?', 'MDF Chikala', 'The Malawian navy said'],
    // The question's own qualifier ("smuggling") between the name and the head noun.
    ['a name before the question’s qualifier and the head noun', "Which smuggling ring did Mozambique's interior ministry blame?", 'Mbuzi smuggling ring', "Mozambique's interior ministry"],
    // The wh-phrase is the subject: the head noun ends at the question's verb ("which ferry *resumed*").
    ['a head noun followed by the question’s verb', 'Which ferry resumed sailings on Monday?', 'MV Ilala', 'The ferry MV Ilala'],
    // A capitalised head noun and the number that designates it; the head noun ends at "of".
    ['a head noun followed by "of"', 'Which article of the Lake Protocol requires notice before armed vessels are sent?', 'Article 12', 'Under Article 12'],
    // A possessive description before the head noun yields to the name after it.
    ['a possessive description and a name after the head noun', 'Which agency inspected the new landing stage?', 'CFM Niassa', "Mozambique's national ports agency"],
  ];
  for (const [form, question, answer, opens] of cases) {
    it(`answers ${form} with the name alone, citing its sentence`, async () => {
      const a = await fixture.engine.ask(question);
      expect(a.status).toBe('answered');
      expect(a.answer).toBe(answer);
      const text = fixture.texts.get(DOC)!;
      const c = a.citations.find((x) => x.doc === DOC && x.quote.startsWith(opens))!;
      expect(c.start).toBe(text.indexOf(opens));
      expect(text.slice(c.start, c.end)).toContain(answer);
      fixture.exact(a);
    });
  }

  it('answers who led a delegation by the agent after "by", not a body named after another title ("secretary of the Malawi Lakes Commission")', async () => {
    const a = await fixture.engine.ask('Who led the Mozambican delegation?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('Armando Tivane');
    const text = fixture.texts.get('malawi-mozambique-talks')!;
    expect(a.citations[0]!.start).toBe(text.indexOf('The Mozambican delegation was led'));
    fixture.exact(a);
    // Must-not: a family name that is a title's word ("King") stays a person's name.
    const envoy = await fixture.engine.ask("Who is Malawi's High Commissioner to Mozambique?");
    expect(envoy.answer).toBe('Grace King');
  });

  it('never answers with a name that a verb follows after the head noun’s comma', async () => {
    // Must-not: "The ferry agreement, Tembo said, would be reviewed…": Tembo says it; he does not name the agreement.
    const a = await fixture.engine.ask('Which agreement would be reviewed after a year?');
    expect(a.answer ?? '').not.toContain('Tembo');
  });
});

describe('parseQuestion: the head noun of a which-question whose wh-phrase is the subject', () => {
  it('ends the head noun at the question’s verb or at "of"', () => {
    expect(parseQuestion('Which ferry resumed sailings on Monday?').head).toBe(parseQuestion('Which ferry did the company repair?').head);
    expect(parseQuestion('Which companies signed the memorandum?').head).toBe(parseQuestion('Which companies will sign the memorandum?').head);
    expect(parseQuestion('Which article of the Lake Protocol requires notice?').head).toBe(parseQuestion('Which article was cited?').head);
    expect(parseQuestion('Which ferry resumed sailings on Monday?').head).toBeDefined();
  });

  it('reads no head noun where the words after "which" are no noun phrase', () => {
    // Must-not: "which of" has no head noun; a phrase of more than three words before the verb is none either.
    expect(parseQuestion('Which of the two ferries resumed sailings?').head).toBeUndefined();
    expect(parseQuestion('Which large new passenger ferry resumed sailings?').head).toBeUndefined();
  });
});
