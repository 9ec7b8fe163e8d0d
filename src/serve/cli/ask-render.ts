import type { Answer } from '../../knowledge/ask/types.js';
import type { Conflict } from '../../knowledge/ask/conflicts.js';

/** An answer for the terminal: the answer (or the refusal), then each citation with its offsets. */
export function renderAnswer(a: Answer): string {
  const head = a.id ? `${a.id}  ` : '';
  // A computed answer refused: one of its two parts is unanswered, or both read the same words, or they cannot be computed on.
  if (a.status === 'not_in_corpus' && a.route === 'arithmetic')
    return `${head}${a.question}\n  Not in the corpus: the question needs two answers computed on, and the corpus does not give two that can be (one is missing, both read the same words, or they are of different units or cannot be divided).`;
  // A constraint of the question the nearest passage did not meet (constraints.ts) is the reason given.
  if (a.status === 'not_in_corpus' && a.reason) return `${head}${a.question}\n  Not in the corpus: ${a.reason}.`;
  if (a.status === 'not_in_corpus') return `${head}${a.question}\n  Not in the corpus: no passage supports an answer (best passage covers ${Math.round(a.confidence * 100)}% of the question).`;
  const cite = (c: { doc: string; start: number; end: number; quote: string }) => `    ${c.doc} [${c.start}–${c.end}] ${c.quote.replace(/\s+/g, ' ').slice(0, 160)}`;
  if (a.status === 'conflict') {
    return [`${head}${a.question}`, '  The sources disagree:', ...a.claims.flatMap((c) => [`  - ${c.answer}`, ...c.citations.map(cite)])].join('\n');
  }
  return [`${head}${a.question}`, `  ${a.answer}  (confidence ${a.confidence})`, ...a.citations.map(cite)].join('\n');
}

/** Conflicts for the terminal: what they are about, then each claim with its citations. */
export function renderConflicts(conflicts: Conflict[]): string {
  if (!conflicts.length) return 'No conflicts.';
  return conflicts
    .map((c) =>
      [`${c.kind} ${c.about}`, ...c.claims.flatMap((k) => [`  - ${k.answer}`, ...k.citations.map((x) => `    ${x.doc} [${x.start}–${x.end}] ${x.quote.replace(/\s+/g, ' ').slice(0, 160)}`)])].join(
        '\n',
      ),
    )
    .join('\n');
}
