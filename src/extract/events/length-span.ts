import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { addDays, addMonths, formatDay, type Day } from '../time/calendar.js';

/**
 * An act told with the length it took from the time it is set at (session 29): "a ceasefire was brokered within a few
 * weeks" of a war of January 1981, "within weeks our two countries had established relations" after December 1963, "the
 * war lasted nine months" from 26 March 1971. The act is known only to fall between its date and that date plus the
 * length, so it is dated by the interval (`1981-01/1981-02`, `1963-12/1964-01`, `1971-03/1971-12`), as the eval sets'
 * annotators date it. The length is the time stage's DURATION (TIMEX3 `P3W`, `PXW`), after "within" or after "lasted",
 * in the comma-bounded part of the sentence that holds the act's trigger. The interval keeps the precision of the
 * coarser of the date and the length's unit (days and weeks are told in days, months in months, years in years): a
 * month plus weeks is a span of months; a length finer still (weeks of a year) or finer than a year stays within the date.
 * Its end is the last day the date covers plus the length. A length with no
 * count ("within days", "within weeks") is at most a week of days or a month of weeks; "within months" or "years" is
 * too loose and dates nothing. Only an act told as done (not a plan, a hypothesis or a denial), dated to one time.
 */

type Event = Omit<EventAnnotation, 'stage'>;

/** What sets a length as the time an act took from its date: "within three weeks", "lasted nine months", "lasted about a month". */
const LENGTH_OF_ACT = /\b(?:within|lasted|lasting)\s+(?:(?:about|around|roughly|nearly|almost|some|only|just|less than|under)\s+)?$/i;
/** The part of a sentence a comma, a semicolon or a dash bounds. */
const PART_END = /[,;–—]/;
/**
 * What sets the length on another act than the trigger's, between the two: an infinitive ("ordered them to leave within
 * 14 days"), a clause of "that" ("demanded that Kabul hand them over within ten days"), a modal ("would be brought before a
 * prosecutor within a week"). A deadline or a plan, not the time the act took.
 */
const ANOTHER_ACT = /\bto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|your|both|all|each)\b)\p{Ll}|\b(?:that|would|will|should|must|could|can|may|might|shall)\b/u;
/** A length with no count, at most: a week of days, a month of weeks. */
const UNCOUNTED: Record<string, number> = { D: 7, W: 4 };
/** A length's unit, in EDTF fields: days and weeks are counted in days (3), months in months (2), years in years (1). */
const FIELDS: Record<string, number> = { D: 3, W: 3, M: 2, Y: 1 };

/** The words from an act's trigger to a length after it (the trigger's own words too: "ordered them to leave within 14 days"), or from a length to the trigger after it. */
const between = (t: { start: number; end: number }, l: TimeAnnotation) => (t.start < l.start ? [t.start, l.start] : [l.end, t.start]) as [number, number];

/** The comma-bounded part of a sentence around an offset. */
function partAround(text: string, s: Sentence, at: number): [number, number] {
  let from = at;
  while (from > s.start && !PART_END.test(text[from - 1]!)) from--;
  let to = at;
  while (to < s.end && !PART_END.test(text[to]!)) to++;
  return [from, to];
}

/** The last day an EDTF point covers: "1981-01" → 31 January 1981, "1971" → 31 December 1971. */
function lastDay(date: string): Day {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (d) return { year: y, month: m!, day: d };
  if (m) return addDays({ year: Number(addMonths(y, m, 1).slice(0, 4)), month: Number(addMonths(y, m, 1).slice(5)), day: 1 }, -1);
  return { year: y, month: 12, day: 31 };
}

/** A day plus a length (`P3W`, `P9M`, `P2Y`, `PXW`), or undefined for a length too loose. */
function after(day: Day, value: string): Day | undefined {
  const m = /^P(\d+|X)([DWMY])$/.exec(value);
  if (!m) return undefined;
  const n = m[1] === 'X' ? UNCOUNTED[m[2]!] : Number(m[1]);
  if (!n) return undefined;
  if (m[2] === 'D') return addDays(day, n);
  if (m[2] === 'W') return addDays(day, 7 * n);
  const months = m[2] === 'M' ? n : 12 * n;
  const month = addMonths(day.year, day.month, months);
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5)), day: Math.min(day.day, 28) };
}

/** A day as EDTF with `fields` fields (1 year, 2 month, 3 day). */
const cut = (day: Day, fields: number) => formatDay(day).split('-').slice(0, fields).join('-');

/**
 * Events whose trigger's part of the sentence tells the length the act took from its date, dated from that date to its
 * date plus the length (rule `+length-span`).
 * @example lengthSpans('a ceasefire was brokered within a few weeks', sentences, [PXW], [ceasefire 1981-01]) // → 1981-01/1981-02
 */
export function lengthSpans(text: string, sentences: Sentence[], lengths: TimeAnnotation[], events: Event[]): Event[] {
  const spans = lengths.flatMap((l) => {
    const s = sentences.find((x) => l.start >= x.start && l.end <= x.end);
    return s && l.timex.type === 'DURATION' && LENGTH_OF_ACT.test(text.slice(Math.max(s.start, l.start - 40), l.start)) ? [{ length: l, part: partAround(text, s, l.start) }] : [];
  });
  if (!spans.length) return events;
  return events.map((e) => {
    if (!/^\d{4}(?:-\d\d){0,2}$/.test(e.date) || (e.mode && e.mode !== 'asserted')) return e;
    const at = e.trigger.start;
    const told = spans.find(({ length, part }) => at >= part[0] && at < part[1] && !ANOTHER_ACT.test(text.slice(...between(e.trigger, length))));
    const end = told && after(lastDay(e.date), told.length.timex.value);
    if (!told || !end) return e;
    // A length more than one field finer than the date stays within it ("in 1969 … expelled within two weeks" is 1969).
    const given = e.date.split('-').length;
    const unit = FIELDS[told.length.timex.value.slice(-1)]!;
    if (unit - given > 1 || (unit > given && given === 1)) return e;
    const fields = Math.min(given, unit);
    const from = e.date.split('-').slice(0, fields).join('-');
    const to = cut(end, fields);
    return to > from ? { ...e, date: `${from}/${to}`, rule: `${e.rule}+length-span` } : e;
  });
}
