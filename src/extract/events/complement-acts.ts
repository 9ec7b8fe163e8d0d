import type { EntityMention, EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { eventTypes, type Trigger } from './event-types.js';
import { undatedEvents } from './sentence-events.js';

/**
 * The act whose complement holds the only date of its sentence (session 24): "The two sides agreed
 * to hold the next dialogue in the first quarter of 2027", "invited the President to pay a state
 * visit in 2027", "thanked India for its assistance in the evacuation in June 2026". The date is the
 * planned or thanked act's, which keeps it; the agreeing, inviting or thanking was done when the
 * text speaks (its paragraph's date, else the report's day, a joint statement's days), and is an
 * event of its own beside it (rule `+complement-act`).
 */

type Span = { start: number; end: number };
type Told = Omit<EventAnnotation, 'stage'>;

/**
 * A verb and the words that open its complement, each a case of the rule:
 * - a plan: "agreed to hold", "decided to set up", "undertook to examine", "invited the President … to pay";
 * - a past act thanked or praised: "thanked India for its assistance", "expressed appreciation for India's support".
 */
const COMPLEMENT_OPENERS: { name: string; pattern: RegExp }[] = [
  { name: 'plan', pattern: /\b(agreed|decided|undertook|resolved)\s+to\s+\p{L}+/giu },
  // The invited (at most eight words, no clause break) stands between the verb and "to".
  { name: 'invitation', pattern: /\b(invited)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,8}?to\s+(?!the\b)\p{Ll}+/giu },
  { name: 'thanks', pattern: /\b(thanked)\s+(?:[\p{L}'’.-]+\s+){1,4}?for\s+/giu },
  { name: 'appreciation', pattern: /\b(expressed\s+(?:its\s+|their\s+|his\s+|her\s+|deep\s+|sincere\s+)*(?:appreciation|gratitude))\s+(?:to\s+(?:[\p{L}'’.-]+\s+){1,4}?)?for\s+/giu },
];

/**
 * What ends a complement before a date: a stop, a semicolon, a colon, a comma (but one before "which" or "including": the
 * complement goes on), or "and" before a past form (another verb).
 */
const COMPLEMENT_END = /[.;:!?]|,(?!\s+(?:(?:the\s+\p{L}+\s+of\s+)?which|including)\b)|\band\s+\p{Ll}+ed\b/u;

/** The verb and where its complement opens, when the date lies in that complement within the clause. */
function governingVerb(text: string, s: Sentence, d: Span): { verb: Span; name: string } | undefined {
  const before = text.slice(s.start, d.start);
  let found: { verb: Span; name: string } | undefined;
  for (const { name, pattern } of COMPLEMENT_OPENERS) {
    for (const m of before.matchAll(pattern)) {
      const open = m.index + m[0].length;
      if (COMPLEMENT_END.test(before.slice(m.index + m[1]!.length, open)) || COMPLEMENT_END.test(before.slice(open))) continue;
      const verb = { start: s.start + m.index, end: s.start + m.index + m[1]!.length };
      if (!found || verb.start > found.verb.start) found = { verb, name };
    }
  }
  return found;
}

/**
 * Whether every date of a sentence that dates an act lies in a verb's complement: then the verb is
 * undated by the sentence, and told when the text speaks.
 * @example complementVerb('They agreed to hold talks in March 2027.', s, [march2027]) // → { verb: 'agreed', name: 'plan' }
 */
export function complementVerb(text: string, s: Sentence, dates: TimeAnnotation[]): { verb: Span; name: string } | undefined {
  const verbs = dates.map((d) => governingVerb(text, s, d));
  const first = verbs[0];
  return first && verbs.every((v) => v && v.verb.start === first.verb.start) ? first : undefined;
}

/** How many days before the report a day its paragraph tells may still be the day the text speaks of ("yesterday our ministry hosted …"). */
const SPOKEN_DAYS = 7;

/**
 * When a sentence of block `block` speaks: the day its paragraph told, when that is a day of the
 * week up to the report ("Yesterday the ministry hosted talks. They agreed to …"); else the
 * report's day (a joint statement's days, once `dateline-span.ts` has read them); with no report
 * day, the date of its paragraph or the one before.
 * @example spokenDate({ edtf: '2026-09-14', block: 3 }, 3, '2026-09-15') // → { edtf: '2026-09-14', source: 'context' }
 */
export function spokenDate(last: { edtf: string; block: number } | undefined, block: number, published: string | undefined): { edtf: string; source: 'context' | 'document' } | undefined {
  if (!published) return last && last.block >= block - 1 ? { edtf: last.edtf, source: 'context' } : undefined;
  const ago = last && last.block === block && /^\d{4}-\d\d-\d\d$/.test(last.edtf) ? (Date.parse(published) - Date.parse(last.edtf)) / 86_400_000 : -1;
  return ago >= 0 && ago <= SPOKEN_DAYS ? { edtf: last!.edtf, source: 'context' } : { edtf: published, source: 'document' };
}

/**
 * The act of the verb whose complement holds the sentence's dates, dated by `date` (its paragraph's
 * or the report's), when no event of the sentence already has that verb for trigger.
 */
export function complementActs(
  text: string,
  s: Sentence,
  dates: TimeAnnotation[],
  told: Told[],
  ents: EntityMention[],
  framing: Span[],
  date: { edtf: string; source: 'context' | 'document' } | undefined,
): Told[] {
  if (!date || !dates.length) return [];
  const found = complementVerb(text, s, dates);
  if (!found) return [];
  const { verb } = found;
  // The verb already dates an event of its own (a trigger or a predicate read it).
  if (told.some((e) => e.trigger.start <= verb.start && verb.end <= e.trigger.end && !dates.some((d) => e.date === d.edtf))) return [];
  const other = eventTypes().types.find((t) => t.id === 'other');
  if (!other) return [];
  const trigger: Trigger = { type: other, priority: eventTypes().types.length, plover: other.plover, start: verb.start, end: verb.end };
  return undatedEvents(text, s, [trigger], ents, framing, trigger, date.edtf, date.source)
    .slice(0, 1)
    .map((e) => ({ ...e, mode: 'asserted', rule: `${e.rule}+complement-act:${found.name}` }));
}
