import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** The events of a text with trigger, its offsets and date (session 34): sentences written for these tests in the manner of wire reports. */
function events(text: string, documentDate: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).events.map((e) => ({
    trigger: text.slice(e.trigger.start, e.trigger.end),
    start: e.trigger.start,
    date: e.date,
  }));
}

describe('a subordinate clause of time dates its own verb (session 34)', () => {
  it('"deployed … on Thursday, after the coast guard seized two trawlers … early on Tuesday": the seizure is Tuesday', () => {
    // A report of Friday 12 June 2026.
    const text = 'Ecuador deployed two patrol vessels to the maritime border on Thursday, after the Peruvian coast guard seized two trawlers and detained 14 fishermen early on Tuesday.';
    const found = events(text, '2026-06-12');
    const seized = found.find((e) => e.trigger.startsWith('seized'));
    expect(seized).toMatchObject({ start: text.indexOf('seized'), date: '2026-06-09' });
    expect(found.find((e) => e.trigger.startsWith('deployed'))?.date).toBe('2026-06-11');
  });

  it('"recalled … on 4 May when Lima expelled … on 2 May": the expulsion keeps its clause\'s day', () => {
    const text = 'Quito recalled its ambassador on 4 May 2026 when Lima expelled two Ecuadorian diplomats on 2 May.';
    const found = events(text, '2026-05-06');
    expect(found.find((e) => e.trigger.startsWith('expelled'))).toMatchObject({ start: text.indexOf('expelled'), date: '2026-05-02' });
    expect(found.find((e) => e.trigger.startsWith('recalled'))?.date).toBe('2026-05-04');
  });

  it('must not: "after 3 March" is a preposition of time; the main verb keeps its date', () => {
    const text = 'Talks between Chile and Bolivia resumed after 3 March 2026, and the ministers signed a border protocol on 20 March.';
    const found = events(text, '2026-03-25');
    expect(found.find((e) => e.trigger.startsWith('signed'))?.date).toBe('2026-03-20');
  });

  it("must not: a date outside the clause, after a comma, is not the clause's", () => {
    const text = 'Ecuador closed the crossing on Thursday after Peru seized two trawlers, and on Saturday it recalled its ambassador.';
    const found = events(text, '2026-06-15');
    expect(found.find((e) => e.trigger.startsWith('seized'))?.date).not.toBe('2026-06-13');
  });
});
