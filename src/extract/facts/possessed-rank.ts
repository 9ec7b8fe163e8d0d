/**
 * A place in a ranking told by an ordinal after a possessive (session 48): "Türkiye remains Georgia's first trading partner",
 * "Guatemala is our second partner after the United States". value-reader.ts reads the ordinal; this says whether the words
 * around it make it a rank when the word after it is no rank word of its own.
 */
import { rankNouns } from './superlative-finder.js';

let possessedNoun: RegExp | undefined;
/** A possessive right before an ordinal: "Georgia's", "the other's", "its", "our". */
const POSSESSIVE_BEFORE = /(?:\p{L}['’]s|\b(?:its|their|our|his|her))\s+$/iu;
/**
 * What may follow the noun of a possessed rank: the sentence's end, a comma, or a word that places it ("after the United States",
 * "in ASEAN", "of fuel", "is", "and"). Another noun ("donor conference", "investor summit"), "to" ("… to sign"), "that", "ever"
 * make the ordinal an order of events, not a place in a ranking.
 */
const RANK_ENDS = /^\s*(?:[.,;:)!?]|$|(?:in|after|behind|among|amongst|for|of|is|was|remains|remained|and|or|with|outside|within|worldwide|globally|overall)\b)/u;

/**
 * "Türkiye remains Georgia's first trading partner", "Guatemala is our second partner after the United States": an ordinal
 * after a possessive, before up to two words and a noun of a ranking (`superlativeRanks.nouns` of lexicon/indicators.json), is
 * a place in that ranking. Without the possessive ("the first trading partner to ratify"), or with a noun or a clause after the
 * ranking's noun ("Uganda's first donor conference", "… partner to sign", "partner countries"), it is not (`RANK_ENDS`).
 * @example possessedRank("Togo remains Ghana's ", ' trading partner.') // → true
 */
export function possessedRank(before: string, after: string): boolean {
  possessedNoun ??= new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}?${rankNouns()}(?![\\p{L}-])`, 'iu');
  const noun = possessedNoun.exec(after);
  return !!noun && POSSESSIVE_BEFORE.test(before) && RANK_ENDS.test(after.slice(noun[0].length));
}
