import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** A monthly conflict tracker written for these tests in the manner of a think tank's Markdown page; updated 2 December 2025. */
const DCT = '2025-12-02';

const tracker = [
  '# Lake Region Monitor: Kenya – Uganda',
  '',
  '*Monthly tracker · last entry published 2 December 2025*',
  '',
  '### October 2025',
  '',
  '- Ugandan navy 12 seized three Kenyan fishing boats near Migingo island; Kenyan foreign ministry 14 summoned Ugandan high commissioner.',
  '- Some 20 armed men raided a landing site; 53 fishermen fled to Kisumu.',
  '',
  '### November 2025',
  '',
  '- Foreign ministers 3 met in Entebbe and agreed to reconvene the joint border commission.',
  '- Uganda 31 released the crews.',
  '- Kenyan high commissioner returned to Kampala 19 after a month-long absence; the number of boats held rose to 4.',
  '',
  '## Background',
  '',
  '- Article 3 guaranteed fishing rights on the lake.',
  '',
].join('\n');

function times(text: string) {
  return findTimes(text, DCT).map((t) => [t.start, t.text, t.edtf]);
}

describe("a tracker's bare day between the actor and the act takes its month heading (issue 10)", () => {
  it('reads the day before a past tense under "### October 2025" as a day of that month', () => {
    const found = times(tracker);
    const at = (needle: string) => tracker.indexOf(needle);
    expect(found).toContainEqual([at('12 seized'), '12', '2025-10-12']);
    expect(found).toContainEqual([at('14 summoned'), '14', '2025-10-14']);
    expect(found).toContainEqual([at('3 met'), '3', '2025-11-03']);
    // A day closing the clause of a past tense, before "after".
    expect(found).toContainEqual([at('19 after'), '19', '2025-11-19']);
  });

  it('must not read a count, a day no month has, a label, or a number under another heading', () => {
    const found = times(tracker).map((t) => t[1]);
    // "Some 20 armed men", "53 fishermen", "31 November", "Article 3" under "## Background".
    expect(found).not.toContain('20');
    expect(found).not.toContain('53');
    expect(found).not.toContain('31');
    // "rose to 4.": a number after a preposition is a count.
    expect(found).not.toContain('4');
    expect(times('### May 2026\n\n- Article 3 guaranteed access.\n').map((t) => t[1])).not.toContain('3');
    // With no month heading, a bare number is no day.
    expect(times('Foreign ministers 3 met in Entebbe.').map((t) => t[1])).not.toContain('3');
  });

  it("dates the entry's acts by the day", () => {
    const { blocks, sentences } = structure(tracker, segmentText(tracker));
    const events = extract({ text: tracker, blocks, sentences, documentDate: DCT }).events;
    const dated = events.map((e) => [tracker.slice(e.trigger.start, e.trigger.end), e.date]);
    expect(dated).toContainEqual(['summoned', '2025-10-14']);
    expect(dated.some(([trigger, date]) => trigger!.startsWith('seized') && date === '2025-10-12')).toBe(true);
    expect(dated.some(([trigger, date]) => /^met/.test(trigger!) && date === '2025-11-03')).toBe(true);
  });
});
