import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import { partAt, type DatedPart } from '../time/part-dates.js';

type Event = Omit<EventAnnotation, 'stage'>;

/**
 * The times an act may be dated by: not a part's header date or signature ("Date: Tue, 10 Mar 2026 …", "09:14, 27 August
 * 2026 (UTC)"), which tell when the part was written, not when anything in it happened.
 * @example eventTimes(times, parts) // the signature's "27 August 2026" left out
 */
export function eventTimes<T extends Pick<TimeAnnotation, 'start' | 'end'>>(times: T[], parts: readonly DatedPart[]): T[] {
  if (!parts.length) return times;
  return times.filter((t) => !parts.some((p) => t.start < p.stamp.end && p.stamp.start < t.end));
}

/**
 * Acts dated by the publication day for want of their own take the day of the part they are told in (rule
 * `+part-date`): "The DG called today" in an email of 13 March is an act of 13 March, not of the day the thread was
 * released. An act found in an email's header lines is dropped.
 * @example partDated([{ …call, date: '2026-08-25', dateSource: 'document' }], [{ start: 0, end: 99, date: '2026-03-13', … }], '2026-08-25')[0].date // → '2026-03-13'
 */
export function partDated(events: Event[], parts: readonly DatedPart[], published: string | undefined): Event[] {
  if (!parts.length) return events;
  // A message's header lines ("Subject: RE: meeting at the ministry") name what the body tells: no act of their own.
  const inHeader = (e: Event) => parts.some((p) => p.header && e.trigger.start >= p.header.start && e.trigger.start < p.header.end);
  return events
    .filter((e) => !inHeader(e))
    .map((e) => {
      if (e.dateSource !== 'document' || e.date !== published) return e;
      // A signed comment talks about the page's subject ("The article now says that … signed a ferry agreement"): its day
      // dates its relative times, not the acts it reports; an email's or a quoted reply's day dates its news.
      const part = partAt(parts, e.trigger.start);
      if (part && !part.header && !part.quoted) return e;
      return part && part.date !== e.date ? { ...e, date: part.date, rule: `${e.rule}+part-date` } : e;
    });
}
