import { createRequire } from 'node:module';

// WordNet's verb exceptions (irregular forms → lemma), as the English model of wink-nlp ships them: a maintained list, not one of our own.
const exceptions = createRequire(import.meta.url)('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Record<string, string>;

let byLemma: Map<string, string[]> | undefined;

/**
 * The irregular forms of a word's verb, and its lemma: what a passage may write for the
 * question's verb ("make" → made; "became" → become). None for a regular verb,
 * whose forms the stem already joins.
 * @example irregularForms('became') // → ['become']
 */
export function irregularForms(word: string): string[] {
  if (!byLemma) {
    byLemma = new Map();
    for (const [form, lemma] of Object.entries(exceptions)) byLemma.set(lemma, [...(byLemma.get(lemma) ?? []), form]);
  }
  const lemma = exceptions[word] ?? (byLemma.has(word) ? word : undefined);
  if (!lemma) return [];
  // Only forms of another shape than the lemma's stem joins ("made" for "make", not "makes").
  return [lemma, ...(byLemma.get(lemma) ?? [])].filter((f) => f !== word);
}
