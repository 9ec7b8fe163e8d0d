import type { TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import type { Trigger } from './event-types.js';
import { FRAMING_WORDS } from './event-refiners.js';
import { inside, type Span } from './date-ownership.js';

/** Framing phrases ("after the treaty was signed, …") and what they take from a sentence (moved out of event-finder.ts in session 16). */

/**
 * The triggers of a sentence less those inside a framing phrase ("a year after the border
 * treaty was signed, the president made a state visit to Nairobi": the visit is the event,
 * the treaty its background), when any are left.
 */
export function outsideFraming(text: string, spans: Span[], triggers: Trigger[], dates: TimeAnnotation[]): Trigger[] {
  // "In May 2001 (two weeks before the treaty took effect), …": what a phrase set off from a date
  // by an interval tells happened at another time, so it dates nothing outside the phrase.
  const offset = spans.filter((f) => OFFSET_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start)) && !dates.some((d) => inside(d, f)));
  const timed = triggers.filter((t) => !offset.some((f) => inside(t, f)));
  // A phrase with its own date tells its own event ("since Qatar joined the bank in 2012, …").
  const kept = timed.filter((t) => !spans.some((f) => inside(t, f) && !dates.some((d) => inside(d, f))));
  return kept.length ? kept : timed;
}
/** A length or "shortly" right before a framing word ("two weeks before", "days after"): the phrase tells another time. */
export const OFFSET_BEFORE = /\b(?:\w+\s+(?:days?|weeks?|months?|years?)|shortly|soon|just|long)\s+$/i;

/** The framing phrases of a sentence. */
export function framingSpans(text: string, s: Sentence): Span[] {
  return [...text.slice(s.start, s.end).matchAll(FRAMING)].map((m) => ({ start: s.start + m.index!, end: s.start + m.index! + m[0].length }));
}

/** A framing phrase: from "after", "since", "following" … to the end of its clause. */
const FRAMING = new RegExp(`\\b(?:${FRAMING_WORDS})\\b[^,;:()]*`, 'gi');

/** A date inside a framing phrase ("since the peace agreement in 1991, Viet Nam has …") dates what frames the clause, not its predicate. */
export const FRAMED = new RegExp(`\\b(?:${FRAMING_WORDS})\\b[^,;:()]*$`, 'i');
