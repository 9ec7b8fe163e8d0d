import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { polarQuestion } from './polar-questions.js';

/**
 * A polar question asserts no act (session 41, issue 10). Sentences written for these tests in the manner of a quiz, an
 * interview and a briefing on Ghana and Togo; the report is dated 4 May 2026.
 */
function rows(text: string): [number, string, string, string][] {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2026-05-04' }).events.map((e) => [e.trigger.start, text.slice(e.trigger.start, e.trigger.end), e.date, e.mode]);
}

describe('polar questions tell no act (polar-questions.ts)', () => {
  it.each([
    ['a past act asked', 'Did Ghana sign the transit protocol with Togo on 3 March 2026?'],
    ['a plan asked', 'Will Ghana reopen the Aflao crossing to Togolese traders in June 2026?'],
    ['a perfect asked, a date that names the treaty', 'Has Togo ratified the 2019 border treaty with Ghana?'],
    ['a quiz item with its number', '3. Did Togo recall its ambassador from Accra in 2024?'],
  ])('must not: %s', (_, text) => {
    expect(rows(text)).toEqual([]);
  });

  it('keeps the statement beside the question, with its offsets and date', () => {
    const text = 'Ghana signed the transit protocol with Togo on 3 March 2026. Did Togo ratify it in April 2026?';
    expect(rows(text)).toEqual([[6, 'signed the transit protocol', '2026-03-03', 'asserted']]);
  });

  it('keeps a statement the writer doubts with a question mark', () => {
    const text = 'Ghana closed the Aflao crossing to Togolese traders on 3 March 2026?';
    expect(rows(text).map(([, words, date, mode]) => [words, date, mode])).toEqual([['closed', '2026-03-03', 'asserted']]);
  });

  it.each([
    ['Did Ghana sign the protocol?', true],
    ['"Will Togo attend the summit?"', true],
    ['Why did Ghana close the border in 2024?', false],
    ['Ghana did sign the protocol in 2024.', false],
    ['Ghana signed the protocol in 2024?', false],
  ])('%s: polar %s', (sentence, polar) => {
    expect(polarQuestion(sentence)).toBe(polar);
  });
});
