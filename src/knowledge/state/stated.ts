import { DIGITS, SCALE_WORD, parseNumber } from '../../extract/facts/numbers.js';

/** A figure as written: currency sign or code, digits, scale word, unit word (compiled once: a series reads it for every passage). */
const FIGURE = new RegExp(`((?:[A-Z]{1,3}\\\\?\\$|\\\\?[$¥€£₫]|\\b[A-Z]{3}\\s?)?)(${DIGITS})(?:\\s*(${SCALE_WORD})\\b)?(\\s+(?:yen|dollars?|dong|euros?|US dollars|persons|people))?`, 'gu');

/**
 * The figure as the passage writes it: the number (with its scale word and the currency sign or
 * code before it) whose value is the fact's, in base units; null when the passage writes it
 * otherwise (in words, in a table's unit line).
 * @example statedIn('ODA reached US$1.5 billion in 2010.', 1.5e9) // → 'US$1.5 billion'
 */
export function statedIn(quote: string, value: number): string | null {
  for (const m of quote.matchAll(FIGURE)) {
    const n = parseNumber(m[2]!, m[3]?.toLowerCase());
    if (Math.abs(n - value) <= 0.005 * Math.abs(value)) return m[0].trim();
  }
  return null;
}
