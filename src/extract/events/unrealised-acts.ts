import { lexiconPath, readLexicon, stringList } from '../../lexicon.js';

/**
 * Words that tell an act not done (session 42, issue 10), from `lexicon/unrealised-acts.json`: modifiers of a plan before an act
 * noun ("the planned opening") and head nouns of saying, attitude, plan or cancellation whose complement is an act that was only
 * said, hoped, feared, planned or called off ("Rumours of an extradition", "Calls for the ratification", "Postponement of the talks").
 */
let raw: { planModifiers: Set<string>; heads: Set<string> } | undefined;
function load() {
  if (!raw) {
    const path = lexiconPath('unrealised-acts.json');
    const r = readLexicon(path) as Record<string, unknown>;
    const list = (key: string): Set<string> => new Set(stringList(path, r, key));
    raw = { planModifiers: list('planModifiers'), heads: list('heads') };
  }
  return raw;
}

/** A modifier of an act not yet done or only weighed: "planned", "proposed", "upcoming". */
export function isPlanModifier(word: string): boolean {
  return load().planModifiers.has(word.toLowerCase());
}

/** Prepositions that tie an act noun to a head of saying, attitude, plan or cancellation: "hopes of", "calls for", "talk about". */
export const UNREALISED_PREPS = new Set(['of', 'for', 'about', 'on', 'over']);

/** A head noun (word or lemma; a plural's singular is tried) of saying, attitude, plan or cancellation: "rumours", "hopes", "postponement". */
export function isUnrealisedHead(word: string, lemma = word): boolean {
  const h = load().heads;
  const w = word.toLowerCase();
  const l = lemma.toLowerCase();
  return h.has(l) || h.has(w) || (/[^s]s$/.test(w) && h.has(w.slice(0, -1)));
}
