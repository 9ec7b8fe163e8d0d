/**
 * The people of a state by their plural demonym: "Kenyans", "Pakistanis", "Icelanders", "Czechs", "Danes". One rule for the
 * actor stage (a plural demonym is its country's mention) and the fact stage (it counts persons: "Some 10,000 Icelanders live in
 * Norway").
 */

/**
 * Endings of a demonym that is also the noun for one person, so that the plural adds "s": "Kenyan", "Pakistani", "Filipino",
 * "Icelander", "Cypriot", "Greek", "Slovak", "Tajik", "Kazakh", "Kosovar", "Montenegrin", "Turkmen", "Czech". Adjectives in
 * "-ish", "-ch" ("French", "Dutch"), "-ic", "-ss", "-ese" name no single person and have no such plural ("the French", "Swiss",
 * "Japanese": the fact stage reads "-ese" as a noun before a verb, unit-nouns.ts).
 */
const NOUN_DEMONYM = /(?:an|i|o|er|ot|ek|ak|ik|kh|ar|in|en|ech)$/;

/**
 * The plural demonyms of one country of lexicon/countries.json: each adjective that is also a noun, with "s"; and `people`, the
 * plurals no rule gives ("Danes", "Swedes", "Poles", "Britons").
 * @example demonymPlurals({ adjectives: ['Icelander'] }) // → ['Icelanders']
 * @example demonymPlurals({ adjectives: ['Danish'], people: ['Danes'] }) // → ['Danes']
 */
export function demonymPlurals(country: { adjectives?: string[]; people?: string[] }): string[] {
  const adjectives = country.adjectives ?? [];
  const derived = adjectives.filter((a) => NOUN_DEMONYM.test(a) && !adjectives.includes(`${a}s`)).map((a) => `${a}s`);
  return [...new Set([...derived, ...(country.people ?? [])])];
}
