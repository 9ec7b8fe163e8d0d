import type { EntityMention, EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import type { Trigger } from './event-types.js';
import { inside, triggerFor, type Span } from './date-ownership.js';
import { ACTOR_KINDS } from './event-occasions.js';
import { OFFSET_BEFORE } from './event-framing.js';
import { clauseEvents } from './sentence-events.js';

type Told = Omit<EventAnnotation, 'stage'>;

/** A framing phrase that opens a clause of cause: "after Bolivia closed the pass", "following Lima's refusal". */
const AFTER = /^(?:after|following)\s+/i;
/** Words that may open the clause's subject before its actor's name: "the", a title ("President", "Foreign Minister"). */
const BEFORE_NAME = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
/** Between the subject's name and its verb: a possessive and the subject's noun, at most three words ("'s mayor", "prosecutors", "Foreign Minister"). */
const SUBJECT_REST = /^(?:['’]s)?(?:\s+[\p{L}-]+){0,3}\s+$/u;
/** The unit of a length right before "after" ("two days after", "a few months after", "half a year after"). */
const LENGTH_UNIT = /\b(day|week|month|year)s?\s+$/i;
/** How many EDTF fields each unit of a length is finer than: a length of days stays within a month or a year, one of months within a year. */
const UNIT_FIELDS: Record<string, number> = { day: 3, week: 3, month: 2, year: 1 };

/**
 * Whether a length before the phrase ("two days after", "a few months after") sets it at another
 * time than the main act's date: unless the length is finer than that date ("in May 2023 …, days
 * after …" is still May 2023).
 */
function setApart(text: string, f: Span, date: string, from: number): boolean {
  const before = text.slice(Math.max(from, f.start - 30), f.start);
  if (!OFFSET_BEFORE.test(before)) return false;
  const unit = LENGTH_UNIT.exec(before)?.[1]?.toLowerCase();
  return !unit || UNIT_FIELDS[unit]! <= date.split('/')[0]!.split('-').length;
}

/**
 * Acts told in a clause of cause inside a dated sentence ("Poland closed the crossing in February
 * 2023 after Belarus sentenced a journalist"): the "after" phrase frames the main act and dates
 * nothing of its own (`outsideFraming`), so the act it tells was told by no event. When the phrase
 * is a clause — an actor for subject right after "after", then, past its noun, a trigger or else a verb (the
 * clause's predicate, an act of type `other`) — its act
 * is an event of its own, dated as the sentence's act nearest it at that act's precision (a
 * reader dates the cause with its effect: both "in February 2023"). Not a phrase with a date of
 * its own (its events are the sentence's), one holding a trigger an event already tells, a noun
 * phrase ("after the 2019 election": no actor subject with a verb), nor one set off by a length no
 * finer than the main act's date ("two days after" a day, "a few months after" a month), which
 * tells another time. Rule `+after-clause`.
 */
export function afterClauseActs(
  text: string,
  s: Sentence,
  stated: TimeAnnotation[],
  triggers: Trigger[],
  ents: EntityMention[],
  framing: Span[],
  told: Told[],
  predicate: (clause: Sentence) => Trigger | undefined,
): Told[] {
  const dated = told.filter((e) => e.dateSource !== 'document');
  if (!dated.length) return [];
  const out: Told[] = [];
  for (const f of framing) {
    const head = AFTER.exec(text.slice(f.start, f.end));
    if (!head || stated.some((t) => inside(t, f)) || told.some((e) => inside(e.trigger, f))) continue;
    const at = f.start + head[0].length;
    const subject = ents.find((e) => ACTOR_KINDS.has(e.kind) && e.start >= at && BEFORE_NAME.test(text.slice(at, e.start)));
    if (!subject) continue;
    const verb = (t: Trigger) => t.start >= subject.end && t.end <= f.end && SUBJECT_REST.test(text.slice(subject.end, t.start));
    const trigger = triggerFor(triggers.filter(verb), subject.end, f.end, subject.end) ?? predicate({ start: subject.start, end: f.end, block: s.block });
    // "after Bolivia's closure of the pass": a possessive doer and an event noun tell an act as a clause does.
    if (!trigger || !verb(trigger)) continue;
    const nearest = dated.reduce((a, b) => (Math.abs(b.trigger.start - f.start) < Math.abs(a.trigger.start - f.start) ? b : a));
    if (setApart(text, f, nearest.date, s.start)) continue;
    out.push(...clauseEvents(text, s, { ...f, block: s.block }, [trigger], ents, [], trigger, nearest.date, nearest.dateSource, 'after-clause'));
  }
  return out;
}
