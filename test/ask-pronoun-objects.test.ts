import { describe } from 'vitest';
import { askFixture, itAnswers } from './helpers/ask.js';

/**
 * The Estonia–Latvia wire of test/data/ask-durations/: an act told of a pronoun ("The two ministers signed *it* in Tallinn on 5 March
 * 2026") dates the thing the sentence before names ("drafted a memorandum on ferry safety … last year") — pronoun-objects.ts.
 */
const DOCS = new URL('./data/ask-durations/', import.meta.url).pathname;

describe('dyad ask: an act told of a pronoun object, dated in the next sentence (pronoun-objects.ts, issue 11)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    ['when (the act told of "it")', 'When was the ferry safety memorandum signed?', '5 March 2026', /signed it in Tallinn on 5 March 2026/],
    // Must-not: the sentence naming the memorandum tells the act asked itself; the next sentence's date is of another act.
    ['when (the act told in the passage itself)', 'When was the ferry safety memorandum drafted?', '2025', /drafted a memorandum on ferry safety/],
  ]);
});
