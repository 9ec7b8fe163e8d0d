import { humanDate } from '../../reconcile/human-date.js';
import type { TimeAnnotation } from '../../model/annotation.js';
import type { Span } from './spans.js';
import { fold } from '../../extract/fold.js';
import { escapeRegExp } from '../../extract/word-alternation.js';
import { answerWords } from './lexicon.js';

const DAY = /^\d{4}-\d\d-\d\d$/;
const MONTH = /^\d{4}-\d\d$/;

/**
 * The time from one EDTF date to another as a person writes it: days under 60, whole months under two years, whole years beyond;
 * months or years when a date has no day. Undefined for dates it cannot read or for no time at all.
 * @example lengthBetween('2025-02-03', '2025-06-01') // → '3 months'
 */
export function lengthBetween(a: string, b: string): string | undefined {
  const [x, y] = a <= b ? [a, b] : [b, a];
  if (x === y || !/^\d{4}/.test(x) || !/^\d{4}/.test(y)) return undefined;
  const unit = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (DAY.test(x) && DAY.test(y)) {
    const days = Math.round((Date.parse(`${y}T00:00:00Z`) - Date.parse(`${x}T00:00:00Z`)) / 86400000);
    if (days < 60) return unit(days, 'day');
  }
  if ((DAY.test(x) || MONTH.test(x)) && (DAY.test(y) || MONTH.test(y))) {
    const months = (Number(y.slice(0, 4)) - Number(x.slice(0, 4))) * 12 + Number(y.slice(5, 7)) - Number(x.slice(5, 7)) - (y.length > 7 && x.length > 7 && y.slice(8) < x.slice(8) ? 1 : 0);
    if (months < 24) return months > 0 ? unit(months, 'month') : undefined;
    return unit(Math.floor(months / 12), 'year');
  }
  const years = Number(y.slice(0, 4)) - Number(x.slice(0, 4));
  return years > 0 ? unit(years, 'year') : undefined;
}

/** "3 months (3 February 2025 to 1 June 2025)": the length between two dates with both dates, earlier first. */
export function shownLength(a: string, b: string): string | undefined {
  const [x, y] = a <= b ? [a, b] : [b, a];
  const n = lengthBetween(x, y);
  return n && `${n} (${humanDate(x)} to ${humanDate(y)})`;
}

/**
 * "How long were they held": a passage that dates the matter's start by its day and its end by a day counted from it ("detained on
 * Monday 11 May …; released … the next day") answers the time between the two, the stretch from one to the other its span. Only a
 * counted (relative) day ends it, and only when a word that ends the state the question asks about (`stateEnds`: "held" → released,
 * freed; "closed" → reopened; for a question that names no such state, a general ending word, `stateEnds["*"]`: returned, ended,
 * concluded, left) stands between the two days or in the counted day's clause: a later day the passage counts may date
 * another act ("closed on 2 April …; the ministers discussed the spill the next day" tells no reopening). Two days the passage merely
 * names may date two matters.
 * @example countedLength('How long were they held?', text, passage.end, [monday, nextDay]) // → { kind: 'number', text: '1 day (11 May 2026 to 12 May 2026)', … }
 */
export function countedLength(question: string, text: string, end: number, times: TimeAnnotation[]): Span | undefined {
  const asked = fold(question).match(/[\p{L}-]+/gu) ?? [];
  const { stateEnds } = answerWords();
  // A state the question names ("closed", "detained") ends by its own words; any other matter ("a state visit") by a general ending
  // word ("returned", "ended", "concluded": the "*" entry).
  const named = asked.filter((w) => w !== '*' && Object.hasOwn(stateEnds, w));
  const ends = [...new Set(named.length ? named.flatMap((w) => stateEnds[w]!) : (stateEnds['*'] ?? []))];
  if (!ends.length) return undefined;
  const ending = new RegExp(`\\b(?:${ends.map(escapeRegExp).join('|')})\\b`);
  const days = times.filter((t) => DAY.test(t.edtf) && !t.coreferent);
  for (const [a, b] of days.slice(0, -1).map((t, i) => [t, days[i + 1]!] as const)) {
    if (!b.relative || b.edtf <= a.edtf) continue;
    // The counted day's clause runs to the next semicolon or full stop ("…; they were released the next day, the ministry said").
    const clauseEnd = text.slice(b.end, end).search(/[;.]/);
    if (!ending.test(fold(text.slice(a.end, clauseEnd < 0 ? end : b.end + clauseEnd)))) continue;
    const shown = shownLength(a.edtf, b.edtf);
    if (shown) return { kind: 'number', start: a.start, end: b.end, text: shown, value: shown, structured: false };
  }
  return undefined;
}
