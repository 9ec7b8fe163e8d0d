import type { TimeAnnotation } from '../../model/annotation.js';
import type { Trigger } from './event-types.js';
import { tag } from './predicate-finder.js';

/**
 * Which triggers of a clause name what another act is about, not the act (issue 10). The guidelines: "the category follows what
 * the clause's actor does ('X rejected Y's demand' is REJECT by X)". In "the two presidents signed the Shusha Declaration on
 * allied relations" the declaration is what was signed, in "Ecuador and Colombia agree tariff truce" the truce is what was agreed:
 * the clause's act is the verb's, AGREE, though the noun's type ranks first. Such a noun is no candidate for the clause's main
 * act (`triggerFor`); it may still be an act beside it (`coEvents`).
 */

/**
 * PLOVER's verbal acts, which take another act for object: agreeing to, discussing, demanding, refusing a thing (not yet done:
 * the date is the verb's), and praising or condemning one (which may have been done before). Not THREATEN: a row or a strike
 * "threatens" a meeting with no actor threatening (a tune item), where the meeting is the act told.
 */
const VERBAL = new Set(['AGREE', 'CONSULT', 'DEMAND', 'REJECT', 'SUPPORT', 'DISAPPROVE']);
/** Verbal acts about an act done before ("condemned the attack of 3 May"): a date told with the noun is the noun's. */
const ABOUT_DONE = new Set(['SUPPORT', 'DISAPPROVE']);

/** The words between a verb and the head of its object: a determiner or a possessive, then up to three words ("the Shusha", "60-day tariff"). */
const OBJECT_WORDS =
  /^\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those|\p{Lu}[\p{L}'’.-]*(?:'s|’s))\s+)?(?:(?!(?:and|or|but|at|in|on|during|after|before|with|to|by|from|as|while|when|since|of|for|over|against|ahead)\s)[\p{L}\p{N}'’-]+\s+){0,3}$/iu;

/** A date told after a noun, in its phrase (no comma, stop or bracket between): "the attack on a shop in Malmö last Thursday", "the resumption of rail services … in December 2025". */
const DATE_OF_NOUN = /^[^,;.:()]{0,60}$/;

/** A trigger that names the object of a verbal act: the verb's category is the clause's. */
export type ObjectTrigger = Trigger & { objectOf?: Trigger };

/**
 * The triggers of a sentence, each that heads the object of a verbal act of another category before it marked `objectOf`: the act
 * is a verb (the tagger's) of `VERBAL`, and only a determiner and up to three words stand between. A noun of an act praised or
 * condemned whose date is told with it ("condemned the attack in Malmö last Thursday") stays a candidate: the date may be the attack's.
 * @example markObjects(text, s, [signed, declaration], dates)[1].objectOf === signed // "signed the Shusha Declaration on allied relations"
 */
export function markObjects(text: string, s: { start: number; end: number }, triggers: Trigger[], dates: TimeAnnotation[]): ObjectTrigger[] {
  if (triggers.length < 2) return triggers;
  let words: ReturnType<typeof tag> | undefined;
  const isVerb = (v: Trigger) => {
    words ??= tag(text.slice(s.start, s.end), s.start);
    return words.some((w) => w.pos === 'VERB' && w.start >= v.start && w.end <= v.end);
  };
  return triggers.map((t) => {
    const verb = triggers.find(
      (v) =>
        v !== t &&
        v.end <= t.start &&
        VERBAL.has(v.plover.type) &&
        v.plover.type !== t.plover.type &&
        OBJECT_WORDS.test(text.slice(v.end, t.start)) &&
        !(ABOUT_DONE.has(v.plover.type) && dates.some((d) => d.start >= t.end && DATE_OF_NOUN.test(text.slice(t.end, d.start)))) &&
        isVerb(v),
    );
    return verb ? { ...t, objectOf: verb } : t;
  });
}
