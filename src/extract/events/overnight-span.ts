import type { EventAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { addDays, dayOf, formatDay } from '../time/calendar.js';

/**
 * "Overnight" without its day (session 22): "after more than 60 balloons drifted into its airspace overnight", "a request
 * Minsk rejected overnight" tell an act of the night that ran into the day the clause is set on, so it is known only to fall
 * between that day and the one before (`2026-10-14/2026-10-15`, the eval sets' "Dates of unstated days"). "Overnight on
 * Saturday" is the time stage's (`weekday-finder.ts`); "an overnight attack" names an occasion whose day the sentence tells;
 * "will not happen overnight" is a manner, not a time.
 */

type Event = Omit<EventAnnotation, 'stage'>;

/** "overnight" as an adverb: not before a weekday or "on" (the time stage's night), not after a determiner ("an overnight attack"). */
const OVERNIGHT =
  /(?<!\b(?:an?|the|its|their|his|her|this|last|an\s+\w+)\s+)\bovernight\b(?!\s+(?:on\s+|from\s+|into\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\s-]+(?:attack|raid|strike|shelling|curfew|stay|talks|session|flight|train|bus)s?\b)/giu;
/** A clause that tells no act done in the night: "will not happen overnight", "cannot be solved overnight". */
const NOT_DONE = /\b(?:not|n't|never|cannot|will|would|could|can)\b[^,;]*$/i;
/** A day the part names itself ("late on Tuesday and overnight"): the night is the one after it, the time stage's. */
const DAY_NAMED = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)\b/i;
/** The part of a sentence a comma, a semicolon or a dash bounds. */
const PART_END = /[,;–—]/;

/** The comma-bounded part of a sentence around an offset. */
function partAround(text: string, s: Sentence, at: number): [number, number] {
  let from = at;
  while (from > s.start && !PART_END.test(text[from - 1]!)) from--;
  let to = at;
  while (to < s.end && !PART_END.test(text[to]!)) to++;
  return [from, to];
}

/**
 * Acts of a sentence that says "overnight" without a day, dated a single day D, take the night's two days `D-1/D` (rule
 * `+overnight`): those told in the part of the sentence that says it, and those the sentence gives no date of its own (dated
 * by the report). An act the sentence dates in another part ("closed the crossing on Wednesday, after balloons drifted …
 * overnight") keeps its day.
 * @example overnightSpans('Minsk rejected it overnight.', sentences, [rejection on 2026-10-15]) // → rejection 2026-10-14/2026-10-15
 */
export function overnightSpans(text: string, sentences: Sentence[], events: Event[]): Event[] {
  const parts: { sentence: Sentence; part: [number, number] }[] = [];
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    for (const m of body.matchAll(OVERNIGHT)) {
      const at = s.start + m.index;
      const part = partAround(text, s, at);
      if (!NOT_DONE.test(text.slice(part[0], at)) && !DAY_NAMED.test(text.slice(part[0], part[1]))) parts.push({ sentence: s, part });
    }
  }
  if (!parts.length) return events;
  return events.map((e) => {
    const day = /^\d{4}-\d\d-\d\d$/.test(e.date) ? dayOf(e.date) : null;
    // An act dated from another sentence ("after a clash" the body dates to Monday) keeps that day.
    if (!day || e.dateSource === 'context') return e;
    const at = e.trigger.start;
    const night = parts.find(({ sentence, part }) => at >= sentence.start && at < sentence.end && ((at >= part[0] && at < part[1]) || e.dateSource === 'document'));
    return night ? { ...e, date: `${formatDay(addDays(day, -1))}/${e.date}`, rule: `${e.rule}+overnight` } : e;
  });
}
