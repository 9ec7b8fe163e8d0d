import type { EntityMention, EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import type { Trigger } from './event-types.js';
import { datesEvent, eventDate } from './event-dates.js';
import { triggerFor } from './date-ownership.js';
import { clauseEvents } from './sentence-events.js';

type Span = { start: number; end: number };
type Told = Omit<EventAnnotation, 'stage'>;

/** Where a coordinate clause opens: ", and", ", but", ", while", ", whereas" or a semicolon, then its subject. */
const OPENER = /(?:,\s*(?:and|but|while|whereas)|;)\s+(?:then\s+|later\s+)?/gi;
/** A present perfect right before the clause's act: "has not accepted", "have long opposed". */
const PERFECT = /\b(?:has|have)\s+(?:\w+\s+){0,2}$/i;
/** Kinds of entity that may be a clause's subject: the doers of acts. */
const ACTOR_KINDS = new Set(['country', 'person', 'organisation', 'group']);
/** Words that may open a subject before its actor's name: "the" only ("the Zambian government" when the name is the actor's mention). */
const BEFORE_NAME = /^(?:the\s+)?$/i;

/**
 * The coordinate clauses of a sentence that each open with an actor for subject ("Peru built a
 * customs post on the lake in 1911, and Bolivia protested"; "Zambia recalled its envoy; Malawi
 * expelled two diplomats"): the spans from the sentence's start and from each opener whose next
 * words are an actor's name.
 */
function coordinateClauses(text: string, s: Sentence, ents: EntityMention[]): Span[] {
  const opens = [s.start];
  const sentence = text.slice(s.start, s.end);
  for (const m of sentence.matchAll(OPENER)) {
    const at = s.start + m.index! + m[0].length;
    const subject = ents.find((e) => ACTOR_KINDS.has(e.kind) && e.start >= at && BEFORE_NAME.test(text.slice(at, e.start)));
    if (subject) opens.push(m.index! + s.start);
  }
  return opens.map((start, k) => ({ start, end: opens[k + 1] ?? s.end }));
}

/**
 * Acts of a dated sentence's coordinate clauses that no event of it tells: each clause with an
 * actor of its own for subject is an act of its own, dated as the sentence's act nearest it
 * ("Chile founded a settlement on the strait in 1843, and Argentina protested": the founding and
 * the protest, both of 1843). Its act is the best-ranked trigger inside it outside a framing phrase
 * (a clause no trigger types gives nothing: its bare predicate, tried, gave more extras than acts on
 * blind text); none for a clause that states a date other than that one (its own date's events are
 * the sentence's), one told in the present perfect, nor a sentence of one clause. Rule `+coordinate`.
 */
export function coordinateActs(text: string, s: Sentence, stated: TimeAnnotation[], triggers: Trigger[], ents: EntityMention[], framing: Span[], told: Told[]): Told[] {
  const dated = told.filter((e) => e.dateSource !== 'document');
  if (!dated.length) return [];
  const clauses = coordinateClauses(text, s, ents);
  if (clauses.length < 2) return [];
  const out: Told[] = [];
  for (const c of clauses) {
    if (told.some((e) => e.trigger.start >= c.start && e.trigger.start < c.end)) continue;
    const nearest = dated.reduce((a, b) => (distance(b.trigger, c) < distance(a.trigger, c) ? b : a));
    if (stated.some((t) => t.start >= c.start && t.end <= c.end && datesEvent(t) && eventDate(t) !== nearest.date)) continue;
    const clause = { ...c, block: s.block };
    const own = triggers.filter((x) => x.start >= c.start && x.end <= c.end && !framing.some((f) => f.start <= x.start && x.start < f.end));
    if (!own.length) continue;
    const trigger = triggerFor(own, c.start, c.end, c.start)!;
    // "…; Pakistan has not accepted these claims": the present perfect tells how things stand now, not an act of the sentence's date.
    if (PERFECT.test(text.slice(c.start, trigger.start))) continue;
    out.push(...clauseEvents(text, s, clause, own, ents, framing, trigger, nearest.date, nearest.dateSource, 'coordinate'));
  }
  return out;
}

/** How far a trigger stands from a clause (0 inside it). */
function distance(t: Span, c: Span): number {
  return t.start >= c.end ? t.start - c.end : t.end <= c.start ? c.start - t.end : 0;
}
