import type { TimeAnnotation } from '../../model/annotation.js';
import { MONTH, monthNumber, pad } from './patterns.js';

type Found = Omit<TimeAnnotation, 'stage'>;

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TWO_DIGITS = `(?:(?:${TENS.join('|')})(?:[- ](?:${UNITS.join('|')}))?|${TEENS.join('|')})`;

/**
 * Years read out as words, as broadcast transcripts write them: "nineteen ninety-six",
 * "January nineteen ninety-seven", "the year two thousand", "two thousand and one".
 * "nineteen" alone, or before a word that is no tens ("nineteen people"), is a number.
 */
const SPELLED = new RegExp(
  `\\b(?:(${MONTH})\\s+)?(?:(nineteen)[- ](${TWO_DIGITS})|(?:the year\\s+)?(two thousand)(?:(?:\\s+and)?[- ](${UNITS.join('|')}|${TEENS.join('|')}))?)\\b(?!-|\\s+(?:people|dollars|men|women|years|times|percent|miles|feet|troops|soldiers|tons)\\b)`,
  'gi',
);

/** 0–99 from its words: "ninety-six" → 96. */
function twoDigits(s: string): number {
  const [a, b] = s.toLowerCase().split(/[- ]/);
  const teen = TEENS.indexOf(a!);
  if (teen >= 0) return 10 + teen;
  return (TENS.indexOf(a!) + 2) * 10 + (b ? UNITS.indexOf(b) + 1 : 0);
}

/**
 * Finds years written in words.
 * @example findSpelledYears('in nineteen seventy-nine')[0] // → { text: 'nineteen seventy-nine', edtf: '1979', … }
 */
export function findSpelledYears(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(SPELLED)) {
    // "two thousand (and one)" counts things unless it is "the year two thousand" or a month's year.
    if (m[4] && !m[1] && !/^the year/i.test(m[0])) continue;
    const year = m[2] ? 1900 + twoDigits(m[3]!) : 2000 + (m[5] ? UNITS.indexOf(m[5].toLowerCase()) + 1 || 10 + TEENS.indexOf(m[5].toLowerCase()) : 0);
    const edtf = m[1] ? `${year}-${pad(monthNumber(m[1]))}` : String(year);
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], rule: 'spelled-year', edtf, granularity: m[1] ? 'month' : 'year', timex: { type: 'DATE', value: edtf } });
  }
  return out;
}
