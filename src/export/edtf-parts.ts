/**
 * Calendar parts of the EDTF values Dyad stores (levels 0 and 1, as `isEdtf` accepts them), for
 * formats that want a year, month and day rather than a string: TimelineJS dates, CSL dates.
 * Precision is kept by leaving parts out: "2014" has no month, "197X" is the years 1970 to 1979,
 * a season ("2012-21") or an unspecified month ("2012-XX") keeps only its year.
 */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** A stored date as its first and last calendar parts; an open or unknown end (`..`, empty) is null. */
export interface DateRange {
  start: DateParts | null;
  end: DateParts | null;
  /** `?` or `%`: the source is not sure of it. */
  uncertain: boolean;
  /** `~` or `%`: about then. */
  approximate: boolean;
}

const DATE = /^(-?\d[\dX]{3})(?:-(\d\d|XX)(?:-(\d\d|XX))?)?([?~%])?$/;

function parts(s: string, bound: 'first' | 'last'): { date: DateParts; flag?: string } | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]!.replace(/X/g, bound === 'first' ? '0' : '9'));
  const month = m[2] && !m[1]!.includes('X') && m[2] !== 'XX' && Number(m[2]) <= 12 ? Number(m[2]) : undefined;
  const day = month !== undefined && m[3] && m[3] !== 'XX' ? Number(m[3]) : undefined;
  return { date: { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) }, flag: m[4] };
}

/**
 * @example edtfRange('2018-05/2018-06') // → { start: { year: 2018, month: 5 }, end: { year: 2018, month: 6 }, uncertain: false, approximate: false }
 * @example edtfRange('197X') // → { start: { year: 1970 }, end: { year: 1979 }, … }; edtfRange('1986/..') // → { start: { year: 1986 }, end: null, … }
 */
export function edtfRange(edtf: string): DateRange {
  const [a = '', b] = edtf.split('/');
  const single = b === undefined;
  const first = a === '..' || a === '' ? null : parts(a, 'first');
  const last = single ? (/^-?[\dX]{4}/.exec(a)?.[0].includes('X') ? parts(a, 'last') : null) : b === '..' || b === '' ? null : parts(b, 'last');
  const flags = [first?.flag, last?.flag].join('');
  return {
    start: first?.date ?? null,
    end: last?.date ?? null,
    uncertain: /[?%]/.test(flags),
    approximate: /[~%]/.test(flags),
  };
}

/** CSL's date-parts of one set of parts: [year, month?, day?]. */
export function cslDateParts(p: DateParts): number[] {
  return [p.year, ...(p.month !== undefined ? [p.month] : []), ...(p.day !== undefined ? [p.day] : [])];
}

/** EDTF's seasons (21–24), named. */
const SEASONS: Record<string, string> = { '21': 'spring', '22': 'summer', '23': 'autumn', '24': 'winter' };
const MONTH = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/**
 * An EDTF date as a person writes it, its uncertainty marks left out (the caller says them).
 * @example displayDate('2018-05/2018-06') // → 'May 2018 – June 2018'; displayDate('1986/..') // → '1986 – …'; displayDate('2012-21') // → 'spring 2012'
 */
export function displayDate(edtf: string): string {
  return edtf
    .replace(/[?~%]/g, '')
    .split('/')
    .map((side) => {
      if (side === '..' || side === '') return '…';
      const season = /^(-?\d{4})-(2[1-4])$/.exec(side);
      if (season) return `${SEASONS[season[2]!]} ${season[1]}`;
      const m = /^(-?\d{4})(?:-(0[1-9]|1[0-2]))?(?:-(\d\d))?$/.exec(side);
      if (!m) return side;
      const month = m[2] ? MONTH.format(new Date(Date.UTC(2000, Number(m[2]) - 1, 1))) : '';
      return [m[3] ? String(Number(m[3])) : '', month, m[1]].filter(Boolean).join(' ');
    })
    .join(' – ');
}
