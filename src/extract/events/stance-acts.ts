import type { TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { eventTypes, type Trigger } from './event-types.js';

/**
 * A statement's stance on an earlier act (session 35, issue 10): "The ministers welcomed the signing of the fisheries
 * agreement on 4 March", "Ghana condemns the attack of 29 May". GUIDELINES.md makes the statement an act of its own,
 * dated by the statement (its meeting, its report), and the act its object names another, dated by its own date. The
 * sentence's dates all lie in the object, so `datedEvents` gives the object's date to the sentence's one event; the
 * stance found here is the second act, which the event finder dates as a sentence with no date of its own.
 */

/** A stance verb found in a sentence: its trigger, and whether it is told in the present ("condemns", "we welcome"). */
export interface StanceAct {
  trigger: Trigger;
  present: boolean;
}

/** "and signed", "but later rejected": a verb coordinated after the stance's object, whose date is its own, not the object's. */
const COORDINATED = /\b(?:and|but|then)\s+(?:\p{L}+ly\s+)?(?:\p{L}{3,}ed|held|met|made|took|gave|sent|went|began|led|paid|won|set|struck|drew|sought|brought|fought|spoke|told|left|came|saw)\b/iu;
/** A bare form speaks only after a pronoun subject or an auxiliary ("we condemn", "would welcome", "did not welcome"): "a warm welcome", "to welcome" are none. */
const PRONOUN_BEFORE = /\b(?:we|they|i|would|will|could|should|might|may|did|does|do|not|never)\s+(?:\p{L}+ly\s+)?$/iu;
/** "the attack of 29 May", "the joint statement of 12 February 2026": a date of the object's noun. */
const OF_DATE = /\bof\s+(?:the\s+)?$/i;
/** "thanked the police for arresting a suspect on Friday": the act the stance is taken on, told by a gerund. */
const FOR_GERUND = /\bfor\s+\p{L}{3,}ing\b/iu;
/** "condemned that provocation on the same day": a date told from the act before, the stance's own. */
const SAME_DAY = /\b(?:same|that|next|following|previous)\s+(?:day|week|month|year)\b|\bat the time\b/i;
/** A relative clause inside the object: ", which met …", "that was signed …". */
const OWN_CLAUSE = /,\s*(?:which|who|whom|where)\b|\b(?:which|that|who)\s+(?:was\s+|were\s+|had\s+|has\s+|have\s+)?\p{L}{3,}ed\b/iu;
/** A participle phrase inside the object: "signed at", "opened in", "conducted by", "sent after". */
const PARTICIPLE = /\b\p{L}{3,}ed\s+(?:at|in|on|by|after|during|from|between|with)\b/iu;
/** How far the object's date may lie after the stance verb. */
const OBJECT_REACH = 160;

let compiled: RegExp | undefined;
/** The forms of `stanceVerbs` ("welcomed", "welcomes", "welcome") and "expressed … `stanceNouns`" ("expressed its deep concern"). */
function stancePattern(): RegExp {
  if (compiled) return compiled;
  const { stanceVerbs, stanceNouns } = eventTypes();
  const forms = [...stanceVerbs].map((l) => (l.endsWith('e') ? `${l.slice(0, -1)}(?:ed|es|e)` : /[^aeiou][aeiou][bdgmnprt]$/.test(l) ? `${l}(?:${l.at(-1)}ed|s)?` : `${l}(?:ed|s)?`));
  const nouns = [...stanceNouns].join('|');
  compiled = new RegExp(`\\b(?:${forms.join('|')}|express(?:ed|es)?\\s+(?:[\\p{L}'’]+\\s+){0,3}?(?:${nouns || '(?!)'}))\\b`, 'giu');
  return compiled;
}

/**
 * The stance a sentence's statement takes on an act its object dates: a verb of `stanceVerbs` (or "expressed" a noun of
 * `stanceNouns`) with no date of the sentence before it, the first date after it within its object (no semicolon, no verb
 * coordinated after "and"/"but" between them), told neither as a passive participle ("welcomed by") nor as a bare form
 * without a pronoun subject. Undefined when the sentence has none.
 * @example stanceAct(text, s, dates, triggers) // "The Leaders condemned the bombing in Yala on 3 October 2026." → "condemned", past
 */
export function stanceAct(text: string, s: Sentence, dates: TimeAnnotation[], triggers: Trigger[], meeting = false): StanceAct | undefined {
  if (!dates.length) return undefined;
  const first = dates.reduce((a, b) => (b.start < a.start ? b : a));
  const pattern = stancePattern();
  pattern.lastIndex = 0;
  const sentence = text.slice(s.start, first.start);
  for (const m of sentence.matchAll(pattern)) {
    const start = s.start + m.index!;
    const end = start + m[0].length;
    const word = m[0].split(/\s/)[0]!.toLowerCase();
    // "welcomed by Ghana": a participle; "thanks to Japanese aid": no verb.
    if (/^\s+by\b/i.test(text.slice(end, end + 4)) || (word === 'thanks' && /^\s+to\b/i.test(text.slice(end, end + 4)))) continue;
    const past = word.endsWith('ed');
    const bare = !past && !word.endsWith('s');
    if (bare && !PRONOUN_BEFORE.test(text.slice(Math.max(s.start, start - 30), start))) continue;
    const between = text.slice(end, first.start);
    if (between.length > OBJECT_REACH || between.includes(';') || COORDINATED.test(between) || SAME_DAY.test(first.text)) return undefined;
    // "welcomed the work of the Joint Commission, which met in May 2026", "the agreements signed at Bintan in January 2022": the
    // date is a clause's of its own inside the object, which the enclosed-clause dating tells; the object is a thing, no act.
    if (OWN_CLAUSE.test(between) || PARTICIPLE.test(between)) return undefined;
    // The date is the object's when the object names an act: a trigger of its own ("the signing of …", "the bombing"), a date
    // of its noun ("the attack of 29 May"), or a gerund ("for arresting a suspect on Friday"). "Ghana welcomed the decision in
    // May 2019" names none: May 2019 is the welcome's. A joint statement speaks for its meeting: there every stance is the
    // meeting's ("congratulated Laos on its ASEAN Chairmanship in 2024").
    const objectAct = meeting || triggers.some((t) => t.start >= end && t.end <= first.start) || OF_DATE.test(between) || FOR_GERUND.test(between);
    if (!objectAct) return undefined;
    const other = eventTypes().types.find((t) => t.id === 'other');
    const own = triggers.find((t) => t.start < end && start < t.end);
    const trigger = own ?? (other ? { type: other, priority: eventTypes().types.length, plover: other.plover, start, end } : undefined);
    return trigger ? { trigger, present: !past } : undefined;
  }
  return undefined;
}
