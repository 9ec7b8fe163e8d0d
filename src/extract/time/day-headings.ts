import type { TimeAnnotation } from '../../model/annotation.js';
import { DAY, MONTH, monthNumber, pad } from './patterns.js';
import { TITLE_LINE, headingLines } from '../heading-lines.js';
import { genreCues } from '../genre-cues.js';

type Found = Omit<TimeAnnotation, 'stage'>;

/**
 * A heading line: a Markdown heading ("## Notes"), or a line that is only a day and a month ("10 May", "**May 10**"),
 * as an almanac's HTML page gives its headings once its tags are read. Only a day-and-month heading dates entries.
 */
const HEADING_LINE = /^(?:#{1,6}[ \t]+[^\n]*|[ \t]*(?:\*\*|__)?[ \t]*(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?)[ \t]*(?:\*\*|__)?[ \t]*)$/gm;
/** A day and month, and nothing else, in a heading's words: "1 September", "September 1", "1st September". */
const DAY_MONTH = new RegExp(`^(?:(${DAY})\\s+(${MONTH})|(${MONTH})\\s+(${DAY}))$`, 'i');
/** What may open an entry line before its year: a list marker, bold or italic marks. */
const ENTRY_HEAD = /^[ \t]*(?:[-*+•][ \t]+)?(?:\*\*|__|\*|_)?$/;
/** What follows an entry's year: its closing marks, then a dash or a colon before the entry's words. */
const ENTRY_YEAR_END = /^(?:\*\*|__|\*|_)?[ \t]*[–—:-][ \t]/;

interface DayHeading {
  start: number;
  /** "MM-DD" of a day-and-month heading; undefined for any other heading, which ends the one before. */
  day?: string;
}

/** The headings of a text, in order, each with the day it names if it names only a day and a month. */
function headingsOf(text: string): DayHeading[] {
  const out: DayHeading[] = [];
  for (const m of text.matchAll(HEADING_LINE)) {
    const words = m[0]
      .replace(/^#+/, '')
      .replace(/\*\*|__/g, '')
      .trim();
    const dm = DAY_MONTH.exec(words);
    if (!dm) {
      out.push({ start: m.index });
      continue;
    }
    const month = monthNumber((dm[2] ?? dm[3])!);
    const day = parseInt((dm[1] ?? dm[4])!, 10);
    out.push({ start: m.index, day: month > 0 && day <= 31 ? `${pad(month)}-${pad(day)}` : undefined });
  }
  if (!out.some((h) => h.day)) return [];
  // Any other title line ends a day's entries too; a day heading found above is one of them already.
  const seen = new Set(out.map((h) => h.start));
  for (const m of text.matchAll(TITLE_LINE)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    if (!seen.has(start) && !seen.has(m.index)) out.push({ start: m.index });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a year, month and day make a date of the calendar ("1975-02-29" does not). */
function isDate(year: number, monthDay: string): boolean {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * An almanac's "On this day" convention: a heading names a day and a month ("## 10 May") and each entry under it opens
 * with its year ("**1940** – British forces land …"); the year and the heading together are the entry's date, so the
 * year at the head of the entry takes the heading's day (its span stays the year's). A year inside an entry, an entry
 * under any other heading ("## 1940s") or a year not followed by a dash or colon stays a year, and so do all of a text that
 * does not keep the convention (`isAlmanac`).
 * @example dateEntryYears(findAbsoluteTimes('# On This Day\n\n## 10 May\n\n**1940** – Troops land.'), text) // the year's edtf → '1940-05-10'
 */
export function dateEntryYears<T extends Found>(times: T[], text: string): T[] {
  if (!times.some((t) => t.granularity === 'year')) return times;
  const headings = headingsOf(text);
  if (!headings.length) return times;
  let h = -1;
  const dated = times.map((t) => {
    while (h + 1 < headings.length && headings[h + 1]!.start <= t.start) h++;
    const day = headings[h]?.day;
    if (!day || t.granularity !== 'year' || t.relative || !/^\d{4}$/.test(t.edtf)) return t;
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    if (!ENTRY_HEAD.test(text.slice(lineStart, t.start)) || !ENTRY_YEAR_END.test(text.slice(t.end, t.end + 6))) return t;
    if (!isDate(Number(t.edtf), day)) return t;
    const edtf = `${t.edtf}-${day}`;
    return { ...t, edtf, granularity: 'day' as const, timex: { ...t.timex, value: edtf } };
  });
  return isAlmanac(text, dated, times) ? dated : times;
}

/**
 * Whether a text keeps the almanac's convention: a title or heading names it ("On This Day", "Anniversaries";
 * `lexicon/genres.json` `almanacHeadings`), or two day headings or more head entries of different years. Minutes or a
 * diary under "## 14 March" whose entries open with the year they were written in ("- 2022: …") keep their years.
 */
function isAlmanac<T extends Found>(text: string, dated: T[], times: T[]): boolean {
  const changed = dated.filter((t, i) => t !== times[i]);
  if (!changed.length) return false;
  const { almanacHeadings } = genreCues();
  if (headingLines(text).some((h) => almanacHeadings.test(h.line))) return true;
  // A day heading read with the year of the line under it as one date ("May 17\n\n1814") heads an entry too.
  const entries = [...changed, ...times.filter((t) => t.text.includes('\n') && /^\d{4}-\d\d-\d\d$/.test(t.edtf))];
  const days = new Set(entries.map((t) => t.edtf.slice(5)));
  const years = new Set(entries.map((t) => t.edtf.slice(0, 4)));
  return days.size >= 2 && years.size >= 2;
}
