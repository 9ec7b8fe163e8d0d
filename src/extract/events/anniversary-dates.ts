import type { EventAnnotation } from '../../model/annotation.js';
import { ORDINAL_WORDS_ANY, parseOrdinalWords } from '../facts/numbers.js';

/**
 * "the 60th anniversary of the establishment of diplomatic relations", marked in July 2025: the
 * relations were established in 1965 (session 19). The act an anniversary counts from is dated by
 * the anniversary's number of years back from the date the sentence gives the occasion, at the
 * precision of a year (the day of the occasion is not the day of the act), an event beside the
 * anniversary's own (marked on its date). The number in digits or in words, any up to the
 * ninety-ninth ("the sixtieth", "the seventy-fifth") and the hundredth. Only an act told right after "Nth anniversary of" (a second
 * act joined by "and of" counts too), dated by its sentence.
 */
const ANNIVERSARY = new RegExp(String.raw`\b(\d{1,3})(?:st|nd|rd|th)|\b(${ORDINAL_WORDS_ANY})\b`, 'i');
const BEFORE_ACT = new RegExp(String.raw`(?:${ANNIVERSARY.source})\s+anniversary\s+of\s+(?:the\s+)?(?:[^.;:()\d]{0,60}?\s+and\s+of\s+(?:the\s+)?)?$`, 'i');

/** The events with, beside each act an anniversary counts from, that act at its year: "60th" in 2025 is 1965. */
export function anniversaryDates<E extends Pick<EventAnnotation, 'date' | 'dateSource' | 'trigger' | 'rule'>>(text: string, events: E[]): E[] {
  const acts = events.flatMap((e) => {
    const year = /^(\d{4})/.exec(e.date)?.[1];
    if (!year || e.dateSource !== 'sentence') return [];
    const m = BEFORE_ACT.exec(text.slice(Math.max(0, e.trigger.start - 120), e.trigger.start));
    if (!m) return [];
    const n = m[1] ? Number(m[1]) : (parseOrdinalWords(m[2]!) ?? 0);
    return n > 0 && n < Number(year) ? [{ ...e, date: String(Number(year) - n), rule: `${e.rule}+anniversary` }] : [];
  });
  return acts.length ? [...events, ...acts] : events;
}
