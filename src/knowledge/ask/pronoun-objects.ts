import type { DocumentRecord } from '../../model/document.js';
import { fold } from '../../extract/fold.js';
import { tag } from '../../extract/nlp/tagger.js';
import type { AskCorpus, Passage } from './corpus.js';
import type { ParsedQuestion } from './question.js';
import { matches, type Scored } from './retrieve.js';
import { spansOf } from './spans.js';
import type { Found } from './find.js';
import { overlapping } from './within.js';

/** Object pronouns that stand for the thing the sentence before names ("signed *it*", "ratified *them*"), plural or not. */
const OBJECT_PRONOUNS = new Map([
  ['it', false],
  ['them', true],
]);
/** Subject pronouns that open the next sentence and stand for the thing ("*It* entered into force on 1 June 2025"). */
const SUBJECT_PRONOUNS = new Map([
  ['it', false],
  ['they', true],
]);
/** How many words may stand between a subject pronoun and the question's verb ("It *formally* entered", "It *was* signed"). */
const SUBJECT_REACH = 3;

/**
 * "When was the memorandum signed?": the passage names the memorandum but not the act asked ("drafted a memorandum on ferry safety last
 * year"), and the next sentence tells the act of a pronoun ("The two ministers signed it in Tallinn on 5 March 2026"; "It entered into
 * force on 1 June 2025"): the act's date is read there. Only when the passage holds none of the question's verbs, the next sentence holds
 * one right before "it" or "them" or right after the "It" or "They" that opens it, and no other thing the pronoun could stand for is named
 * before it in that sentence ("The parliament then debated the budget, and the president signed *it*": the budget, not the memorandum).
 * Null when the act is told so of another thing: then the passage's own dates are of other acts ("drafted … last year").
 * @example pronounObject(q, doc, scored, corpus) // → { at: the next sentence, spans: [5 March 2026] }, null or undefined
 */
export async function pronounObject(q: ParsedQuestion, doc: DocumentRecord, s: Scored, corpus: AskCorpus): Promise<Found | null | undefined> {
  const verbs = q.terms.filter((t) => t.verb);
  if (!verbs.length || s.passage.words.some((w) => verbs.some((t) => matches(t, w)))) return undefined;
  const next = (await corpus.neighbours(s.passage)).find((n) => n.index === s.passage.index + 1);
  if (!next) return undefined;
  const asked = (i: number) => verbs.some((t) => matches(t, next.words[i]!));
  const object = next.words.findIndex((w, i) => asked(i) && OBJECT_PRONOUNS.has(next.words[i + 1]?.folded ?? ''));
  const opening = SUBJECT_PRONOUNS.get(next.words[0]?.folded ?? '');
  const subject = opening !== undefined && next.words.slice(1, SUBJECT_REACH + 2).some((_, i) => asked(i + 1));
  if (object >= 0) {
    const pronoun = next.words[object + 1]!;
    // The act asked is told of another thing: this passage's own dates are of other acts, and it answers nothing.
    if (namedBefore(doc, next, pronoun.start, OBJECT_PRONOUNS.get(pronoun.folded)!)) return null;
  } else if (!subject) return undefined;
  const spans = await spansOf('date', q, doc, next, [], corpus);
  return spans.length ? { scored: s, doc, at: next, near: [], spans } : undefined;
}

/**
 * Whether the passage tells the question's act only of a pronoun ("…, and the president signed *it* on 5 March") and names nothing
 * else the question asks about: what "it" stands for is read from the sentence before (`pronounObject`), never taken for the thing asked.
 * @example toldOfPronoun(q('When was the memorandum signed?'), 'The parliament debated the budget, and the president signed it.') // → true
 */
export function toldOfPronoun(q: ParsedQuestion, p: Passage): boolean {
  const verbs = q.terms.filter((t) => t.verb);
  const others = q.terms.filter((t) => !t.verb);
  const told = p.words.some((w, i) => verbs.some((t) => matches(t, w)) && OBJECT_PRONOUNS.has(p.words[i + 1]?.folded ?? ''));
  return told && others.length > 0 && !p.words.some((w) => others.some((t) => matches(t, w)));
}

/**
 * Whether the sentence names, before the pronoun at `at`, a thing of the pronoun's number it could stand for: the last noun of a noun
 * phrase ("the 2026 *budget*", "the Latvian *parliament* then debated"), not a time ("last *year*"), nor the subject right before the
 * pronoun's verb ("the delegation signed it": a subject is not its own object), nor a noun of a phrase that opens the sentence before its
 * subject ("*At the ceremony*, the minister signed it").
 * @example namedBefore(doc, 'The parliament debated the budget, and the president signed it', at, false) // → true
 */
function namedBefore(doc: DocumentRecord, sentence: Passage, at: number, plural: boolean): boolean {
  const text = doc.text.slice(sentence.start, at);
  const words = tag(text);
  const times = doc.annotations?.times ?? [];
  const verb = words.findLastIndex((w) => w.pos === 'VERB');
  // The subject of the pronoun's verb: the noun phrase right before it, with only adverbs between ("the delegation then signed it").
  let subject = verb - 1;
  while (subject >= 0 && words[subject]!.pos === 'ADV') subject--;
  // A phrase that opens the sentence before its subject, from a preposition to its comma ("At the ceremony in Riga, the minister
  // signed it", "On behalf of the government, …"), names where or for whom: its nouns are no rivals of the thing before.
  const opening = words[0]?.pos === 'ADP' ? text.indexOf(',') : -1;
  return words.some((w, i) => {
    if (w.pos !== 'NOUN' || w.start < opening || i === subject || ['NOUN', 'PROPN'].includes(words[i + 1]?.pos ?? '')) return false;
    if (overlapping(times, sentence.start + w.start, sentence.start + w.end).length) return false;
    return (fold(text.slice(w.start, w.end)) !== w.lemma) === plural;
  });
}
