import { describe, it, expect } from 'vitest';
import { askFixture, itConflicts } from './helpers/ask.js';

/**
 * A parliament's bill tracker whose title gives a treaty's day, whose body tells the signing again on that day, and whose next sentence
 * gives another source's day (test/data/ask-told-again/; session 47, issue 11): the rival is read beside the passage that tells the act
 * again, not only beside the title the answer was read from. A source's day of another act (a ratification) beside a signing told again, and
 * another act's own day after it, make no rival.
 */
const DOCS = new URL('./data/ask-told-again/', import.meta.url).pathname;

describe('dyad ask: another source\'s day beside a passage that tells the act again', () => {
  const fixture = askFixture(DOCS);
  const { engine, exact, texts } = fixture;

  itConflicts(fixture, [
    [
      'a title\'s day and the day a gazette "gives the date as" beside the body\'s retelling',
      'When was the agreement on joint border patrols between Ghana and Togo signed?',
      ['18 March 2025', '17 March 2025'],
      [/^Ratification of the Agreement/, /^The memorandum says the ceremony/],
    ],
  ]);

  it("cites the rival's sentence at its exact offsets", async () => {
    const a = await engine.ask('When was the agreement on joint border patrols between Ghana and Togo signed?');
    const text = texts.get('ghana-togo-billtracker')!;
    const rival = a.claims[1]!.citations[0]!;
    expect(rival.start).toBe(text.indexOf('The memorandum says the ceremony'));
    expect(rival.end).toBe(text.indexOf('17 March 2025') + '17 March 2025.'.length);
    exact(a);
  });

  it('reads no rival from a source\'s day of another act (a ratification) beside a signing told again', async () => {
    const a = await engine.ask('On what date was the Ghana–Togo protocol on cross-border markets signed?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('9 June 2025');
  });

  it('reads no rival from another act\'s own day in the sentence after', async () => {
    const a = await engine.ask('When did the first joint patrol set out from Aflao?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('2 April 2025');
  });
});
