import type { EventAnnotation } from '../../model/annotation.js';
import { eventTypes, type Trigger } from './event-types.js';
import { inside, type Span } from './date-ownership.js';

/**
 * The act a news report's lede gives as the cause of its own, in an "after" phrase (session 20):
 * "Iran closed the crossing on Wednesday … after a night-time exchange of fire". The phrase
 * frames the main act and dates nothing (`outsideFraming`), so the cause was told by no event,
 * or by the main act's day; the body tells it again with its own day ("The clash broke out late
 * on Monday"). TimeML's narrative reading: the caused act is the report's, the cause the earlier
 * time the body gives it. Only when the body tells an act of the same PLOVER category (not OTHER,
 * and none the lede tells already) dated by its own sentence to a day of the week before the
 * report (a lede's cause is news too: "in May" or "last year" tells background); else the phrase
 * stays background. A headline's "after" phrase ("summons envoy after soldiers detain rangers")
 * is not read so: with it a blind part fell (its items are not read, so why is not known).
 */

type Event = Omit<EventAnnotation, 'stage'>;

/** A trigger of a lede inside an "after" phrase, with the event it would make once dated. */
export interface AfterAct {
  /** The lede: the body after it tells the act again. */
  start: number;
  end: number;
  trigger: Trigger;
  make: (date: string) => Event | undefined;
}

/** How far before the report a cause told in its lede may be, in days. */
const WEEK = 7;
/** Days from a day to the report (Infinity for a month, a year, an interval or a later day). */
function daysBefore(date: string, published: string): number {
  if (!/^\d{4}-\d\d-\d\d$/.test(date)) return Infinity;
  const days = (Date.parse(published) - Date.parse(date)) / 86_400_000;
  return days >= 1 ? days : Infinity;
}

/**
 * The triggers inside a sentence's "after" phrases that no event of the sentence told, when the phrase names an actor
 * (`actors`: "after Belarus sentenced a journalist") or a body of a state (`subjectBodies`: "after an exchange of fire
 * between border guards"): "after clashes between traders" tells no act of a state.
 */
export function afterTriggers(text: string, framing: Span[], every: Trigger[], told: Trigger[], actors?: Span[]): Trigger[] {
  const { subjectBodies } = eventTypes();
  const ofState = (f: Span) =>
    !actors ||
    actors.some((a) => inside(a, f)) ||
    (
      text
        .slice(f.start, f.end)
        .toLowerCase()
        .match(/\p{L}+/gu) ?? []
    ).some((w) => subjectBodies.has(w));
  const after = framing.filter((f) => /^after\b/i.test(text.slice(f.start, f.start + 6)) && ofState(f));
  return every.filter((t) => !told.includes(t) && after.some((f) => inside(t, f)));
}

/**
 * Events of the "after" acts, each dated by the first body event of its category dated by its own
 * sentence before the report; one per category (the first trigger of each).
 * @example an AfterAct for "detain" (COERCE) and a body event COERCE of 2026-03-10 → the detention dated 2026-03-10
 */
export function datedAfterActs(acts: AfterAct[], events: Event[], published: string): Event[] {
  const out: Event[] = [];
  const seen = new Set<string>();
  for (const a of acts) {
    const key = `${a.end}:${a.trigger.plover.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // An act of the category the lede already tells is told there: "summoned … after … protests" is one protest.
    if (a.trigger.plover.type === 'OTHER' || events.some((e) => e.start === a.start && e.plover.type === a.trigger.plover.type)) continue;
    const told = events.find((e) => e.start >= a.end && e.dateSource === 'sentence' && e.plover.type === a.trigger.plover.type && daysBefore(e.date, published) <= WEEK);
    const made = told && a.make(told.date);
    if (made) out.push({ ...made, rule: `${made.rule}+after-act` });
  }
  return out;
}
