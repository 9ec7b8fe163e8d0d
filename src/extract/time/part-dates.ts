import type { TimeAnnotation } from '../../model/annotation.js';

/**
 * Parts of a document written on their own days (session 35): an email of a thread under its "Date:" header, a comment
 * of a talk page before its signature "— [User](#) ([talk](#)) 09:14, 27 August 2026 (UTC)". A part's "yesterday", "on
 * Friday" and "last month" count from its own day, not from the day the whole thread was released or last edited, and
 * what it tells with no date of its own happened on that day (TimeML: each message is a document of its own, its header
 * date the creation time). The header's and the signature's date are no event's date (`stamp`).
 */
export interface DatedPart {
  start: number;
  end: number;
  /** The part's own day (EDTF). */
  date: string;
  /** The date that stamps the part: the header's or the signature's time expression. */
  stamp: { start: number; end: number };
  /** An email's header lines ("From: …" to "Subject: …"): what the message is, not what it tells. */
  header?: { start: number; end: number };
}

/** A header line of an email as printed in a thread: "From: …", "Date: …", "Subject: …". */
const HEADER_LINE = /^(?:from|to|cc|bcc|date|sent|subject|reply-to):[ \t]/i;
/** The header that dates an email: RFC 5322 "Date:", Outlook's "Sent:". */
const DATE_HEADER = /^(?:date|sent):[ \t]*([^\n]*)$/gim;
/**
 * A talk page's signature closing a comment: a time of day, a date and a time zone in brackets at the end of a line
 * ("09:14, 27 August 2026 (UTC)", "14:02, March 3, 2025 (UTC)").
 */
const SIGNATURE = /\b\d{1,2}:\d\d,?[ \t]+(?:\d{1,2}[ \t]+\p{Lu}\p{Ll}+[ \t]+\d{4}|\p{Lu}\p{Ll}+[ \t]+\d{1,2},[ \t]+\d{4})[ \t]*\((?:UTC|GMT|[A-Z]{2,5})\)[ \t]*$/gmu;
const DAY = /^\d{4}-\d\d-\d\d$/;

/** The first time naming a day inside [start, end). */
function dayIn(times: readonly TimeAnnotation[], start: number, end: number): TimeAnnotation | undefined {
  return times.find((t) => t.start >= start && t.end <= end && DAY.test(t.edtf));
}

/** Where the header block holding the line at `at` begins: the first of the header lines run together above it. */
function headerStart(text: string, at: number): number {
  let start = at;
  for (;;) {
    if (start === 0) return start;
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    if (!HEADER_LINE.test(text.slice(prev, start - 1))) return start;
    start = prev;
  }
}

/** Where the header block holding the line ending at `lineEnd` ends: the end of the last header line run on below it ("Subject: …"). */
function headerEnd(text: string, lineEnd: number): number {
  let end = lineEnd;
  while (end < text.length) {
    const next = text.indexOf('\n', end + 1);
    if (!HEADER_LINE.test(text.slice(end + 1, next < 0 ? text.length : next))) break;
    end = next < 0 ? text.length : next;
  }
  return end;
}

/** Emails under their Date headers (a header block with a "From:" line, not a memo's "Date:" field alone): each runs from its header block to the next message's. */
function emails(text: string, times: readonly TimeAnnotation[]): DatedPart[] {
  const heads: { from: number; end: number; stamp: TimeAnnotation }[] = [];
  for (const m of text.matchAll(DATE_HEADER)) {
    const stamp = dayIn(times, m.index, m.index + m[0].length);
    const from = headerStart(text, m.index);
    const end = headerEnd(text, m.index + m[0].length);
    if (stamp && /^from:/im.test(text.slice(from, end)) && !heads.some((h) => h.from === from)) heads.push({ from, end, stamp });
  }
  return heads.map((h, i) => ({
    start: h.end,
    end: heads[i + 1]?.from ?? text.length,
    date: h.stamp.edtf,
    stamp: { start: h.stamp.start, end: h.stamp.end },
    header: { start: h.from, end: h.end },
  }));
}

/** Talk-page comments: each line that ends in a signature, up to the signature. */
function comments(text: string, times: readonly TimeAnnotation[]): DatedPart[] {
  const out: DatedPart[] = [];
  for (const m of text.matchAll(SIGNATURE)) {
    const stamp = dayIn(times, m.index, m.index + m[0].length);
    if (stamp) out.push({ start: text.lastIndexOf('\n', m.index) + 1, end: m.index, date: stamp.edtf, stamp: { start: stamp.start, end: stamp.end } });
  }
  return out;
}

/**
 * The parts of a text dated by a header or a signature of their own, in text order; none in a text without them.
 * @example datedParts('From: A\nDate: Tue, 10 Mar 2026 09:14:22 +0300\n\nYesterday we met.', times) // → [{ start: 46, end: 65, date: '2026-03-10', … }]
 */
export function datedParts(text: string, times: readonly TimeAnnotation[]): DatedPart[] {
  if (!text.includes(':')) return [];
  return [...emails(text, times), ...comments(text, times)].sort((a, b) => a.start - b.start);
}

/**
 * The times of a text with each dated part's times found again against the part's own day: `find` runs on the part
 * alone (its narrative starts there) and its offsets are moved back into the text. A text with no such part keeps the
 * times found once.
 * @example timesByPart(thread, '2026-08-25', findTimes) // "Yesterday" under "Date: Tue, 10 Mar 2026" → 2026-03-09
 */
export function timesByPart(text: string, documentDate: string | undefined, find: (text: string, documentDate?: string) => TimeAnnotation[]): TimeAnnotation[] {
  const all = find(text, documentDate);
  const parts = datedParts(text, all);
  if (!parts.length) return all;
  const inPart = (t: TimeAnnotation) => parts.some((p) => t.start < p.end && p.start < t.end);
  const found = parts.flatMap((p) => find(text.slice(p.start, p.end), p.date).map((t) => ({ ...t, start: t.start + p.start, end: t.end + p.start })));
  return [...all.filter((t) => !inPart(t)), ...found].sort((a, b) => a.start - b.start || a.end - b.end);
}
