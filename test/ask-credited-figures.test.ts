import { describe, expect, it } from 'vitest';
import { askFixture, itRefuses } from './helpers/ask.js';

/**
 * A wire on Zambia and Malawi whose sentences give two sources' figures of one measure, each in its own part of the sentence
 * (test/data/ask-credited-figures/; session 34, issue 11): a question that credits its answer to one source ("according to ZamStats")
 * is answered by the figure of the part that names it, whichever of the two is nearer the question's other words.
 */
const CREDITED = new URL('./data/ask-credited-figures/', import.meta.url).pathname;

describe('dyad ask: the figure of the source the question names', () => {
  const fixture = askFixture(CREDITED);
  const { engine, exact, texts } = fixture;

  const cases: [string, string, string, string][] = [
    ['the source first in the question, its figure first in the sentence', 'According to ZamStats, what was Zambia–Malawi trade last year?', '$610 million', '$610 million'],
    ['the source last in the question, its figure after the semicolon', "What was bilateral trade last year according to Malawi's National Statistical Office?", '$540 million', '$540 million'],
    ['a count credited after the semicolon ("figures from …")', 'According to the Malawi Revenue Authority, how many lorries passed the Mchinji border post in 2025?', '44,500', '44,500'],
  ];
  for (const [why, question, answer, written] of cases) {
    it(`answers ${why}`, async () => {
      const a = await engine.ask(question);
      expect(a.status).toBe('answered');
      expect(a.answer).toContain(answer);
      const text = texts.get('zambia-malawi-wire')!;
      const at = text.indexOf(written);
      // The answer's citation is the sentence that holds the source's figure.
      expect(a.citations.some((c) => c.start <= at && at + written.length <= c.end)).toBe(true);
      exact(a);
    });
  }

  itRefuses(fixture, [
    ['a year the source gives no figure for', 'According to ZamStats, what was Zambia–Malawi trade in 2019?'],
    ['a source the wire never names', 'According to the Reserve Bank of Malawi, what was bilateral trade in 2018?'],
  ]);
});
