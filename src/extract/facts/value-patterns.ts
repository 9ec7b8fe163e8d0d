/**
 * The value patterns of the fact stage (money, percentages, measures, counts, factors, ranks,
 * plain numbers, and numbers that are no quantity), and their matches in a text: each
 * pattern tried only where its matches can begin, after one scan for numbers
 * (number-starts.ts), with exactly the matches `text.matchAll` gives.
 */
import { CARDINAL_WORD, DIGITS, FRACTION_WORD, LABEL_WORD, MEASURE_WORD, MULTIPLE_WORD, ORDINAL_WORD, SCALE_GAP, SCALE_WORD, numberWords } from './numbers.js';
import { currencyLexicon, symbolStarts } from './currency-finder.js';
import { COUNTED_PHRASE, NTH_TIME } from './counted-finder.js';
import { SUPERLATIVE_RANK, rankNouns } from './superlative-finder.js';
import { unitNouns } from './unit-nouns.js';
import { PatternSet, matchesAt, stickyOf } from '../pattern-set.js';
import { ARTICLE, CARDINAL, DIGIT, MULTIPLE as MULTIPLE_KIND, ORDINAL as ORDINAL_KIND, numberStarts, startsOf } from './number-starts.js';

const NUM = DIGITS;
/** A number in digits or in words ("two million", "eight agreements"). */
const NUM_OR_WORD = `${DIGITS}|${CARDINAL_WORD}(?![\\p{L}-])`;
/** "twice", "seven times", "3-fold": a factor. */
const MULTIPLE = new RegExp(`(?<![\\p{L}\\d.,])(${MULTIPLE_WORD}|(?:${DIGITS}|${CARDINAL_WORD})[\\s-]?(?:times|fold))(?![\\p{L}])`, 'gu');
/** The ways news writes "percent": "%", "per cent", "per-cent", "percent", "percentage points" (a share's change), and the press's "pc" and "pct" ("up 7.5 pc"). */
const PER_CENT = '%|per[ -]?cent\\b|percent\\b|percentage points?\\b|pct\\b|pc\\b';
const PERCENT = new RegExp(`(?<![\\d.,])(${NUM})\\s?(${PER_CENT})`, 'g');
/** "7-8% annual growth", "5 to 6 percent", "between 20 and 30 per cent": the first number of a range is a percentage too. */
const PERCENT_RANGE = new RegExp(`(?<![\\d.,])(${NUM})(?=\\s?(?:-|–|to)\\s?(?:${NUM})\\s?(?:${PER_CENT})|(?<=\\bbetween\\s+${NUM})\\s+and\\s+(?:${NUM})\\s?(?:${PER_CENT}))`, 'g');
/**
 * "one in two", "one in every five", "three out of four", "1 in 8": a share told as a ratio of two counts (a percentage);
 * not a span of time ("one in three years"), a year ("one in 2025"), "one in a million", nor a count of a scale
 * ("one in 2 million doses", "one in ten thousand": a number of scale words is no share of two counts).
 */
const RATIO = new RegExp(
  `(?<![\\p{L}\\d.,-])(${NUM_OR_WORD})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(?!(?:1[5-9]|20)\\d\\d\\b|an?\\s)(${NUM_OR_WORD})(?![\\p{L}\\d-]|[.,]\\d|\\s+(?:[\\p{L}-]+\\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century|times)\\b|\\s+${SCALE_WORD}\\b)`,
  'gu',
);
/** "600 MW", "10 billion cubic metres", "34.1 million barrels", "a 1,751-km border", "about two kilometres": a physical unit of numbers.json's `measures`. */
const MEASURE = new RegExp(`(?<![\\d.,\\p{L}])(${NUM}|${CARDINAL_WORD})(?:\\s(${SCALE_WORD}))?[\\s-]?(${MEASURE_WORD})(?![\\p{L}\\p{N}])`, 'gu');
/** Letters of a scale written against a count ("1.2m visitors", "30k troops"), as the press writes them. */
const SHORT_SCALE = Object.keys(numberWords().shortScales).join('|');
/** Counted nouns right after a number give its unit: "1,913 persons", "4,632 projects", "15 weekly flights" (unit-nouns.ts). */
const COUNTED = new RegExp(
  `(?<![\\d.,$¥€£\\p{L}])(${DIGITS}|${CARDINAL_WORD})(?:\\s?((?<=\\s)${SCALE_WORD}|(?<=\\d)(?:${SCALE_WORD}|${SHORT_SCALE})(?=\\s)))?\\s+(?:[a-zA-Z-]+\\s+){0,2}?(${unitNouns().alternation})(?![\\p{L}-])`,
  'giu',
);
/**
 * Durations ("28 hours", "ten years later") and labels ("number 1", "No. 5", "ASEAN+1", "Table 1", "extension 3417": `labels` of
 * numbers.json) are not facts; a label's plural before a list ("Sections 6.1 and 6.2") is `LABEL_LIST` of no-quantity.ts.
 */
const NOT_QUANTITY = new RegExp(
  `(?:\\+\\s?\\d{1,4}(?:[\\s-]\\(?\\d{1,4}\\)?){1,5}\\b|(?:\\bnumber|\\bNo\\.?|\\+|\\btop\\s|\\b(?:${LABEL_WORD})\\s)\\s?\\d+\\b|\\b(?:\\d+|${CARDINAL_WORD})(?:\\s?[-–]\\s?\\d+)?[\\s-]+(?:hours?|days?|weeks?|months?|years?|decades?|centuries|minutes?)\\b)`,
  'gi',
);
/** A bare number, with its scale word written apart or against its digits ("3.6 billion", "against 2.9bn"). */
const PLAIN = new RegExp(
  `(?<![\\d.,$¥€£\\\\/#\\p{L}-]|No\\.\\s?|Route\\s|pp?\\.\\s?)(${NUM_OR_WORD})(?:${SCALE_GAP}(${SCALE_WORD})\\b|(?<=\\d)(${SCALE_WORD})\\b)?(?!\\d|,\\d|\\.\\d|\\s?(?:%|per[ -]?cent|pct\\b|pc\\b|MW|GW|kW|km)|<\\/sup>|(?:st|nd|rd|th)\\b)`,
  'gu',
);
const ORDINAL = new RegExp(`\\b(\\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORD})\\b`, 'gi');
/** "a quarter of Czech exports", "two-thirds of its students": a share; not "the first half of 2019", "a quarter of a century". */
const FRACTION = new RegExp(
  `(?<![\\p{L}-])(?<!\\b(?:the|first|second|latter|former|a|and)\\s)(${FRACTION_WORD})(?=\\s+of\\s+(?!(?:an?\\s+|the\\s+)?(?:centur|year|decade|month|week|day|hour|(?:19|20)\\d\\d)))`,
  'giu',
);
/** "Kenya was number 4", "the UK was the number 1 destination": a place in a ranking. */
const RANK_NUMBER = new RegExp(
  `\\b(?:number|No\\.)\\s?(\\d{1,3})\\b(?:(?<=\\b(?:was|is|were|are|became|becomes|remained|ranked|ranking|as)\\s+(?:the\\s+)?(?:number|No\\.)\\s?\\d{1,3})|(?=\\s+(?:[\\p{L}-]+\\s+){0,2}?${rankNouns()}(?![\\p{L}-])))`,
  'giu',
);

/** Every value pattern, global, by name. */
export const VALUE_PATTERNS = {
  RANK_NUMBER,
  SUPERLATIVE_RANK,
  FRACTION,
  NOT_QUANTITY,
  CURRENCY_BEFORE: currencyLexicon().before,
  CURRENCY_AFTER: currencyLexicon().after,
  CURRENCY_NAME_BEFORE: currencyLexicon().nameBefore,
  PERCENT,
  PERCENT_RANGE,
  RATIO,
  MEASURE,
  COUNTED_PHRASE,
  NTH_TIME,
  COUNTED,
  MULTIPLE,
  ORDINAL,
  PLAIN,
};

export type PatternName = keyof typeof VALUE_PATTERNS;

/**
 * Where each value pattern's matches begin: at a number of these kinds (number-starts.ts), all
 * its alternatives beginning with one after a boundary. Patterns not listed begin with a
 * literal (a currency symbol, "was the number", "No.") and are found from those.
 */
const STARTS: Partial<Record<PatternName, number>> = {
  CURRENCY_AFTER: DIGIT | CARDINAL | ARTICLE,
  CURRENCY_NAME_BEFORE: DIGIT,
  PERCENT: DIGIT,
  PERCENT_RANGE: DIGIT,
  RATIO: DIGIT | CARDINAL,
  MEASURE: DIGIT | CARDINAL,
  COUNTED_PHRASE: DIGIT | CARDINAL | ARTICLE,
  COUNTED: DIGIT | CARDINAL,
  MULTIPLE: DIGIT | CARDINAL | MULTIPLE_KIND,
  ORDINAL: DIGIT | ORDINAL_KIND,
  PLAIN: DIGIT | CARDINAL,
};
const STICKY = Object.fromEntries(Object.entries(VALUE_PATTERNS).map(([name, re]) => [name, stickyOf(re)])) as Record<PatternName, RegExp>;
/** A value pattern's sticky form, as the text's figures are found with it (a table's cells are read with the currency ones: `table-units.ts`). */
export const stickyValuePattern = (name: PatternName): RegExp => STICKY[name];
/** Patterns that begin with words ("was the number 4", "is the second time", "largest partner"): found from those words' literal starts. */
const LITERAL_LED = new PatternSet([RANK_NUMBER, NTH_TIME, SUPERLATIVE_RANK, FRACTION]);

/**
 * Each value pattern's matches in the whole text, exactly those of `text.matchAll`, each
 * pattern tried only where its matches can begin.
 * @example valueMatches('US$20 billion').CURRENCY_BEFORE[0][0] // → 'US$20 billion'
 */
export function valueMatches(text: string): Record<PatternName, RegExpExecArray[]> {
  const out = {} as Record<PatternName, RegExpExecArray[]>;
  const numbers = numberStarts(text);
  const [rankNumber, nthTime, superlative, fraction] = LITERAL_LED.matchAll(text);
  const byKinds = new Map<number, number[]>();
  for (const [name, re] of Object.entries(VALUE_PATTERNS) as [PatternName, RegExp][]) {
    const startKinds = STARTS[name];
    const symbols = name === 'CURRENCY_BEFORE' ? symbolStarts(text, startsOf(numbers, DIGIT)) : undefined;
    if (startKinds) {
      if (!byKinds.has(startKinds)) byKinds.set(startKinds, startsOf(numbers, startKinds));
      out[name] = matchesAt(STICKY[name], text, byKinds.get(startKinds)!);
    } else if (symbols) out[name] = matchesAt(STICKY[name], text, symbols);
    else if (name === 'RANK_NUMBER') out[name] = rankNumber!;
    else if (name === 'NTH_TIME') out[name] = nthTime!;
    else if (name === 'SUPERLATIVE_RANK') out[name] = superlative!;
    else if (name === 'FRACTION') out[name] = fraction!;
    else {
      re.lastIndex = 0;
      out[name] = [...text.matchAll(re)] as RegExpExecArray[];
    }
  }
  return out;
}
