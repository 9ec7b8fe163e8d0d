import { describe, expect, it } from 'vitest';
import { findAbsoluteTimes } from '../time/absolute-finder.js';
import { metadataLine, withoutMetadataLines } from './metadata-lines.js';

/**
 * A page's line of record tells no act (session 43, issue 10). Lines written for these tests in the manner of a government
 * factsheet and a news page on Kenya and Tanzania.
 */
const timesOf = (line: string) => findAbsoluteTimes(line).map((t) => ({ start: t.start, end: t.end }));

describe('lines of record (metadata-lines.ts)', () => {
  it.each([
    'Updated: 12 May 2026',
    'Last updated: 12 May 2026',
    'Published 4 May 2026, 09:40 EAT',
    'Revised Tuesday 5 May 2026.',
    'Posted on 4 May 2026 at 14:05 GMT',
    'Date of publication: 4 May 2026',
  ])('a line of record: %s', (line) => {
    expect(metadataLine(line, timesOf(line))).toBe(true);
  });

  it.each([
    'Updated figures were published by the Kenyan treasury on 2 May 2026.',
    'Issued in Nairobi on 4 May 2026 by the two foreign ministers.',
    'Published: Kenya and Tanzania, a history',
    'Kenya and Tanzania signed a fisheries accord on 4 May 2026.',
    'Released prisoners returned to Mombasa on 4 May 2026.',
  ])('no line of record: %s', (line) => {
    expect(metadataLine(line, timesOf(line))).toBe(false);
  });

  it("drops the act a line of record's label was read as and keeps the body's, at their offsets", () => {
    const text = 'Kenya and Tanzania signed a fisheries accord in Nairobi on 4 May 2026.\n\nLast updated: 12 May 2026';
    const sentences = [
      { start: 0, end: 70 },
      { start: 72, end: 97 },
    ];
    const times = findAbsoluteTimes(text).map((t) => ({ start: t.start, end: t.end }));
    const signed = { trigger: { start: 19, end: 44 } };
    const updated = { trigger: { start: 77, end: 84 } };
    expect(text.slice(signed.trigger.start, signed.trigger.end)).toBe('signed a fisheries accord');
    expect(text.slice(updated.trigger.start, updated.trigger.end)).toBe('updated');
    expect(withoutMetadataLines(text, sentences, times, [signed, updated])).toEqual([signed]);
  });
});

describe("a zone's capitals only right after a clock time (metadata-lines.ts, session 43 review)", () => {
  it.each(['Last updated on March 6, 2026 at 3:15 p.m. EST', 'Posted 4 May 2026 at 14:05 (GMT+3)', 'Updated 9 June 2026, 21:40 EAT'])('a line of record: %s', (line) => {
    expect(metadataLine(line, timesOf(line))).toBe(true);
  });

  it.each(['Released 4 May 2026 (UN)', 'Issued 4 May 2026 EU', 'Published 4 May 2026 by NATO'])('no line of record: %s', (line) => {
    expect(metadataLine(line, timesOf(line))).toBe(false);
  });
});
