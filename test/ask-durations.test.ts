import { describe } from 'vitest';
import { askFixture, itAnswers, itRefuses } from './helpers/ask.js';

/**
 * An Estonia–Latvia wire written for these tests (test/data/ask-durations/): "how long" answered by the time between two dates the corpus
 * tells, each cited: one sentence's explicit day and the day counted from it ("detained on Monday…; released the next day"), or two acts
 * told in two sentences ("how long after the treaty was signed did it enter into force") — numbers.ts, arithmetic.ts.
 */
const DOCS = new URL('./data/ask-durations/', import.meta.url).pathname;

describe('dyad ask: durations between two stored dates (numbers.ts, arithmetic.ts, issue 11)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "on Monday 11 May detained …; they were released … the next day": from 11 May to 12 May.
    ['how long (a day counted from the day before it)', 'How long were the two Estonian anglers detained on Lake Peipus held before their release?', '1 day', /released without charge the next day/],
    // Two sentences, two acts: signed 3 February 2025, in force 1 June 2025; "it" is the treaty.
    ['how long after (two acts, a pronoun subject)', 'How long after the Valga rail treaty was signed did it enter into force?', '3 months', /signed the Valga rail treaty in Riga on 3 February 2025/],
    ['how long after (the second act cited too)', 'How long after the Valga rail treaty was signed did it enter into force?', '1 June 2025', /entered into force on 1 June 2025/],
  ]);
  itRefuses(fixture, [
    // Must-not: the crossing's closing is dated, its reopening never told; the dateline's day is no end of the closure.
    ['a period whose end the wire never gives', 'How long was the Ape road crossing closed?'],
  ]);
});
