import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Trigger } from './event-types.js';
import { addDays, dayOf, formatDay } from '../time/calendar.js';
import { ORDINAL_WORDS, countOf } from '../time/patterns.js';

/**
 * An occasion's days from its length (session 17): "on the second day of a three-day state visit"
 * told of Wednesday 18 June is a visit of 17–19 June; "began a two-day visit on Monday" one of
 * Monday and Tuesday; "wrapped up a three-day tour on Friday" one of Wednesday to Friday.
 */

/** A length in days before the occasion's noun: "a three-day state", "his 4-day", "three days of" (session 24). */
const LENGTH = String.raw`(?:(?:a|an|his|her|their|its|the)\s+(\w+|\d{1,2})-day|(\w+|\d{1,2})\s+days\s+of)\s+(?:[\p{L}-]+\s+){0,2}$`;
/** "the second day of a three-day …", "the last day of his four-day …": which day of how many. */
const DAY_OF = new RegExp(String.raw`\b(\w+|\d{1,2}(?:st|nd|rd|th))\s+day\s+of\s+${LENGTH}`, 'iu');
/** A verb that begins an occasion: "began a three-day visit", "arrived in Hanoi on Monday for a two-day visit". */
const BEGUN = new RegExp(String.raw`\b(?:began|begins|started|starts|opened|opens|kicked off|kicks off|arrived\b[^,;.]{0,40}?\bfor|arrives\b[^,;.]{0,40}?\bfor)\s+${LENGTH}`, 'iu');
/** A verb that ends one: "ended a three-day visit", "wrapped up his two-day trip", "ended three days of talks". */
const ENDED = new RegExp(String.raw`\b(?:ended|ends|concluded|concludes|wrapped up|wraps up|completed|completes)\s+${LENGTH}`, 'iu');

/** The number of a day or a length: "second" 2, "2nd" 2, "three" 3, "last" the length itself. */
function countOrOrdinal(word: string, length = 0): number | undefined {
  const w = word.toLowerCase();
  if (w === 'last' || w === 'final' || w === 'closing') return length || undefined;
  if (w === 'opening') return 1;
  const ordinal = ORDINAL_WORDS.indexOf(w);
  if (ordinal >= 0) return ordinal + 1;
  if (/^\d+(?:st|nd|rd|th)?$/.test(w)) return parseInt(w, 10);
  const n = countOf(w);
  return n && Number.isInteger(n) ? n : undefined;
}

/**
 * The longest occasion a length dates: a visit, a tour or a round of talks runs for days, not weeks. "ended 30 days of
 * hunger strike talks" counts something else (review of session 24).
 */
const MAX_DAYS = 14;

/** The days of an occasion from its length and which of its days a day is (`first` 1), or undefined. */
function span(day: string, which: number, length: number): string | undefined {
  const d = dayOf(day);
  if (!d || length < 2 || length > MAX_DAYS || which < 1 || which > length) return undefined;
  return `${formatDay(addDays(d, 1 - which))}/${formatDay(addDays(d, length - which))}`;
}

/**
 * Events dated to a day whose trigger names an occasion by its length, dated to all its days.
 * @example occasionSpans('on the second day of a three-day state visit', [{ …e, date: '2025-06-18', trigger: { start: 40, end: 45 } }])[0].date // → '2025-06-17/2025-06-19'
 */
export function occasionSpans<E extends Omit<EventAnnotation, 'stage'>>(text: string, events: E[]): E[] {
  return events.map((e) => {
    if (!/^\d{4}-\d\d-\d\d$/.test(e.date)) return e;
    const lead = text.slice(Math.max(e.start, e.trigger.start - 90), e.trigger.start);
    const of = DAY_OF.exec(lead);
    const begun = of ? undefined : BEGUN.exec(lead);
    const ended = of || begun ? undefined : ENDED.exec(lead);
    const m = of ?? begun ?? ended;
    // The length is the first group of LENGTH that read ("a three-day" or "three days of").
    const length = m ? countOrOrdinal((m[of ? 2 : 1] ?? m[of ? 3 : 2])!) : undefined;
    if (!m || !length) return e;
    const which = of ? countOrOrdinal(of[1]!, length) : begun ? 1 : length;
    const date = which ? span(e.date, which, length) : undefined;
    return date ? { ...e, date, rule: `${e.rule}+occasion-span` } : e;
  });
}

/** Triggers that name an occasion which lasts: a meeting, a forum, a visit. */
const OCCASIONS = new Set(['summit_or_meeting', 'dialogue_mechanism', 'leader_visit']);

/**
 * The occasion a news report names right before ", which opened on Wednesday" (session 19): it runs
 * from the day it opened to the report's ("the fourth meeting of the Joint Commission, which opened
 * on Wednesday", in a report of Thursday, is Wednesday–Thursday). `opened` are the days
 * `occasionOpened` (event-dates.ts) found; the occasion is the last trigger before one, of a kind
 * that lasts, when it is not `main` (the act the sentence is dated by).
 */
export function openedOccasions<T extends Pick<Trigger, 'start' | 'end' | 'type'>>(opened: TimeAnnotation[], triggers: T[], main: T | undefined, published: string): { trigger: T; date: string }[] {
  return opened.flatMap((d) => {
    const trigger = triggers.filter((t) => t.end <= d.start).pop();
    return trigger && trigger !== main && OCCASIONS.has(trigger.type.id) && d.edtf < published ? [{ trigger, date: `${d.edtf}/${published}` }] : [];
  });
}
