import { describe, expect, it } from 'vitest';
import { askFixture, itConflicts } from './helpers/ask.js';

/** A wire on Latvia and Estonia that gives two sources' figures of one measure beside each other (test/data/ask-estimates/). */
const DOCS = new URL('./data/ask-estimates/', import.meta.url).pathname;

describe("dyad ask: another source's figure told beside the answer's", () => {
  const fixture = askFixture(DOCS);
  const { engine, exact, texts } = fixture;

  itConflicts(fixture, [
    [
      'a count and another source\'s count after a semicolon ("counted 2.1 million")',
      'How many vehicles crossed the Valga-Valka border last year?',
      ['2.4 million vehicles (2400000 count)', '2.1 million'],
      [/^Some 2\.4 million vehicles crossed/, /^Some 2\.4 million vehicles crossed/],
    ],
    [
      'an amount and the next sentence\'s, its currency unwritten ("puts the total at 3.3 billion"), not that of another year',
      'What was Latvia–Estonia trade in 2025?',
      ['3.8 billion euros (3800000000 EUR)', '3.3 billion'],
      [/^Bilateral trade between Latvia and Estonia was worth/, /^Statistics Estonia puts the total at 3\.3 billion\.$/],
    ],
  ]);

  it("cites each source's figure at its exact offsets", async () => {
    const a = await engine.ask('What was Latvia–Estonia trade in 2025?');
    const text = texts.get('latvia-estonia-wire')!;
    const rival = a.claims[1]!.citations[0]!;
    expect(rival.start).toBe(text.indexOf('Statistics Estonia puts'));
    expect(rival.end).toBe(text.indexOf('3.3 billion.') + '3.3 billion.'.length);
    exact(a);
  });

  const agreed: [string, string, string][] = [
    ['a part of the figure told in its clause ("of whom 25 will be Latvian")', 'How many inspectors will the new laboratory employ?', '40 inspectors'],
    ['a question that asks one source\'s figure ("according to Statistics Latvia")', 'What was Latvia–Estonia trade in 2025 according to Statistics Latvia?', '3.8 billion euros (3800000000 EUR)'],
  ];
  for (const [why, question, answer] of agreed) {
    it(`does not take ${why} for another source's figure`, async () => {
      const a = await engine.ask(question);
      expect(a.status).toBe('answered');
      expect(a.answer).toBe(answer);
      exact(a);
    });
  }
});
