import { describe } from 'vitest';
import { askFixture, itAnswers, itRefuses } from './helpers/ask.js';

/**
 * An almanac page whose table names each figure by its row and year ("Irish visitors to Portugal, 2025 | 412,000 | Turismo de Portugal")
 * under a header that names no measure ("Figure | Value | Source") (test/data/ask-table-labels/; session 37, issue 11): the row whose label
 * holds what is asked, in the year asked, answers with its figure.
 */
const DOCS = new URL('./data/ask-table-labels/', import.meta.url).pathname;

describe('dyad ask: a table row named by what it measures', () => {
  const fixture = askFixture(DOCS);

  itAnswers(fixture, [
    ['how-many (the row of the year asked among two of one label)', 'How many Irish visitors came to Portugal in 2025?', '412,000', /^Irish visitors to Portugal, 2025 \| 412,000/],
    ['how-many (the same label, another year)', 'How many Irish visitors came to Portugal in 2019?', '354,000', /^Irish visitors to Portugal, 2019 \| 354,000/],
    ['how-many of residents', 'How many Portuguese residents lived in Ireland in 2025?', '6,800', /^Portuguese residents in Ireland, 2025/],
  ]);

  itRefuses(fixture, [
    ['a count no row of the year names ("students")', 'How many Portuguese students were in Ireland in 2025?'],
    ['a year no row holds', 'How many Irish visitors came to Portugal in 2022?'],
  ]);
});
