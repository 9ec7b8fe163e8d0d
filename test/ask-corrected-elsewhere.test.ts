import { describe, it, expect } from 'vitest';
import { askFixture, itConflicts } from './helpers/ask.js';

/**
 * A question-and-answer page on Ghana and Togo whose readers correct, far below the answer, the year it gives for a signing ("The market
 * agreement was signed on 12 November 1980, not 1981"; test/data/ask-corrected/; session 47, issue 11): the correction of the answer's very
 * date is a rival when its sentence tells the question's act (the verb, with a subject and object of the question's words). A date corrected
 * against a plan ("not 6 May as first planned") and a correction of another act told with the same verb ("The customs post's canteen opened on
 * 8 May 2024, not 6 May") make none.
 */
const DOCS = new URL('./data/ask-corrected/', import.meta.url).pathname;

describe("dyad ask: a correction of the answer's date further on in its document", () => {
  const fixture = askFixture(DOCS);
  const { engine, exact, texts } = fixture;

  itConflicts(fixture, [
    [
      'a year and the day a reader\'s correction gives ("signed on 12 November 1980, not 1981")',
      'When was the Aflao market agreement between Ghana and Togo signed?',
      ['1981', '12 November 1980'],
      [/^Ghana and Togo signed the Aflao market agreement/, /^The market agreement was signed on 12 November 1980, not 1981\.$/],
    ],
  ]);

  it("cites the correction's sentence at its exact offsets", async () => {
    const a = await engine.ask('When was the Aflao market agreement between Ghana and Togo signed?');
    const text = texts.get('ghana-togo-forum')!;
    const rival = a.claims[1]!.citations[0]!;
    expect(rival.start).toBe(text.indexOf('The market agreement was signed on'));
    expect(rival.end).toBe(text.indexOf('not 1981.') + 'not 1981.'.length);
    exact(a);
  });

  it('reads no rival from a date corrected against a plan, nor from another act opened on another day', async () => {
    const a = await engine.ask('When did the customs post at Noépé open?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('6 May 2024');
  });

  it('answers a question no correction touches plainly', async () => {
    const a = await engine.ask('When did the joint border commission hold its first session?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('March 1975');
  });
});
