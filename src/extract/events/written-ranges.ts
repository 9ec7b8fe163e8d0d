import type { TimeAnnotation } from '../../model/annotation.js';

/**
 * A range written as two times (session 39): "from 10 May to 19 June 1969", "from March 10 to April 2, 2024", "from
 * Monday to Wednesday", "between 28 December 2023 and 3 January 2024", "on Sunday and Monday". The time stage reads
 * each end as its own DATE (as TimeML annotates them); an act whose clause holds the range ran through it, so the event
 * stage reads the two as one interval `A/B` (GUIDELINES: intervals `A/B`); the first end has the year of the second
 * (`time/range-years.ts`). The time stage already joins the ranges it reads whole ("10–12 March", "from May to July 2023", "between 2019 and 2022").
 * Only two days or two months, the first before the second, with nothing between them but the range's words: "signed on
 * Monday and ratified on Tuesday" is two acts of two days; two days joined by "and" after "on" are one span only when
 * they follow each other ("on Sunday and Monday"; "on Monday and Thursday" are two occasions).
 */

type Time = TimeAnnotation;

/** "from" or "between" right before the first end ("from the", "from early" are no range's words: nothing else). */
const OPENS = /\b(?:from|between)\s+$/i;
const OPENS_ON = /\bon\s+$/i;
/** What joins the ends: "to", "until", "till", "through", a dash after "from"; "and" after "between" or "on". */
const TO = /^\s*(?:to|until|till|through|[-–—])\s*$/i;
const AND = /^\s+and\s+$/i;

const DAY = 86_400_000;
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
