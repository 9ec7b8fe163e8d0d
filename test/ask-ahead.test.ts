import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers } from './helpers/ask.js';
import { before } from '../src/knowledge/ask/spans.js';

/** A wire on Lesotho and Eswatini written for these tests (test/data/ask-ahead/): a bridge to be rebuilt, talks to come. */
const DOCS = new URL('./data/ask-ahead/', import.meta.url).pathname;

describe('dyad ask: when an act still to come will be done (session 23)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "washed away by the 2024 floods" is in the sentence that names the bridge; the report is of November 2026, so 2024 is past.
    ['when (a plan, past the date of the damage)', 'When is work on the Makhaleng bridge expected to start?', 'the second half of 2027', /building should start in the second half of 2027/],
    // "the second week of December" is a part of the month, and the talks "held in Mbabane in 2025" are past.
    ['when (the next round)', 'When is the next round of talks planned?', 'the second week of December', /planned for the second week of December/],
  ]);
  it('still dates a past act from the past', async () => {
    const a = await fixture.engine.ask('When were talks on the bridge first held in Mbabane?');
    expect(a.answer).toContain('2025');
  });
});

describe('before: a date wholly before the document', () => {
  it.each([
    ['2024', '2026-11-20', true],
    ['2026', '2026-11-20', false],
    ['2026-10', '2026-11-20', true],
    ['2026-12', '2026-11-20', false],
    ['2025-03/2026-02', '2026-11-20', true],
    ['2025/2027', '2026-11-20', false],
    ['2024', undefined, false],
  ] as const)('%s against %s is %s', (edtf, doc, want) => expect(before(edtf, doc)).toBe(want));
});
