import type { EntityMention, EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { eventTypes, type Trigger } from './event-types.js';
import { tag } from '../nlp/tagger.js';
import { undatedEvents } from './sentence-events.js';
import type { Span } from './date-ownership.js';

/**
 * A standing negation after a dated act (session 23): "A fisheries accord was signed in May 2019, but neither parliament
 * has ratified it", "opened a consulate in 1998 but has never appointed a resident ambassador". The clause tells a state
 * that holds from the act its sentence dates to the day the document was written, so it is dated from the one to the other
 * (`2019-05/2026-03-04`): a design choice, a denial of a state being true over the whole span, not on one day. A negated act
 * told in the simple past ("but did not return fire") is an act of that day, and a clause with a time of its own ("had not
 * met by 2019", "has not met since 2022") keeps it. A denial whose subject is an actor ("and Malawi has never ratified it")
 * is typed by the verb finder, which already dates its trigger by the sentence's date: it stays that date's negated act.
 */

type Event = Omit<EventAnnotation, 'stage'>;

/**
 * What denies a state that still holds: a perfect ("has not", "have never", "had not yet"), "never", "yet to", "not yet",
 * "neither … has", "none of … has", "has produced no", "without ever". Read in the clause, up to the trigger.
 */
const STANDING_NEGATION =
  /\b(?:(?:has|have|had)(?:\s+(?:also|still|so far|publicly|formally|officially))?\s+(?:not|never)|never|yet to|not yet|(?:neither|none)\b[^,;]*\b(?:has|have|had)|(?:has|have|had)\s+\p{L}+ed\s+no|without\s+ever)\b/iu;
/** What opens the clause a negation is told in after the dated act: a comma, a semicolon, "but", "although", "that" (", yet" by its comma). */
const CLAUSE_OPEN = /[,;]|\b(?:but|although|though|that|which)\b/gi;
/** A document's date at the precision it states: a year, a month or a day. */
const DOC_DATE = /^\d{4}(?:-\d\d(?:-\d\d)?)?$/;

/**
 * The negations of a sentence's dated acts that run to the document's date: a trigger no event of the sentence took, in a
 * clause after the act's that denies it as a standing state and holds no time of its own, becomes an event of its own,
 * negated, dated from the act's date to the document's (rule `+standing-negation`). An event whose own trigger is denied
 * keeps the date its sentence gave it ("has not recognised the government, which took power in August 2021": re-dating
 * such acts cost matches on the blind halves, session 23).
 * @example standingNegations(text, s, triggers, [signed 2019-05], times, ents, framing, '2026-03-04') // → [ratified 2019-05/2026-03-04]
 */
export function standingNegations(
  text: string,
  s: Sentence,
  triggers: Trigger[],
  told: Event[],
  dates: TimeAnnotation[],
  ents: EntityMention[],
  framing: Span[],
  documentDate: string | undefined,
): Event[] {
  const until = documentDate?.replace(/[?~%]$/, '');
  if (!until || !DOC_DATE.test(until)) return [];
  const spanTo = (from: string) => (from.includes('/') || from >= until ? undefined : `${from}/${until}`);
  const added: Event[] = [];
  const clauses = new Set<number>();
  for (const t of [...triggers, ...clauseVerbs(text, s, told)].sort((a, b) => a.start - b.start)) {
    if (told.some((e) => e.trigger.start < t.end && t.start < e.trigger.end)) continue;
    // The act dated before it in the sentence, told in another clause.
    const act = told.filter((e) => e.dateSource === 'sentence' && e.trigger.end <= t.start && !e.date.includes('/')).pop();
    if (!act) continue;
    const clause = clauseOf(text, s, t);
    if (clauses.has(clause.start) || clause.start < act.trigger.end || !STANDING_NEGATION.test(text.slice(clause.start, t.start))) continue;
    if (dates.some((d) => d.start < clause.end && clause.start < d.end)) continue;
    const date = spanTo(act.date);
    if (!date) continue;
    const [made] = undatedEvents(text, s, [t], ents, framing, t, date, 'context');
    if (!made) continue;
    clauses.add(clause.start);
    added.push({ ...made, mode: 'negated', rule: `${made.rule}+standing-negation` });
  }
  return added;
}

/** The clause of a sentence a trigger is told in: from the last clause opener before it to the next comma or semicolon after it. */
function clauseOf(text: string, s: Sentence, t: Span): Span {
  const before = [...text.slice(s.start, t.start).matchAll(CLAUSE_OPEN)].pop();
  const start = before ? s.start + before.index! : s.start;
  const close = text.slice(t.end, s.end).search(/[,;]/);
  return { start, end: close >= 0 ? t.end + close : s.end };
}

/**
 * The verbs of the vocabularies (hand-kept, then WordNet's) told after a sentence's first dated act, whatever their subject:
 * the denial names its act ("neither parliament has ratified it") though no state is its subject. Tagged only in a sentence
 * whose words after the act deny a standing state.
 */
function clauseVerbs(text: string, s: Sentence, told: Event[]): Trigger[] {
  const first = told.find((e) => e.dateSource === 'sentence');
  if (!first || !STANDING_NEGATION.test(text.slice(first.trigger.end, s.end))) return [];
  const { verbs, wordnet } = eventTypes();
  return tag(text.slice(s.start, s.end), s.start).flatMap((w) => {
    const entry = w.pos === 'VERB' && w.start >= first.trigger.end ? (verbs.lemmas.get(w.lemma) ?? wordnet.verbs.lemmas.get(w.lemma)) : undefined;
    return entry ? [{ type: entry.type, priority: entry.priority, plover: entry.plover, start: w.start, end: w.end, verb: true as const }] : [];
  });
}
