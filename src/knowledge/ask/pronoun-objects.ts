import type { DocumentRecord } from '../../model/document.js';
import type { AskCorpus } from './corpus.js';
import type { ParsedQuestion } from './question.js';
import { matches, type Scored } from './retrieve.js';
import { spansOf } from './spans.js';
import type { Found } from './find.js';

/** Object pronouns that stand for the thing the sentence before names ("signed *it*", "ratified *them*"). */
const OBJECT_PRONOUNS = new Set(['it', 'them']);

/**
 * "When was the memorandum signed?": the passage names the memorandum but not the act asked ("drafted a memorandum on ferry safety last
 * year"), and the next sentence tells the act of a pronoun ("The two ministers signed it in Tallinn on 5 March 2026"): the act's date is
 * read there. Only when the passage holds none of the question's verbs, and the next sentence holds one right before "it" or "them".
 * @example pronounObject(q, doc, scored, corpus) // → { at: the next sentence, spans: [5 March 2026] } or undefined
 */
export async function pronounObject(q: ParsedQuestion, doc: DocumentRecord, s: Scored, corpus: AskCorpus): Promise<Found | undefined> {
  const verbs = q.terms.filter((t) => t.verb);
  if (!verbs.length || s.passage.words.some((w) => verbs.some((t) => matches(t, w)))) return undefined;
  const next = (await corpus.neighbours(s.passage)).find((n) => n.index === s.passage.index + 1);
  if (!next) return undefined;
  const told = next.words.some((w, i) => verbs.some((t) => matches(t, w)) && OBJECT_PRONOUNS.has(next.words[i + 1]?.folded ?? ''));
  if (!told) return undefined;
  const spans = await spansOf('date', q, doc, next, [], corpus);
  return spans.length ? { scored: s, doc, at: next, near: [], spans } : undefined;
}
