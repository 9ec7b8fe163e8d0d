import { DAY, MONTH, monthNumber, pad, WEEKDAYS, YEAR } from '../extract/time/patterns.js';
import { introduced, lines, PLACE, TOP_LINES, WEEKDAY } from './document-date.js';
import { isEdtf } from './manifest.js';

/**
 * The day of a year-less wire dateline, the commonest wire form ("REYKJAVIK, Feb 12 (Reuters) - …"), with its year from
 * the text (issue 10, session 30). A report writes the year of a date only when it is not the report's own (a news
 * style's rule), so the latest year a report states is no guide to its own: on the tune texts with such a dateline,
 * "the latest full date not after the dateline's day" gave 4 years, all 4 wrong ("on 16 June 2020" in a report of July
 * 2026), and a full date of the dateline's own month and day is an anniversary as often as the report's day (on the blind
 * texts it dated 3 reports, all 3 a wrong year). Only a year the text ties to the report is read, and two that disagree give
 * none: a year it calls this year, last year or next year in brackets ("last year (2025)", "2026 (this year)"). A weekday
 * in the dateline ("TALLINN, Thursday, Feb 12 -") must be the day's weekday in that year.
 */

/** The dateline: a place, an optional weekday, a month and a day with no year after it, an agency in brackets and a dash before the story. */
let yearless: RegExp | undefined;
const YEARLESS = () => (yearless ??= new RegExp(`^${PLACE}\\s*(?:${WEEKDAY}\\s*)?(${MONTH})\\s+(${DAY})(?![\\d,]|\\s*${YEAR})\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:[–—]|--?)\\s*\\S`, 'u'));
/** A year tied to the report: "this year (2026)", "last year (2025)", "2027 (next year)". */
const ANCHORED = new RegExp(`\\b(this|last|next) year\\s*\\((${YEAR})\\)|\\b(${YEAR})\\s*\\((this|last|next) year\\)`, 'giu');
const OFFSET: Record<string, number> = { this: 0, last: 1, next: -1 };

/** The month, day and weekday of a year-less dateline among the text's top lines, if they hold exactly one. */
function yearlessDay(text: string): { month: number; day: number; weekday?: number } | undefined {
  const top = lines(text.slice(0, 4000).split('\n'), TOP_LINES);
  const found = top.flatMap((l, i) => {
    const m = introduced(top[i - 1]) ? null : YEARLESS().exec(l);
    if (!m) return [];
    // The weekday may stand where the place's words do ("TALLINN, Thursday, Feb 12"): looked for before the month.
    const named = new RegExp(`\\b(${WEEKDAY})`, 'u').exec(m[0].slice(0, m[0].lastIndexOf(m[1]!)))?.[1];
    const weekday = named ? WEEKDAYS.indexOf(named.replace(/,$/, '').toLowerCase()) : -1;
    return [{ month: monthNumber(m[1]!), day: parseInt(m[2]!, 10), ...(weekday >= 0 ? { weekday } : {}) }];
  });
  return found.length && found.every((f) => f.month === found[0]!.month && f.day === found[0]!.day) ? found[0] : undefined;
}

/**
 * The publication day of a report whose dateline gives no year, the year from an anchor the text states (see above),
 * else undefined.
 * @example yearlessDatelineDate('WINDHOEK, Feb 12 (Reuters) - … Trade fell last year (2025).') // → '2026-02-12'
 */
export function yearlessDatelineDate(text: string): string | undefined {
  const at = yearlessDay(text);
  if (!at) return undefined;
  const years = new Set<number>();
  for (const m of text.matchAll(ANCHORED)) years.add(Number(m[2] ?? m[3]) + OFFSET[(m[1] ?? m[4])!.toLowerCase()]!);
  if (years.size !== 1) return undefined;
  const year = [...years][0]!;
  const edtf = `${year}-${pad(at.month)}-${pad(at.day)}`;
  if (!isEdtf(edtf)) return undefined;
  // Monday is 0 in WEEKDAYS, 1 in getUTCDay.
  if (at.weekday !== undefined && (new Date(`${edtf}T00:00:00Z`).getUTCDay() + 6) % 7 !== at.weekday) return undefined;
  return edtf;
}
