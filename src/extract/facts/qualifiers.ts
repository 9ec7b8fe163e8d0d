/**
 * The words before a figure that make it a bound or an estimate ("more than 25", "about 61,000", "less than US$300 million"):
 * the one list of them, read by prose facts (fact-finder), table cells (tables/table-units.ts), "Label: value" lines
 * (label-lines.ts) and a source's count (restated.ts). Session 47 fixes moved it here from fact-finder so no stage keeps a copy.
 */
import type { Qualifier } from '../../model/annotation.js';

/** Each qualifier's words, as regular-expression alternatives (lowercase, matched in any case). */
const WORDS: [string[], Qualifier][] = [
  [['more than', 'over', 'above', 'exceed(?:ed|ing)?', 'surpass(?:ed|ing)?', 'upwards of', 'in excess of'], 'more_than'],
  [['less than', 'under', 'below', 'fewer than', 'merely under'], 'less_than'],
  [['at least', 'no less than', 'a minimum of'], 'at_least'],
  [['up to', 'at most', 'no more than', 'a maximum of', 'as many as', 'as much as'], 'at_most'],
  [['about', 'approximately', 'approx\\.', 'around', 'nearly', 'almost', 'some', 'roughly', 'close to', 'an estimated', 'estimated', '\\bc\\.', '\\bca\\.', '~', '≈'], 'approx'],
];

/** Prose qualifiers in the order they are tried; "between 3,000 and 5,000" gives a floor and a ceiling. */
export const QUALIFIERS: [RegExp, Qualifier][] = [
  ...WORDS.slice(0, 3).map(([w, q]): [RegExp, Qualifier] => [new RegExp(`(?:${w.join('|')})\\s*$`, 'i'), q]),
  [/\bbetween\s*$/i, 'at_least'],
  [/\b[Bb]etween\s+(?:US\$|\$|€|£|¥|[A-Z]{3}\s)?[\d.,]+(?:\s+[a-z]+)?\s+and\s*$/, 'at_most'],
  ...WORDS.slice(3).map(([w, q]): [RegExp, Qualifier] => [new RegExp(`(?:${w.join('|')})\\s*$`, 'i'), q]),
];

/** Every qualifier word as one alternation (no group): "about|approximately|…|more than|…". Longest first, so "more than" wins over "more". */
export const QUALIFIER_WORDS = WORDS.flatMap(([w]) => w)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The qualifier of the words right before a figure; 'exact' when none. @example qualifierBefore('some ') // → 'approx' */
export function qualifierBefore(text: string): Qualifier {
  const before = text.slice(-30).replace(/\(\s*$/, '');
  for (const [re, q] of QUALIFIERS) if (re.test(before)) return q;
  return 'exact';
}
