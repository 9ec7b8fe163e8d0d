import type { TimeAnnotation } from '../../model/annotation.js';
import { addDays, dayOf, formatDay, isoWeek, weekdayOf, type Day } from './calendar.js';
import { MONTH, SEASONS, YEAR, monthNumber, pad } from './patterns.js';
import { markedTenseAt, tenseAt } from './tense.js';

type Found = Omit<TimeAnnotation, 'stage'>;
type Built = Omit<Found, 'start' | 'end' | 'text' | 'rule'> | null;

/**
 * Calendar units named from the report's date, which news leaves without a year: "the third
 * quarter", "last November", "this summer", "the weekend", "this morning", "tonight". Each rule
 * gets its match and the report's day; one construct per rule.
 */
export const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const DAY_PARTS: Record<string, { shift: number; part: string }> = {
  'this morning': { shift: 0, part: 'MO' },
  'this afternoon': { shift: 0, part: 'AF' },
  'this evening': { shift: 0, part: 'EV' },
  tonight: { shift: 0, part: 'NI' },
  'last night': { shift: -1, part: 'NI' },
  'yesterday morning': { shift: -1, part: 'MO' },
  'yesterday afternoon': { shift: -1, part: 'AF' },
  'yesterday evening': { shift: -1, part: 'EV' },
  'tomorrow morning': { shift: 1, part: 'MO' },
  'tomorrow afternoon': { shift: 1, part: 'AF' },
  'tomorrow evening': { shift: 1, part: 'EV' },
  'tomorrow night': { shift: 1, part: 'NI' },
};

const quarterOf = (month: number) => Math.ceil(month / 3);
/** A quarter of a year: TimeML's `2023-Q3`, in EDTF its three months. */
export const quarter = (year: number, q: number): NonNullable<Built> => ({
  edtf: `${year}-${pad(q * 3 - 2)}/${year}-${pad(q * 3)}`,
  granularity: 'interval',
  relative: true,
  timex: { type: 'DATE', value: `${year}-Q${q}` },
});

/** Season index in the year, spring first, to tell which one came last. */
const SEASON_ORDER = ['spring', 'summer', 'fall', 'winter'];
function seasonOfMonth(month: number): number {
  return month <= 2 ? 3 : month <= 5 ? 0 : month <= 8 ? 1 : month <= 11 ? 2 : 3;
}
/** A season of a year: TimeML's `2019-SU`, in EDTF its months (a winter runs into the next year). */
export function season(year: number, name: string): NonNullable<Built> {
  const s = SEASONS[name]!;
  const [a, b] = s.months;
  return { edtf: `${year}-${pad(a)}/${a > b ? year + 1 : year}-${pad(b)}`, granularity: 'season', relative: true, timex: { type: 'DATE', value: `${year}-${s.code}` } };
}

const RULES: { name: string; re: RegExp; build: (m: RegExpMatchArray, doc: Day, text: string) => Built }[] = [
  {
    // "the third quarter", "third-quarter profit", "the 1988 second quarter": the last such quarter begun by the report's date.
    name: 'quarter',
    // "this year's third quarter", "the year-ago third quarter", "the third quarter of 1984" name the year too.
    re: new RegExp(
      `\\b(?:[Tt]he\\s+)?(?:(${YEAR})\\s+|([Tt]his|[Ll]ast|[Nn]ext)\\s+year's\\s+|(?:the\\s+)?(year-ago|year-earlier)\\s+)?([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?quarter\\b(?:\\s+of\\s+(${YEAR}))?`,
      'g',
    ),
    build: (m, doc) => {
      const q = ORDINAL[m[4]!.toLowerCase()]!;
      const stated = m[1] ?? m[5];
      if (stated) return quarter(Number(stated), q);
      const w = m[2]?.toLowerCase();
      if (w) return quarter(doc.year + (w === 'last' ? -1 : w === 'next' ? 1 : 0), q);
      const year = q <= quarterOf(doc.month) ? doc.year : doc.year - 1;
      return quarter(m[3] ? year - 1 : year, q);
    },
  },
  {
    // "the first half of next year", "the third quarter of last year", "the second half of the year": a part of a year named from the report.
    name: 'part-of-deictic-year',
    re: /\b(?:[Tt]he\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last)\s+(half|quarter)\s+of\s+(this|next|last|the)\s+year\b(?!'s)/g,
    build: (m, doc) => {
      const year = doc.year + (m[3] === 'next' ? 1 : m[3] === 'last' ? -1 : 0);
      const half = m[2] === 'half';
      const n = m[1] === 'last' ? (half ? 2 : 4) : ORDINAL[m[1]!]!;
      if (!half) return quarter(year, n);
      if (n > 2) return null;
      return { edtf: `${year}-${pad(n * 6 - 5)}/${year}-${pad(n * 6)}`, granularity: 'season', relative: true, timex: { type: 'DATE', value: `${year}-H${n}` } };
    },
  },
  {
    // "the latest quarter", "the quarter", "this quarter", "the (comparable) year-ago quarter", "last year's quarter": counted from the report's own quarter.
    name: 'quarter-deictic',
    re: /\b(?:[Tt]he\s+(?:(?:comparable|same)\s+)?(?:(latest|last|past|previous|current|year-ago|year-earlier|next|coming)\s+)?|([Tt]his|[Ll]ast|[Nn]ext)\s+|[Ll]ast\s+(year)'s\s+)quarter\b(?!s|ly|\s+of\b)/g,
    build: (m, doc) => {
      const w = m[3] ? 'year-ago' : (m[1] ?? m[2] ?? '').toLowerCase();
      const shift = w === 'this' || w === 'current' ? 0 : w === 'next' || w === 'coming' ? 1 : w === 'year-ago' || w === 'year-earlier' ? -5 : -1;
      const idx = doc.year * 4 + quarterOf(doc.month) - 1 + shift;
      return quarter(Math.floor(idx / 4), (idx % 4) + 1);
    },
  },
  {
    // "last November" is the latest November before the report's month; "this September" the report's year's.
    name: 'deictic-month',
    re: new RegExp(`\\b([Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]his coming)\\s+(${MONTH})(?![\\s,]*\\d)`, 'g'),
    build: (m, doc) => {
      const w = m[1]!.toLowerCase();
      const month = monthNumber(m[2]!);
      const year = w === 'last' || w === 'this past' ? (month < doc.month ? doc.year : doc.year - 1) : w === 'next' || w === 'this coming' ? (month > doc.month ? doc.year : doc.year + 1) : doc.year;
      const v = `${year}-${pad(month)}`;
      return { edtf: v, granularity: 'month', relative: true, timex: { type: 'DATE', value: v } };
    },
  },
  {
    // "the spring of next year", "the summer of last year": a season of a year named from the report (TIMEX3 `2027-SP`).
    name: 'season-of-deictic-year',
    re: /\b(?:[Tt]he\s+)?(spring|summer|fall|autumn|winter)\s+of\s+(this|next|last)\s+year\b(?!'s)/g,
    build: (m, doc) => season(doc.year + (m[2] === 'next' ? 1 : m[2] === 'last' ? -1 : 0), m[1]!),
  },
  {
    // "last fall", "this summer", "next spring": the season around the report, or the one before or after.
    name: 'deictic-season',
    re: /\b([Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]his coming)\s+(spring|summer|fall|autumn|winter)\b/g,
    build: (m, doc) => {
      const w = m[1]!.toLowerCase();
      const name = m[2]!.toLowerCase();
      const now = seasonOfMonth(doc.month);
      const which = SEASON_ORDER.indexOf(name === 'autumn' ? 'fall' : name);
      // The year a season is named by is the year it starts in: January's winter began the year before.
      const base = doc.month <= 2 ? doc.year - 1 : doc.year;
      const year = w === 'last' || w === 'this past' ? (which < now ? base : base - 1) : w === 'next' || w === 'this coming' ? (which > now ? base : base + 1) : base;
      return season(year, name);
    },
  },
  {
    // "Over the summer, rivals cut prices", "from the low levels of the early summer": a season
    // without a year after a preposition is the last one begun before the report in a past
    // clause, the coming one in a future clause, the report's own otherwise (TIMEX3 only).
    name: 'the-season',
    re: /(?<=\b(?:[Oo]ver|[Dd]uring|[Ii]n|[Tt]hrough|[Oo]f|[Uu]ntil|[Ss]ince)\s+)the\s+(?:(early|late)\s+)?(spring|summer|fall|autumn|winter)\b(?!\s+of\b|['’]s)/g,
    build: (m, doc, text) => {
      const name = m[2]!.toLowerCase();
      const now = seasonOfMonth(doc.month);
      const which = SEASON_ORDER.indexOf(name === 'autumn' ? 'fall' : name);
      const base = doc.month <= 2 ? doc.year - 1 : doc.year;
      const tense = tenseAt(text, m.index!, m.index! + m[0].length);
      const year = tense === 'past' ? (which < now ? base : base - 1) : tense === 'future' ? (which > now ? base : base + 1) : base;
      const mod = m[1] ? { mod: (m[1].toLowerCase() === 'early' ? 'START' : 'END') as 'START' | 'END' } : {};
      // The year is a guess from tense, as a lone clock time's day is: the season dates nothing for the later stages.
      const found = season(year, name)!;
      return { ...found, edtf: '', granularity: 'none', timex: { ...found.timex, ...mod } };
    },
  },
  {
    // "over the weekend": the weekend just past in a past-tense clause, the coming one otherwise (TimeML "1990-W32-WE").
    name: 'weekend',
    re: /\b(?:[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\s+weekend\b(?!s)/g,
    build: (m, doc, text) => {
      const w = m[0].toLowerCase().split(/\s+/)[0];
      const wd = weekdayOf(doc);
      const past = w === 'last' || (w !== 'next' && w !== 'this' && tenseAt(text, m.index!, m.index! + m[0].length) === 'past');
      const sunday = past ? (wd >= 6 ? doc : addDays(doc, -wd)) : addDays(doc, 7 - wd);
      const saturday = addDays(sunday, -1);
      return { edtf: `${formatDay(saturday)}/${formatDay(sunday)}`, granularity: 'interval', relative: true, timex: { type: 'DATE', value: `${isoWeek(sunday)}-WE` } };
    },
  },
  {
    // "for the year", "the full year": in a dated report, the report's year; "the year ended Sept. 30" is a year's length.
    name: 'the-year',
    // "the fiscal year" is the report's fiscal year, labelled and marked as fiscal-finder.ts marks "fiscal 1989" (session 16).
    re: /\b[Tt]he\s+(?:full\s+|whole\s+|entire\s+)?(fiscal\s+)?year\b(?![\w-]|\s+(?:ago|earlier|before|after|later|of|in|when|that|which|to|two|\d)\b|'s)/g,
    build: (m, doc, text) => {
      if (/^\s+(?:ended|ending|to)\b/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 10))) return { edtf: '', granularity: 'none', timex: { type: 'DURATION', value: 'P1Y' } };
      const year = String(doc.year);
      return { edtf: year, granularity: 'year', relative: true, ...(m[1] ? { fiscal: true } : {}), timex: { type: 'DATE', value: m[1] ? `FY${year}` : year } };
    },
  },
  {
    // "by year-end", "since year end", "at the year-end": the year's last day (TimeML "1989-12-31"), of the
    // report's year, or of the year before after "since" or in a past clause. Not an adjective ("year-end results").
    name: 'year-end',
    re: /(?<=\b(?:[Bb]y|[Aa]t|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Aa]round|[Tt]hrough|[Nn]ear|[Ff]rom|[Tt]o)\s+(?:the\s+)?)year[- ]end\b(?=\s*[.,;:!?)"”]|\s*$|\s+(?:and|or|but|when|as|if|than|because|while|from|in|on|at|to|for|with|the|a|an|its|their|it|he|she|they|we|was|were|is|are|will|would|had|has)\b)/g,
    build: (m, doc, text) => {
      const since = /since\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!));
      const past = since || markedTenseAt(text, m.index!, m.index! + m[0].length) === 'past';
      const year = past && !(doc.month === 12 && doc.day === 31) ? doc.year - 1 : doc.year;
      return { edtf: `${year}-12-31`, granularity: 'day', relative: true, timex: { type: 'DATE', value: `${year}-12-31` } };
    },
  },
  {
    // "this morning", "tonight", "last night", "yesterday afternoon": a part of a day near the report.
    name: 'day-part',
    re: /\b(?:[Tt]his (?:morning|afternoon|evening)|[Tt]onight|[Ll]ast night|(?:[Yy]esterday|[Tt]omorrow) (?:morning|afternoon|evening|night))\b/g,
    build: (m, doc) => {
      const p = DAY_PARTS[m[0].toLowerCase()]!;
      const d = formatDay(addDays(doc, p.shift));
      return { edtf: d, granularity: 'day', relative: true, timex: { type: 'TIME', value: `${d}T${p.part}` } };
    },
  },
  {
    // "by mid-afternoon", "in the late evening", "at mid-afternoon yesterday": a part of the report's day, or of the day named right after it.
    // Alone, the day is the report's by a guess (the story may tell another), so it dates nothing: TIMEX3 only, as "over the summer".
    name: 'day-part-of-report',
    re: /\b(?:[Ee]arly|[Ll]ate|[Mm]id)[- ]?(morning|afternoon|evening)(?:\s+(yesterday|today|tomorrow))?\b(?!\s+(?:of|on|[A-Z]))/g,
    build: (m, doc) => {
      const d = formatDay(addDays(doc, m[2] ? ({ yesterday: -1, today: 0, tomorrow: 1 } as Record<string, number>)[m[2].toLowerCase()]! : 0));
      const timex = { type: 'TIME' as const, value: `${d}T${DAY_PARTS[`this ${m[1]!.toLowerCase()}`]!.part}` };
      return m[2] ? { edtf: d, granularity: 'day', relative: true, timex } : { edtf: '', granularity: 'none', timex };
    },
  },
];

/**
 * Finds quarters, months and seasons said with "last", "this" or "next", weekends and parts of
 * days, resolved against the document's date (which must name a day).
 * @example findDeictic('Profit rose in the third quarter.', '1998-11-02')[0] // → { text: 'the third quarter', timex: { type: 'DATE', value: '1998-Q3' }, … }
 */
export function findDeictic(text: string, documentDate?: string): Found[] {
  const doc = dayOf(documentDate);
  if (!doc) return [];
  const out: Found[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const built = rule.build(m, doc, text);
      if (built) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], rule: rule.name, ...built });
    }
  }
  return out;
}
