import type { TimeAnnotation } from '../../model/annotation.js';
import { addDays, dayOf, easter, formatDay, isoWeek, nearestYear, nthWeekday, type Day } from './calendar.js';
import { YEAR } from './patterns.js';
import { tenseAt } from './tense.js';

type Found = Omit<TimeAnnotation, 'stage'>;

/**
 * Holidays whose date a rule gives: fixed days, nth weekdays of a month, Easter's. Only those
 * that name one day in the countries whose news Dyad reads; "Independence Day" and "National
 * Day" differ by country and are left out.
 */
const HOLIDAYS: { name: string; re: string; day: (year: number) => Day }[] = [
  { name: 'christmas-eve', re: 'Christmas Eve', day: (y) => ({ year: y, month: 12, day: 24 }) },
  { name: 'christmas', re: 'Christmas(?: Day)?', day: (y) => ({ year: y, month: 12, day: 25 }) },
  { name: 'new-years-eve', re: "New Year'?s Eve", day: (y) => ({ year: y, month: 12, day: 31 }) },
  { name: 'new-years-day', re: "New Year'?s Day", day: (y) => ({ year: y, month: 1, day: 1 }) },
  { name: 'valentines', re: "(?:St\\.? |Saint )?Valentine'?s Day", day: (y) => ({ year: y, month: 2, day: 14 }) },
  { name: 'halloween', re: 'Halloween', day: (y) => ({ year: y, month: 10, day: 31 }) },
  { name: 'thanksgiving', re: 'Thanksgiving(?: Day)?', day: (y) => nthWeekday(y, 11, 4, 4) },
  // US Election Day: the Tuesday after the first Monday of November.
  { name: 'election-day', re: 'Election Day', day: (y) => addDays(nthWeekday(y, 11, 1, 1), 1) },
  { name: 'labor-day', re: 'Labou?r Day', day: (y) => nthWeekday(y, 9, 1, 1) },
  { name: 'memorial-day', re: 'Memorial Day', day: (y) => nthWeekday(y, 5, 1, -1) },
  { name: 'easter', re: 'Easter(?: Sunday)?', day: (y) => easter(y) },
  { name: 'good-friday', re: 'Good Friday', day: (y) => addDays(easter(y), -2) },
];

const RE = new RegExp(
  `\\b(?:([Ll]ast|[Tt]his|[Nn]ext)\\s+)?(${HOLIDAYS.map((h) => `(${h.re})`).join('|')})(?:,?\\s+(${YEAR}))?(\\s+week)?\\b(?!\\s+(?:Island|Offensive|Rising|Accords?|Agreement|Parade|[A-Z][a-z]+\\s+(?:Island|Accords?)))`,
  'g',
);

/**
 * Finds holidays and resolves them to their day: "Thanksgiving Day" in a report of January
 * 2000 is 1999-11-25. A year said with it wins; otherwise the one nearest the report.
 * @example findHolidays('He was found on Thanksgiving Day.', '2000-01-07')[0] // → { edtf: '1999-11-25', … }
 */
export function findHolidays(text: string, documentDate?: string): Found[] {
  const doc = dayOf(documentDate);
  const out: Found[] = [];
  for (const m of text.matchAll(RE)) {
    const which = HOLIDAYS.findIndex((_, i) => m[3 + i] !== undefined);
    const holiday = HOLIDAYS[which]!;
    const stated = m[3 + HOLIDAYS.length];
    let year: number;
    if (stated) year = Number(stated);
    else if (doc) {
      const probe = holiday.day(doc.year);
      const w = m[1]?.toLowerCase();
      year = nearestYear(doc, probe.month, probe.day, w === 'next' ? 'future' : tenseAt(text, m.index!, m.index! + m[0].length));
      // "last Christmas" is the one before the report, "next Christmas" the one after.
      if (w === 'last' && formatDay(holiday.day(year)) >= formatDay(doc)) year--;
    } else continue;
    const day = holiday.day(year);
    const d = formatDay(day);
    // "Easter week": the week the holiday falls in.
    if (m[4 + HOLIDAYS.length])
      out.push({
        start: m.index!,
        end: m.index! + m[0].length,
        text: m[0],
        rule: holiday.name,
        edtf: d.slice(0, 7),
        granularity: 'month',
        relative: true,
        timex: { type: 'DATE', value: isoWeek(day) },
      });
    else out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], rule: holiday.name, edtf: d, granularity: 'day', relative: !stated, timex: { type: 'DATE', value: d } });
  }
  return out;
}
