/** Numbers in prose: "1,005,000", "3.75 million", "₹60,000 crore", "two million", "twelfth". */
import { lexiconInvalid, lexiconPath, readLexicon } from '../../lexicon.js';
import { escapeRegExp } from '../pattern-set.js';

interface NumberWords {
  scales: Record<string, number>;
  /** Letters written right after an amount of money ("£300m"). */
  shortScales: Record<string, number>;
  cardinals: Record<string, number>;
  multiples: Record<string, number>;
  /** Fractions of a whole as percentages ("a quarter" 25, "two-thirds" 66.7); a space in a word stands for a space or a hyphen. */
  fractions: Record<string, number>;
  ordinals: Record<string, number>;
  /** Physical units by the unit a fact stores ("m3"), each with the words written for it (regular expressions: "cubic met(?:er|re)s"). */
  measures: Record<string, string[]>;
  /** Words right before a number that make it a label ("Table 1", "extension 3417"), matched in any case. */
  labels: string[];
  /** Each measure's base unit and the factor to it: "nmi" → ["m", 1852]. */
  baseUnits: Record<string, [string, number]>;
  /** Units written with their scale in them, stored as another unit times a factor: "bcm" → ["m3", 1e9]. */
  measureFactors: Record<string, [string, number]>;
}

let cached: NumberWords | undefined;

/** Reads and checks lexicon/numbers.json once: every value a positive finite number, every word lowercase. */
export function numberWords(): NumberWords {
  if (cached) return cached;
  const path = lexiconPath('numbers.json');
  const raw = readLexicon(path);
  for (const part of ['scales', 'shortScales', 'cardinals', 'multiples', 'ordinals', 'fractions'] as const) {
    const table = raw[part];
    if (!table || typeof table !== 'object') lexiconInvalid(path, `"${part}"`, 'must be an object of word → number');
    for (const [word, n] of Object.entries(table)) {
      if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) lexiconInvalid(path, `${part}."${word}"`, `must be a positive number, not ${JSON.stringify(n)}`);
      if (word !== word.toLowerCase() || !word.trim()) lexiconInvalid(path, `${part}."${word}"`, 'must be a lowercase word');
    }
  }
  const measures = raw.measures;
  if (!measures || typeof measures !== 'object') lexiconInvalid(path, '"measures"', 'must be an object of unit → list of words');
  for (const [unit, words] of Object.entries(measures)) {
    if (!Array.isArray(words) || !words.length || words.some((w) => typeof w !== 'string' || !w.trim())) lexiconInvalid(path, `measures."${unit}"`, 'must be a non-empty list of words');
    for (const w of words as string[]) {
      try {
        new RegExp(w, 'u');
      } catch (e) {
        lexiconInvalid(path, `measures."${unit}"`, `"${w}" is no regular expression: ${(e as Error).message}`);
      }
    }
  }
  if (!Array.isArray(raw.labels) || raw.labels.some((w: unknown) => typeof w !== 'string' || !w.trim() || w !== w.trim())) lexiconInvalid(path, '"labels"', 'must be a list of words');
  const bases = raw.baseUnits ?? {};
  for (const [unit, base] of Object.entries(bases)) {
    if (!(unit in measures)) lexiconInvalid(path, `baseUnits."${unit}"`, 'is no unit of "measures"');
    if (!Array.isArray(base) || typeof base[0] !== 'string' || !base[0] || typeof base[1] !== 'number' || !(base[1] > 0))
      lexiconInvalid(path, `baseUnits."${unit}"`, 'must be [base unit, positive factor]');
  }
  const factors = raw.measureFactors ?? {};
  for (const [unit, to] of Object.entries(factors)) {
    if (!(unit in measures)) lexiconInvalid(path, `measureFactors."${unit}"`, 'is no unit of "measures"');
    if (!Array.isArray(to) || !(to[0] in measures) || to[0] in factors || typeof to[1] !== 'number' || !(to[1] > 0))
      lexiconInvalid(path, `measureFactors."${unit}"`, 'must be [a unit of "measures" with no factor of its own, positive factor]');
  }
  cached = { ...raw, baseUnits: bases, measureFactors: factors } as NumberWords;
  return cached;
}

/** Alternation of words, longest first, for a regular expression. */
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');

/** A number written in digits: "1,005,000", "20.334", and in Indian grouping "1,50,000" (lakhs and crores). */
export const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,2}(?:,\\d\\d)+,\\d{3}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
/** Scale words ("million", "crore"), as a regex group; matched case-insensitively by `parseNumber`. */
export const SCALE_WORD = `(?:${alternation(Object.keys(numberWords().scales))})`;
/**
 * The space between a number and its scale word: one space, or the end of a hard-wrapped line and the next line's indent
 * ("EUR 15.1\n    billion"), never a blank line.
 */
export const SCALE_GAP = '(?:[ \\t]*\\n[ \\t]*|\\s)';
/** Letters that scale an amount of money they are written against ("£300m"), as a regex group: only after a digit. */
export const SHORT_SCALE_WORD = `(?:(?<=\\d)(?:${alternation(Object.keys(numberWords().shortScales))}))`;
const capitalised = (alt: string) => alt.replace(/(^|\|)([a-z])/g, (_, bar, c) => `${bar}[${c}${c.toUpperCase()}]`);
const tens = () => Object.keys(numberWords().cardinals).filter((w) => /^[a-z]+ty$/.test(w));
const units = () =>
  Object.keys(numberWords().cardinals).filter((w) => {
    const n = numberWords().cardinals[w]!;
    return n >= 1 && n <= 9 && !w.includes(' ');
  });
/** Number words ("two", "a dozen"), and compounds of a ten and a unit ("twenty-five", "forty two"), as a regex group, their first letter in either case. */
export const CARDINAL_WORD = `(?:(?:${capitalised(alternation(tens()))})[\\s-](?:${alternation(units())})(?![A-Za-z])|${capitalised(alternation(Object.keys(numberWords().cardinals)))})`;
/** Label words ("Table", "extension"), longest first, as a regex group. */
export const LABEL_WORD = alternation(numberWords().labels);
/** Ordinal words ("fourth"), as a regex group. */
export const ORDINAL_WORD = alternation(Object.keys(numberWords().ordinals));
/** The words of every physical unit ("MW", "cubic metres"), longest first, as a regex group. */
/** A unit's word as headings and tables write it too, capitalised ("35,000 Tonnes", "400 Megawatts"); a symbol ("ha", "kg", "MW") as written. */
const eitherCase = (w: string) => (/^[a-z][a-z]{3}/.test(w) ? `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}` : w);

export const MEASURE_WORD = `(?:${Object.values(numberWords().measures)
  .flat()
  .sort((a, b) => b.length - a.length)
  .map(eitherCase)
  .join('|')})`;

const measureWords = Object.entries(numberWords().measures).map(([unit, words]) => [unit, new RegExp(`^(?:${words.map(eitherCase).join('|')})$`, 'u')] as const);
/** The unit a measure's word stands for: "cubic metres" → "m3", "megawatts" → "MW"; the word itself when no unit has it. */
export function measureUnit(word: string): string {
  return measureWords.find(([, re]) => re.test(word))?.[0] ?? word;
}

/**
 * A measure as a fact stores it: a unit written with its scale in it (`measureFactors`) as the unit it scales.
 * @example storedMeasure(2.5, 'bcm') // → { value: 2500000000, unit: 'm3' }; storedMeasure(600, 'MW') // → { value: 600, unit: 'MW' }
 */
export function storedMeasure(value: number, unit: string): { value: number; unit: string } {
  const to = numberWords().measureFactors[unit];
  return to ? { value: scaled(value, to[1]), unit: to[0] } : { value, unit };
}

/**
 * A measure in its base unit (lexicon/numbers.json `baseUnits`); undefined for a unit that has none (money, persons) or is its own base.
 * @example inBaseUnits(14, 'nmi') // → { value: 25928, unit: 'm' }
 */
export function inBaseUnits(value: number, unit: string): { value: number; unit: string } | undefined {
  const base = numberWords().baseUnits[unit];
  return base && base[0] !== unit ? { value: scaled(value, base[1]), unit: base[0] } : undefined;
}

/** Fractions ("a quarter", "two-thirds", "one third"), longest first, as a regex group: a space in a word is a space or a hyphen, "s" may end it. */
export const FRACTION_WORD = `(?:${Object.keys(numberWords().fractions)
  .sort((a, b) => b.length - a.length)
  .map((w) => escapeRegExp(w).replace(/ /g, '[\\s-]'))
  .join('|')})`;

/** "a quarter", "Two-thirds", "one third" → 25, 66.7, 33.3 (percent). */
export function parseFraction(s: string): number | undefined {
  return numberWords().fractions[s.toLowerCase().replace(/[\s-]+/g, ' ')];
}

/** Multiples by themselves ("twice"), as a regex group. */
export const MULTIPLE_WORD = `(?:${alternation(Object.keys(numberWords().multiples))})`;

/**
 * A value times a factor with binary noise rounded away (12 significant digits): 20.334 × 1e9 = 20334000000, not 20333999999.999996.
 * @example scaled(2.5, 1e9) // → 2500000000
 */
export function scaled(n: number, k: number): number {
  return Number((n * k).toPrecision(12));
}

/**
 * Parses "1,005,000", "20.334" or a number word ("two", "a dozen"), with an optional scale
 * word, into a number: ("60,000", "crore") → 600000000000.
 */
export function parseNumber(digits: string, scale?: string): number {
  const { scales, cardinals } = numberWords();
  const key = digits.toLowerCase().replace(/\s+/g, ' ');
  // "twenty-five", "forty two": a ten and a unit.
  const compound = /^([a-z]+ty)[\s-]([a-z]+)$/.exec(key);
  const word = cardinals[key] ?? (compound && cardinals[compound[1]!] && cardinals[compound[2]!] ? cardinals[compound[1]!]! + cardinals[compound[2]!]! : undefined);
  const n = word ?? Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
  const k = scale ? (scales[scale.toLowerCase()] ?? numberWords().shortScales[scale.toLowerCase()] ?? 1) : 1;
  // An integer of up to 12 digits is exact as it is (the common case, and rounding is slow).
  if (k === 1 && Number.isInteger(n) && Math.abs(n) < 1e12) return n;
  return scaled(n, k);
}

/** "3rd", "150th", "twelfth" → 3, 150, 12. */
export function parseOrdinal(s: string): number | undefined {
  const m = /^(\d+)(?:st|nd|rd|th)$/i.exec(s);
  if (m) return Number(m[1]);
  return numberWords().ordinals[s.toLowerCase()];
}

/** "twentieth" … "ninetieth", "hundredth": the ordinal of a ten or of a hundred, from its cardinal in the lexicon. */
const tenOrdinals = (): Record<string, number> => Object.fromEntries([...tens(), 'hundred'].map((w) => [w.replace(/y$/, 'ieth').replace(/d$/, 'dth'), numberWords().cardinals[w]!]));
const unitOrdinals = () => Object.keys(numberWords().ordinals).filter((w) => numberWords().ordinals[w]! < 10);

/** Ordinal words of any number up to the ninety-ninth, and "hundredth": "sixtieth", "seventy-fifth", "twenty first", as a regex group. */
export const ORDINAL_WORDS_ANY = `(?:(?:${alternation(tens())})[\\s-](?:${alternation(unitOrdinals())})|${alternation([...Object.keys(numberWords().ordinals), ...Object.keys(tenOrdinals())])})`;

/**
 * An ordinal word of `ORDINAL_WORDS_ANY` as a number; undefined for any other word.
 * @example parseOrdinalWords('seventy-fifth') // → 75
 */
export function parseOrdinalWords(s: string): number | undefined {
  const key = s.toLowerCase().replace(/\s+/g, ' ');
  const { ordinals, cardinals } = numberWords();
  const compound = /^([a-z]+ty)[\s-]([a-z]+)$/.exec(key);
  const unit = compound ? ordinals[compound[2]!] : undefined;
  if (compound && cardinals[compound[1]!] && unit !== undefined && unit < 10) return cardinals[compound[1]!]! + unit;
  return ordinals[key] ?? tenOrdinals()[key];
}

/** "twice", "seven times", "3-fold" → 2, 7, 3. */
export function parseMultiple(s: string): number | undefined {
  const multiple = numberWords().multiples[s.toLowerCase()];
  if (multiple) return multiple;
  const m = /^(.+?)[\s-]*(?:times|fold)$/i.exec(s);
  return m ? parseNumber(m[1]!) : undefined;
}
