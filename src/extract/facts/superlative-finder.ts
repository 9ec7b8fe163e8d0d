/**
 * Ranks stated by a superlative alone: "Kenya is Uganda's largest trading partner", "remained
 * the biggest foreign investor" are rank 1. The superlatives and the nouns of a ranking they
 * must qualify are data (`superlativeRanks` in lexicon/indicators.json); "one of the largest",
 * "the third largest" and "the largest city" are no rank 1. "One of Chile's five largest trading
 * partners", "among its three biggest donors" place it in the first five, three: rank 5, 3, at most.
 */
import { lexiconInvalid, lexiconPath, readLexicon } from '../../lexicon.js';
import type { CountedValue } from './counted-finder.js';
import { CARDINAL_WORD, ORDINAL_WORD, parseNumber } from './numbers.js';

/** A number, an ordinal or a word that picks one of several, right before the superlative ("the third largest", "one of the biggest", "one of Kenya's leading"). */
const NOT_FIRST = new RegExp(`(?:\\d|\\b(?:${ORDINAL_WORD}|${CARDINAL_WORD}|some|several|many|of|among|amongst|not)\\b)[\\s-]*(?:the\\s+)?(?:[\\p{L}-]+['’]s\\s+)?$`, 'iu');
/** A count of the first places right before the superlative, after a word that picks one of them: "one of Chile’s five", "among the three". */
const FIRST_N = new RegExp(`\\b(?:one of|among|amongst)\\s+(?:the\\s+|its\\s+|their\\s+|[\\p{L}-]+['’]s?\\s+)?(\\d{1,3}|${CARDINAL_WORD})[\\s-]+$`, 'iu');
/** What must stand before a superlative that ranks: "the", a possessive ("Chile's", "its"). */
const DETERMINER = /(?:\bthe|['’]s|\bits|\btheir|\bher|\bhis|\bour)\s+$/i;

let cached: RegExp | undefined;

/** The nouns of a ranking (`superlativeRanks.nouns`: "partners?", "investors?"), as a regex group: "Myanmar's No. 1 trading partner". */
export function rankNouns(): string {
  return `(?:${(readLexicon(lexiconPath('indicators.json')).superlativeRanks?.nouns ?? []).join('|')})`;
}

/** Reads and checks `superlativeRanks` of lexicon/indicators.json once, into one pattern. */
function superlativePattern(): RegExp {
  if (cached) return cached;
  const path = lexiconPath('indicators.json');
  const raw = readLexicon(path).superlativeRanks;
  for (const part of ['superlatives', 'nouns'] as const) {
    const list = raw?.[part];
    if (!Array.isArray(list) || !list.length || list.some((x: unknown) => typeof x !== 'string' || !x.trim())) lexiconInvalid(path, `superlativeRanks.${part}`, 'must be a non-empty list of words');
  }
  // The superlative, up to three words that qualify the noun ("trading", "foreign", "labour export"), then the noun.
  cached = new RegExp(`\\b(${raw.superlatives.join('|')})\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${raw.nouns.join('|')})(?![\\p{L}-])`, 'giu');
  return cached;
}

/** The pattern of a superlative rank, run once over the whole text. */
export const SUPERLATIVE_RANK = superlativePattern();

/**
 * "Rank 1" from a superlative match of one sentence (`base` its offset in the text), unless a
 * number or an ordinal comes before it ("the third largest", "2nd-biggest"), it picks one of
 * several ("one of the largest", "among the biggest"), or no "the" or possessive comes before it
 * ("a leading investor").
 * @example superlativeRank(sentence, 0, m) // "Peru is Chile's largest trading partner." → { value: 1, unit: 'rank', … }
 */
export function superlativeRank(sentence: string, base: number, m: RegExpMatchArray): CountedValue | undefined {
  const local = m.index! - base;
  const before = sentence.slice(Math.max(0, local - 40), local);
  const firstN = FIRST_N.exec(before);
  if (firstN) {
    const start = base + local - before.length + firstN.index + firstN[0].lastIndexOf(firstN[1]!);
    const value = parseNumber(firstN[1]!);
    return value > 1 ? { start, end: start + firstN[1]!.length, value, unit: 'rank', rule: 'superlative-first-n', phraseEnd: m.index! + m[0].length, qualifier: 'at_most' } : undefined;
  }
  if (!DETERMINER.test(before) || NOT_FIRST.test(before)) return undefined;
  return { start: m.index!, end: m.index! + m[1]!.length, value: 1, unit: 'rank', rule: 'superlative', phraseEnd: m.index! + m[0].length };
}
