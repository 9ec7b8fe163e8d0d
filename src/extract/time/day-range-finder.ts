import type { TimeAnnotation } from '../../model/annotation.js';
import { DASH, DAY, MONTH, YEAR, monthNumber, pad } from './patterns.js';
import { markedTenseAt } from './tense.js';
import { dayOf, nearestYear } from './calendar.js';

type Found = Omit<TimeAnnotation, 'stage'>;

/** "29–31 October 2001", "16-17 March": days of one month, the year stated or not. */
const DAYS_MONTH = new RegExp(`\\b(${DAY})\\s*(?:${DASH}|to|and)\\s*(${DAY})\\s+(${MONTH})(?:,?\\s+(${YEAR}))?\\b`, 'g');
/** "October 20–21, 2001", "October 20-22": the same, month first. */
const MONTH_DAYS = new RegExp(`\\b(${MONTH})\\s+(${DAY})\\s*(?:${DASH}|to|and)\\s*(${DAY})\\b(?:,?\\s+(${YEAR})\\b)?`, 'g');
/** "21/09/1973", "22.01.2019": day, month and year in figures (day first, as most of the world writes). */
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:1[89]|20)\d\d)(?![\d/]|\.\d)/g;
/** "2006-07-13", "2006-07-13 06:32": an ISO 8601 date, with a clock time or not. */
const ISO_DATE = /(?<![\d-])((?:1[89]|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[T ]([01]\d|2[0-3]):([0-5]\d))?(?![\d-])/g;
/** "(8/1994)", "in 03/2021": a month and year in figures. */
const NUMERIC_MONTH = /(?<![\d/.])(\d{1,2})\/((?:1[89]|20)\d\d)(?![\d/])/g;

const day = (s: string) => Number(s.replace(/\D/g, ''));

/**
 * The year of days named without one: the document's when it names no day, else the one the
 * clause's tense places them in around the report (`nearestYear`, as for a month said alone).
 */
function yearOf(text: string, at: number, end: number, month: number, firstDay: number, documentDate?: string): string | undefined {
  const m = /^(\d{4})(?:-(\d\d))?/.exec(documentDate ?? '');
  if (!m) return undefined;
  const doc = dayOf(documentDate);
  if (!doc) return m[1];
  return String(nearestYear(doc, month, firstDay, markedTenseAt(text, at, end)));
}

function range(start: number, text: string, rule: string, y: string, month: number, a: number, b: number, relative: boolean): Found | null {
  if (b <= a || b > 31) return null;
  const from = `${y}-${pad(month)}-${pad(a)}`;
  const to = `${y}-${pad(month)}-${pad(b)}`;
  return {
    start,
    end: start + text.length,
    text,
    rule,
    edtf: `${from}/${to}`,
    granularity: 'interval',
    timex: { type: 'DURATION', value: `P${b - a + 1}D`, beginPoint: from, endPoint: to },
    ...(relative ? { relative: true } : {}),
  };
}

/**
 * Dates written as day ranges or in figures: "29–31 October 2001" → 2001-10-29/2001-10-31,
 * "October 20-22" (year from the document's date and the tense), "21/09/1973" → 1973-09-21,
 * "(8/1994)" → 1994-08, "2006-07-13 06:32" → 2006-07-13 (TIMEX3 TIME 2006-07-13T06:32). A day range is one TIMEX3 DURATION counting both ends, as a dashed
 * range of years is; two days joined by "and" ("April 24 and 25") are scored as two DATEs (`timex3Of`). Figures that cannot be a date (month 13, day 32) give nothing.
 * @example findDayRanges('on 16-17 March 2023')[0].edtf // → '2023-03-16/2023-03-17'
 */
export function findDayRanges(text: string, documentDate?: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(DAYS_MONTH)) {
    const month = monthNumber(m[3]!);
    const y = m[4] ?? yearOf(text, m.index!, m.index! + m[0].length, month, day(m[1]!), documentDate);
    const r = y && range(m.index!, m[0], 'day-range-month', y, month, day(m[1]!), day(m[2]!), !m[4]);
    if (r) out.push(r);
  }
  for (const m of text.matchAll(MONTH_DAYS)) {
    const month = monthNumber(m[1]!);
    const y = m[4] ?? yearOf(text, m.index!, m.index! + m[0].length, month, day(m[2]!), documentDate);
    const r = y && range(m.index!, m[0], 'month-day-range', y, month, day(m[2]!), day(m[3]!), !m[4]);
    if (r) out.push(r);
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [d, mo] = [Number(m[1]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    const v = `${m[4]}-${pad(mo)}-${pad(d)}`;
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], rule: 'numeric-date', edtf: v, granularity: 'day', timex: { type: 'DATE', value: v } });
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const v = `${m[1]}-${m[2]}-${m[3]}`;
    const timex = m[4] ? { type: 'TIME' as const, value: `${v}T${m[4]}:${m[5]}` } : { type: 'DATE' as const, value: v };
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], rule: 'iso-date', edtf: v, granularity: 'day', timex });
  }
  for (const m of text.matchAll(NUMERIC_MONTH)) {
    const mo = Number(m[1]);
    if (mo < 1 || mo > 12) continue;
    const v = `${m[2]}-${pad(mo)}`;
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], rule: 'numeric-month', edtf: v, granularity: 'month', timex: { type: 'DATE', value: v } });
  }
  return out;
}
