import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers, itRefuses } from './helpers/ask.js';

/**
 * A working paper whose trade table sits under a caption ("**Table 3.** Chilean exports to and imports from Peru") with a header row
 * ("Year | Exports | Imports | Source"). Two rules read a row with what frames it:
 * - "according to Table 3" names the source of a figure, not the place of an act ("to Table 3"), so the caption over the row counts half
 *   for "Table" as for the question's other words (retrieve.ts, `placed`); before, the row fell under the refusal threshold;
 * - "what were Chilean exports" asks the measure "exports", which the row's header row gives, not the row (support.ts, `lacksMeasure`);
 *   before, a figure read from a row was refused as of another measure.
 */
const DOCS = new URL('./data/ask-according-to/', import.meta.url).pathname;
const QUESTION = 'What were Chilean exports to Peru in 2019 according to Table 3?';

describe('dyad ask: a table row read with its caption and header row (retrieve.ts, support.ts, issue 11)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    ['figure under a header row', QUESTION, '1,880', /^2019 \| 1,880 \| 1,250/],
    ['figure from the source "according to" names', 'How much did Chile import from Peru in 2014 according to Table 3?', '1,430', /^2014 \| 1,710 \| 1,430/],
  ]);
  it('cites the row of the year asked, at its offsets', async () => {
    const a = await fixture.engine.ask(QUESTION);
    const text = fixture.texts.get('chile_peru_working_paper_2026.md')!;
    expect(a.citations[0]).toMatchObject({ doc: 'chile_peru_working_paper_2026.md', start: text.indexOf('2019 | 1,880'), end: text.indexOf(' |\n| 2023') });
  });
  itRefuses(fixture, [
    // Must-nots: the table gives no row for 2021, and its header names no deficit: a row's figure is of the measures its header gives.
    ['a year the table has no row for', 'What were Chilean exports to Peru in 2021 according to Table 3?'],
    ['a measure no header of the table gives', "What was Chile's trade deficit with Peru in 2019?"],
  ]);
});
