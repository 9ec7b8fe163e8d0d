/**
 * A currency a sentence states in brackets before a bare amount, as fact sheets write a line:
 * "Bilateral trade in 2024 (in ISK): 21.5 billion", "Trade (CAD million): 336.5". The bracket is
 * read as a table's unit line is (`tables/table-units.ts`), so "in BRL", "USD million" and
 * "millions of Canadian dollars" each name their currency and scale.
 */
import { SCALE_LETTERS, type CountryContext, type TableUnit, unitOf } from '../tables/table-units.js';
import { SCALE_WORD } from './numbers.js';

/** A bracket and the words that may stand between it and the amount: a colon, a dash, "was", "of". */
const BRACKET_BEFORE = /\(([^()]{1,60})\)\s*(?:[:=–—-]\s*|\b(?:was|is|were|stood at|reached|of|at|totall?ed)\s+)?$/i;
const SCALED = new RegExp(`\\b(?:${SCALE_WORD})\\b|\\d(?:${SCALE_LETTERS})\\b`, 'i');

/**
 * The currency, and the scale to apply, stated in brackets right before a bare amount; undefined
 * when none is, or the bracket names no currency. A scale the amount writes itself wins.
 * @example statedCurrency('Bilateral trade in 2024 (in ISK): ', '21.5 billion', ctx) // → { unit: 'ISK', scale: 1 }
 */
export function statedCurrency(before: string, amount: string, context: CountryContext): TableUnit | undefined {
  const bracket = BRACKET_BEFORE.exec(before)?.[1];
  if (!bracket) return undefined;
  const read = unitOf(`(${bracket})`, context);
  if (!read || !/^[A-Z]{3}$/.test(read.unit)) return undefined;
  return { unit: read.unit, scale: SCALED.test(amount) ? 1 : read.scale };
}
