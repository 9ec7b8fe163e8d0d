import type { EventAnnotation } from '../../model/annotation.js';
import type { Block } from '../../model/document.js';
import { dayOf, nearestYear } from '../time/calendar.js';
import { MONTHS, pad } from '../time/patterns.js';

/**
 * A programme of a visit or a meeting tells its acts in lines that open with a time of day, under day headings
 * (session 32, issue 10):
 *
 *   TUESDAY, 15 SEPTEMBER
 *   09:30 – Official welcome ceremony, with military honours
 *   10:00 – Private meeting between President … and President …
 *
 * Each line's act is of its heading's day, not of the document's date or the dateline's span of days; a day after the
 * publication date is still to come (`planned`, as GUIDELINES.md annotates a programme's acts).
 */

type Event = Omit<EventAnnotation, 'stage'>;

/** A time of day: "09:30", "9.30", "17h40", "10:30 a.m.". */
const CLOCK = String.raw`(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?m\.?)?`;
/**
 * A programme's line: a time of day or a range of them, then a dash or colon, or the column gap of a typed table (two
 * spaces or a tab), then what happens ("10:45 – Expanded meeting", "11:15  Talks between the delegations"). One space is
 * prose ("11:15 talks began"), not a column.
 */
const SCHEDULE_LINE = new RegExp(String.raw`^\s*${CLOCK}(?:\s*[–—-]\s*${CLOCK})?(?:\s*[–—:|-]|[ \t]*\t|[ ]{2,})\s*\p{Lu}`, 'u');
/** A day heading is a short line ("MONDAY, 14 SEPTEMBER", "Day 2 – Tuesday 15 September 2026"). */
const HEADING_CHARS = 60;

/** Whether a block opens with a time of day as a programme's line does: "09:30 – Official welcome ceremony". */
export function isScheduleLine(text: string, block: Block): boolean {
  return SCHEDULE_LINE.test(text.slice(block.start, Math.min(block.end, block.start + 40)));
}

const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december)`;
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?`;
/**
 * A day heading in any case, its year optional: "MONDAY, 14 SEPTEMBER", "Tuesday 15 September 2026",
 * "Day 2 – Wednesday, September 16", "16.09.2026" is not one (a figure). The day's place may follow a dash, in one to
 * three capitalised words ("FRIDAY 6 MARCH 2026 — LIMA", "Wednesday, 11 March - Buenos Aires"); a dash that opens
 * a clause ("… — the ministers met …") is no place.
 */
const PLACE = String.raw`(?:\s+[–—-]\s+\p{Lu}[\p{L}'’.]*(?:[ -]\p{Lu}[\p{L}'’.]*){0,2})?`;
const DAY_HEADING = new RegExp(String.raw`^\s*(?:day\s+(?:\d+|one|two|three|four|five)\s*[–—:-]?\s*)?${WEEKDAY}(?:(\d{1,2})\s+${MONTH}|${MONTH}\s+(\d{1,2}))(?:,?\s+(\d{4}))?${PLACE}[\s.:]*$`, 'iu');

/**
 * The day a block names and nothing else ("MONDAY, 14 SEPTEMBER" → "2026-09-14"), when it is a day heading; with no
 * year, the year that puts it nearest the document's date (a programme is of its own days).
 */
export function headingDay(line: string, documentDate: string | undefined): string | undefined {
  if (line.length > HEADING_CHARS) return undefined;
  const m = DAY_HEADING.exec(line);
  if (!m) return undefined;
  const day = Number(m[1] ?? m[4]);
  const month = MONTHS.indexOf((m[2] ?? m[3])!.toLowerCase()) + 1;
  const reference = dayOf(documentDate);
  // With no year, the twelve months around the document's day (a programme is of its own days).
  const year = m[5] ? Number(m[5]) : reference ? nearestYear(reference, month, day, null) : undefined;
  if (!year || day < 1 || day > 31) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The day of each programme line: the block's start → its day heading's date. A heading or line of another kind
 * (a section's title, a paragraph of prose) closes the programme; a short line between rows ("Venue: …") does not.
 * @example scheduleDays('MONDAY, 14 SEPTEMBER\n\n17:40 – Arrival …', blocks, '2026-09-16') // → Map { 22 => '2026-09-14' }
 */
export function scheduleDays(text: string, blocks: Block[], documentDate: string | undefined): Map<number, string> {
  const days = new Map<number, string>();
  let day: string | undefined;
  for (const block of blocks) {
    const heading = headingDay(text.slice(block.start, Math.min(block.end, block.start + HEADING_CHARS + 1)), documentDate);
    if (heading) day = heading;
    else if (day && isScheduleLine(text, block)) days.set(block.start, day);
    else if (block.type === 'heading' || block.end - block.start > 200) day = undefined;
  }
  return days;
}

/**
 * Acts told in a programme's line with no date of their own take its day heading's (rule `+schedule-day`), and those
 * of a day after the publication date are planned.
 */
export function scheduleDated(text: string, blocks: Block[], events: Event[], published: string | undefined): Event[] {
  if (!events.some((e) => e.dateSource !== 'sentence')) return events;
  const days = scheduleDays(text, blocks, published);
  if (!days.size) return events;
  const starts = [...days.keys()].sort((a, b) => a - b);
  const lineOf = (at: number) => {
    const start = starts.filter((s) => s <= at).pop();
    const block = start === undefined ? undefined : blocks.find((b) => b.start === start);
    return block && at < block.end ? start : undefined;
  };
  return events.map((e) => {
    if (e.dateSource === 'sentence') return e;
    const line = lineOf(e.trigger.start);
    const day = line === undefined ? undefined : days.get(line);
    if (!day) return e;
    const mode = published && day > published && e.mode === 'asserted' ? 'planned' : e.mode;
    return { ...e, date: day, dateSource: 'context' as const, mode, rule: `${e.rule}+schedule-day` };
  });
}
