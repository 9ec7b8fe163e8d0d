import { findAbsoluteTimes } from '../extract/time/absolute-finder.js';
import type { DocumentMeta } from '../model/document.js';
import { isEdtf } from './manifest.js';
import { yearlessDatelineDate } from './yearless-dateline.js';

/**
 * A document's publication date when no manifest gives one. The time stage anchors "last month",
 * "on Monday" and a year-less "6 January" to the publication day; a user's own file ingested
 * without a manifest had none, so a wire report's relative dates stayed unresolved and the acts
 * they dated were lost. Read, in this order: the file's own metadata (HTML `<meta>` and JSON-LD
 * `datePublished`, a Markdown front matter's `date:`; the loaders), then a dateline at the top of
 * the text (`datelineDate`). Never a date of the body: a chronology's first entry or an opening
 * sentence's "On 8 January 2025, …" dates an act, not the page.
 */

/** ISO 8601 calendar dates and timestamps, and "2025/01/08" (Highwire's `citation_publication_date`): the day as written, its zone ignored. */
const ISO_DAY = /^(\d{4})[-/](\d{2})(?:[-/](\d{2}))?(?:[T\s].*)?$/;

/**
 * A metadata value as EDTF: an ISO day or timestamp ("2025-01-08T10:30:00+07:00" → "2025-01-08"), a year, or a written date
 * the time stage reads in full ("January 8, 2025"); undefined when it is none of them.
 * @example metadataDate('2025-01-08T10:30:00+07:00') // → '2025-01-08'
 */
export function metadataDate(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const iso = ISO_DAY.exec(v);
  if (iso) {
    const edtf = iso[3] ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[1]}-${iso[2]}`;
    return isEdtf(edtf) ? edtf : undefined;
  }
  if (/^\d{4}$/.test(v)) return v;
  // RFC 2822, as RSS and some pages' `pubdate` write it: "Tue, 10 Feb 2026 08:00:00 GMT" (the day as written).
  const rfc = /^(?:[A-Z][a-z]{2},\s*)?(\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4})(?:\s+\d{2}:\d{2}(?::\d{2})?(?:\s+(?:[A-Z]{1,5}|[+-]\d{4}))?)?$/.exec(v);
  if (rfc && rfc[1] !== v) return metadataDate(rfc[1]);
  const whole = findAbsoluteTimes(v).find((t) => t.start === 0 && t.end === v.length);
  return whole && isEdtf(whole.edtf) ? whole.edtf : undefined;
}

/** What may stand before a dateline's date on its line: nothing, a label, a place and a comma, each with a weekday after it; a byline; any of them after a short field and a separator ("Issue No. 23 | Published …"). */
export const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?';
const LABEL = '(?:(?:First\\s+|Last\\s+)?(?:Published|Posted|Updated|Issued|Released)(?:\\s+on)?|Dated?|Publication\\s+date)\\s*[:|–—-]?';
// "ACCRA,", "Hanoi, Viet Nam,", "NEW YORK —", "State House, Nairobi,": one to four capitalised words, a comma and more of them.
export const PLACE = "(?:[A-Z][\\p{L}.'’-]*\\s?){1,4}(?:\\([^)]{1,30}\\)\\s?)?(?:,\\s*(?:[A-Z][\\p{L}.'’-]*\\s?){1,3}){0,2}\\s*[,–—-]";
const BYLINE = 'By\\s+[^|·•]{1,80}[|·•]';
const LEAD = new RegExp(`^(?:[^|·•]{1,60}[|·•]\\s*)?(?:(?:${LABEL}|${PLACE})?\\s*(?:${WEEKDAY})?|${BYLINE})$`, 'u');
/** What may follow it: the line's end, an agency in brackets, a dash before the story, a clock time, a separator, a place ending the line ("10 July 2026, Accra"). */
const TAIL = new RegExp(
  `^(?:$|\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:[–—-]|\\||·|•|\\/|,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}|,?\\s*(?:[Uu]pdated|[Ll]ast updated)\\b)|,\\s*(?:[A-Z][\\p{L}.'’-]*\\s?){1,4}$)`,
  'u',
);

/** Lines looked at: a dateline sits under the headline and a byline or two, never deep in the body. */
export const TOP_LINES = 8;
/** The part of a line read for one: a dateline's date comes early in its line. */
const LINE_HEAD = 160;

/** What may stand before the date of a closing line: "Done at Ha Noi on", "Done at Banjul,", a place and a comma, nothing. */
const CLOSING_LEAD = new RegExp(`^(?:Done\\s+(?:at|in)\\s+[^,]{1,40}?(?:,|\\s+on|\\s+this)|${PLACE}|${LABEL})?$`, 'u');
/** Lines of the end looked at: a statement's or a letter's place and date close it. */
const END_LINES = 4;

/**
 * The publication day a text states at its top: a wire dateline ("ACCRA, Jan 8, 2025 (Reuters) - …", "Hanoi, 8 January 2025 — …"),
 * a labelled line ("Published: 8 January 2025", "Published: 19/10/2009 05:00", "Date: 12 March 2026"), a byline's date ("By Jane Doe
 * | 8 Jan. 2025"), or a date alone on its line under the headline; else at its end, as a joint statement or a letter is dated ("Done at
 * Ha Noi on 22 May 2026, in …", "Bangkok, 28 October 2026"). Only a date with its day, month and year; a bare date before a dash and
 * text is a chronology's entry, not a dateline (a place must lead it). Two different candidates (a chronology, dated entries) give none.
 * @example datelineDate('Court clears pact\n\nACCRA, Jan 8, 2025 (Reuters) - The High Court …') // → '2025-01-08'
 */
export function datelineDate(text: string): string | undefined {
  const head = text.slice(0, 4000).split('\n');
  const tail = text.length > 4000 ? text.slice(-1000).split('\n').slice(1) : head;
  const top = lines(head, TOP_LINES).map((l, i, all) => (introduced(all[i - 1]) ? undefined : lineDay(l, LEAD, TAIL)));
  if (top.some((d) => d !== undefined)) return onlyOne(top);
  // A closing date ends its line, or goes on only with what a signature's line says ("…, in two originals").
  const end = lines(tail, tail.length);
  return onlyOne(end.map((l, i) => (i < end.length - END_LINES || introduced(end[i - 1]) ? undefined : lineDay(l, CLOSING_LEAD, /^(?:\.?\s*$|,\s*(?:in|at)\s)/))));
}

/**
 * Headings that name a part of a document, not the document: never a title (`analyse`'s `withHeadline`), and a date under one
 * ("Background", then "12 March 1992") begins the part's story, not the page's. "Page 1 of 4", an embargo line, a chapter's number.
 */
export const GENERIC_HEADING =
  /^(?:(?:table\s+of\s+)?contents|background|introduction|summary|executive\s+summary|abstract|overview|chronology|timeline|history|notes|references|sources|annex(?:ure)?(?:\s+\w+)?|appendix(?:\s+\w+)?|(?:chapter|part|section)\s+[\dIVXLC]+\b.*|page\s+\d+(?:\s+of\s+\d+)?|embargoed\b.*)\s*:?$/i;

/** Whether the line before introduces what follows, so a date on the next line is told, not the page's: "… the text of its note:", "Background". */
export function introduced(before: string | undefined): boolean {
  return before !== undefined && (/:\s*$/.test(before) || GENERIC_HEADING.test(before.trim()));
}

/** The first `n` lines that hold words, markup (headings' hashes, emphasis, quotes) taken off. */
export function lines(raw: string[], n: number): string[] {
  return raw
    .map((l) =>
      l
        .replace(/^[\s#>*_]+/, '')
        .replace(/[*_]+/g, '')
        .slice(0, LINE_HEAD),
    )
    .filter((l) => l.trim())
    .slice(0, n);
}

/** The one day the lines state, if they state exactly one. */
function onlyOne(days: (string | undefined)[]): string | undefined {
  const found = new Set(days.filter((d): d is string => d !== undefined));
  return found.size === 1 ? [...found][0] : undefined;
}

/** A day written in digits, day first or month first where one of them cannot be a month ("19/10/2009"); none where both can. */
function numericDays(line: string): { start: number; end: number; edtf: string }[] {
  const out: { start: number; end: number; edtf: string }[] = [];
  for (const m of line.matchAll(/\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [day, month] = a > 12 && b <= 12 ? [a, b] : b > 12 && a <= 12 ? [b, a] : [0, 0];
    const edtf = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (day && isEdtf(edtf)) out.push({ start: m.index, end: m.index + m[0].length, edtf });
  }
  for (const m of line.matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)) if (isEdtf(m[1]!)) out.push({ start: m.index, end: m.index + 10, edtf: m[1]! });
  return out;
}

/** A meeting's name ending what stands before a date. */
const MEETING_BEFORE = /\b(?:Session|Summit|Meeting|Conference|Commission|Committee|Forum|Talks|Round|Dialogue|Visit|Congress|Assembly|Consultations?)\s*[,:–—-]?$/i;
/** A label or a byline in what stands before a date. */
const LABELLED = new RegExp(`(?:${LABEL}|\\b[Bb]y\\s)`, 'u');

/** The day a line states where a dateline's date stands: `lead` before it, `tail` after it. */
function lineDay(line: string, lead: RegExp, tail: RegExp): string | undefined {
  const dates = findAbsoluteTimes(line)
    .filter((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.edtf))
    .map((t) => ({ start: t.start, end: t.end, edtf: t.edtf }))
    .concat(numericDays(line));
  for (const d of dates.sort((a, b) => a.start - b.start)) {
    const before = line.slice(0, d.start).trim();
    const after = line.slice(d.end);
    if (!lead.test(before) || !tail.test(after)) continue;
    // A bare date and then a dash and words is a chronology's entry ("12 March 1992 — Relations established").
    if (before === '' && /^\s*[–—-]\s*\S/.test(after)) continue;
    // A meeting's name before its day is the meeting's date ("Fifth Joint Commission Session — 12 May 2024").
    if (MEETING_BEFORE.test(before)) continue;
    // A row of a table of dates ("12 May 2024 | Foreign minister visits Lima": a bar after the date) unless a label or a byline leads it.
    if (after.includes('|') && !LABELLED.test(before)) continue;
    return d.edtf;
  }
  return undefined;
}

/**
 * A PDF date string ("D:20250311093000+01'00'", PDF 32000 §7.9.4) as EDTF: the day as written, its zone ignored, as
 * `metadataDate` reads a timestamp; a year, or a year and a month, when the string stops there; undefined when it is none.
 * @example pdfDate("D:20250311093000+01'00'") // → '2025-03-11'
 */
export function pdfDate(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^\s*(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value) : null;
  if (!m) return undefined;
  const edtf = [m[1], m[2], m[3]].filter(Boolean).join('-');
  return isEdtf(edtf) ? edtf : undefined;
}

/**
 * A document's metadata with its publication date: the manifest's, else the file's own (a loader's, `dateFrom: 'metadata'`), else
 * its dateline's (`dateFrom: 'dateline'`), else the day the file says it was made (`fileDate`: a PDF's creation date, `dateFrom:
 * 'pdf'`, told apart from a page's own `<meta>` date), which may be later than the text's (a report printed to PDF); `dateFrom` names where an inferred date was read.
 * @example withDate({}, { title: 'x' }, 'ACCRA, Jan 8, 2025 (Reuters) - …') // → { title: 'x', date: '2025-01-08', dateFrom: 'dateline' }
 */
export function withDate(loaded: DocumentMeta, given: DocumentMeta, text: string, fileDate?: string): DocumentMeta {
  if (given.date) {
    const { dateFrom: _, ...rest } = { ...loaded, ...given };
    return rest;
  }
  const meta = { ...loaded, ...given };
  if (meta.date) return meta;
  // A year-less wire dateline ("REYKJAVIK, Feb 12 (Reuters) -") takes its year only from an anchor the text states (`yearless-dateline.ts`).
  const date = datelineDate(text) ?? yearlessDatelineDate(text);
  if (date) return { ...meta, date, dateFrom: 'dateline' };
  return fileDate ? { ...meta, date: fileDate, dateFrom: 'pdf' } : meta;
}
