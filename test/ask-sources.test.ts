import { describe, expect, it } from 'vitest';
import { askFixture, itConflicts } from './helpers/ask.js';
import { structure } from '../src/ingest/segment/structure.js';

/** A fact sheet on Chile and New Zealand whose rows are joined to their values by dotted leaders, and whose figures two named sources give in one sentence (test/data/ask-sources/). */
const DOCS = new URL('./data/ask-sources/', import.meta.url).pathname;

describe('dyad ask: figures two named sources give in one passage', () => {
  const fixture = askFixture(DOCS);

  it('reads each row of a fact sheet with dotted leaders as a sentence of its own', () => {
    const text = fixture.texts.get('chile-newzealand-factsheet')!;
    const rows = structure(text)
      .sentences.map((s) => [s.start, s.end, text.slice(s.start, s.end)] as const)
      .filter(([, , t]) => t.includes('....'));
    expect(rows).toEqual([
      [136, 176, 'Capital ..................... Wellington'],
      [177, 240, 'Population .................. 5.3 million (Stats NZ, 2025 est.)'],
      [241, 324, 'Chileans in New Zealand ..... 4,200 (Stats NZ, 2025); community groups: about 7,000'],
      [325, 379, 'Diplomatic relations ........ established 2 March 1972'],
    ]);
  });

  // "4,200 (Stats NZ, 2025); community groups: about 7,000": two sources' counts of one thing, each in its own clause of one row.
  itConflicts(fixture, [
    [
      "two sources' figures a semicolon parts in one row",
      'How many Chileans are there in New Zealand?',
      ['4,200', '7,000'],
      [/^Chileans in New Zealand \.+ 4,200 \(Stats NZ, 2025\); community groups: about 7,000$/, /^Chileans in New Zealand \.+ 4,200/],
    ],
  ]);
});
