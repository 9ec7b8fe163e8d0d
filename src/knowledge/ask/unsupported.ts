import type { AskCorpus, Passage } from './corpus.js';
import type { Found } from './find.js';
import type { ParsedQuestion, QuestionTerm } from './question.js';
import { matches, sameRoot } from './retrieve.js';

/** How far the sentences an answer is read from hold what the question asks about its names. */
export interface Support {
  /** The question's words of what is asked (not its names) that neither the answer's sentences nor those beside them hold. */
  missing: QuestionTerm[];
  /** Their share of the weight of all such words (rarer words weigh more, as in retrieval). */
  share: number;
  /** The question's verb is among them. */
  verbMissing: boolean;
}

/**
 * What the answer's sentences (the passage, the sentence the span is in, and those beside them in their block) leave out of the question's
 * words of what is asked.
 */
export async function support(q: ParsedQuestion, found: Found, corpus: AskCorpus): Promise<Support> {
  const asked = q.terms.filter((t) => !t.name);
  const sentences: Passage[] = [found.scored.passage, found.at, ...(await corpus.neighbours(found.scored.passage)), ...(await corpus.neighbours(found.at))];
  const words = sentences.flatMap((p) => p.words);
  const n = await corpus.sentenceCount();
  const w = (await corpus.documentFrequencies(asked.map((t) => t.word))).map((df) => Math.log(1 + n / (1 + df)));
  const total = w.reduce((a, b) => a + b, 0) || 1;
  const missing: QuestionTerm[] = [];
  let gone = 0;
  asked.forEach((t, i) => {
    if (words.some((x) => matches(t, x) || sameRoot(t, x))) return;
    missing.push(t);
    gone += w[i]!;
  });
  const out = { missing, share: asked.length ? gone / total : 0, verbMissing: missing.some((t) => t.verb) };
  if (process.env.DYAD_SUPPORT_LOG) console.error('SUPPORT ' + JSON.stringify({ q: q.text, share: +out.share.toFixed(3), verb: out.verbMissing, missing: missing.map((t) => t.word), n: asked.length, main: q.wants[0], type: q.type }));
  return out;
}
