import type { DocumentRecord } from '../../model/document.js';
import { humanDate } from '../../reconcile/human-date.js';
import { numberWords } from '../../extract/facts/numbers.js';
import type { Passage } from './corpus.js';
import type { Token } from './text.js';

// "Trinidad expelled the attaché on Thursday, a day after Venezuela's coast guard seized three fishing boats": the seizure has no date
// written beside it; the event stage dates it from the main act's date by the length (`offset-events.ts`, rule `+offset`). When the
// clause of that act is the one the question asks about, its counted date answers, not the main act's "Thursday" nor the dateline.

/** Where a clause of a sentence ends: a comma, semicolon or colon. */
const EDGE = /[,;:]/g;
let framingWords: RegExp | undefined;
/** A length of time that frames the act after it in its clause ("a day after", "two weeks before"; number words of lexicon/numbers.json). */
function framing(): RegExp {
  framingWords ??= new RegExp(`\\b(?:a|an|\\d+|${Object.keys(numberWords().cardinals).join('|')})\\s+(?:days?|weeks?|months?|years?|decades?)\\s+(?:after|before)\\b`, 'gi');
  return framingWords;
}

/**
 * The dates of acts the passage dates by a length from another act, when the act's clause is the one asked: it holds a word of the
 * question's verb (`verbs`), or, when no clause of the passage does, more than half the question's words the passage holds (`matched`).
 * @example countedDates(doc, p, matched, verbs)[0]?.value // → '2026-11-11' for "…, a day after the coast guard seized three boats"
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
    const framed = [...text.slice(from, e.trigger.start).matchAll(framing())].at(-1);
    if (!framed) continue;
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
    out.push({ start: e.trigger.start, end: e.trigger.end, text: `${humanDate(e.date)} (dated from "${framed[0]}")`, value: e.date, granularity });
  }
  return out;
}
