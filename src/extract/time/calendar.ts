/** Calendar arithmetic on whole days, in UTC so no time zone or clock enters. */

import { pad } from './patterns.js';
import type { Tense } from './tense.js';

export interface Day {
  year: number;
  month: number;
  day: number;
}

/** The day of an EDTF or ISO date ("1998-02-13T14:26:00" → 1998-02-13), or null if it names no day. */
export function dayOf(date: string | undefined): Day | null {
  const m = date ? /^(\d{4})-(\d\d)-(\d\d)/.exec(date) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

const utc = (d: Day) => Date.UTC(d.year, d.month - 1, d.day);
const fromUtc = (t: number): Day => {
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** The day `n` days after `d` (before, when negative). */
export function addDays(d: Day, n: number): Day {
  return fromUtc(utc(d) + n * 86400000);
}

/**
 * The month `n` months after a month (before, when negative), as EDTF.
 * @example addMonths(2021, 9, -1) // → "2021-08"; addMonths(2020, 1, -2) // → "2019-11"
 */
export function addMonths(year: number, month: number, n: number): string {
  const idx = year * 12 + (month - 1) + n;
  return `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}`;
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekdayOf(d: Day): number {
  return ((new Date(utc(d)).getUTCDay() + 6) % 7) + 1;
}

/** "1998-02-13". */
export function formatDay(d: Day): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** The ISO week of a day, as TimeML writes it: "1998-W07". */
export function isoWeek(d: Day): string {
  // The ISO week-year is the year of the week's Thursday.
  const thursday = addDays(d, 4 - weekdayOf(d));
  const first = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((utc(thursday) - utc(first)) / 86400000 / 7) + 1;
  return `${thursday.year}-W${pad(week)}`;
}

/**
 * How many months before a report a month said without a year may lie, by the tense of its
 * clause; the rest of the twelve months lie after it. News tells more of what happened than of
 * what is to come: a past clause reaches eight months back ("stepped down in March", said in
 * November, is that March), a future one one month ("will be named for a mission in December",
 * said in March, is that December), an unmarked or present one half a year either side.
 */
export const MONTHS_BACK: Record<Tense | 'unmarked', number> = { past: 8, present: 6, unmarked: 6, future: 1 };

/**
 * The year of a month (and day) said without one in a report of `doc`: the one in the twelve
 * months that begin `MONTHS_BACK[tense]` months before the report.
 * @example nearestYear({ year: 2000, month: 1, day: 7 }, 11, 25, 'past') // → 1999
 * @example nearestYear({ year: 1989, month: 11, day: 2 }, 3, undefined, 'past') // → 1989
 * @example nearestYear({ year: 1998, month: 3, day: 4 }, 12, undefined, 'future') // → 1998
 */
export function nearestYear(doc: Day, month: number, day: number | undefined, tense: Tense | null): number {
  // Days counted roughly (31 to a month) suffice to place a date in a twelve-month window.
  const at = (y: number, m: number, d: number) => y * 372 + m * 31 + d;
  const from = at(doc.year, doc.month, doc.day) - 31 * MONTHS_BACK[tense ?? 'unmarked'];
  return [doc.year - 1, doc.year, doc.year + 1].find((y) => at(y, month, day ?? 15) >= from) ?? doc.year + 1;
}

/** The `n`th given weekday of a month (n = -1: the last), e.g. Thanksgiving is the 4th Thursday of November. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n < 0) {
    const lastDay = addDays(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 }, -1);
    return addDays(lastDay, -((weekdayOf(lastDay) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
}

/** Easter Sunday of a year (Gregorian computus, the anonymous algorithm). */
export function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The first and last day an EDTF value may mean, as comparable strings ("1995" → ["1995-01-01", "1995-12-31"]). */
export function span(edtf: string): [string, string] {
  const [a, b] = edtf.split('/');
  const clean = (s: string | undefined, low: boolean) => {
    if (!s || s === '..') return low ? '0000-01-01' : '9999-12-31';
    const t = s.replace(/[?~%]/g, '').replace(/X/g, low ? '0' : '9');
    const [y, m, d] = t.split('-');
    return `${y}-${m ?? (low ? '01' : '12')}-${d ?? (low ? '01' : '31')}`;
  };
  return [clean(a, true), clean(b ?? a, false)];
}
