/** How `scripts/learned-acceptor.js` labels the learned acceptor's candidates against the gold events the rules missed. */
import type { Span } from './score.js';

/** A candidate as `DYAD_LEARNED=dump` collects it: its sentence (start, end), its verb and its date. */
export interface LabelledCandidate extends Span {
  verb: Span;
  date: string;
}

/**
 * `verb`: a missed gold event of the candidate's date quotes its verb. `clause`: the same, and when the gold quote holds
 * none of the sentence's candidate verbs (a noun phrase: "the closure of the Busia crossing"), the candidates whose clause
 * the quote overlaps. `sentence` (sessions 28–30, the training script's default): the quote overlaps the candidate's
 * sentence, so every verb of it is a positive and the model cannot learn which verb is the act.
 */
export type LabelMode = 'verb' | 'clause' | 'sentence';

/**
 * Whether a candidate tells a missed gold event: `candidates` are the candidates of the same document (those of its sentence
 * and date are read), `clause` the span of the candidate's clause (`clausesOf`).
 * @example candidateLabel(recalled, [deported, recalled], [{ start: 62, end: 101, date: '2024-05' }], clause, 'verb') // → true
 */
export function candidateLabel(c: LabelledCandidate, candidates: LabelledCandidate[], misses: (Span & { date: string })[], clause: Span, mode: LabelMode): boolean {
  const overlapping = misses.filter((g) => g.date === c.date && g.start < c.end && c.start < g.end);
  if (mode === 'sentence') return overlapping.length > 0;
  const quotes = (g: Span, v: Span) => g.start <= v.start && v.end <= g.end;
  const verbless = (g: Span) => !candidates.some((o) => o.start === c.start && o.date === c.date && quotes(g, o.verb));
  return overlapping.some((g) => quotes(g, c.verb) || (mode === 'clause' && verbless(g) && g.start < clause.end && clause.start < g.end));
}
