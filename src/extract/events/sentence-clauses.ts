import type { EntityMention, EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import type { Trigger } from './event-types.js';
import { datesEvent, eventDate } from './event-dates.js';
import { inside, triggerFor, type Span } from './date-ownership.js';
import { tag, type Token } from '../nlp/tagger.js';
import { clauseEvents } from './sentence-events.js';

type Told = Omit<EventAnnotation, 'stage'>;

/**
 * How a clause stands to the sentence: its first (`main`); joined by a coordinator or a semicolon with a subject of
 * its own (`coordinate`); opened by a subordinator (`subordinate`); opened by a relative pronoun (`relative`).
 */
export type ClauseKind = 'main' | 'coordinate' | 'subordinate' | 'relative';
export interface Clause extends Span {
  kind: ClauseKind;
}

/** Subordinators that open a clause of time, cause or concession (a clause only when a subject and a finite verb follow). */
const SUBORDINATORS = /^(?:after|when|before|since|until|because|although|though|while|whereas|once)$/i;
/** Relative pronouns after a comma: "…, which Japan funded", "…, who later resigned". */
const RELATIVES = /^(?:which|who|whom)$/i;
/** Coordinators that open a clause of its own after a comma: ", and Bolivia protested", ", but Lima refused". */
const COORDINATORS = /^(?:and|but|yet)$/i;
/** Parts of speech a clause's subject may hold before its finite verb: "the Kazakh side", "Peru and Brazil". */
const IN_SUBJECT = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON', 'ADV', 'CCONJ', 'PART', 'AUX', 'ADP', 'PUNCT']);

/**
 * Whether a subject and a finite verb open the words from `from`: at most eight words of a noun phrase (or a time
 * phrase before it: "in May 2023 Finland relocated") and then a verb or an auxiliary, none of them a stop.
 */
export function opensClause(text: string, tokens: Token[], from: number): boolean {
  let nouns = 0;
  for (let i = from; i < tokens.length && i < from + 9; i++) {
    const t = tokens[i]!;
    const word = text.slice(t.start, t.end);
    // "after the 2014 election and named an envoy": a verb after "and" is the first clause's, joined to its verb.
    if (t.pos === 'VERB' || t.pos === 'AUX') return nouns > 0 && !/ing$/i.test(word) && tokens[i - 1]!.pos !== 'CCONJ';
    if (!IN_SUBJECT.has(t.pos) || /^[;:()]$/.test(word)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM') nouns++;
  }
  return false;
}

/**
 * The clauses of a sentence by its structure (wink-nlp's tags): a clause opens at a semicolon, at a coordinator after a
 * comma, or at a subordinator, when a subject and a finite verb follow; and at a relative pronoun after a comma. A
 * clause runs to the next opening; a relative clause opened after a comma closes at the next comma, and the clause it
 * interrupted resumes after it. The same sentence gives the same clauses (tagging is cached).
 * @example clausesOf('Chile closed the pass in 2019; Peru protested.', s) // → [{ kind: 'main', … }, { kind: 'coordinate', start: 30, … }]
 */
export function clausesOf(text: string, s: Span): Clause[] {
  const tokens = tag(text.slice(s.start, s.end), s.start);
  const opens: Clause[] = [{ start: s.start, end: s.end, kind: 'main' }];
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const word = text.slice(t.start, t.end);
    const before = text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end);
    let kind: ClauseKind | undefined;
    let from = i + 1;
    if (word === ';') kind = 'coordinate';
    else if (COORDINATORS.test(word) && before === ',') kind = 'coordinate';
    else if (SUBORDINATORS.test(word) && (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'ADV')) kind = 'subordinate';
    else if (RELATIVES.test(word) && before === ',') {
      kind = 'relative';
      from = i;
    }
    if (!kind) continue;
    // ", and then", "; and in September": words that may stand between the opening and the subject.
    while (from < tokens.length && /^(?:and|then|later|but)$/i.test(text.slice(tokens[from]!.start, tokens[from]!.end))) from++;
    if (kind !== 'relative' && !opensClause(text, tokens, from)) continue;
    if (kind === 'relative' && !opensClause(text, tokens, i + 1) && tokens[i + 1]?.pos !== 'VERB' && tokens[i + 1]?.pos !== 'AUX') continue;
    opens.push({ start: t.start, end: s.end, kind });
  }
  return opens.flatMap((c, k): Clause[] => {
    const end = opens[k + 1]?.start ?? s.end;
    // "Peru's foreign minister, who was born in Cusco in 1961, visited Brasília …": a relative clause opened after a comma
    // closes at the next comma; the words after it go back to the clause it interrupted (review fix, session 28).
    const comma = c.kind === 'relative' ? tokens.find((x) => x.start > c.start && x.end <= end && text.slice(x.start, x.end) === ',') : undefined;
    if (!comma) return [{ ...c, end }];
    const interrupted = opens.slice(0, k).findLast((o) => o.kind !== 'relative')?.kind ?? 'main';
    return [
      { ...c, end: comma.start },
      { start: comma.start, end, kind: interrupted },
    ];
  });
}

/**
 * Acts of a sentence's clauses that no event of it tells (issue 10: several acts in one sentence are several events).
 * Each clause that holds no told event's trigger is read on its own: its act is the best-ranked trigger inside it
 * (outside a framing phrase), else its predicate (`predicate`: the predicate finder on the clause). It is dated by the
 * date it states, else, when coordinate, by the sentence's act nearest it; a subordinate or relative clause with no
 * date of its own gives nothing (its time is the main clause's or another one). Rule `+clause`.
 */
export function clauseActs(
  text: string,
  s: Sentence,
  stated: TimeAnnotation[],
  triggers: Trigger[],
  ents: EntityMention[],
  framing: Span[],
  told: Told[],
  predicate: (clause: Sentence, dates: TimeAnnotation[]) => Trigger | undefined,
): Told[] {
  const dated = told.filter((e) => e.dateSource !== 'document');
  if (!dated.length) return [];
  const clauses = clausesOf(text, s);
  if (clauses.length < 2) return [];
  const out: Told[] = [];
  for (const c of clauses) {
    if (c.kind === 'main' || [...told, ...out].some((e) => inside(e.trigger, c) || (e.trigger.start < c.start && c.start < e.trigger.end))) continue;
    const own = stated.filter((t) => inside(t, c) && datesEvent(t));
    if (own.length > 1) continue;
    if (!own.length && c.kind !== 'coordinate') continue;
    const clause = { ...c, block: s.block };
    const pool = triggers.filter((x) => inside(x, c) && !framing.some((f) => f.start <= x.start && x.start < f.end));
    const trigger = pool.length ? triggerFor(pool, c.start, c.end, c.start)! : predicate(clause, own);
    if (!trigger) continue;
    const nearest = dated.reduce((a, b) => (distance(b.trigger, c) < distance(a.trigger, c) ? b : a));
    const date = own.length ? eventDate(own[0]!) : nearest.date;
    // "Latvia does not recognise the breakaway republic, which declared independence in 2008": the clause's date was taken by an act outside it.
    if (own.length && dated.some((e) => e.date === date)) continue;
    // "…, but it has met only twice": the present perfect tells how things stand now, not an act of the sentence's date.
    if (!own.length && PERFECT.test(text.slice(c.start, trigger.start))) continue;
    out.push(...clauseEvents(text, s, clause, pool.length ? pool : [trigger], ents, framing, trigger, date, own.length ? 'sentence' : nearest.dateSource, 'clause'));
  }
  return out;
}

/** A present perfect right before the clause's act: "has not accepted", "have long opposed". */
const PERFECT = /\b(?:has|have)\s+(?:\w+\s+){0,2}$/i;

/** How far a trigger stands from a clause (0 inside it). */
function distance(t: Span, c: Span): number {
  return t.start >= c.end ? t.start - c.end : t.end <= c.start ? c.start - t.end : 0;
}
