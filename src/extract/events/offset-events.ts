import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Trigger } from './event-types.js';
import { triggerFor, type Span } from './date-ownership.js';
import { addDays, addMonths, dayOf, formatDay } from '../time/calendar.js';

/**
 * Acts dated from another by a length of time (session 17, TimeML's anchoring of a duration to an
 * event): "in 1911, a decade before southern Ireland won independence" tells an act of 1921; "said
 * on Thursday, a month after the neighbours broke off relations" one of the month before.
 */

/** The date a length of time (TIMEX3 `P1M`, `P10Y`, `P3D`) before (`sign` -1) or after (+1) a date is, at the length's unit. */
export function shifted(date: string, value: string, sign: 1 | -1): string | undefined {
  const m = /^P(\d+)([DWMY])$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]) * sign;
  const [y, mo] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  if (m[2] === 'Y') return /^\d{4}/.test(date) ? String(y + n) : undefined;
  if (m[2] === 'M') return /^\d{4}-\d\d(?:-\d\d)?$/.test(date) ? addMonths(y, mo, n) : undefined;
  const day = /^\d{4}-\d\d-\d\d$/.test(date) ? dayOf(date) : null;
  return day ? formatDay(addDays(day, n * (m[2] === 'W' ? 7 : 1))) : undefined;
}

/** Words that make a length rough or a part of the one named: "half a year", "more than a decade", "nearly two years". */
const ROUGHLY = /\b(?:half|over|more than|nearly|almost|about|around|some|roughly|less than|at least|just|barely|under)\s+$/i;

/**
 * The acts a sentence dates from its main act by a counted length: a framing phrase opened by
 * "after" or "before" right after a duration ("a month after …", "three years before …"), its
 * best trigger (else its clause's predicate, `predicate`), dated from the main act's date (`mainDate`) back or
 * forward by that length.
 * @example offsetActs('in 1911, a decade before Ireland won independence', s, [decade], [phrase], [won], '1911')[0].date // → '1921'
 */
export function offsetActs(
  text: string,
  times: TimeAnnotation[],
  framing: Span[],
  triggers: Trigger[],
  mainDate: string,
  predicate: (phrase: Span) => Trigger | undefined = () => undefined,
): { phrase: Span; trigger: Trigger; date: string }[] {
  const out: { phrase: Span; trigger: Trigger; date: string }[] = [];
  for (const t of times) {
    // "half a year after", "nearly a decade before": a length told roughly dates nothing.
    if (t.timex.type !== 'DURATION' || t.timex.mod || ROUGHLY.test(text.slice(Math.max(0, t.start - 20), t.start))) continue;
    const word = /^\s+(after|before)\b/i.exec(text.slice(t.end, t.end + 10));
    const phrase = word && framing.find((f) => f.start === t.end + word[0].length - word[1]!.length);
    if (!phrase) continue;
    const inside = triggers.filter((x) => x.start >= phrase.start && x.end <= phrase.end);
    const date = shifted(mainDate, t.timex.value, word[1]!.toLowerCase() === 'after' ? -1 : 1);
    // "two days after a Russian military helicopter flew into Estonian airspace": a phrase no trigger types tells its clause's predicate.
    const trigger = inside.length ? triggerFor(inside, phrase.start, phrase.end, phrase.start) : predicate(phrase);
    if (trigger && date) out.push({ phrase, trigger, date });
  }
  return out;
}

/**
 * An act dated by a length from another takes the day the text gives an act of its type in that
 * period ("a month after the neighbours broke off relations", then "Algiers severed ties with
 * Rabat on Aug. 24"): the length told when, roughly; the other sentence tells the day.
 */
export function offsetFiner<E extends Omit<EventAnnotation, 'stage'>>(events: E[]): E[] {
  return events.map((e) => {
    if (!e.rule.includes('+offset')) return e;
    const finer = events.find((f) => f !== e && f.dateSource === 'sentence' && f.type === e.type && f.date.length > e.date.length && f.date.startsWith(`${e.date}-`));
    return finer ? { ...e, date: finer.date, rule: `${e.rule}+finer` } : e;
  });
}
