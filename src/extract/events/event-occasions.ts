import type { EntityMention, EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import type { Trigger } from './event-types.js';
import { inOccasion } from './event-refiners.js';

/** The date of the occasion or the time an undated sentence points back to, and habits that are no acts (moved out of event-finder.ts in session 16). */

/** The nouns of an occasion a sentence can be set on ("during the state visit"). */
const OCCASION_NOUNS = String.raw`(summit|visit|meeting|conference|trip|talks|stay|tour|stand-?off|negotiations|ceremony|exercises?|drills)`;

/** A sentence set on an occasion the passage has told. */
export const ON_OCCASION = new RegExp(
  String.raw`\b(?:on (?:that|this|the same) occasion|during (?:the|that|this|his|her|their|[\p{Lu}][\p{L}-]+(?:['’]s)?) (?:[\p{L}'’-]+\s+){0,3}${OCCASION_NOUNS}|at the same (?:meeting|summit|conference))\b`,
  'iu',
);

/** A phrase that points back to an occasion told before, ending at its noun: "During the visit", "during that meeting". */
const POINTS_BACK = new RegExp(String.raw`\bduring (?:the|that|this) (?:[\p{L}'’-]+\s+){0,3}${OCCASION_NOUNS}$`, 'iu');

/**
 * The date of the occasion a sentence is set on ("During President Arroyo's visit, eight
 * agreements were signed"): that of the last event before it whose trigger names the same
 * occasion ("the state visit … on 29–31 October 2001"), when another date came between them.
 */
export function occasionByTrigger(text: string, sentence: string, before: Omit<EventAnnotation, 'stage'>[], times: TimeAnnotation[]): string | undefined {
  const noun = ON_OCCASION.exec(sentence)?.[1]?.toLowerCase().replace(/-/g, '');
  if (!noun) return undefined;
  const stem = noun.replace(/s$/, '');
  for (let i = before.length - 1; i >= 0; i--) {
    const e = before[i]!;
    // "During the visit, President Hichilema met him on 11 June": an occasion named again by the phrase that points back to
    // it took that sentence's date, not its own (session 24); the occasion's own telling is further back.
    if (e.trigger && !pointsBack(text, e.trigger, times) && text.slice(e.trigger.start, e.trigger.end).toLowerCase().replace(/-/g, '').includes(stem)) return e.date;
  }
  return undefined;
}

/**
 * Whether a trigger is the noun of a phrase that points back to an occasion ("During the visit"): its determiner is
 * anaphoric and the phrase holds no date of its own before the next comma. "During his state visit to Zambia on
 * 10–12 June 2025, …" tells the visit (review of session 24).
 */
function pointsBack(text: string, trigger: { start: number; end: number }, times: TimeAnnotation[]): boolean {
  if (!POINTS_BACK.test(text.slice(Math.max(0, trigger.start - 80), trigger.end))) return false;
  const comma = text.slice(trigger.end, trigger.end + 200).search(/[,;.\n]/);
  const until = trigger.end + (comma < 0 ? 200 : comma);
  return !times.some((t) => t.start >= trigger.end && t.start < until);
}

/** "Morocco rejected the accusations at the time": the time of the act told just before. */
export const AT_THE_TIME = /\bat (?:the|that) time\b/i;

/** Words of a habit or a lasting state ("the bank continues to fund …"), not of an event. */
export const HABITUAL = /\b(?:continues? to|continued to|has been|have been|often|usually|regularly|every year|annually|each year)\b/i;
/**
 * Whether a sentence tells a habit or a lasting state, not an act. "has been" right before the
 * act's own verb is its present perfect passive ("Huang has been summoned"), an act, not a state.
 */
export function habitual(text: string, s: Sentence, trigger: Trigger): boolean {
  const own = /\b(?:has|have) been\s+$/i.exec(text.slice(Math.max(s.start, trigger.start - 20), trigger.start));
  const sentence = own ? text.slice(s.start, trigger.start - own[0].length) + text.slice(trigger.start, s.end) : text.slice(s.start, s.end);
  return HABITUAL.test(sentence);
}

/** Kinds of entity that can be an event's actor. */
export const ACTOR_KINDS = new Set(['country', 'person', 'organisation', 'group']);

/**
 * The date of the occasion an undated sentence is set on, when its phrase names who took part:
 * that of the last event of the occasion's type told before with one of them ("During President
 * Ali's visit, four agreements were signed" after his visit to Lima in May, though a summit in
 * April was told in between).
 */
export function occasionByActors(text: string, triggers: Trigger[], entities: EntityMention[], told: Omit<EventAnnotation, 'stage'>[]): string | undefined {
  const t = triggers.find((x) => inOccasion(text, x));
  if (!t) return undefined;
  const named = new Set(entities.filter((e) => e.end <= t.start && e.start >= t.start - 90 && ACTOR_KINDS.has(e.kind)).map((e) => e.entity));
  if (!named.size) return undefined;
  return told.findLast((e) => e.type === t.type.id && e.actors.some((a) => named.has(a.entity)))?.date;
}
