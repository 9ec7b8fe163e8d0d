import type { TimeAnnotation } from '../../model/annotation.js';
import { dayOf, formatDay, weekdayOf, type Day } from './calendar.js';
import { MONTH, WEEKDAYS, monthNumber, pad } from './patterns.js';
import { markedTenseAt, tenseAt } from './tense.js';

type Found = Omit<TimeAnnotation, 'stage'>;

const MONTH_AFTER = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';

/**
 * A weekday with its day of the month and no month: "Monday 16th", "on Tuesday the 3rd", "THURSDAY, 21st"
 * (British usage, chats, diaries, programmes). Only an ordinal day ("Monday 16 people" counts people); not when a
 * month follows (the absolute finder reads "Monday 16th March").
 */
const WEEKDAY_ORDINAL = new RegExp(
  `(?<![\\w-])((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY),?\\s+(?:the\\s+)?([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH_AFTER})`,
  'g',
);

/**
 * A day of the month said alone after a preposition of time: "on the 12th", "until the 3rd". Nothing may follow
 * it but the clause's end, a conjunction or a preposition ("on the 12th floor", "the 12th round" count things).
 */
const BARE_ORDINAL = new RegExp(
  `(?<![\\w-])(?:[Oo]n|[Uu]ntil|[Tt]ill|[Bb]y|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter)\\s+the\\s+([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b` +
    `(?=\\s*(?:[.,;:)!?]|$|\\s(?:and|or|but|at|in|when|after|before|to|until|with|for)\\b))`,
  'g',
);

/** A week in milliseconds: how much nearer a day must be to outweigh the clause's tense. */
const WEEK = 7 * 86_400_000;

/** A time written with its month's name ("9 May", "November 1961"), not a weekday's or "yesterday"'s day. */
const NAMED_MONTH = new RegExp(`\\b${MONTH}(?![a-z])`, 'i');

/** A month's name in running text (case as written: "may" the verb is no month). */
const MONTH_NAME = new RegExp(`\\b${MONTH}(?![a-z])`, 'g');

/** Days in a month. */
function monthLength(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The day `dom` of the month, within three months of `doc`, that falls on `weekday` (1 = Monday), the nearest
 * to `doc`, a day on the side the clause's `tense` gives counted a week nearer; null when no month near the report has it.
 * @example weekdayOrdinal({ year: 2026, month: 3, day: 14 }, 1, 16) // → 2026-03-16, a Monday
 */
export function weekdayOrdinal(doc: Day, weekday: number, dom: number, tense: 'past' | 'future' | null = null): Day | null {
  let best: Day | null = null;
  let bestGap = Infinity;
  for (let shift = -3; shift <= 3; shift++) {
    const m0 = doc.month - 1 + shift;
    const year = doc.year + Math.floor(m0 / 12);
    const month = (((m0 % 12) + 12) % 12) + 1;
    if (dom > monthLength(year, month)) continue;
    const day = { year, month, day: dom };
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

/**
 * Gives a day of the month said alone ("on the 12th") the month it is told in: that of the last time before it in its
 * paragraph or the one before written with its month's name (a narrative's month: "talks opened on 9 May; the text
 * was initialled on the 12th"; a weekday's day is no such time), else, when the text names no month before it, the report's month, moved back one when a past clause names a day after the report's, forward one when a
 * future clause names one before it. Runs on the resolved times; the day joins them in text order.
 * @example placeOrdinalDays(findTimes('Talks opened on 9 May. They signed on the 12th.', '2026-06-01'), text) // + the 12th → 2026-05-12
 */
export function placeOrdinalDays<T extends Found>(times: T[], text: string, documentDate?: string): T[] {
  const doc = dayOf(documentDate);
  const added: Found[] = [];
  for (const m of text.matchAll(BARE_ORDINAL)) {
    const start = m.index! + m[0].indexOf('the');
    const end = m.index! + m[0].length;
    if (times.some((t) => t.start < end && start < t.end)) continue;
    const dom = Number(m[1]);
    const before = [...times].reverse().filter((t) => t.end <= start && t.granularity !== 'none' && NAMED_MONTH.test(t.text) && /^\d{4}-\d\d(?:-\d\d)?$/.test(t.edtf));
    // The narrative's month reaches from its paragraph or the one before (a question and its answer); a month told
    // further back leaves the day unread, since neither it nor the report's month is surely the one meant.
    const paragraph = text.lastIndexOf('\n\n', text.lastIndexOf('\n\n', start) - 1);
    let told = before.find((t) => t.start > paragraph);
    const tense = tenseAt(text, start, end);
    // A future clause ("will send the draft by the 30th") names no day of a month told as past: the report's month
    // reads it, or nothing does.
    const toldMonth = told ? Number(told.edtf.slice(0, 4)) * 12 + Number(told.edtf.slice(5, 7)) : 0;
    if (told && tense === 'future' && (!doc || toldMonth < doc.year * 12 + doc.month)) {
      if (!doc) continue;
      told = undefined;
    } else if (before.length && !told) continue;
    let year: number;
    let month: number;
    if (told) {
      year = Number(told.edtf.slice(0, 4));
      month = Number(told.edtf.slice(5, 7));
    } else if (doc) {
      const shift = tense === 'past' && dom > doc.day ? -1 : tense === 'future' && dom < doc.day ? 1 : 0;
      const m0 = doc.month - 1 + shift;
      year = doc.year + Math.floor(m0 / 12);
      month = (((m0 % 12) + 12) % 12) + 1;
    } else continue;
    if (dom > monthLength(year, month)) continue;
    const edtf = `${year}-${pad(month)}-${pad(dom)}`;
    added.push({ start, end, text: text.slice(start, end), rule: 'ordinal-day', edtf, granularity: 'day', relative: true, timex: { type: 'DATE', value: edtf } });
  }
  if (!added.length) return times;
  return [...times, ...(added as T[])].sort((a, b) => a.start - b.start);
}
