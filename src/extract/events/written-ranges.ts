import type { TimeAnnotation } from '../../model/annotation.js';
import { lexiconInvalid, lexiconPath, readLexicon } from '../../lexicon.js';
import { DAY, OPENS, WEEKDAY } from '../time/range-years.js';

/**
 * A range written as two times (session 39): "from 10 May to 19 June 1969", "from March 10 to April 2, 2024", "from
 * Monday to Wednesday", "between 28 December 2023 and 3 January 2024", "on Sunday and Monday". The time stage reads
 * each end as its own DATE (as TimeML annotates them); an act whose clause holds the range ran through it, so the event
 * stage reads the two as one interval `A/B` (GUIDELINES: intervals `A/B`); the first end has the year of the second
 * (`time/range-years.ts`). The time stage already joins the ranges it reads whole ("10–12 March", "from May to July 2023", "between 2019 and 2022").
 * Only two days or two months, the first before the second, with nothing between them but the range's words: "signed on
 * Monday and ratified on Tuesday" is two acts of two days; two days joined by "and" after "on" are one span only when
 * they follow each other ("on Sunday and Monday"; "on Monday and Thursday" are two occasions).
 * Review fixes: a verb of rescheduling before the range makes the two times an old date and a new one, no span ("was
 * postponed from 10 May to 19 June", `lexicon/ranges.json`); two ends named by weekdays lie within one week (the time
 * stage reads the second after the first, `time/range-years.ts`; a span of two weekdays over six days is none the words
 * can mean).
 */

type Time = TimeAnnotation;

const OPENS_ON = /\bon\s+$/i;
/** What joins the ends: "to", "until", "till", "through", a dash after "from"; "and" after "between" or "on". */
const TO = /^\s*(?:to|until|till|through|[-–—])\s*$/i;
const AND = /^\s+and\s+$/i;

let rescheduling: RegExp | undefined;
/**
 * The verbs of rescheduling of `lexicon/ranges.json`, compiled once; a missing list or a bad pattern is LEXICON_INVALID.
 * @example reschedulingVerbs().test('was postponed') // → true
 */
export function reschedulingVerbs(): RegExp {
  if (rescheduling) return rescheduling;
  const path = lexiconPath('ranges.json');
  const l: unknown = readLexicon(path).rescheduling;
  if (!Array.isArray(l) || !l.length || l.some((x: unknown) => typeof x !== 'string' || !x.trim())) lexiconInvalid(path, '"rescheduling"', 'must be a non-empty list of strings');
  try {
    rescheduling = new RegExp(`\\b(?:${(l as string[]).map((p) => `(?:${p})`).join('|')})\\b`, 'iu');
  } catch (e) {
    lexiconInvalid(path, '"rescheduling"', `no regular expression: ${(e as Error).message}`);
  }
  return rescheduling;
}

/** The clause's words before a range's first end, up to nine with its "from" or "between": "The deadline was moved from". */
function rescheduled(text: string, start: number): boolean {
  const clause = text
    .slice(Math.max(0, start - 120), start)
    .split(/[.,;:!?()\n]/)
    .pop()!;
  return reschedulingVerbs().test(clause.trim().split(/\s+/).slice(-9).join(' '));
}

const dayNumber = (edtf: string) => Date.parse(`${edtf}T00:00:00Z`) / DAY;

function joined(text: string, a: Time, b: Time): Time | null {
  if (a.granularity !== b.granularity || (a.granularity !== 'day' && a.granularity !== 'month')) return null;
  const before = text.slice(Math.max(0, a.start - 10), a.start);
  const between = text.slice(a.end, b.start);
  const from = a.edtf;
  if (!(from < b.edtf)) return null;
  const range = OPENS.test(before) && (/between\s+$/i.test(before) ? AND : TO).test(between);
  // "on Sunday and Monday": two days in a row.
  const days = a.granularity === 'day' && OPENS_ON.test(before) && AND.test(between) && dayNumber(b.edtf) - dayNumber(from) === 1;
  if (!range && !days) return null;
  // "postponed from 10 May to 19 June": an old date and a new one, each its own (`lexicon/ranges.json`).
  if (range && rescheduled(text, a.start)) return null;
  // "from Tuesday until Thursday": two weekdays lie within one week.
  if (a.granularity === 'day' && WEEKDAY.test(a.text) && WEEKDAY.test(b.text) && dayNumber(b.edtf) - dayNumber(from) > 6) return null;
  return {
    ...a,
    end: b.end,
    text: text.slice(a.start, b.end),
    rule: 'written-range',
    edtf: `${from}/${b.edtf}`,
    granularity: 'interval',
    timex: { type: 'DURATION', value: '', beginPoint: from, endPoint: b.edtf },
    ...(a.relative || b.relative ? { relative: true } : {}),
  };
}

/**
 * The times an act may be dated by, with a range written as two times read as one interval.
 * @example writtenRanges('visited from 10 May to 19 June 1969', [tenMay, nineteenJune])[0].edtf // → '1969-05-10/1969-06-19'
 */
export function writtenRanges<T extends Time>(text: string, times: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < times.length; i++) {
    const next = times[i + 1];
    const range = next && joined(text, times[i]!, next);
    if (range) {
      out.push(range as T);
      i++;
    } else out.push(times[i]!);
  }
  return out;
}
