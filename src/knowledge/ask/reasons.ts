import { fold } from '../../extract/fold.js';
import type { DocumentRecord } from '../../model/document.js';
import type { Passage } from './corpus.js';
import { answerWords } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { matches } from './retrieve.js';
import type { Span } from './spans.js';

/** The longest reason shown, cut at a word. */
const REASON_CHARS = 90;

/** Whether the question asks why ("Why did Burundi reject…?"). */
export const whyAsked = (q: ParsedQuestion) => /^\s*why\b/i.test(q.text);

/**
 * The reason a why question asks, in a passage that tells its act: the words after a reason cue (`reasonCues`: "saying", "because",
 * "citing", "in protest at") that follows the question's verb in the sentence, to the end of their clause; none when the passage does not
 * hold the verb or gives no cue after it.
 * @example reasonSpans(parseQuestion('Why did Zambia reject the offer?'), doc, passage)[0].text // → 'the inquiry was "an internal affair"'
 */
export function reasonSpans(q: ParsedQuestion, doc: DocumentRecord, p: Passage): Span[] {
  const verb = q.terms.find((t) => t.verb);
  // The verb in any of its forms: "close" is told by "closed" (whose stem, "clos", the stemmer does not join to it).
  const root = verb?.word.replace(/e$/, '') ?? '';
  const used = verb ? p.words.find((w) => matches(verb, w) || (root.length >= 4 && new RegExp(`^${root}(?:e|es|ed|ing)$`).test(w.folded))) : undefined;
  if (!used) return [];
  const rest = fold(doc.text.slice(used.end, p.end));
  let best: { at: number; cue: string } | undefined;
  for (const cue of answerWords().reasonCues) {
    const m = new RegExp(`(^|[^\\p{L}])${cue}($|[^\\p{L}])`, 'u').exec(rest);
    const at = m ? m.index + m[1]!.length : -1;
    if (at >= 0 && (!best || at < best.at)) best = { at, cue };
  }
  if (!best) return [];
  const start = used.end + best.at + best.cue.length + (/^\s*/.exec(doc.text.slice(used.end + best.at + best.cue.length))?.[0].length ?? 0);
  const clauseText = /^[^;.]*/.exec(doc.text.slice(start, p.end))?.[0] ?? '';
  const cut = clauseText.length <= REASON_CHARS ? clauseText : clauseText.slice(0, REASON_CHARS).replace(/\s+\S*$/, '');
  const text = cut.replace(/[\s,]+$/, '');
  return text ? [{ kind: 'span', start, end: start + text.length, text, value: fold(text), structured: false }] : [];
}
