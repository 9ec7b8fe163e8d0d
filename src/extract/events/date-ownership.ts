import type { TimeAnnotation } from '../../model/annotation.js';
import type { Trigger } from './event-types.js';
import { FRAMING_WORDS } from './event-refiners.js';
import { reaches } from './enclosed-clauses.js';

/** Which date of a sentence each of its triggers belongs to (moved out of event-finder.ts in session 16). */

export type Span = { start: number; end: number };
export const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

/** The best trigger for a date: the closest one inside its clause, else the sentence's best. */
export function triggerFor(triggers: Trigger[], from: number, to: number, at: number): Trigger | undefined {
  const inside = triggers.filter((t) => t.start >= from && t.end <= to);
  const pool = inside.length ? inside : triggers;
  return [...pool].sort((a, b) => a.priority - b.priority || Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

/** The bracket a span is in, within a stretch of 300 characters around it. */
function bracketAround(text: string, span: Span): Span | undefined {
  let open = -1;
  for (let i = span.start - 1, depth = 0; i >= Math.max(0, span.start - 300); i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && depth-- === 0) {
      open = i;
      break;
    }
  }
  if (open < 0) return undefined;
  for (let i = span.end, depth = 0; i < Math.min(text.length, span.end + 300); i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth-- === 0) return { start: open, end: i + 1 };
  }
  return undefined;
}

/** Characters between two spans (0 when they touch or overlap). */
const gap = (a: Span, b: Span) => Math.max(0, a.start - b.end, b.start - a.end);

/**
 * Which date of a sentence each trigger belongs to: the nearest one. "The EU signed a framework
 * agreement in July 1995 (effective from June 1996)": "signed" dates to July 1995, "effective
 * from" to June 1996.
 */
export function ownedTriggers(text: string, triggers: Trigger[], dates: TimeAnnotation[], sentenceStart: number, contents: number[] = [], nounAnds: number[] = [], enclosed: Span[] = []): Trigger[][] {
  const owned: Trigger[][] = dates.map(() => []);
  // A date in a bracket speaks of the bracket and of what the bracket explains ("new flights
  // (from May 2002)"), not of a trigger after it ("… and visas for visitors"), unless the
  // bracket holds the date alone.
  const brackets = dates.map((d) => {
    const b = bracketAround(text, d);
    return b && b.end - b.start > d.end - d.start + 2 ? b : undefined;
  });
  for (const t of triggers) {
    // A date in a stretch commas set off ("…'s foreign minister, who visited Kampala in 2019, summoned …": `enclosed`,
    // `enclosed-clauses.ts`) is the stretch's own: it reaches no trigger after it (session 30).
    const reach = brackets.map((b, i) => (!b || inside(t, b) || (t.end <= b.start && b.start - t.end <= 2)) && reaches(t, dates[i]!, enclosed));
    let best = reach.indexOf(true);
    if (best < 0) continue;
    for (let i = best + 1; i < dates.length; i++) if (reach[i] && gap(t, dates[i]!) < gap(t, dates[best]!)) best = i;
    // "In 2007 Kenya opened a consulate and in 2008 …": a date after a clause break opens the
    // next clause; the trigger stays with the date that opened its own.
    const opener = dates.findLastIndex((d, i) => reach[i] && d.end <= t.start);
    // "… in December 1987, the withdrawal of troops from Cambodia in September 1989": likewise a
    // trigger after a clause break belongs to the date that closes its own clause ("… became independent on
    // 21 September 1981, and established relations ten years later, in 1991": the comma of the restated length is none).
    const closer = dates.findIndex((d, i) => reach[i] && d.start >= t.end);
    if (dates[best]!.start >= t.end && opener >= 0 && CLAUSE_BREAK.test(text.slice(t.end, dates[best]!.start))) best = opener;
    // Not when the date before opens the sentence ("Yesterday, the government summoned …"): it sets the whole clause.
    // Nor when a framing word sets the later date in a phrase of its own ("blamed each other … since a war last year").
    else if (
      dates[best]!.end <= t.start &&
      closer >= 0 &&
      !FRONTED.test(text.slice(sentenceStart, dates[best]!.start)) &&
      CLAUSE_BREAK.test(text.slice(dates[best]!.end, t.start)) &&
      !CLAUSE_BREAK.test(withoutNounAnds(text, t.end, dates[closer]!.start, nounAnds).replace(RESTATED_OFFSET, '')) &&
      !FRAMING_BEFORE.test(text.slice(t.end, dates[closer]!.start))
    )
      best = closer;
    // "summoned the envoy on Thursday and demanded the release of two rangers who were detained late on Tuesday": a date
    // inside a relative clause after the trigger is that clause's; the trigger keeps the date told before it (session 26).
    const relativeOpener = dates.findLastIndex((d, i) => reach[i] && d.end <= t.start);
    if (dates[best]!.start >= t.end && relativeOpener >= 0 && RELATIVE_OPEN.test(text.slice(t.end, dates[best]!.start)) && !CLAUSE_BREAK_STRONG.test(text.slice(dates[relativeOpener]!.end, t.start)))
      best = relativeOpener;
    // "Kazakhstan said on 3 May 2024 that it had closed two crossings in 2019": a trigger in a saying's content (`contents`:
    // where each begins) takes a date of the content, not the saying's told before it; with none it keeps the saying's. A date
    // after the trigger inside a relative clause is that clause's ("expelled two diplomats who had entered in 2019", session 28).
    const content = contents.findLast((c) => c <= t.start);
    if (content !== undefined && dates[best]!.end <= content) {
      const own = dates.flatMap((d, i) =>
        reach[i] &&
        d.start >= content &&
        (d.end <= t.start || (inContentAfter(text, t, d) && !NOUN_PHRASE_OF_CAUSE.test(text.slice(t.end, d.start)) && !RELATIVE_OPEN.test(text.slice(t.end, d.start))))
          ? [i]
          : [],
      );
      if (own.length) best = own.reduce((a, i) => (gap(t, dates[i]!) < gap(t, dates[a]!) ? i : a));
    }
    // A bracket right after a date speaks of it: "from 1988 (the year in which the law was enacted) to 2020".
    const bracketed = dates.findIndex((d) => d.end <= t.start && /^\s?\(/.test(text.slice(d.end, d.end + 2)) && !/\)/.test(text.slice(d.end, t.start)));
    owned[bracketed >= 0 ? bracketed : best]!.push(t);
  }
  return owned;
}

/** "summoned the envoy over the incident in March": a preposition opening a noun phrase the date may belong to. */
const NOUN_PHRASE_OF_CAUSE = /\b(?:over|for|about|against|amid|during|of)\b/i;

/**
 * A stretch of text with the "and"s that join two words of one noun phrase blanked (`nounAnds`, their offsets: "peace and
 * tranquillity"): they open no clause ("began talks in 1984 and signed an agreement on peace and tranquillity … in 1998").
 */
function withoutNounAnds(text: string, from: number, to: number, nounAnds: number[]): string {
  let out = text.slice(from, to);
  for (const a of nounAnds) if (a >= from && a + 3 <= to) out = `${out.slice(0, a - from)}   ${out.slice(a - from + 3)}`;
  return out;
}

/** Whether a date after a trigger stands in its clause: no clause break or framing word ("since", "after") between them. */
const inContentAfter = (text: string, t: Span, d: Span) => !CLAUSE_BREAK.test(text.slice(t.end, d.start).replace(RESTATED_OFFSET, '')) && !FRAMING_BEFORE.test(text.slice(t.end, d.start));

/**
 * A relative clause opening after a trigger's object and still open at the date that ends the stretch ("… two rangers who were
 * detained late on", "the boats, which had entered on"): no comma after its pronoun closes it before the date ("…, which Lima
 * ratified, on 3 May 2024": the date is the trigger's own again).
 */
const RELATIVE_OPEN = /\b(?:who|which|whom|whose)\b[^,)–—]*$/i;
/** What parts a trigger from a date told before it in another clause: a semicolon, a stop, "but", "while". */
const CLAUSE_BREAK_STRONG = /[;.]|\b(?:but|while|whereas)\b/;

/** A framing word ("since", "after" …) anywhere in a stretch. */
const FRAMING_BEFORE = new RegExp(`\\b(?:${FRAMING_WORDS})\\b`, 'i');
/** What may stand before a date that opens its sentence: "In", "On", "Early on", quotes and markup. */
const FRONTED = /^[\s"“'‘*_(]*(?:(?:in|on|at|by|early|late|then|and|but|so|also|later|earlier)\s+)*$/i;
/** "ten years later, in 1991": a date that restates a length counted from another, after its comma (session 20). */
const RESTATED_OFFSET = /\b(?:later|earlier|afterwards?)\s*,\s*(?:in|on)?\s*$/i;
/** A comma, "but", "while", or an "and" that does not join two names ("Emperor Akihito and Empress Michiko"). */
const CLAUSE_BREAK = /[,;]|\b(?:but|while|whereas)\b|(?<!\p{Lu}[\p{L}'’-]*\s+)\band\b|\band\b(?!\s+\p{Lu})/u;

/** Whether text closes a bracket it did not open and goes on into another ("…) and Y (…"). */
export function leavesBracket(between: string): boolean {
  const close = between.indexOf(')');
  return close >= 0 && between.slice(0, close).indexOf('(') < 0 && between.indexOf('(', close) > 0;
}

/** ", and that", "but that": a saying's second complement clause begins ("said Spain had no intention …, and that a meeting on 2 July would go ahead"). */
const NEXT_COMPLEMENT = /,\s+(?:and|but)\s+that\s+/g;

/**
 * The complement clauses of a saying, each a sentence of its own for dating: "Ibarrola said Spain
 * had no intention of recalling its ambassador, and that a meeting on 2 July would go ahead" tells
 * a refusal of the report's day and a meeting of 2 July; the date of one does not reach the other.
 * One clause, the sentence itself, when it has no such break.
 * @example reportedClauses('He said A, and that B.', { start: 0, end: 23, block: 0 }) // → [{ start: 0, end: 9, … }, { start: 9, end: 23, … }]
 */
export function reportedClauses<S extends Span>(text: string, s: S): S[] {
  const cuts = [...text.slice(s.start, s.end).matchAll(NEXT_COMPLEMENT)].map((m) => s.start + m.index!);
  if (!cuts.length) return [s];
  const bounds = [s.start, ...cuts, s.end];
  return bounds.slice(1).map((end, i) => ({ ...s, start: bounds[i]!, end }));
}
