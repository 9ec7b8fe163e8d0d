import { tag } from '../../extract/nlp/tagger.js';
import { finerEdge, otherActOpener, severalTimes } from './clause-edges.js';

// A date that dates a whole sentence coarsely ("**April 2025** — …", "Last year …", "launched the year …") and one finer date inside it
// that dates the same act ("…, from 14 to 17 April,", "…, in July.", "… on 2 February 2026"): the finer one answers a when-question.

/** A date of the passage as `dates` (spans.ts) ranks it. */
export interface RankedDate {
  start: number;
  end: number;
  text: string;
  edtf: string;
  granularity: string;
}

/** Granularities a finer date may have below each coarse one. */
const BELOW: Record<string, string[]> = { year: ['month', 'day', 'interval'], month: ['day', 'interval'] };

/** Where the sentence or the ";"-stretch holding an offset begins and ends, inside the passage. */
function stretch(text: string, p: { start: number; end: number }, at: { start: number; end: number }): [number, number] {
  const head = text.slice(p.start, at.start);
  const opened = [...head.matchAll(/[.!?]\s|;|\n/g)].at(-1);
  const tail = text.slice(at.end, p.end);
  const closed = tail.search(/[.!?](?=\s|$)|;|\n/);
  return [opened ? p.start + opened.index + opened[0].length : p.start, closed < 0 ? p.end : at.end + closed];
}

/** Parts of speech a date's own clause may hold besides the date, when the question's verb stands outside it. */
const BARE = new Set(['ADP', 'DET', 'PROPN', 'PUNCT', 'SYM', 'SPACE']);

/** Whether the date stands inside brackets that hold a word besides it: a source's date ("(AFP, 5 June)"), not the act's. */
function inNamedBrackets(text: string, lo: number, hi: number, f: { start: number; end: number }): boolean {
  const open = text.lastIndexOf('(', f.start);
  if (open < lo || text.slice(open, f.start).includes(')')) return false;
  const close = text.indexOf(')', f.end);
  if (close < 0 || close > hi) return false;
  return /\p{L}/u.test(text.slice(open + 1, f.start) + text.slice(f.end, close));
}

/**
 * The finer date a coarse one holds, re-dated to the coarse one's year when it writes none, or undefined. Only when:
 * - the coarse date is a year or a month, the other a month, a day or an interval under it (by its value, or written without a year);
 * - the two stand in one sentence, no ";" between them (`;` starts another statement: "…on 2 February 2026; on that day …");
 * - it is the only such date there (two — "In 2024 they met on 2 February and signed on 19 September" — leave the choice as it is), and the
 *   sentence tells no act done several times (`severalTimes` in lexicon/ask.json: "visited Accra twice, once in May");
 * - its own clause tells no act of its own: no verb or auxiliary there but the question's (the part-of-speech tagger: not "…, a project
 *   *agreed* on 12 April, …"), no word opening another act before it ("after", "before", "since" …), nor "of" right before it ("the flood
 *   *of* 5 August" dates a noun).
 * `verbs` are the passage's words of the question's verb.
 * @example finerWithin(text, p, [lastYear, july], verbs) // "Last year (2025) … went to Praia …, in July." → July re-dated 2025-07
 */
export function finerWithin<T extends RankedDate>(text: string, p: { start: number; end: number }, ranked: T[], verbs: { start: number }[]): T | undefined {
  const coarse = ranked[0];
  if (!coarse || !BELOW[coarse.granularity]) return undefined;
  const year = coarse.edtf.slice(0, 4);
  if (!/^\d{4}$/.test(year)) return undefined;
  const [lo, hi] = stretch(text, p, coarse);
  if (severalTimes().test(text.slice(lo, hi))) return undefined;
  const redated = (t: T): T | undefined => {
    if (t === coarse || t.start < lo || t.end > hi || !BELOW[coarse.granularity]!.includes(t.granularity)) return undefined;
    const edtf = /\b\d{4}\b/.test(t.text) ? t.edtf : t.edtf.replace(/\b\d{4}(?=-)/g, year);
    // Under the coarse date: its year, and its month when the coarse date is a month.
    if (!edtf.split('/').every((e) => e.startsWith(coarse.edtf))) return undefined;
    return { ...t, edtf };
  };
  const inside = ranked.map(redated).filter((t): t is T => t !== undefined);
  if (inside.length !== 1) return undefined;
  const f = inside[0]!;
  if (/\bof\s+$/i.test(text.slice(Math.max(lo, f.start - 4), f.start))) return undefined;
  // The clause the finer date stands in: from the last edge before it to the next after it.
  const before = [...text.slice(lo, f.start).matchAll(finerEdge())].at(-1);
  const from = before ? lo + before.index + before[0].length : lo;
  // The edge itself may be the word that opens another act ("three months *after* Togo's ratification on 2 May").
  if (otherActOpener().test(text.slice(before ? lo + before.index : lo, f.start))) return undefined;
  const after = text.slice(f.end, hi).search(new RegExp(finerEdge().source, 'iu'));
  const to = after < 0 ? hi : f.end + after;
  const asked = new Set(verbs.map((v) => v.start));
  const words = tag(text.slice(from, to), from);
  if (words.some((w) => (w.pos === 'VERB' || w.pos === 'AUX') && !asked.has(w.start))) return undefined;
  if (inNamedBrackets(text, lo, hi, f)) return undefined;
  // In a clause of its own (an edge between the question's verb and the date), the date dates the act only when the clause holds nothing
  // but prepositions, determiners, place names and the date (", in July", ", in Nouadhibou on 14 October", "Dakar, 12 April"): a noun
  // there names another event or a term ("in response to the riots in February", "pending the audit in October", "effective 1 January").
  const own = verbs.some((v) => v.start >= from && v.start < to);
  if (!own && words.some((w) => (w.end <= f.start || w.start >= f.end) && !BARE.has(w.pos))) return undefined;
  return f;
}
