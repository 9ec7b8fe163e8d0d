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
  /** A quoted reply under its "On …, X wrote:" line. */
  quoted?: true;
}

/** A header line of an email as printed in a thread: "From: …", "Date: …", "Subject: …". */
const HEADER_LINE = /^(?:from|to|cc|bcc|date|sent|subject|reply-to):[ \t]/i;
/** The header that dates an email: RFC 5322 "Date:", Outlook's "Sent:". */
const DATE_HEADER = /^(?:date|sent):[ \t]*([^\n]*)$/gim;
/**
 * A talk page's signature closing a comment: a dash, the user's name or link and its "(talk)" link, then a time of day, a
 * date and "(UTC)" at the end of a line ("— [Mari K.](#) ([talk](#)) 09:14, 27 August 2026 (UTC)", "— Editor (talk) 14:02,
 * March 3, 2025 (UTC)"). A bare time stamp ("took effect at 00:00, 3 March 2026 (GMT)") is a wire's time, not a signature.
 */
const SIGNATURE =
  /(?:\(\[?talk\]?(?:\([^)\n]*\))?\)|(?:—|–|--)[ \t]*(?:\[[^\]\n]{1,60}\]\([^)\n]*\)|[^\s—–()[\]][^\n—–()[\]]{0,59}?))[ \t]*\b\d{1,2}:\d\d,?[ \t]+(?:\d{1,2}[ \t]+\p{Lu}\p{Ll}+[ \t]+\d{4}|\p{Lu}\p{Ll}+[ \t]+\d{1,2},[ \t]+\d{4})[ \t]*\(UTC\)[ \t]*$/gmu;
/** A quoted reply's attribution line: "On Mon, 2 Mar 2026, Timur Bekov wrote:", itself quoted or not. */
const ATTRIBUTION = /^(?:>[ \t]*)*On\b[^\n]{4,120}\bwrote:[ \t]*$/gim;
/** A line that divides a document into parts: a rule of dashes, underscores, equals signs or stars, or a heading. */
const DIVIDER = /^(?:[ \t]*(?:-{3,}|_{3,}|={3,}|\*{3,})[ \t]*|#{1,6}[ \t].*)$/m;
/** The email named from outside, by a text that quotes it ("the email was genuine"): no message speaks of itself so. */
const NAMES_EMAIL = /\b(?:the|this|that)[ \t]+(?:leaked[ \t]+)?(?:e-?mails?|messages?)\b/i;
/** A writer or reader of the text in person: a message's own voice. */
const IN_PERSON = /\b(?:I|we|us|our|you|your|me|my)\b/i;
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

/**
 * Where an email's body that starts at `start` ends, at the latest at `limit` (the next message's header): at a divider of
 * the document (a rule, a heading) or at a paragraph that names the email from outside in the document's own voice
 * ("On Monday the ministry confirmed that the email was genuine."): an email quoted in an article ends where the article
 * resumes.
 */
function bodyEnd(text: string, start: number, limit: number): number {
  let at = start;
  while (at < limit) {
    const next = text.indexOf('\n', at);
    const lineEnd = next < 0 || next > limit ? limit : next;
    const line = text.slice(at, lineEnd);
    if (at > start && DIVIDER.test(line)) return at;
    // A paragraph's first line after a blank one.
    if (at > start + 1 && text[at - 1] === '\n' && text[at - 2] === '\n' && NAMES_EMAIL.test(line) && !IN_PERSON.test(line)) return at;
    at = lineEnd + 1;
  }
  return limit;
}

/** Emails under their Date headers (a header block with a "From:" line, not a memo's "Date:" field alone): each runs from its header block to the next message's, or to where the text around it resumes (`bodyEnd`). */
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
    end: bodyEnd(text, h.end, heads[i + 1]?.from ?? text.length),
    date: h.stamp.edtf,
    stamp: { start: h.stamp.start, end: h.stamp.end },
    header: { start: h.from, end: h.end },
  }));
}

/** Quoted replies: the ">" lines under an attribution "On Mon, 2 Mar 2026, Timur Bekov wrote:" are written on its day. */
function quotes(text: string, times: readonly TimeAnnotation[]): DatedPart[] {
  const out: DatedPart[] = [];
  for (const m of text.matchAll(ATTRIBUTION)) {
    const stamp = dayIn(times, m.index, m.index + m[0].length);
    const start = m.index + m[0].length + 1;
    let end = start;
    while (end < text.length && text[end] === '>') {
      const next = text.indexOf('\n', end);
      end = next < 0 ? text.length : next + 1;
    }
    if (stamp && end > start) out.push({ start, end, date: stamp.edtf, stamp: { start: stamp.start, end: stamp.end }, quoted: true });
  }
  return out;
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
  return [...emails(text, times), ...quotes(text, times), ...comments(text, times)].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The innermost part holding the offset `at`: parts nest (a signed comment pasted into an email, a quoted reply), and the
 * innermost one's day is the day its words were written.
 * @example partAt(parts, thread.indexOf('Yesterday')) // the comment, not the email around it
 */
export function partAt<P extends Pick<DatedPart, 'start' | 'end'>>(parts: readonly P[], at: number): P | undefined {
  let best: P | undefined;
  for (const p of parts) if (at >= p.start && at < p.end && (!best || p.end - p.start < best.end - best.start)) best = p;
  return best;
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
  // Each part is read whole (its narrative starts there); a time inside a part nested in it is the inner part's, once.
  const found = parts.flatMap((p) =>
    find(text.slice(p.start, p.end), p.date)
      .map((t) => ({ ...t, start: t.start + p.start, end: t.end + p.start }))
      .filter((t) => partAt(parts, t.start) === p),
  );
  return [...all.filter((t) => !inPart(t)), ...found].sort((a, b) => a.start - b.start || a.end - b.end);
}
