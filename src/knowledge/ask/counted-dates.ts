import type { DocumentRecord } from '../../model/document.js';
import { humanDate } from '../../reconcile/human-date.js';
import { OFFSET_BEFORE } from '../../extract/events/event-framing.js';
import type { Passage } from './corpus.js';
import type { Token } from './text.js';

// "Malta ordered a Tunisian consul to leave on Friday, two days after the Tunisian navy seized a Maltese fishing trawler": the seizure has
// no date written beside it; the event stage dates it from the main act's date by the length (`offset-events.ts`, rule `+offset`). When
// the clause of that act is the one the question asks about, its counted date answers, not the main act's "Friday" nor the dateline.

/** Where a clause of a sentence ends: a comma, semicolon or colon. */
const EDGE = /[,;:]/g;

/** A day the clause's verb takes: right after "on" ("lifted the border restrictions *on* 25 April 2025"), not after "of" or inside a noun phrase. */
const VERB_DAY = /\bon\s+(?:the\s+)?$/i;

/** The length of time that frames the act after it in its clause ("two days after"), as the event stage reads it (`OFFSET_BEFORE`). */
function framing(clause: string): string | undefined {
  const word = [...clause.matchAll(/\b(?:after|before)\b/gi)].at(-1);
  const length = word && OFFSET_BEFORE.exec(clause.slice(0, word.index));
  return length ? `${length[0]}${word[0]}` : undefined;
}

/**
 * The dates of acts the passage dates by a length from another act, when the act's clause is the one asked: it holds a word of the
 * question's verb (`verbs`), or, when no clause of the passage does, more than half the question's words the passage holds (`matched`).
 * @example countedDates(doc, p, matched, verbs)[0]?.value // → '2026-04-15' for "…on Friday, two days after the Tunisian navy seized a Maltese fishing trawler"
 */
export function countedDates(doc: DocumentRecord, p: Passage, matched: Token[], verbs: Token[]): { start: number; end: number; text: string; value: string; granularity: string }[] {
  const events = (doc.annotations?.events ?? []).filter((e) => e.rule.includes('+offset') && e.date && e.trigger.start >= p.start && e.trigger.end <= p.end);
  if (!events.length) return [];
  const text = doc.text;
  const edges = [p.start, ...[...text.slice(p.start, p.end).matchAll(EDGE)].map((m) => p.start + m.index), p.end];
  const clauseOf = (at: number) => Math.max(0, edges.findIndex((e, i) => i > 0 && at < e) - 1);
  const stems = (ws: Token[]) => new Set(ws.map((w) => w.stem));
  const all = stems(matched);
  const out: { start: number; end: number; text: string; value: string; granularity: string }[] = [];
  for (const e of events) {
    const c = clauseOf(e.trigger.start);
    const [from, to] = [edges[c]!, edges[c + 1]!];
    const framed = framing(text.slice(from, e.trigger.start));
    if (!framed) continue;
    // "…six weeks after the two governments restored relations on 12 April 2023": a day of its own in the counted clause, after the
    // length, dates the act there (dates()), not the main act's date less the length. A coarser date there is more often a noun's ("a day
    // after talks on the 2019 accord"), and so is a day the verb does not take by "on" ("seized six boats under the fisheries accord of
    // 12 April 2023", "invoked the 12 April 2023 accord").
    const after = from + ([...text.slice(from, e.trigger.start).matchAll(/\b(?:after|before)\b/gi)].at(-1)?.index ?? 0);
    const ownDay = (t: { start: number; end: number; edtf?: string; granularity?: string }) =>
      t.start > after && t.end <= to && /^\d{4}/.test(t.edtf ?? '') && t.granularity === 'day' && VERB_DAY.test(text.slice(after, t.start));
    if ((doc.annotations?.times ?? []).some(ownDay)) continue;
    const inside = (w: Token) => w.start >= from && w.end <= to;
    const verbHere = verbs.some(inside);
    const held = stems(matched.filter(inside));
    // Both clauses may tell the question's act ("Malta expelled a diplomat on Friday, two days after Tunisia expelled one"): the counted
    // clause answers only when it holds more of the question's words, names included, than the rest of the passage.
    const rest = new Set(matched.filter((w) => !inside(w)).map((w) => w.folded));
    const verbElsewhere = verbs.some((w) => !inside(w));
    if (verbHere && verbElsewhere && new Set(matched.filter(inside).map((w) => w.folded)).size <= rest.size) continue;
    if (!(verbHere || (!verbs.length && held.size * 2 > all.size))) continue;
    const granularity = e.date.length >= 10 ? 'day' : e.date.length >= 7 ? 'month' : 'year';
    out.push({ start: e.trigger.start, end: e.trigger.end, text: `${humanDate(e.date)} (dated from "${framed}")`, value: e.date, granularity });
  }
  return out;
}
