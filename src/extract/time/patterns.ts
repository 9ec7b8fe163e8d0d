/** Shared pieces of the time expression patterns. */
import { numberWords } from '../facts/numbers.js';
import { escapeRegExp, wordAlternation } from '../word-alternation.js';

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The days of the week, lower case, Monday first. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** TimeML's seasons, their TIMEX3 codes and the months each covers (winter runs into the next year). */
export const SEASONS: Record<string, { code: string; months: [number, number] }> = {
  spring: { code: 'SP', months: [3, 5] },
  summer: { code: 'SU', months: [6, 8] },
  fall: { code: 'FA', months: [9, 11] },
  autumn: { code: 'FA', months: [9, 11] },
  winter: { code: 'WI', months: [12, 2] },
};
/** A season's name, lower case (the keys of `SEASONS`). */
export const SEASON_WORD = `(?:${Object.keys(SEASONS).join('|')})`;

/** A month name or its common abbreviation ("Sept.", "Oct"). */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/** A plausible year in historical and news prose. */
export const YEAR = '(?:1[0-9]\\d\\d|20\\d\\d)';
/** Nouns that a number before them counts ("1000 members"): such a number is not a year. */
export const COUNTED_NOUN =
  '(?:members|people|persons|students|workers|trainees|interns|troops|soldiers|personnel|staff|employees|officials|visitors|tourists|residents|migrants|refugees|delegates|participants|companies|firms|enterprises|projects|households|families|vehicles|ships|vessels|aircraft|schools|hospitals|houses|tonnes|hectares|copies|cases|deaths|casualties)';
/**
 * Nouns a number after them names a thing by ("Resolution 1244", "Flight 1997", "Room 2010"):
 * such a number is an identifier, not a year.
 */
export const DESIGNATOR =
  '(?:Resolutions?|Flights?|Routes?|Highway|Interstate|Bus|Gate|Room|Suite|Building|Platform|Terminal|Article|Section|Chapter|Clause|Paragraph|Page|Model|Unit|Box|No\\.|Nos\\.|Number|Docket|Pier|Berth)';
/** What follows a house number: "1600 Pennsylvania Avenue" is an address, not a year. */
export const STREET = '(?:Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Boulevard|Blvd\\.|Lane|Drive|Square|Place)';
/** Ordinal words, first to twenty-second, for centuries written out ("the eighth century"). */
export const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
  'twenty-second',
];
export const CENTURY_WORDS = `(?:${[...ORDINAL_WORDS]
  .reverse()
  .map((w) => w.replace('-', '[\\s-]'))
  .join('|')})`;
export const DASH = '[-–—‐]';
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|<sup>(?:st|nd|rd|th)</sup>)?';

/** Month number (1–12) of a month name or abbreviation. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Words that count units of time ("two years", "twenty-four hours", "a dozen weeks"), by value:
 * the cardinals of lexicon/numbers.json (the fact stage's number words, one source), their
 * compounds ("twenty-four", written with a hyphen or a space), the article ("a year", "an hour"),
 * "a couple (of)", "half", and the uncounted "several" and "few" (NaN: TimeML's `X`).
 * Look a word up with `countOf`, which folds "twenty four" to "twenty-four".
 */
export const NUMBER_WORDS: Record<string, number> = timeNumberWords();

function timeNumberWords(): Record<string, number> {
  const { cardinals } = numberWords();
  const words: Record<string, number> = { a: 1, an: 1, ...cardinals, 'a couple of': 2, 'a couple': 2, several: NaN, few: NaN, half: 0.5 };
  const tens = Object.entries(cardinals).filter(([w, n]) => n >= 20 && n < 100 && n % 10 === 0 && !w.includes(' '));
  const units = Object.entries(cardinals).filter(([w, n]) => n >= 1 && n <= 9 && !w.includes(' '));
  for (const [t, tn] of tens) for (const [u, un] of units) words[`${t}-${u}`] = tn + un;
  return words;
}

/** The value of a number word of `NUMBER_WORDS`, in any case and spacing ("Twenty four" → 24), or undefined. */
export function countOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return NUMBER_WORDS[w] ?? NUMBER_WORDS[w.replace(' ', '-')];
}

/**
 * A regular-expression alternation of the number words `keep` accepts, longest first, a compound's
 * hyphen also matching a space and a space any whitespace.
 * @example numberWordPattern((w, n) => Number.isInteger(n)) // → '(?:a\\s+couple\\s+of|twenty[\\s-]four|…|a|an)'
 */
export function numberWordPattern(keep: (word: string, n: number) => boolean): string {
  const words = Object.keys(NUMBER_WORDS).filter((w) => keep(w, NUMBER_WORDS[w]!));
  return wordAlternation(words, { spell: (c) => (c === '-' ? '[\\s-]' : c === ' ' ? '\\s+' : escapeRegExp(c)), ignoreCase: true });
}

/** Parts of a period: "early 2012" → months 1–4, "mid" 5–8, "late"/"end of" 9–12. */
export const PART_MONTHS: Record<string, [number, number]> = {
  early: [1, 4],
  beginning: [1, 3],
  start: [1, 3],
  first: [1, 6],
  mid: [5, 8],
  middle: [5, 8],
  late: [9, 12],
  end: [10, 12],
  second: [7, 12],
};

/** Normalises "the end of", "late", "mid-" to a key of PART_MONTHS. */
export function partKey(s: string): string {
  const t = s.toLowerCase();
  if (/end/.test(t)) return 'end';
  if (/beginning|start/.test(t)) return 'beginning';
  if (/mid|middle/.test(t)) return 'mid';
  if (/late/.test(t)) return 'late';
  if (/first half/.test(t)) return 'first';
  if (/(?:second|last) half/.test(t)) return 'second';
  return 'early';
}

export const PART =
  '(?:(?:the\\s+)?(?:very\\s+)?(?:early|late|mid-?|middle of(?:\\s+the)?|end of(?:\\s+the)?|beginning of(?:\\s+the)?|start of(?:\\s+the)?|(?:first|second|last) half of(?:\\s+the)?)\\s*)';
