import { readLexicon } from '../../lexicon.js';
import type { AskCorpus } from './corpus.js';
import type { AnswerKind, ParsedQuestion } from './question.js';
import type { Scored } from './retrieve.js';
import type { Answer, Claim } from './types.js';
import { overlap } from '../../reconcile/event-conflicts.js';
import { clip, find, type Found } from './find.js';

// Sources that disagree on the answer's slot: another passage's date or figure for the same thing.

/** A second passage this close to the best, giving another value of the same kind, is a disagreement between sources. */
const RIVAL_WITHIN = 0.9;
let counts: Set<string> | undefined;
/** The indicators that count the people or things of an act (`counts` in lexicon/indicators.json). */
function actionCounts(): Set<string> {
  counts ??= new Set((readLexicon('indicators.json').indicators as { id: string; counts?: unknown }[]).filter((i) => i.counts).map((i) => i.id));
  return counts;
}

/** A passage scoring at least this share of the best's may give a rival figure of the very same measure (indicator, unit, subject, direction, period). */
const MEASURE_WITHIN = 0.5;

/**
 * Another passage giving a stored figure of the same indicator, unit, subject, direction and
 * period as the answer's, with another value ("killing one person" and "15 soldiers were killed",
 * both persons killed in Armenia that day): two claims about one measure, whatever their words.
 */
async function sameMeasure(best: Found, candidates: Scored[], corpus: AskCorpus): Promise<Found | undefined> {
  const span = best.spans[0]!;
  const mine = (best.doc.annotations?.facts ?? []).find((f) => f.valueStart === span.start);
  // Only counts of an act (killed, wounded, detained: indicators.json's `counts`): two of one day and place are two reports of one incident;
  // a statistic's scope (who travels where, which ranking) is finer than its stored key.
  if (!span.structured || !mine?.period || !actionCounts().has(mine.indicator)) return undefined;
  const key = (f: typeof mine) => [f.indicator, f.unit, f.subject ?? '', f.direction?.from ?? '', f.direction?.to ?? '', f.period].join('|');
  for (const c of candidates) {
    if (c.score < MEASURE_WITHIN * best.scored.score) break;
    if (c.passage.doc === best.doc.name && c.passage.start === best.at.start) continue;
    const doc = (await corpus.document(c.passage.doc))!;
    const other = (doc.annotations?.facts ?? []).find(
      (f) => f.valueStart >= c.passage.start && f.valueEnd <= c.passage.end && key(f) === key(mine) && Math.abs(f.value - mine.value) > 0.005 * Math.max(f.value, mine.value),
    );
    if (!other) continue;
    const written = doc.text.slice(other.valueStart, other.valueEnd);
    return {
      scored: c,
      doc,
      at: c.passage,
      near: [],
      spans: [{ kind: 'number', start: other.valueStart, end: other.valueEnd, text: written, value: `${other.value} ${other.unit}`, structured: true }],
    };
  }
  return undefined;
}

/** Whether two passages hold the same names of the question (its capitalised words). */
function sameNames(q: ParsedQuestion, a: Scored, b: Scored): boolean {
  const names = (s: Scored) =>
    q.terms
      .filter((t) => t.name && s.matched.some((m) => t.stems.includes(m.stem)))
      .map((t) => t.word)
      .join(' ');
  return names(a) === names(b);
}

/** The answer of sources that disagree: each claim with its citations, all cited. */
export function disagreement(id: string | null, question: string, claims: Claim[], confidence: number, route: string): Answer {
  const answer = clip(`The sources disagree: ${claims.map((c) => c.answer).join(' or ')}`);
  return { id, question, status: 'conflict', answer, claims, citations: claims.flatMap((c) => c.citations), confidence, route };
}

/** A count's number, whether written in figures or words ("15", "fifteen"), for comparing two counts. */
function numberOf(value: string): string {
  return value.replace(/,/g, '').split(' ')[0]!.toLowerCase();
}

/** Another passage nearly as good giving a different date (at the same precision) or a different figure: the sources disagree. */
export async function rivalClaim(q: ParsedQuestion, kind: AnswerKind, best: Found, candidates: Scored[], corpus: AskCorpus, retrieved: Scored[]): Promise<Found | undefined> {
  if ((kind !== 'date' && kind !== 'number') || q.list) return undefined;
  const mine = best.spans[0]!;
  // A figure of the same measure may come from a passage below the refusal line: what makes it a rival is the measure, not the words.
  const measured = kind === 'number' ? await sameMeasure(best, retrieved, corpus) : undefined;
  if (measured) return measured;
  for (const c of candidates) {
    if (c === best.scored || c.score < RIVAL_WITHIN * best.scored.score) continue;
    if (c.passage.doc === best.scored.passage.doc && c.passage.index === best.scored.passage.index) continue;
    const other = await find(kind, q, c, corpus);
    const o = other?.spans[0];
    if (!other || !o || (other.at.start === best.at.start && other.doc.name === best.doc.name)) continue;
    // Two datings of one thing: the same precision, at most a year apart, told in mostly the same words (as for stored conflicts).
    const quote = (f: Found) => f.doc.text.slice(f.at.start, f.at.end);
    const yearGap = Math.abs(Number(o.value.slice(0, 4)) - Number(mine.value.slice(0, 4)));
    if (kind === 'date' && o.granularity === mine.granularity && o.value !== mine.value && o.value.length === mine.value.length && yearGap <= 1 && overlap(quote(best), quote(other)) >= 0.5)
      return other;
    // Two figures of one thing: the passages hold the same names of the question ("Leviathan holds 535 billion" is no rival of "Tamar holds 238 billion").
    if (kind === 'number' && o.structured && mine.structured && o.value.split(' ')[1] === mine.value.split(' ')[1] && o.value !== mine.value && sameNames(q, best.scored, c)) return other;
    // Two counts of the very noun asked about ("killing one person", "15 Armenian soldiers were killed").
    if (kind === 'number' && o.counts && mine.counts && numberOf(o.value) !== numberOf(mine.value)) return other;
  }
  return undefined;
}
