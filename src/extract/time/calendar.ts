/** Calendar arithmetic on whole days, in UTC so no time zone or clock enters. */

import { pad } from './patterns.js';

export interface Day { year: number; month: number; day: number }

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
