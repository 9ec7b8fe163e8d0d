import type { EventAnnotation } from '../../model/annotation.js';
import { eventTypes } from './event-types.js';

type Told = Pick<EventAnnotation, 'start' | 'end' | 'dateSource' | 'trigger' | 'rule'>;

/** A determiner or a possessive, then at most two words that are no names: "the seizure", "Banda's visit", "the 24-year occupation" ("The UK is to expel": a capitalised word is a name that acts). */
const DEFINITE = String.raw`(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\p{Lu}[\p{L}.-]*['’]s)\s+(?:(?!\p{Lu})[\p{L}\p{N}-]+\s+){0,2}$`;
/** A definite noun phrase that opens its clause, before the trigger that heads it: "The seizure …", "officials said the visit …". */
const SUBJECT_BEFORE = new RegExp(String.raw`(?:^[\s"“'‘]*|[;:]\s+|\b(?:said|says|that)\s+)${DEFINITE}`, 'u');
/** A definite noun phrase a framing word governs: "during the visit", "in the decade after the war", "minutes before the attack". */
const BACKGROUND_BEFORE = new RegExp(String.raw`\b(?:during|after|before|since|following)\s+${DEFINITE}`, 'u');
/** The verb after the subject, adverbs and a modal skipped: "comes", "followed", "is", "was accepted", "would have". */
const VERB_AFTER = /^\s+(?:(?:also|now|still|then|itself|only|would|will|could|might|may|should|must)\s+){0,2}(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;
/** Forms of "be" and "have" no suffix rule gives back. */
const IRREGULAR: Record<string, string> = { is: 'be', was: 'be', were: 'be', are: 'be', has: 'have', had: 'have', came: 'come', stood: 'stand', rose: 'rise', fell: 'fall' };
/** A past participle after "be" or "have": the clause tells an act done to its subject ("The invitation was accepted"). */
export const PARTICIPLE =
  /(?:ed|en|ne|wn)$|^(?:held|met|sent|made|paid|laid|told|sold|left|built|set|put|cut|won|lost|brought|bought|fought|caught|kept|found|struck|shut|hit|led|read|spent|sought|thought|understood|withdrawn|begun|run|come|become)$/;

/** Whether the clause's verb after a subject that ends at `end` states a situation (`notEventVerbs`: "comes amid", "followed a week", "is his first"), not an act. */
function statesSituation(text: string, end: number): boolean {
  const m = VERB_AFTER.exec(text.slice(end, end + 40));
  if (!m) return false;
  const verb = m[1]!;
  const lemma = IRREGULAR[verb] ?? verb.replace(/(?:ies)$/, 'y').replace(/(?:es|s|ed|d)$/, '');
  const lemmas = [lemma, verb.replace(/s$/, ''), verb.replace(/d$/, '')];
  if (!lemmas.some((l) => eventTypes().notEventVerbs.has(l))) return false;
  // "was accepted", "has been signed": an act told in the passive or the perfect.
  return !((lemma === 'be' || lemma === 'have') && m[2] && PARTICIPLE.test(m[2]));
}

/**
 * Whether an event only names, with "the", "that" or a possessive, an act the document tells
 * elsewhere, in a sentence that gives it no date of its own: as the subject of a verb of a
 * situation ("The seizure comes amid rising tension over trade", "The incident followed a tense
 * week", "Banda's visit is his first to Lilongwe") or as the background a framing word sets
 * ("despite expectations that it would do so during the visit", "in the decade after the war").
 * The act is told where it is dated; here the date the passage or the publication would give it
 * is a guess. A retelling that tells the act again ("The protest condemned the vessels'
 * behaviour") is an event, and so is an act dated by its distance from another (`offset-events.ts`).
 * @example isBackReference('The seizure comes amid rising tension.', { start: 0, end: 39, dateSource: 'document', trigger: { start: 4, end: 11 }, rule: 'trigger+document-date' }) // → true
 */
export function isBackReference(text: string, e: Told): boolean {
  if (e.dateSource === 'sentence' || e.rule.includes('+offset')) return false;
  // "sent a protest note": a trigger that holds its own object is a verb's phrase, not a noun.
  if (/\s(?:a|an|the|its|their|his|her)\s/i.test(text.slice(e.trigger.start, e.trigger.end))) return false;
  const before = text.slice(e.start, e.trigger.start);
  if (BACKGROUND_BEFORE.test(before)) return true;
  // "The finance ministry rejected calls …": a trigger in a verb's past is the clause's act, not its subject.
  const first = /^\p{L}+/u.exec(text.slice(e.trigger.start, e.trigger.end))?.[0] ?? '';
  if (/ed$/.test(first) || PARTICIPLE.test(first)) return false;
  return SUBJECT_BEFORE.test(before) && statesSituation(text, e.trigger.end);
}

/**
 * The events without those that refer back to an act told elsewhere (`isBackReference`).
 * @example withoutBackReferences(text, [seizureNamedAgain, summons]) // → [summons]
 */
export function withoutBackReferences<E extends Told>(text: string, events: E[]): E[] {
  return events.filter((e) => !isBackReference(text, e));
}
