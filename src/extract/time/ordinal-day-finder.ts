import type { TimeAnnotation } from '../../model/annotation.js';
import { addDays, addMonths, dayOf, formatDay, weekdayOf, type Day } from './calendar.js';
import { MONTH, WEEKDAYS, monthNumber } from './patterns.js';
import { markedTenseAt } from './tense.js';

type Found = Omit<TimeAnnotation, 'stage'>;

/**
 * A weekday with its day of the month and no month: "Monday 16th", "on Tuesday the 3rd", "THURSDAY, 21st"
 * (British usage, chats, diaries, programmes). Only an ordinal day ("Monday 16 people" counts people); not when a
 * month follows (the absolute finder reads "Monday 16th March").
 */
const WEEKDAY_ORDINAL = new RegExp(
  `(?<![\\w-])((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY),?\\s+(?:the\\s+)?([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH}(?![a-z]))` +
    // Not one ordinal of a list or span that counts things ("Friday 1st and 2nd battalions", "Monday 1st to 10th places").
    `(?!,?\\s+(?:and|or|to|&)\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)\\b)`,
  'g',
);

/** A week in milliseconds: how much nearer a day must be to outweigh the clause's tense. */
const WEEK = 7 * 86_400_000;

/** A month's name in running text (case as written: "may" the verb is no month). */
const MONTH_NAME = new RegExp(`\\b${MONTH}(?![a-z])`, 'g');

/**
 * The day `dom` of the month, within three months of `doc`, that falls on `weekday` (1 = Monday), the nearest
 * to `doc`, a day on the side the clause's `tense` gives counted a week nearer; null when no month near the report has it.
 * @example weekdayOrdinal({ year: 2026, month: 3, day: 14 }, 1, 16) // → 2026-03-16, a Monday
 */
export function weekdayOrdinal(doc: Day, weekday: number, dom: number, tense: 'past' | 'future' | null = null): Day | null {
  let best: Day | null = null;
  let bestGap = Infinity;
  for (let shift = -3; shift <= 3; shift++) {
    const [year, month] = addMonths(doc.year, doc.month, shift).split('-').map(Number) as [number, number];
    const day = { year, month, day: dom };
    // No such day in that month (a 31st of April runs on into May).
    if (addDays(day, 0).day !== dom) continue;
    if (weekdayOf(day) !== weekday) continue;
    const diff = Date.UTC(year, month - 1, dom) - Date.UTC(doc.year, doc.month - 1, doc.day);
    // The clause's tense sides with the days before or after the report only between two nearly as near ("arrived on
    // Friday 27th", said on 14 March 2026: 27 February, 15 days back, over 27 March, 13 ahead); a tense word of another
    // clause ("moved to Monday 16th, as I said") does not outweigh a day two days off.
    const gap = Math.abs(diff) + ((tense === 'past' && diff > 0) || (tense === 'future' && diff < 0) ? WEEK : 0);
    if (gap < bestGap) {
      best = day;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * Finds a weekday with its ordinal day ("Monday 16th"): the weekday fixes which month's 16th it is, the one nearest
 * the report. Needs a document date that names a day.
 * @example findWeekdayOrdinals('The summit is on Monday 16th.', '2026-03-14')[0].edtf // → '2026-03-16'
 */
export function findWeekdayOrdinals(text: string, documentDate?: string): Found[] {
  const doc = dayOf(documentDate);
  if (!doc) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(WEEKDAY_ORDINAL)) {
    // A history's "Monday 16th" is a day of the years it tells, not of the report's months: a year other than the
    // report's (or the one either side) written in the weekday's paragraph or the one before leaves it to the weekday finder.
    const from = text.lastIndexOf('\n\n', text.lastIndexOf('\n\n', m.index!) - 1);
    const years = [...text.slice(Math.max(0, from), m.index!).matchAll(/(?<![\d.,])(1[5-9]\d\d|20\d\d)(?![\d.,]\d)/g)].map((y) => Number(y[1]));
    if (years.some((y) => Math.abs(y - doc.year) > 1)) continue;
    const weekday = WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 1;
    const tense = markedTenseAt(text, m.index!, m.index! + m[0].length);
    const day = weekdayOrdinal(doc, weekday, Number(m[2]), tense === 'past' || tense === 'future' ? tense : null);
    if (!day) continue;
    // A month named before it in those paragraphs is the narrative's: a day of another month is not surely meant
    // ("In April the talks resumed … on Thursday 16th", reported on 30 June: 16 July is nearer, 16 April meant).
    const months = [...text.slice(Math.max(0, from), m.index!).matchAll(MONTH_NAME)].map((x) => monthNumber(x[0]));
    if (months.length && !months.includes(day.month)) continue;
    const edtf = formatDay(day);
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], rule: 'weekday-ordinal', edtf, granularity: 'day', relative: true, timex: { type: 'DATE', value: edtf } });
  }
  return out;
}
