import type { TimeAnnotation } from '../../model/annotation.js';
import { nonProseSpans } from '../citations.js';
import { CENTURY_WORDS, ORDINAL_WORDS, COUNTED_NOUN, DESIGNATOR, STREET, DASH, DAY, MONTH, PART, PART_MONTHS, YEAR, countOf, monthNumber, pad, partKey } from './patterns.js';

type Found = Omit<TimeAnnotation, 'stage'>;
type Rule = { name: string; re: RegExp; build: (m: RegExpExecArray) => Omit<Found, 'start' | 'end' | 'text' | 'rule'> | null };

const dayOf = (s: string) => Number(s.replace(/\D/g, ''));
const decade = (y: string) => y.slice(0, 3) + 'X';
/** A century's number from "21st" or "twenty-first" (0 when neither). */
const centuryNumber = (s: string) => (/^\d/.test(s) ? Number.parseInt(s, 10) : ORDINAL_WORDS.indexOf(s.toLowerCase().replace(/\s+/g, '-')) + 1);

function part(y: number, key: string): { edtf: string; mod: 'START' | 'MID' | 'END' } {
  const [a, b] = PART_MONTHS[key]!;
  return { edtf: `${y}-${pad(a)}/${y}-${pad(b)}`, mod: key === 'mid' ? 'MID' : a === 1 ? 'START' : 'END' };
}

/** Calendar expressions that carry their own year (or decade, century). Order: longest forms first. */
const RULES: Rule[] = [
  {
    name: 'month-day-year',
    re: new RegExp(`\\b(${MONTH})\\s+(${DAY}),?\\s+(${YEAR})\\b`, 'g'),
    build: (m) => {
      const v = `${m[3]}-${pad(monthNumber(m[1]!))}-${pad(dayOf(m[2]!))}`;
      return { edtf: v, granularity: 'day', timex: { type: 'DATE', value: v } };
    },
  },
  {
    name: 'day-month-year',
    // "the 3rd of May 2019", "20th of January, 1973": "of" between the day and the month, as the year-less day reads it
    // (`relative-finder.ts` day-month); without it the day was lost and "May 2019" alone was read (session 44).
    // Only after an ordinal ("3 of May 2019's shipments" counts three of them).
    re: new RegExp(`\\b(${DAY})\\s+(?:(?<=(?:st|nd|rd|th|</sup>)\\s+)of\\s+)?(${MONTH}),?\\s+(${YEAR})\\b`, 'g'),
    build: (m) => {
      const v = `${m[3]}-${pad(monthNumber(m[2]!))}-${pad(dayOf(m[1]!))}`;
      return { edtf: v, granularity: 'day', timex: { type: 'DATE', value: v } };
    },
  },
  {
    // "May to September 2026", "September and October 2025" (one stretch); "in May and September 2026" names two months
    // apart, each a DATE in TimeML, unless "between" makes it one period.
    name: 'month-range-year',
    re: new RegExp(`\\b(${MONTH})\\s*(${DASH}|to|and|through)\\s*(${MONTH})\\s+(${YEAR})\\b`, 'g'),
    build: (m) => {
      const apart = monthNumber(m[3]!) - monthNumber(m[1]!) > 1;
      if (m[2] === 'and' && apart && !/\bbetween\s+$/i.test(m.input.slice(Math.max(0, m.index - 9), m.index))) return null;
      const a = `${m[4]}-${pad(monthNumber(m[1]!))}`;
      const b = `${m[4]}-${pad(monthNumber(m[3]!))}`;
      return { edtf: `${a}/${b}`, granularity: 'interval', timex: { type: 'DURATION', value: `P${monthNumber(m[3]!) - monthNumber(m[1]!) + 1}M`, beginPoint: a, endPoint: b } };
    },
  },
  {
    // "in May and September 2026": the first of two months apart takes the year told after the second.
    name: 'month-and-month-year',
    re: new RegExp(`\\b(${MONTH})(?=\\s+and\\s+(${MONTH})\\s+(${YEAR})\\b)`, 'g'),
    build: (m) => {
      if (monthNumber(m[2]!) - monthNumber(m[1]!) <= 1 || /\bbetween\s+$/i.test(m.input.slice(Math.max(0, m.index - 9), m.index))) return null;
      const v = `${m[3]}-${pad(monthNumber(m[1]!))}`;
      return { edtf: v, granularity: 'month', timex: { type: 'DATE', value: v } };
    },
  },
  {
    name: 'part-month-year',
    re: new RegExp(`\\b(early|mid-?|late)\\s*(${MONTH})\\s+(${YEAR})\\b`, 'gi'),
    build: (m) => {
      const v = `${m[3]}-${pad(monthNumber(m[2]!))}`;
      const mod = /mid/i.test(m[1]!) ? 'MID' : /early/i.test(m[1]!) ? 'START' : 'END';
      return { edtf: v, granularity: 'month', timex: { type: 'DATE', value: v, mod } };
    },
  },
  {
    name: 'month-year',
    re: new RegExp(`\\b(${MONTH}),?\\s+(?:of\\s+)?(${YEAR})\\b`, 'g'),
    build: (m) => {
      const v = `${m[2]}-${pad(monthNumber(m[1]!))}`;
      return { edtf: v, granularity: 'month', timex: { type: 'DATE', value: v } };
    },
  },
  {
    // "from August 2019 to December 2020", "between March 2011 and May 2012": one period, each end a DATE in TimeML.
    name: 'month-year-range',
    re: new RegExp(`\\b(?:[Ff]rom\\s+(${MONTH})\\s+(${YEAR})\\s+(?:to|until|till|through)|[Bb]etween\\s+(${MONTH})\\s+(${YEAR})\\s+and)\\s+(${MONTH})\\s+(${YEAR})\\b`, 'g'),
    build: (m) => {
      const a = `${m[2] ?? m[4]}-${pad(monthNumber((m[1] ?? m[3])!))}`;
      const b = `${m[6]}-${pad(monthNumber(m[5]!))}`;
      if (b <= a) return null;
      const months = (Number(m[6]) - Number(m[2] ?? m[4])) * 12 + monthNumber(m[5]!) - monthNumber((m[1] ?? m[3])!) + 1;
      return { edtf: `${a}/${b}`, granularity: 'interval', timex: { type: 'DURATION', value: `P${months}M`, beginPoint: a, endPoint: b } };
    },
  },
  {
    name: 'year-range',
    re: new RegExp(
      `\\b(?:from\\s+(${YEAR})\\s+(?:to|until|till|through)\\s+(${YEAR})|between\\s+(${YEAR})\\s+and\\s+(${YEAR})|(${YEAR})\\s*${DASH}\\s*(${YEAR}|\\d\\d)(?![\\d,.]*\\s*(?:MW|%|km))(?!-\\d))\\b`,
      'g',
    ),
    build: (m) => {
      const a = m[1] ?? m[3] ?? m[5]!;
      let b = m[2] ?? m[4] ?? m[6]!;
      if (b.length === 2) b = a.slice(0, 2) + b;
      if (Number(b) <= Number(a)) return null;
      return { edtf: `${a}/${b}`, granularity: 'interval', timex: { type: 'DURATION', value: `P${Number(b) - Number(a) + 1}Y`, beginPoint: a, endPoint: b } };
    },
  },
  {
    name: 'part-decade',
    re: /\b(?:the\s+)?(early|mid-?|late)\s*((?:1[0-9]|20)\d0)s\b/gi,
    build: (m) => {
      const full = m[2]!;
      const d = Number(full);
      const key = /mid/i.test(m[1]!) ? 'mid' : /early/i.test(m[1]!) ? 'early' : 'late';
      const [a, b] = key === 'early' ? [d, d + 3] : key === 'mid' ? [d + 4, d + 6] : [d + 7, d + 9];
      return { edtf: `${a}/${b}`, granularity: 'decade', timex: { type: 'DATE', value: full.slice(0, 3), mod: key === 'mid' ? 'MID' : key === 'early' ? 'START' : 'END' } };
    },
  },
  {
    name: 'decade',
    re: new RegExp(`\\b(?:the\\s+)?(${YEAR})s\\b`, 'g'),
    build: (m) => (m[1]!.endsWith('0') ? { edtf: decade(m[1]!), granularity: 'decade', timex: { type: 'DATE', value: m[1]!.slice(0, 3) } } : null),
  },
  {
    name: 'decades-of-century',
    // "the first decade of the 21st century", "the last two decades of the 20th century": a
    // century's decades counted like its years ("the 21st century" is 2000–2099).
    re: new RegExp(`\\b(?:the\\s+)?(first|last)\\s+(?:(two|three|four|five)\\s+)?decades?\\s+of\\s+the\\s+(\\d{1,2}(?:st|nd|rd|th)|${CENTURY_WORDS})[\\s-]+century\\b`, 'gi'),
    build: (m) => {
      const c = centuryNumber(m[3]!);
      const n = m[2] ? countOf(m[2])! : 1;
      if (c < 1 || c > 22) return null;
      const a = m[1]!.toLowerCase() === 'first' ? (c - 1) * 100 : c * 100 - 10 * n;
      const b = a + 10 * n - 1;
      if (n === 1) return { edtf: decade(pad(a, 4)), granularity: 'decade', timex: { type: 'DATE', value: pad(a, 4).slice(0, 3) } };
      return { edtf: `${pad(a, 4)}/${pad(b, 4)}`, granularity: 'interval', timex: { type: 'DURATION', value: `P${10 * n}Y`, beginPoint: pad(a, 4), endPoint: pad(b, 4) } };
    },
  },
  {
    name: 'century',
    re: new RegExp(`\\b(?:the\\s+)?(early|mid-?|late|end of the|middle of the)?\\s*(\\d{1,2}(?:st|nd|rd|th)|${CENTURY_WORDS})[\\s-]+century\\b`, 'gi'),
    build: (m) => {
      const c = centuryNumber(m[2]!);
      if (c < 1 || c > 22) return null;
      const base = (c - 1) * 100;
      const key = m[1] ? partKey(m[1]) : '';
      if (!key) return { edtf: `${pad(c - 1)}XX`, granularity: 'century', timex: { type: 'DATE', value: pad(c - 1) } };
      const [a, b] = key === 'early' || key === 'beginning' ? [base, base + 30] : key === 'mid' ? [base + 40, base + 60] : [base + 70, base + 99];
      return { edtf: `${pad(a, 4)}/${pad(b, 4)}`, granularity: 'century', timex: { type: 'DATE', value: pad(c - 1), mod: key === 'mid' ? 'MID' : key === 'end' || key === 'late' ? 'END' : 'START' } };
    },
  },
  {
    name: 'part-year',
    re: new RegExp(`\\b${PART}(${YEAR})\\b(?!s)`, 'gi'),
    build: (m) => {
      const key = partKey(m[0]);
      const p = part(Number(m[1]), key);
      // "the first half of 1990" is TimeML's "1990-H1"; "early 1990" keeps the year with a mod.
      if (key === 'first' || key === 'second') return { edtf: p.edtf, granularity: 'season', timex: { type: 'DATE', value: `${m[1]}-H${key === 'first' ? 1 : 2}` } };
      return { edtf: p.edtf, granularity: 'season', timex: { type: 'DATE', value: m[1]!, mod: p.mod } };
    },
  },
  {
    name: 'since-year',
    re: new RegExp(`\\b(since|from|after)\\s+(${YEAR})\\b(?!\\s*(?:to|until|till|through|${DASH}))`, 'gi'),
    build: (m) => {
      if (m[1]!.toLowerCase() !== 'since') return null;
      return { edtf: `${m[2]}/..`, granularity: 'open', timex: { type: 'DATE', value: m[2]!, mod: 'ON_OR_AFTER' } };
    },
  },
  {
    // "post-1959 politics", "pre-1990 rules": after or before a year (TimeML mod AFTER, BEFORE; session 16).
    name: 'post-year',
    re: new RegExp(`\\b([Pp]ost|[Pp]re)-(${YEAR})\\b(?!-)`, 'g'),
    build: (m) => {
      const after = m[1]!.toLowerCase() === 'post';
      return { edtf: after ? `${m[2]}/..` : `../${m[2]}`, granularity: 'open', timex: { type: 'DATE', value: m[2]!, mod: after ? 'AFTER' : 'BEFORE' } };
    },
  },
  {
    name: 'until-year',
    re: new RegExp(`\\b(?:until|till|up to)\\s+(${YEAR})\\b`, 'gi'),
    build: (m) => ({ edtf: `../${m[1]}`, granularity: 'open', timex: { type: 'DATE', value: m[1]!, mod: 'ON_OR_BEFORE' } }),
  },
  {
    name: 'year',
    // A number before a counted noun ("1000 members", "1,200 students") is a quantity, not a year;
    // after a designator ("Resolution 1244", "Flight 1997") an identifier; among groups of digits
    // ("1800 2020 1999") part of a telephone number; before a street ("1600 Pennsylvania Avenue") an address; before a
    // session and a serial number ("interpellation 2025/26:512", "report 2024/25:UU3") a parliamentary paper's number.
    re: new RegExp(
      `(?<![\\d,.$¥€£/#-]|No\\.\\s?|pp?\\.\\s?|\\b${DESIGNATOR}\\s|\\d\\s)(${YEAR})(?![\\d%]|\\/\\d{2}:[\\dA-Z]|,\\d|\\.\\d|\\s\\d{2,4}\\b|\\s*(?:MW|km|kW|GW|tons?|units)\\b|\\s+(?:[a-z]+\\s+)?${COUNTED_NOUN}\\b|\\s+(?:[A-Z][a-z]+\\s+){1,3}${STREET})`,
      'g',
    ),
    build: (m) => ({ edtf: m[1]!, granularity: 'year', timex: { type: 'DATE', value: m[1]! } }),
  },
];

/**
 * Finds calendar expressions that carry their own year, decade or century.
 * @example findAbsoluteTimes('in December 1986.')[0] // → { text: 'December 1986', edtf: '1986-12', granularity: 'month', … }
 */
export function findAbsoluteTimes(text: string): Found[] {
  const skip = nonProseSpans(text);
  // A span inside the match is markup the match reads past ("February 18<sup>th</sup> 2014").
  const inSkip = (s: number, e: number) => skip.some(([a, b]) => s < b && e > a && !(a >= s && b <= e));
  const found: Found[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (inSkip(start, end)) continue;
      const built = rule.build(m as RegExpExecArray);
      if (built) found.push({ start, end, text: m[0], rule: rule.name, ...built });
    }
  }
  return found;
}
