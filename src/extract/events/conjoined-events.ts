import type { EventActor, EventAnnotation, EventMode } from '../../model/annotation.js';
import { eventTypes, finderOf, type Trigger } from './event-types.js';
import { tag, type Token } from './predicate-finder.js';
import { besideMain } from './event-refiners.js';

/**
 * A cooperative act and an act of friction (`separateCategories`) told by verbs joined with
 * "and", each an event: "Ghana's government apologised and promised to rebuild the wall"
 * (CONCEDE, then AGREE), "Lima recalled its envoy and suspended the talks" is `coEvents`' (both
 * acts of friction, each told one by one). Two cooperative verbs are facets of one occasion
 * ("visited Hanoi and met the prime minister", "visited Tokyo and issued a joint statement":
 * one event), as are verbs of one PLOVER category. Verb phrases only: nouns joined by "and"
 * ("the visit and talks") are `partEvents`' to read, and so is a clause after a stop (";").
 * Runs after `coEvents` and `partEvents`, whose events it is given in `told` (cases: part-events.test.ts).
 */
export function conjoinedEvents(
  text: string,
  main: Omit<EventAnnotation, 'stage'>,
  pool: Trigger[],
  told: Omit<EventAnnotation, 'stage'>[],
  actorsOf: (t: Trigger) => EventActor[],
  modeOf: (t: Trigger) => EventMode,
): Omit<EventAnnotation, 'stage'>[] {
  const { separate } = eventTypes();
  const categories = new Set(told.map((e) => e.plover.type));
  const spans = told.map((e) => e.trigger);
  const sorted = [...pool].sort((a, b) => a.start - b.start);
  const candidates = sorted.filter((t) => !categories.has(t.plover.type) && !spans.some((o) => t.start < o.end && o.start < t.end));
  if (!candidates.length) return [];
  // The clause's words, tagged once (the verb finder tagged the same sentence just before: `tag` gives it again).
  const tokens = tag(text.slice(main.start, main.end), main.start);
  const out: Omit<EventAnnotation, 'stage'>[] = [];
  for (const t of candidates) {
    if (categories.has(t.plover.type)) continue;
    // The act before it: the nearest trigger told or in the pool that ends before it.
    const before = sorted.filter((o) => o.end <= t.start).pop();
    if (!before || separate.has(before.plover.type) === separate.has(t.plover.type) || !joinedVerbs(text, tokens, before, t)) continue;
    categories.add(t.plover.type);
    spans.push(t);
    out.push(besideMain(main, t, actorsOf, modeOf, `conjoined-${finderOf(t)}`));
  }
  return out;
}

/** Words that may stand between "and" and the second verb: "and also promised", "and then expelled". */
const AFTER_AND = /(?:^|[\s,])and\s+(?:(?:also|then|later|subsequently|immediately|swiftly)\s+)?$/i;

/**
 * Whether triggers a and b (a before b) open verb phrases joined by "and" in one clause: b's
 * first word right after "and" and a's first word both tagged as verbs, and no stop, bracket or
 * second "and" between them.
 */
function joinedVerbs(text: string, tokens: Token[], a: Trigger, b: Trigger): boolean {
  const between = text.slice(a.end, b.start);
  if (!AFTER_AND.test(between) || /[;:()"“”]/.test(between) || /\band\b[\s\S]*\band\b/i.test(between)) return false;
  const firstVerb = (t: Trigger) => tokens.find((k) => k.start === t.start)?.pos === 'VERB';
  return firstVerb(a) && firstVerb(b);
}
