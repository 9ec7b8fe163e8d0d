import { describe, expect, it } from 'vitest';
import { credits } from '../src/knowledge/ask/estimates.js';
import { askFixture, itAnswersPlainly, itConflicts } from './helpers/ask.js';

/**
 * A figure that a source's figures, data or statistics "show" is that source's (issue 11, session 40): "Chile's customs figures show only
 * US$410 million" beside "US$520 million …, according to Peru's national statistics institute" is a disagreement of two sources. A panel
 * summary written for the tests (test/data/ask-figures-show/). The conflict was a plain answer on main 8f91072; the must-nots hold on both.
 */
const DOCS = new URL('./data/ask-figures-show/', import.meta.url).pathname;

describe('dyad ask: a figure that figures or data show', () => {
  const fixture = askFixture(DOCS);

  it('credits a clause whose figures, data or statistics show a figure, not one with "show" alone', () => {
    expect(credits("Chile's customs figures show only US$410 million")).toBe(true);
    expect(credits('Official data showed exports of 61,000 tonnes')).toBe(true);
    // Must-not: "show" of anything else credits nothing.
    expect(credits('The two ministers will show the new port to 300 guests')).toBe(false);
  });

  itConflicts(fixture, [
    [
      'a figure another source\'s customs figures "show" for the same trade',
      'What was bilateral trade between Chile and Peru in 2025?',
      ['US$520 million (520000000 USD)', 'US$410 million'],
      [/^A first speaker said bilateral trade reached US\$520 million/, /^A second speaker answered that Chile's customs figures show only US\$410 million/],
    ],
  ]);

  // Must-nots: figures that show a count of another place, data that show a figure of another year, stay no rival.
  itAnswersPlainly(fixture, [
    ['a count of one town beside hotel figures of another', 'How many Chilean visitors came to Tacna in 2025?', '1.3 million'],
    ['data that show a figure of another year', 'How many tonnes of anchovy were landed in the border zone in 2024?', '61,000 tonnes'],
  ]);
});
