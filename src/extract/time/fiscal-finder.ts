import type { TimeAnnotation } from '../../model/annotation.js';
import { DASH, YEAR, pad } from './patterns.js';

type Found = Omit<TimeAnnotation, 'stage'>;

/**
 * Fiscal periods: "FY2023", "fiscal 2023", "FY2022-23", "the 2022/23 financial year", "Q3 FY24",
 * "the first half of fiscal 2024", and calendar quarters and halves written short ("Q3 2023",
 * "H1 2021").
 *
 * A fiscal year starts in a month each state or company sets (April in India and Japan, July in
 * Australia, October for the US government), which the time stage cannot know. So a fiscal
 * period's EDTF is the calendar span its label names — the year ("2023") or the two years a split
 * label covers ("2022/2023") — a value that holds the period whatever its months, and the
 * annotation is marked `fiscal` (events take no date from it). Its TIMEX3 value is TimeML's
 * `FY` form: the label year, for a split label the year it ends in ("FY2022-23" is "FY23"), with
 * the quarter or half ("FY2024-Q3").
 */

/** A year, or a split year "2022-23" / "2022/23" / "2022-2023" whose second part is the next year. */
const SPAN = `(${YEAR})(?:\\s*(?:${DASH}|/)\\s*(\\d{2}|${YEAR}))?`;
/** "FY", "FY 2019", "fiscal", "fiscal year", "financial year" before the year. */
const LEAD = `(?:FY\\s?|[Ff]iscal\\s+(?:[Yy]ear\\s+)?|[Ff]inancial\\s+[Yy]ear\\s+)`;
/** The quarter or half before it: "Q3", "Q3 of", "the third quarter of", "the first half of", "H1". */
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: 2 };
const PART = `(?:(Q[1-4]|H[12])\\s+(?:of\\s+)?|(?:[Tt]he\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last)[\\s-]+(quarter|half)\\s+of\\s+(?:the\\s+)?)`;

const FISCAL = new RegExp(
  `\\b(?:${PART})?(?:${LEAD}${SPAN}|(?:[Tt]he\\s+)?${SPAN}\\s+(?:fiscal|financial)\\s+year|FY\\s?(\\d{2})(?:\\s*(?:${DASH}|/)\\s*(\\d{2}))?)\\b(?![${DASH.slice(1, -1)}/]?\\d)`,
  'g',
);
/** "Q3 2023", "H1 2021": a calendar quarter or half, written short. */
const SHORT = new RegExp(`\\b(Q[1-4]|H[12])\\s+(?:of\\s+)?(${YEAR})\\b`, 'g');

/** "23" after "2022-" is 2023; a two-digit label alone ("FY24") is of this century unless above 50. */
function fullYear(two: string, after?: number): number | null {
  if (two.length === 4) return Number(two);
  if (after !== undefined) {
    const y = Math.floor(after / 100) * 100 + Number(two);
    return y < after ? y + 100 : y;
  }
  return (Number(two) > 50 ? 1900 : 2000) + Number(two);
}

/** The TIMEX3 suffix of a quarter or half ("Q3", "H1"), or '' when none is said. */
function partSuffix(short?: string, ordinal?: string, unit?: string): string | null {
  if (short) return '-' + short.toUpperCase();
  if (!ordinal) return '';
  const n = ORD[ordinal.toLowerCase()]!;
  if (unit!.toLowerCase() === 'half') return n <= 2 ? `-H${n}` : null;
  return ordinal.toLowerCase() === 'last' ? null : `-Q${n}`;
}

/**
 * Finds fiscal years, their quarters and halves, and short calendar quarters ("Q3 2023").
 * @example findFiscalPeriods('Exports rose in FY2022-23.')[0] // → { text: 'FY2022-23', edtf: '2022/2023', fiscal: true, timex: { type: 'DATE', value: 'FY2023' }, … }
 */
export function findFiscalPeriods(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(FISCAL)) {
    const suffix = partSuffix(m[1], m[2], m[3]);
    if (suffix === null) continue;
    const first = m[4] ?? m[6] ?? m[8];
    const second = m[5] ?? m[7] ?? m[9];
    const from = first!.length === 4 ? Number(first) : fullYear(first!)!;
    const to = second ? fullYear(second, from) : null;
    // "2022-25" is a range of years, not one fiscal year.
    if (to !== null && to !== from + 1) continue;
    const label = to ?? from;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      rule: 'fiscal-year',
      edtf: to ? `${from}/${to}` : String(from),
      granularity: to ? 'interval' : 'year',
      fiscal: true,
      timex: { type: 'DATE', value: `FY${pad(label, 4)}${suffix}` },
    });
  }
  for (const m of text.matchAll(SHORT)) {
    const year = Number(m[2]);
    const p = m[1]!.toUpperCase();
    const n = Number(p[1]);
    const [a, b] = p[0] === 'Q' ? [n * 3 - 2, n * 3] : [n * 6 - 5, n * 6];
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      rule: 'short-quarter',
      edtf: `${year}-${pad(a)}/${year}-${pad(b)}`,
      granularity: 'interval',
      timex: { type: 'DATE', value: `${year}-${p}` },
    });
  }
  return out;
}
