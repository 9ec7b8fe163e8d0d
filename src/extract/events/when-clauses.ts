import type { EntityMention, EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import type { Trigger } from './event-types.js';
import { datesEvent, eventDate } from './event-dates.js';
import { triggerFor } from './date-ownership.js';
import { clauseEvents } from './sentence-events.js';

type Span = { start: number; end: number };

/** ", when" right after a time: the clause it opens tells what happened then. */
const WHEN = /^\s*,\s*when\s/i;
/** Where a when-clause ends: the next semicolon, or the end of the sentence. */
const CLAUSE_END = /;/;
/** A calendar value a period's bound may give (a year, a month, a day). */
const CALENDAR = /^\d{4}(?:-\d{2}){0,2}$/;

/** The date a time gives the when-clause after it: its own, or the bound of the period it opens or closes ("since 2022", "until 1971"). */
function whenDate(t: TimeAnnotation): string | undefined {
  if (datesEvent(t)) return eventDate(t);
  return t.granularity === 'open' && CALENDAR.test(t.timex.value) ? t.timex.value : undefined;
}

/** The when-clauses of a sentence: each time that dates one (a date or a period's bound, then ", when"), with the clause up to a semicolon. */
function whenClauses(text: string, s: Sentence, times: TimeAnnotation[]): { date: string; clause: Sentence }[] {
  const out: { date: string; clause: Sentence }[] = [];
  for (const t of times) {
    const date = whenDate(t);
    const opened = date && WHEN.exec(text.slice(t.end, s.end));
    if (!date || !opened) continue;
    const start = t.end + opened[0].length;
    const stop = CLAUSE_END.exec(text.slice(start, s.end));
    out.push({ date, clause: { start, end: stop ? start + stop.index : s.end, block: s.block } });
  }
  return out;
}

/**
 * Whether a time of the sentence opens a when-clause that `whenActs` reads: without one it finds nothing, so its callers
 * need not find the sentence's verbs for it (tagging them is the cost).
 * @example opensWhenClause('Relations lapsed until 1971, when Dhaka reopened its mission.', sentence, times) // → true when "1971" is a time of it
 */
export function opensWhenClause(text: string, s: Sentence, times: TimeAnnotation[]): boolean {
  return whenClauses(text, s, times).length > 0;
}

/**
 * Acts told in a when-clause right after a time ("Costa Rica has had no ambassador in Managua since
 * 2023, when it withdrew its envoy"; "Pakistan and Bangladesh were one state until 1971, when
 * Bangladesh seceded"; "relations were established in 1960, when Nigeria became independent"): the
 * clause tells an act of that date (a period's bound for "since" and "until"), which the sentence's
 * main clause, a state or a period, does not. Its act is the best-ranked trigger inside it, else its
 * predicate (`predicate`); none when an event told for the sentence already has its trigger there.
 * Rule `+when-clause`.
 */
export function whenActs(
  text: string,
  s: Sentence,
  times: TimeAnnotation[],
  triggers: Trigger[],
  ents: EntityMention[],
  framing: Span[],
  told: Omit<EventAnnotation, 'stage'>[],
  predicate: (clause: Sentence) => Trigger | undefined,
): Omit<EventAnnotation, 'stage'>[] {
  const out: Omit<EventAnnotation, 'stage'>[] = [];
  for (const { date, clause } of whenClauses(text, s, times)) {
    if (told.some((e) => e.trigger.start >= clause.start && e.trigger.start < clause.end)) continue;
    // Not a trigger of a framing phrase inside it ("when Bangladesh seceded after a war of independence": the secession).
    const own = triggers.filter((x) => x.start >= clause.start && x.end <= clause.end && !framing.some((f) => f.start <= x.start && x.start < f.end));
    const trigger = own.length ? triggerFor(own, clause.start, clause.end, clause.start)! : predicate(clause);
    if (!trigger) continue;
    out.push(...clauseEvents(text, s, clause, own.length ? own : [trigger], ents, framing, trigger, date, 'sentence', 'when-clause'));
  }
  return out;
}
