/**
 * A place in a ranking told by an ordinal after a possessive (session 48): "Togo remains Ghana's first trading partner",
 * "Benin is our second supplier after Nigeria". value-reader.ts reads the ordinal; this says whether the words around it make
 * it a rank when the word after it is no rank word of its own.
 */
import { rankNouns } from './superlative-finder.js';

let possessedNoun: RegExp | undefined;
/** A possessive right before an ordinal: "Ghana's", "the other's", "its", "our". */
const POSSESSIVE_BEFORE = /(?:\p{L}['’]s|\b(?:its|their|our|his|her))\s+$/iu;
/**
 * A verb that states a standing right before the possessive's noun phrase: "is Ghana's", "remains our", "became the region's".
 * Without it ("Ghana's third investor in the free zone arrived in 2019") the ordinal orders arrivals, not places in a ranking.
 */
const STANDING_BEFORE =
  /\b(?:is|are|was|were|remains|remained|become|becomes|became|ranks?|ranked|stays?|stayed|as)\s+(?:now\s+|still\s+|again\s+|also\s+)?(?:the\s+)?(?:[\p{L}-]+['’]s|its|their|our|his|her)\s+$/iu;
/** Nouns of a ranking of trade whose possessed ordinal is a rank even without such a verb: "Ghana's third trading partner, Togo, …". */
const TRADE_RANK = /\b(?:partners?|markets?|suppliers?|destinations?|sources?)$/iu;
/**
 * What may follow the noun of a possessed rank: the sentence's end, a comma, or a word that places it ("after Nigeria",
 * "in West Africa", "of fuel", "is", "and"). Another noun ("donor conference", "investor summit"), "to" ("… to sign"), "that",
 * "ever" make the ordinal an order of events, not a place in a ranking.
 */
const RANK_ENDS = /^\s*(?:[.,;:)!?]|$|(?:in|after|behind|among|amongst|for|of|is|was|remains|remained|and|or|with|outside|within|worldwide|globally|overall)\b)/u;

/**
 * "Togo remains Ghana's first trading partner", "Benin is our second supplier after Nigeria": an ordinal after a possessive,
 * before up to two words and a noun of a ranking (`superlativeRanks.nouns` of lexicon/indicators.json), is a place in that
 * ranking when a verb of standing comes before the possessive ("is", "remains", "became") or the noun is one of trade
 * (partner, market, supplier, destination, source). Without the possessive ("the first trading partner to ratify"), or with a
 * noun or a clause after the ranking's noun ("Ghana's first donor conference", "… partner to sign", "partner countries"), it
 * is not (`RANK_ENDS`); nor is "Ghana's third investor in the zone arrived in 2019" (no verb of standing, no noun of trade).
 * @example possessedRank("Togo remains Ghana's ", ' trading partner.') // → true
 */
export function possessedRank(before: string, after: string): boolean {
  possessedNoun ??= new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}?${rankNouns()}(?![\\p{L}-])`, 'iu');
  const noun = possessedNoun.exec(after);
  if (!noun || !POSSESSIVE_BEFORE.test(before) || !RANK_ENDS.test(after.slice(noun[0].length))) return false;
  return STANDING_BEFORE.test(before) || TRADE_RANK.test(noun[0].trim());
}
