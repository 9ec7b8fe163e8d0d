/**
 * A part of the whole a sentence opens with (session 48): "Of the 47 seizures, 19 were of goods bound for Ghana", "Of the 30
 * border posts, 12 have scanners". value-reader.ts puts the part among the sentence's values in place of another reading.
 */
import { CARDINAL_WORD, DIGITS, parseNumber } from './numbers.js';
import { countsAfter } from './counted-nouns.js';
import type { Value } from './value-reader.js';

/**
 * Units of measure in the plural ("Of the 40 tonnes seized, 12 were maize"): a whole measured in one is no count, and its part is
 * left to the value patterns, which give it the whole's unit (session 48 review). Only here: elsewhere a number before a unit word
 * no money or measure pattern reads ("12 billion Belgian francs", "6.5 linear metres") keeps its reading as a count, by which the
 * eval matches its value (switching it off everywhere cost blind 3 matched).
 */
const MEASURE_WORD =
  /(?:^|_)(?:tonnes|tons|kilo(?:gram|metre|meter|litre|liter|watt)s|kgs?|kms?|miles|metres|meters|hectares|ha|acres|litres|liters|gallons|barrels|bbl|megawatts|mw|gigawatts|percent|dollars|euros|francs|cedis)$/i;

/** A sentence that opens with the whole a part is told of: "Of the 47 seizures,", "Of 120 applicants from Togo,". */
const OF_THE_WHOLE = new RegExp(`^[^\\p{L}\\d]*Of\\s+(?:(?:the|its|their|these|those|all)\\s+)?(?:${DIGITS}|${CARDINAL_WORD})(?=\\s)`, 'u');
/** The part right after the whole's clause: ", 19 were", ", nine are": a number before a verb, not a noun it counts. */
const THE_PART = new RegExp(`^[^,;:.]{0,40}?,\\s+((?:${DIGITS})|${CARDINAL_WORD})\\s+(?=(?:were|was|are|is|had|have|has|did|do|remain(?:ed)?|came|went|stayed|received|got)\\b)`, 'u');

/**
 * "Of the 47 seizures, 19 were of goods bound for Ghana", "Of the 30 border posts, 12 have scanners": a number opening the
 * clause after a whole that opens the sentence counts part of that whole, in its noun's unit. A whole measured in a unit ("Of
 * the 40 tonnes seized, 12 were maize") is no count (`MEASURE_WORD`): its part is left to the value
 * patterns, which give it the whole's unit (the whole itself, after "the",
 * points back and is no count). The number must stand before a verb ("were", "are", "had"), so "Of the 30 members, 12
 * Ghanaian delegates…" is left to the counted phrase. Undefined when the sentence opens otherwise.
 * @example partOfWhole('Of the 52 seizures, 17 were of rice.', 0, []) // → { value: 17, unit: 'count', noun: 'seizures', rule: 'part-of-whole', … }
 */
export function partOfWhole(sentence: string, base: number, skip: [number, number][]): Value | undefined {
  const whole = OF_THE_WHOLE.exec(sentence);
  if (!whole) return undefined;
  const noun = countsAfter(sentence, base, base + whole[0].length);
  if (!noun || MEASURE_WORD.test(noun.noun)) return undefined;
  const part = THE_PART.exec(sentence.slice(noun.phraseEnd - base));
  if (!part) return undefined;
  const start = noun.phraseEnd + part[0].indexOf(part[1]!, part[0].indexOf(','));
  const end = start + part[1]!.length;
  if (skip.some(([a, b]) => start < b && end > a)) return undefined;
  return { start, end, value: parseNumber(part[1]!), unit: noun.unit, rule: 'part-of-whole', noun: noun.noun };
}
