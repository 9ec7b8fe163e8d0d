import type { TimeAnnotation, Timex3 } from '../../model/annotation.js';
import { MONTHS, SEASONS, WEEKDAYS, countOf, numberWordPattern } from './patterns.js';

type Found = Omit<TimeAnnotation, 'stage'>;

/** TIMEX3 duration units: "P3M" months but "PT3M" minutes; a decade is ten years (TimeML writes "P10Y"). */
const UNITS: Record<string, { code: string; time?: true; times?: number }> = {
  second: { code: 'S', time: true },
  minute: { code: 'M', time: true },
  hour: { code: 'H', time: true },
  day: { code: 'D' },
  night: { code: 'D' },
  week: { code: 'W' },
  month: { code: 'M' },
  quarter: { code: 'Q' },
  year: { code: 'Y' },
  decade: { code: 'Y', times: 10 },
  century: { code: 'Y', times: 100 },
};
const UNIT = '(second|minute|hour|day|night|week|month|quarter|year|decade|century|centurie)';

/**
 * A count of units: digits, a number word of lexicon/numbers.json (`NUMBER_WORDS`), "couple of"
 * after a frame word ("the next couple of years"), or an uncounted "several", "a few".
 */
const COUNT = `(\\d{1,3}(?:,\\d{3})*|${numberWordPattern((_, n) => Number.isInteger(n))}|(?<=\\b(?:next|past|last|first|coming)\\s+)couple\\s+of|several|a few|few|many)`;

/** "nearly two years", "more than a decade": TimeML keeps the hedge in the extent and says it in `mod`. */
const HEDGES: Record<string, Timex3['mod']> = {
  about: 'APPROX',
  around: 'APPROX',
  roughly: 'APPROX',
  some: 'APPROX',
  approximately: 'APPROX',
  nearly: 'EQUAL_OR_LESS',
  almost: 'EQUAL_OR_LESS',
  'up to': 'EQUAL_OR_LESS',
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'less than': 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE',
};
const HEDGE = `(?:(about|around|roughly|some|approximately|nearly|almost|up to|more than|over|less than|at least)\\s+)?`;
/** "the past three months", "the first nine months", "the next two weeks": a stretch counted from the report. */
const FRAME = '(?:(?:[Tt]he\\s+)?(past|last|next|coming|previous|first|final|latest|following)\\s+)?';

/**
 * A counted stretch: "90 days", "two-year", "nearly a decade", "the past three months", "several
 * weeks". Not a rate's parts ("28 hours a week" is a quantity) nor an age ("a 12-year-old").
 */
const COUNTED = new RegExp(
  `(?<![\\w$£€¥.,/-])${FRAME}${HEDGE}${COUNT}(?:\\s+(?:more|additional|further|extra|consecutive|straight|trading|business|working))?(\\s+|-)${UNIT}s?\\b(?!-?\\s*olds?\\b|\\s+(?:ago|from now)\\b|\\s+(?:a|an|per|each)\\s+(?:second|minute|hour|day|week|month|year)\\b|\\s+(?:before|after)(?=\\s*[,.;)])|-(?:long|term))`,
  'gi',
);
/** "2 1/2 years", "five and a half hours", "a year and a half". */
const HALVES = new RegExp(
  `(?<![\\w$.,-])${HEDGE}(\\d{1,3}|an?|${numberWordPattern((w, n) => Number.isInteger(n) && w.length > 2 && !w.includes(' '))})(?:\\s+1/2|-and-a-half|\\s+and\\s+a\\s+half)\\s+(minute|hour|day|week|month|year)s?\\b|(?<![\\w$.,-])${HEDGE}(an?)\\s+(minute|hour|day|week|month|year)\\s+and\\s+a\\s+half\\b`,
  'gi',
);
/**
 * HALVES's matches, sought only near a "half" or "1/2": the pattern has no fixed start, and
 * running it over the whole text costs more than all the other duration patterns together.
 */
function* halves(text: string): Generator<RegExpMatchArray> {
  let from = 0;
  for (const h of text.matchAll(/1\/2|\bhalf\b/g)) {
    // A window from the word boundary some 40 characters before the half to just after its unit.
    const start = Math.max(from, text.lastIndexOf(' ', Math.max(0, h.index! - 40)) + 1);
    const window = text.slice(start, h.index! + 20);
    for (const m of window.matchAll(HALVES)) {
      if (start + m.index! < from) continue;
      m.index = start + m.index!;
      from = m.index + m[0].length;
      yield m;
    }
  }
}

const HALF_OF: Record<string, { n: number; code: string; time?: true }> = {
  minute: { n: 30, code: 'S', time: true },
  hour: { n: 30, code: 'M', time: true },
  day: { n: 12, code: 'H', time: true },
  week: { n: 3, code: 'D' },
  month: { n: 15, code: 'D' },
  year: { n: 6, code: 'M' },
};

/**
 * An uncounted stretch: "for years", "recent weeks", "the coming months", "the past few days";
 * quarters only after a word that frames them ("coming quarters", "recent quarters"), not "in quarters".
 */
const UNCOUNTED = new RegExp(
  `\\b(?:[Tt]he\\s+(?=(?:second|minute|hour|day|week|month|year)s\\s+ahead\\b)|(?:[Tt]he\\s+)?(?:coming|past|last|next|previous)\\s+(?:few\\s+|several\\s+)?|[Rr]ecent\\s+(?!years)|(?<=\\b(?:[Ff]or|[Oo]ver|[Ii]n|[Ww]ithin|take|took|takes|lasted|last)\\s+)(?!quarters))(second|minute|hour|day|week|month|quarter|year|decade)s\\b(?:\\s+ahead\\b)?(?!\\s+(?:ago|later|earlier|before|of\\s+(?:the|his|her|their)|old)\\b)`,
  'g',
);
/**
 * Sets: "daily", "every week", "each Thursday", "twice a month". Not "quarterly", which in news
 * mostly names a report or a dividend; not "daily" naming a newspaper ("the party daily Granma").
 */
const SETS = new RegExp(
  `\\b(?:(daily|weekly|monthly|yearly|annually|hourly|nightly)|(?:[Ee]very|[Ee]ach)\\s+(day|night|week|month|year|quarter|morning|evening|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:spring|summer|fall|autumn|winter))|(?:once|twice|\\w+ times)\\s+(?:a|per)\\s+(day|week|month|year))\\b(?!'s|\\s+[A-Z])`,
  'g',
);
const SET_WORD: Record<string, string> = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H', quarterly: 'P1Q' };
const EVERY: Record<string, string> = { day: 'P1D', night: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', quarter: 'P1Q', morning: 'XXXX-XX-XXTMO', evening: 'XXXX-XX-XXTEV' };
/** "each July" XXXX-07, "every summer" XXXX-SU: a month or season of every year (TimeML). */

/**
 * "the past three summers", "for two winters": seasons counted are not one stretch but a season
 * of several years, TimeML's set `XXXX-SU`. "springs" and "falls" only after a frame word
 * ("the last two springs"), as they are also water and drops; not "three summers ago", a date.
 */
const SEASON_SET = new RegExp(`(?<![\\w-])${FRAME}${COUNT}\\s+(summers|winters|autumns|springs|falls)\\b(?!\\s+(?:ago|later|earlier|before|after)\\b)`, 'g');

/** What stands before "a week" in a rate: a number, money, "per", "twice", or a plural noun ("flights", "hours"). */
const RATE = /(?:\d|\b(?:million|billion|cents?|percent|dollars?|pence|yen|euros?|each|per|once|twice|times)|\b[a-z]{2,}[^s\W]s)\s*$/i;

/** "P3M", "PT2H", "P20Y", "PXY" (an uncounted number). */
function duration(count: number | 'X', unit: string): string | null {
  const u = UNITS[unit.toLowerCase().replace(/ie$/, 'y')];
  if (!u) return null;
  const n = count === 'X' ? 'X' : count * (u.times ?? 1);
  if (count !== 'X' && (!Number.isFinite(n as number) || (n as number) <= 0)) return null;
  return `P${u.time ? 'T' : ''}${n}${u.code}`;
}

const undated = (start: number, text: string, rule: string, timex: Timex3): Found => ({ start, end: start + text.length, text, rule, edtf: '', granularity: 'none', timex });

/**
 * Finds durations ("90 days", "the past three months", "a two-year term", "for years") and sets
 * ("daily", "every week", "twice a year"). Neither names a date: their EDTF is empty and their
 * granularity `none`, and their TIMEX3 says the length ("P3M") or the period ("P1W").
 * @example findDurations('talks that lasted 90 days')[0] // → { text: '90 days', timex: { type: 'DURATION', value: 'P90D' }, … }
 */
export function findDurations(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(COUNTED)) {
    const frame = m[1]?.toLowerCase();
    const word = m[3]!.toLowerCase();
    const unit = m[5]!.toLowerCase();
    // "the past two decades" is the relative finder's span of years, which dates a period.
    if ((frame === 'past' || frame === 'last' || frame === 'previous') && /year|decade|centur/.test(unit)) continue;
    // "two days later" is the relative finder's date; "a few days later", "over an hour later" it cannot count, and TimeML tags their length.
    if (/^\s+(?:later|earlier)\b/.test(text.slice(m.index! + m[0].length)) && !/^(?:several|a few|few|many)$/.test(word) && !/^(?:second|minute|hour)$/.test(unit)) continue;
    // "60 Minutes": a capitalised unit after a number that is not capitalised is a name's.
    if (/^[A-Z]/.test(m[5]!) && !/^[A-Z]/.test(word)) continue;
    // "three-quarters of its food": a fraction.
    // "several quarters of losses" counts quarters of a year: only a number makes a fraction.
    if (unit === 'quarter' && !/^(?:several|a few|few|many)$/.test(word) && /^\s+of\b/.test(text.slice(m.index! + m[0].length))) continue;
    // "a second", "one second" as ordinals: only a written number counts seconds.
    if (unit === 'second' && !/^\d/.test(word)) continue;
    // "a day" / "a year" alone is a rate ("$1 billion a year") or an idiom more often than a stretch, unless hedged or framed.
    // "four flights a week", "$1.76 a year": after a noun or a number, "a week" is a rate's.
    if ((word === 'a' || word === 'an') && !m[1] && !m[2] && /^\s/.test(m[4]!) && RATE.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    const count = /^(?:several|a few|few|many)$/.test(word) ? 'X' : /^couple\s+of$/.test(word) ? 2 : (countOf(word) ?? Number(word.replace(/,/g, '')));

    const value = duration(count, unit);
    if (!value) continue;
    const mod = m[2] ? HEDGES[m[2].toLowerCase()] : undefined;
    // "would last over a week": a frame word with a hedge after it and no "the" is a verb, outside the expression.
    const cut = m[1] && m[2] && !/^the\s/i.test(m[0]) ? m[0].indexOf(m[2], m[1].length) : 0;
    out.push(undated(m.index! + cut, m[0].slice(cut), 'duration', { type: 'DURATION', value, ...(mod ? { mod } : {}) }));
  }
  for (const m of halves(text)) {
    // "2 1/2 years" → P2Y6M, "five and a half hours" → PT5H30M: the half in the next smaller unit.
    const hedge = m[1] ?? m[4];
    const count = (m[2] ?? m[5])!.toLowerCase();
    const whole = countOf(count) ?? Number(count);
    const unit = (m[3] ?? m[6])!.toLowerCase();
    const half = HALF_OF[unit];
    if (!half || !Number.isFinite(whole)) continue;
    const base = duration(whole, unit)!;
    const value = base.startsWith('PT') || !half.time ? `${base}${half.n}${half.code}` : `${base}T${half.n}${half.code}`;
    const mod = hedge ? HEDGES[hedge.toLowerCase()] : undefined;
    out.push(undated(m.index!, m[0], 'duration-half', { type: 'DURATION', value, ...(mod ? { mod } : {}) }));
  }
  for (const m of text.matchAll(UNCOUNTED)) {
    const value = duration('X', m[1]!);
    if (value) out.push(undated(m.index!, m[0], 'duration-uncounted', { type: 'DURATION', value }));
  }
  for (const m of text.matchAll(SEASON_SET)) {
    const name = m[3]!.replace(/s$/, '');
    if (m[1] || !/^(?:spring|fall)$/.test(name)) out.push(undated(m.index!, m[0], 'season-set', { type: 'SET', value: `XXXX-${SEASONS[name]!.code}` }));
  }
  for (const m of text.matchAll(SETS)) {
    const weekday = m[2] ? WEEKDAYS.indexOf(m[2].toLowerCase()) + 1 : 0;
    const every = (m[2] ?? m[3])?.toLowerCase() ?? '';
    const month = MONTHS.indexOf(every) + 1;
    const value = m[1]
      ? SET_WORD[m[1].toLowerCase()]!
      : weekday
        ? `XXXX-WXX-${weekday}`
        : month
          ? `XXXX-${String(month).padStart(2, '0')}`
          : SEASONS[every]
            ? `XXXX-${SEASONS[every]!.code}`
            : EVERY[every]!;
    out.push(undated(m.index!, m[0], 'set', { type: 'SET', value }));
  }
  return out;
}
