/**
 * Numbers spelled out in several words (session 47), as transcripts, speeches and captions write them: "five hundred students",
 * "two thousand eight hundred million dollars", "two hundred and three kilometres", "three point four million people". The value
 * patterns read one number word ("five", "thirty") or a word with a scale ("thirty thousand"); a compound with "hundred", or a
 * decimal with "point" before a scale word, they read in part ("eight hundred million", "four million"). This rewrites each such
 * compound as digits in a copy of the text of the same length — the digits at the compound's end, spaces before them — so the
 * patterns read it whole; `spelledStart` gives a value found in the copy its start in the text.
 * Not rewritten but blanked: a year said in words ("two thousand and nineteen", "two thousand five": 2001–2099 after "two thousand"; "nineteen hundred and ninety-five", "in nineteen hundred": a teen before "hundred" and more words, or after a preposition of time; "twelve hundred traders" is read), unless a plural noun follows it and no preposition of time precedes it ("two thousand and fifty Ugandan refugees" is 2050), a number after a label ("Item one hundred and five"),
 * "point" with no scale word after it ("at one point three ministers"), a lone word ("hundred", "a thousand").
 */
import { numberWords } from './numbers.js';

/** The one-word cardinals of numbers.json by kind: units 1–9, teens 10–19, tens 20–90 ("one", "eleven", "forty"). */
let words: { UNITS: Record<string, number>; TEENS: Record<string, number>; TENS: Record<string, number>; SMALL: Record<string, number>; COMPOUND: RegExp } | undefined;
function lexicon() {
  if (words) return words;
  const single = Object.entries(numberWords().cardinals).filter(([w]) => /^[a-z]+$/.test(w) && w !== 'hundred');
  const pick = (ok: (n: number) => boolean) => Object.fromEntries(single.filter(([, n]) => ok(n)));
  const UNITS = pick((n) => n >= 1 && n <= 9 && Number.isInteger(n));
  const TEENS = pick((n) => n >= 10 && n <= 19 && Number.isInteger(n));
  const TENS = pick((n) => n >= 20 && n <= 90 && n % 10 === 0);
  const SMALL: Record<string, number> = { ...UNITS, ...TEENS, ...TENS, zero: 0 };
  const WORD = `(?:${Object.keys(SMALL).join('|')}|hundred|thousand)`;
  const DIGIT = `(?:${Object.keys(UNITS).join('|')}|zero)`;
  /** A run of number words joined by spaces, hyphens or "and", optionally "point" and digit words. */
  const COMPOUND = new RegExp(`\\b${WORD}(?:(?:[\\s-]+|\\s+and\\s+)${WORD})+(?:\\s+point(?:\\s+${DIGIT})+)?\\b|\\b${WORD}\\s+point(?:\\s+${DIGIT})+\\b`, 'gi');
  return (words = { UNITS, TEENS, TENS, SMALL, COMPOUND });
}

/** The value of a compound's words, or undefined when they do not make one number ("five three", "hundred hundred"). */
function valueOf(words: string[]): number | undefined {
  const { UNITS, SMALL } = lexicon();
  let total = 0;
  let current = 0;
  let last: 'small' | 'ten' | 'hundred' | 'thousand' | undefined;
  let k = 0;
  for (; k < words.length && words[k] !== 'point'; k++) {
    const w = words[k]!;
    if (w === 'and') continue;
    if (w === 'hundred') {
      if (last === 'hundred' || last === 'thousand' || current >= 100) return undefined;
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (w === 'thousand') {
      if (last === 'thousand') return undefined;
      total += (current || 1) * 1000;
      current = 0;
      last = 'thousand';
    } else {
      const n = SMALL[w];
      if (n === undefined) return undefined;
      // "twenty five" after a ten; a unit or teen only where no unit or ten stands yet in this hundred.
      if (last === 'small' || (last === 'ten' && n >= 10)) return undefined;
      current += n;
      last = n >= 20 ? 'ten' : 'small';
    }
  }
  let value = total + current;
  if (k < words.length) {
    const digits = words.slice(k + 1).map((w) => (w === 'zero' ? 0 : UNITS[w]));
    if (!digits.length || digits.some((d) => d === undefined)) return undefined;
    value = Number(`${value}.${digits.join('')}`);
  }
  return value;
}

let labelBefore: RegExp | undefined;
/** A label word of numbers.json (`labels`: "Item", "Article", "Chapter", "flight") or "No." right before a compound. */
const LABEL_BEFORE = () =>
  (labelBefore ??= new RegExp(
    `(?:\\b(?:${numberWords()
      .labels.map((l) => l.replace(/[.]/g, '\\.'))
      .join('|')})|\\bNo\\.|\\bnumber)\\s+$`,
    'i',
  ));

/** A scale word right after a compound with "point": "three point four *million*", "one point two *percent*". */
const SCALE_AFTER = new RegExp(`^\\s+(?:${Object.keys(numberWords().scales).join('|')}|per\\s?cent|percent)\\b`, 'i');

/** A preposition of time right before a compound: "in", "since", "by" two thousand and nine. */
const TIME_BEFORE = /\b(?:in|since|by|until|from|of|to)\s+$/i;
/** A plural noun right after a compound, after up to two capitalised words and one other: "Ugandan refugees", "Ugandan police officers"; not "was". */
const PLURAL_AFTER = /^\s+(?:\p{Lu}\p{L}+\s+){0,2}(?:\p{Ll}+\s+)?(?!(?:was|has|is|does)\b)\p{Ll}{2,}(?<!ss|us|is|as)s\b/u;

export interface SpelledNumbers {
  /** The text with each compound rewritten as its digits, right-aligned in the compound's span. */
  text: string;
  /** The compounds rewritten: their span and where their digits start. */
  spans: { start: number; end: number; digits: number }[];
}

/**
 * The text with every spelled-out compound number rewritten as digits, offsets unchanged.
 * @example spelledNumbers('We share a border of two hundred and three kilometres.').text
 * // → 'We share a border of ' + 18 spaces + '203 kilometres.'
 */
export function spelledNumbers(text: string): SpelledNumbers {
  const spans: SpelledNumbers['spans'] = [];
  let out = '';
  let from = 0;
  const { TEENS, COMPOUND } = lexicon();
  for (const m of text.matchAll(COMPOUND)) {
    const words = m[0].toLowerCase().split(/[\s-]+/);
    const decimal = words.includes('point');
    if (!decimal && !words.includes('hundred') && !words.includes('thousand')) continue;
    // "thirty thousand", "ten thousand": a word and a scale the patterns read already, as they do "one in ten thousand" (no figure).
    if (!decimal && words.length === 2 && words[1] === 'thousand') continue;
    if (decimal && !SCALE_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) continue;
    const value = valueOf(words);
    if (value === undefined) continue;
    // "two thousand five", "two thousand and nineteen", "nineteen hundred and ninety-five": a year said in words, blanked so that
    // no value pattern reads its words ("opened in two thousand and nine" is no 2000); after a preposition of time always, else
    // unless a plural noun follows ("two thousand and fifty Ugandan refugees", "eleven hundred and forty police officers" count).
    const afterTime = TIME_BEFORE.test(text.slice(Math.max(0, m.index! - 8), m.index!));
    const yearShaped =
      !decimal && ((value > 2000 && value < 2100 && /^two thousand\b/i.test(m[0])) || (Object.hasOwn(TEENS, words[0]!) && words[1] === 'hundred' && value >= 1100 && (words.length > 2 || afterTime)));
    if (yearShaped && (afterTime || !PLURAL_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60)))) {
      out += text.slice(from, m.index!) + ' '.repeat(m[0].length);
      from = m.index! + m[0].length;
      continue;
    }
    // "Item one hundred and five", "Article two hundred", "No. three hundred": a number after a label names a thing, it counts none.
    if (LABEL_BEFORE().test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    const digits = String(value);
    if (digits.length > m[0].length) continue;
    const start = m.index!;
    out += text.slice(from, start) + ' '.repeat(m[0].length - digits.length) + digits;
    from = start + m[0].length;
    spans.push({ start, end: from, digits: from - digits.length });
  }
  return { text: out + text.slice(from), spans };
}

/** Where a value found in the rewritten text starts in the text: a compound's start for its digits. */
export function spelledStart(spans: SpelledNumbers['spans'], at: number): number {
  return spans.find((s) => at >= s.digits && at < s.end)?.start ?? at;
}
