import { describe } from 'vitest';
import { askFixture, itAnswersPlainly } from './helpers/ask.js';

/**
 * Wires whose figure "for the same year" is of another year ("In 2023 the crossing was closed …; the road agency counted 2.6 million
 * tonnes for the same year"), of another measure ("2.2 million hotel bookings in the same year" beside visitors) (test/data/ask-estimates-rivals/; session 33, issue 11 review): answered plainly, no conflict; the conflicts of
 * another count of the same year stay (ask-estimates.test.ts).
 */
const DOCS = new URL('./data/ask-estimates-rivals/', import.meta.url).pathname;

describe('dyad ask: a figure "for the same year" that is no source\'s rival of the answer\'s', () => {
  const fixture = askFixture(DOCS);

  itAnswersPlainly(fixture, [
    ['a figure tied to the year named last before it ("In 2023 …; … for the same year")', 'How many tonnes of freight crossed the Chacalluta border post in 2025?', '3.1 million tonnes'],
    ['another measure "in the same year" ("2.2 million hotel bookings")', 'How many Spanish visitors did Portugal record in 2025?', '2.9 million'],
  ]);
});
