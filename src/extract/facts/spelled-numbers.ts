/**
 * Numbers spelled out in several words (session 47), as transcripts, speeches and captions write them: "five hundred students",
 * "two thousand eight hundred million dollars", "two hundred and three kilometres", "three point four million people". The value
 * patterns read one number word ("five", "thirty") or a word with a scale ("thirty thousand"); a compound with "hundred", or a
 * decimal with "point" before a scale word, they read in part ("eight hundred million", "four million"). This rewrites each such
 * compound as digits in a copy of the text of the same length — the digits at the compound's end, spaces before them — so the
 * patterns read it whole; `spelledStart` gives a value found in the copy its start in the text.
 * Not rewritten: a year said in words ("two thousand and nineteen", 2000–2099 with "and" or a tens word after "thousand"),
 * "point" with no scale word after it ("at one point three ministers"), a lone word ("hundred", "a thousand").
 */
import { numberWords } from './numbers.js';

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SMALL = { ...UNITS, ...TEENS, ...TENS, zero: 0 };
const WORD = `(?:${Object.keys(SMALL).join('|')}|hundred|thousand)`;
/** A run of number words joined by spaces, hyphens or "and", optionally "point" and digit words. */
const COMPOUND = new RegExp(`\\b${WORD}(?:(?:[\\s-]+|\\s+and\\s+)${WORD})+(?:\\s+point(?:\\s+(?:${Object.keys(UNITS).join('|')}|zero))+)?\\b|\\b${WORD}\\s+point(?:\\s+(?:${Object.keys(UNITS).join('|')}|zero))+\\b`, 'gi');

/** The value of a compound's words, or undefined when they do not make one number ("five three", "hundred hundred"). */
function valueOf(words: string[]): number | undefined {
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
      const n = SMALL[w as keyof typeof SMALL];
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

/** A scale word right after a compound with "point": "three point four *million*", "one point two *percent*". */
const SCALE_AFTER = new RegExp(`^\\s+(?:${Object.keys(numberWords().scales).join('|')}|per\\s?cent|percent)\\b`, 'i');

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
  for (const m of text.matchAll(COMPOUND)) {
    const words = m[0].toLowerCase().split(/[\s-]+/);
    const decimal = words.includes('point');
    if (!decimal && !words.includes('hundred') && !words.includes('thousand')) continue;
    // "thirty thousand", "ten thousand": a word and a scale the patterns read already, as they do "one in ten thousand" (no figure).
    if (!decimal && words.length === 2 && words[1] === 'thousand') continue;
    if (decimal && !SCALE_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) continue;
    const value = valueOf(words);
    if (value === undefined) continue;
    // "two thousand and nineteen", "two thousand twenty-four": a year said in words.
    if (!decimal && value >= 2000 && value < 2100 && /^two thousand\b/i.test(m[0]) && (words.includes('and') || Object.hasOwn(TENS, words[2] ?? '') || Object.hasOwn(TEENS, words[2] ?? ''))) continue;
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
