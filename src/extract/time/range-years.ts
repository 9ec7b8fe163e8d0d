import type { TimeAnnotation } from '../../model/annotation.js';

type Found = Omit<TimeAnnotation, 'stage'>;

/** "from" or "between" right before a range's first end. */
const OPENS = /\b(?:from|between)\s+$/i;
/** What joins the two ends: "to", "until", "till", "through", "and" (after "between"), a dash. */
const JOINS = /^\s*(?:to|until|till|through|and|[-–—])\s*$/i;
const YEAR = /\b\d{4}\b/;

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
