import { describe, expect, it } from 'vitest';
import { askFixture, itRefuses } from './helpers/ask.js';

/**
 * A wire on Latvia and Estonia (test/data/ask-asked-kinds/; session 35, issue 11) whose answers are of the kind the question asks: a
 * person for "with whom" / "to whom", the name a state's adjective or possessive qualifies rather than the state ("his Estonian colleague
 * Mart Tamberg"), and a treaty's day when the question names only its year ("the 1993 railway agreement").
 */
const KINDS = new URL('./data/ask-asked-kinds/', import.meta.url).pathname;

describe('dyad ask: an answer of the kind asked', () => {
  const fixture = askFixture(KINDS);
  const { engine, exact, texts } = fixture;

  const cases: [string, string, string][] = [
    ['"with whom" asks a person', 'With whom did the Estonian foreign minister hold talks in Riga?', 'Ilze Ozola'],
    ['"whom" of a name a state\'s adjective qualifies', 'Whom did Arvis Kalnins meet in Valga?', 'Mart Tamberg'],
    ['"to whom" of a name a state\'s possessive qualifies', 'To whom did Latvia sell its stake in the Valka freight terminal?', 'Balti Raudtee'],
    ["a day of the year the question names as the treaty's", 'When did the 1993 Valga-Valka railway agreement enter into force?', '2 February 1993'],
    ['"how high" asks a figure', "How high is Latvia's rail access charge on cross-border freight?", '14 percent'],
    ['"what did … cost" asks a figure', 'What did the rebuilt Valga station cost?', '9 million euros'],
  ];
  for (const [why, question, answer] of cases) {
    it(`answers ${why}`, async () => {
      const a = await engine.ask(question);
      expect(a.status).toBe('answered');
      // The figure as written, with its normalised value after it when it adds one.
      expect(a.answer).toMatch(new RegExp(`^${answer} ?(?:\\(|$)`));
      const text = texts.get('latvia-estonia-wire')!;
      const at = text.indexOf(answer);
      expect(a.citations.some((c) => c.start <= at && at + answer.length <= c.end)).toBe(true);
      exact(a);
    });
  }

  it('keeps a day the question writes whole as said, not its answer', async () => {
    const a = await engine.ask('When did the first joint passenger train run after the railway agreement entered into force on 2 February 1993?');
    expect(a.answer ?? '').not.toContain('2 February 1993');
  });

  it('answers a day of the year the question names beside a source\'s other day as a conflict ("reported")', async () => {
    const a = await engine.ask('On what date did the Valga border depot open in 2025?');
    expect(a.status).toBe('conflict');
    expect(a.claims.map((c) => c.answer)).toEqual(['3 March 2025', '4 March (4 March 2025)']);
    exact(a);
  });

  itRefuses(fixture, [['"with whom" of talks the wire never tells', 'With whom did the Lithuanian foreign minister hold talks in Vilnius?']]);
});
