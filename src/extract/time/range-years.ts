import type { TimeAnnotation } from '../../model/annotation.js';

type Found = Omit<TimeAnnotation, 'stage'>;

/** "from" or "between" right before a range's first end. */
export const OPENS = /\b(?:from|between)\s+$/i;
/** What joins the two ends: "to", "until", "till", "through", "and" (after "between"), a dash. */
const JOINS = /^\s*(?:to|until|till|through|and|[-–—])\s*$/i;
const YEAR = /\b\d{4}\b/;
/** A weekday named alone, no written date: "Thursday", "Thursday morning". */
export const WEEKDAY = /^(mon|tues|wednes|thurs|fri|satur|sun)day\b[^\d]*$/i;
const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
export const DAY = 86_400_000;

/**
 * The year of a range's first end written without one (session 39): "from 10 May to 19 June 1969" is 10 May 1969, not the
 * report's year; "from 28 December to 3 January 2026" is 28 December 2025 (its month comes after the second's). Only a day
 * or a month whose text names no year, after "from" or "between", joined to a second end that names its year.
 * @example rangeYears(findTimes('visited from 10 May to 19 June 1969', '2026-03-01'), text)[0].edtf // → '1969-05-10'
 */
export function rangeYears<T extends Found>(times: T[], text: string): T[] {
  return times.map((a, i) => {
    const b = times[i + 1];
    if (!b || (a.granularity !== 'day' && a.granularity !== 'month') || (b.granularity !== 'day' && b.granularity !== 'month')) return a;
    if (YEAR.test(a.text) || !YEAR.test(b.text) || !/^\d{4}-\d\d/.test(a.edtf) || !/^\d{4}-\d\d/.test(b.edtf)) return a;
    if (!OPENS.test(text.slice(Math.max(0, a.start - 10), a.start)) || !JOINS.test(text.slice(a.end, b.start))) return a;
    const year = Number(b.edtf.slice(0, 4)) - (a.edtf.slice(5, 7) > b.edtf.slice(5, 7) ? 1 : 0);
    const own = a.edtf.slice(0, 4);
    if (Number(own) === year) return a;
    const moved = (v: string) => (v.startsWith(own) ? `${year}${v.slice(4)}` : v);
    return { ...a, edtf: moved(a.edtf), timex: { ...a.timex, value: moved(a.timex.value) } };
  });
}

/**
 * A range's second end named by a weekday is the first such day after its first end (session 39 review): "from Tuesday
 * until Thursday" in a report of Friday 6 March 2026 is 3–5 March, where each weekday resolved alone made Thursday the
 * next one ("until Thursday" reads as a deadline ahead), 12 March. Only two ends both named by a weekday alone, after
 * "from" or "between" and joined by "to", "until", "till", "through", "and" or a dash: after a written date the weekday
 * is still the one the report's date gives ("bought from 2 February to Wednesday" in a report of Friday 6 March is 4 March).
 * @example followingWeekdays(findTimes('met from Tuesday until Thursday', '2026-03-06'), text)[1].edtf // → '2026-03-05'
 */
export function followingWeekdays<T extends Found>(times: T[], text: string): T[] {
  return times.map((b, i) => {
    const a = times[i - 1];
    const day = WEEKDAY.exec(b.text);
    if (!a || !day || !WEEKDAY.test(a.text) || a.granularity !== 'day' || b.granularity !== 'day' || !/^\d{4}-\d\d-\d\d$/.test(a.edtf) || !/^\d{4}-\d\d-\d\d$/.test(b.edtf)) return b;
    if (!OPENS.test(text.slice(Math.max(0, a.start - 10), a.start)) || !JOINS.test(text.slice(a.end, b.start))) return b;
    const first = Date.parse(`${a.edtf}T00:00:00Z`);
    const ahead = ((WEEKDAYS.indexOf(day[1]!.toLowerCase()) - new Date(first).getUTCDay() + 6) % 7) + 1;
    const value = new Date(first + ahead * DAY).toISOString().slice(0, 10);
    if (value === b.edtf) return b;
    const moved = (v: string) => (v.startsWith(b.edtf) ? `${value}${v.slice(10)}` : v);
    return { ...b, edtf: value, timex: { ...b.timex, value: moved(b.timex.value) } };
  });
}
