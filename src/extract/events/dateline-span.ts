import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Block } from '../../model/document.js';

/**
 * A document dated by the days of its meeting (session 21): a joint communiqué headed "Lilongwe,
 * 17-18 June 2026", or a joint statement dated "Lusaka, 10 September 2026" whose opening tells a
 * visit "on 9-10 September 2026", speaks for both days, so what it tells with no date of its own
 * ("The Parties reaffirmed …", "undertook to examine it") is an act of that span, not of the last
 * day the publication date keeps. TimeML's document creation time is the whole span here.
 */

type Event = Omit<EventAnnotation, 'stage'>;

/** A span of days of at most a week: "2026-06-17/2026-06-18". */
const DAY_SPAN = /^(\d{4}-\d\d-\d\d)\/(\d{4}-\d\d-\d\d)$/;
/** How long a dateline may be: a place and a date, not a sentence of the body. */
const DATELINE_CHARS = 80;

/**
 * The span of days a document speaks for, when it ends on the publication date: its dateline's
 * (the first time of the text, closing a line near the top with at most a place before it), else a
 * joint statement's opening's.
 * @example datelineSpan('Lilongwe, 17-18 June 2026\n\n…', blocks, times, '2026-06-18') // → '2026-06-17/2026-06-18'
 */
export function datelineSpan(text: string, blocks: Block[], times: TimeAnnotation[], published: string | undefined): string | undefined {
  return headedSpan(text, times, published) ?? openingSpan(text, blocks, times, published);
}

/** "JOINT STATEMENT", "Joint Communiqué on …", "Joint Declaration": a document that speaks for both sides at a meeting. */
// The title's word ends at a letter that is no word character to `\b` ("COMMUNIQUÉ"), so its end is "no letter after".
const JOINT_TITLE = /^\s*joint\s+(?:statement|communiqu[eé]|declaration|press\s+statement)(?!\p{L})/iu;
/** A document titled as a joint statement ("JOINT STATEMENT", "Joint Communiqué on …"): its paragraphs speak for both sides at the meeting. */
export function isJointStatement(text: string, blocks: Block[]): boolean {
  const title = blocks[0];
  return !!title && JOINT_TITLE.test(text.slice(title.start, title.end));
}

/**
 * How far into a joint statement its opening may tell the meeting's days: the title, the dateline and the first
 * paragraph or two (a few hundred characters) that say who met where and when; later paragraphs tell of other dates.
 */
const OPENING_CHARS = 700;

/**
 * A joint statement dated by its last day ("Lima, 4 March 2027") whose opening tells the
 * meeting's days ("paid an official visit … on 3-4 March 2027", "took place in Cusco on 14–15 June
 * 2027"): the first span of days in its opening that ends on the publication date.
 */
function openingSpan(text: string, blocks: Block[], times: TimeAnnotation[], published: string | undefined): string | undefined {
  if (!isJointStatement(text, blocks)) return undefined;
  const span = times.find((t) => t.start < OPENING_CHARS && DAY_SPAN.test(t.edtf));
  const m = span && DAY_SPAN.exec(span.edtf);
  return m && issuedAfter(m[2]!, published) && days(m[1]!, m[2]!) <= 7 ? span.edtf : undefined;
}

/** The dateline itself a span of days ("Lilongwe, 17-18 June 2026"). */
function headedSpan(text: string, times: TimeAnnotation[], published: string | undefined): string | undefined {
  const first = times[0];
  const span = first && DAY_SPAN.exec(first.edtf);
  if (!first || !span || !issuedAfter(span[2]!, published) || days(span[1]!, span[2]!) > 7) return undefined;
  // The dateline is a line of its own ("JOINT COMMUNIQUÉ\nof the Ninth Session …\nLilongwe, 17-18 June 2026") near the top.
  if (first.start > OPENING_CHARS) return undefined;
  const from = text.lastIndexOf('\n', first.start) + 1;
  const newline = text.indexOf('\n', first.end);
  const to = newline < 0 ? text.length : newline;
  return to - from <= DATELINE_CHARS && /^[\p{L}\s,.'’-]*$/u.test(text.slice(from, first.start)) && !text.slice(first.end, to).trim() ? first.edtf : undefined;
}

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** How many days after a meeting's last day its statement may be published: the next day or the one after (session 31). */
const ISSUED_WITHIN = 2;
/** Whether a document published on `published` speaks for a meeting that ended on `end`: that day or just after. */
function issuedAfter(end: string, published: string | undefined): boolean {
  if (!published) return false;
  const gap = days(end, published);
  return gap >= 0 && gap <= ISSUED_WITHIN;
}

/**
 * Acts dated by the publication day for want of their own take the dateline's span (rule `+dateline-span`). Not the
 * statement its title names ("JOINT STATEMENT of the Presidents …"): it is issued on the day it is dated.
 */
export function spannedByDateline(events: Event[], span: string | undefined, published: string | undefined, title?: Block): Event[] {
  if (!span) return events;
  const titled = (e: Event) => !!title && e.trigger.start < title.end;
  return events.map((e) => (e.dateSource === 'document' && e.date === published && !titled(e) ? { ...e, date: span, rule: `${e.rule}+dateline-span` } : e));
}
