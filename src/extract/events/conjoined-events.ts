import type { EventActor, EventAnnotation, EventMode } from '../../model/annotation.js';
import type { Span } from '../../model/document.js';
import { clauseCategory, eventTypes, findTriggers, finderOf, type Trigger } from './event-types.js';
import { tag, type Token } from '../nlp/tagger.js';
import { besideMain } from './event-refiners.js';
import { categoryOfLemma } from './plover-lemmas.js';
import { inflected } from './verb-finder.js';

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
  const categories = new Set(told.map((e) => clauseCategory(e.type, e.plover)));
  const spans = told.map((e) => e.trigger);
  const sorted = [...pool].sort((a, b) => a.start - b.start);
  const category = (t: Trigger) => clauseCategory(t.type.id, t.plover);
  const candidates = sorted.filter((t) => !categories.has(category(t)) && !spans.some((o) => t.start < o.end && o.start < t.end));
  // The clause's words, tagged once (the verb finder tagged the same sentence just before: `tag` gives it again).
  const tokens = tag(text.slice(main.start, main.end), main.start);
  const out: Omit<EventAnnotation, 'stage'>[] = [];
  for (const t of candidates) {
    if (categories.has(category(t))) continue;
    // The act before it: the nearest trigger told or in the pool that ends before it.
    const before = sorted.filter((o) => o.end <= t.start).pop();
    if (!before || separate.has(before.plover.type) === separate.has(t.plover.type) || !joinedVerbs(text, tokens, before, t)) continue;
    categories.add(category(t));
    spans.push(t);
    out.push(besideMain(main, t, actorsOf, modeOf, `conjoined-${finderOf(t)}`));
  }
  return [...out, ...untypedConjoined(text, main, sorted, [...spans, main.trigger, ...out.map((e) => e.trigger)], tokens, actorsOf, modeOf)];
}

/**
 * A verb joined by "and" to an act of friction told with an object of its own, that no trigger
 * types: an act of its own, of type `other` ("Iceland detained two trawlers in 2021 and
 * released their crews a month later"; "and said it would …" is a saying, `notEventVerbs`).
 * Only an inflected verb (a past or a third person, no gerund), so that a bare infinitive after "and" is none;
 * a verb whose lemma names a category is the verb finder's.
 */
function untypedConjoined(
  text: string,
  main: Omit<EventAnnotation, 'stage'>,
  sorted: Trigger[],
  told: Span[],
  tokens: Token[],
  actorsOf: (t: Trigger) => EventActor[],
  modeOf: (t: Trigger) => EventMode,
): Omit<EventAnnotation, 'stage'>[] {
  const { separate, notEventVerbs, types } = eventTypes();
  const other = types.find((t) => t.id === 'other');
  // Only an act of friction told as an event can come before the verb: without one, no clause needs its triggers found again.
  const isTold = (o: Trigger) => separate.has(o.plover.type) && told.some((x) => x.start === o.start && x.end === o.end);
  if (!other || !sorted.some(isTold)) return [];
  // Every trigger of the clause, also those the pool left out: a word a pattern names is no untyped verb (found when a verb first needs them).
  let taken: Span[] | undefined;
  const overlapsTaken = (k: Token) => (taken ??= [...sorted, ...told, ...findTriggers(text.slice(main.start, main.end), main.start)]).some((o) => k.start < o.end && o.start < k.end);
  const out: Omit<EventAnnotation, 'stage'>[] = [];
  for (const k of tokens) {
    if (k.pos !== 'VERB' || !inflected(text, k) || notEventVerbs.has(k.lemma) || categoryOfLemma(k.lemma, false)) continue;
    // The act before it: the nearest trigger that ends before it, itself told as an event.
    const before = sorted.filter((o) => o.end <= k.start).pop();
    if (!before || !isTold(before) || overlapsTaken(k)) continue;
    const t: Trigger = { type: other, priority: types.length, plover: other.plover, start: k.start, end: k.end, verb: true };
    // The first act's verb has an object of its own: words between its first word and "and".
    const verbEnd = tokens.find((o) => o.start === before.start)?.end ?? before.end;
    if (!/\p{L}/u.test(text.slice(verbEnd, k.start).replace(AFTER_AND, '')) || !joinedVerbs(text, tokens, before, t)) continue;
    // The second verb has an object of its own ("released their crews"), not a phrase of place ("advanced into the valley").
    const next = tokens.find((o) => o.start >= k.end);
    if (!next || !OBJECT_START.has(next.pos)) continue;
    // ", and drew …" after a clause of "since" or "after": the verb joins the sentence's first predicate, not the act before it.
    if (/,\s*and\s+\S*\s*$/.test(text.slice(before.end, k.start))) continue;
    // "summoned the envoy after balloons drifted in and forced …": a finite verb between joins the second verb to its own clause.
    if (tokens.some((o) => o.start >= verbEnd && o.end <= k.start && o.pos === 'VERB' && inflected(text, o))) continue;
    taken!.push(t);
    out.push(besideMain(main, t, actorsOf, modeOf, 'conjoined-act'));
  }
  return out;
}

/** Parts of speech that open a verb's direct object: "released their crews", "sent two craft", "expelled them". */
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

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
