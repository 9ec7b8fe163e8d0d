import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';

/**
 * A negated perfect with "since" (session 22): "the joint commission has not met since 2022", "has not carried out an air
 * strike since April 2022" tell an act not done over a period that runs from the date to the report, so in news the event
 * is that period (`2022/2026-11-12`, the eval sets' "negated states run from the last dated act to publication"), not a date
 * another clause of the sentence states ("created in 2015"). The onset finder reads the asserted perfects ("has been closed
 * since 1994", "has sent aid since 2023"); this reads the negated ones the other finders typed.
 */

type Event = Omit<EventAnnotation, 'stage'>;

/**
 * The negated perfect before a trigger: "has not" met, "have never" signed, "had not yet", "hasn't"; up to three words of
 * its verb group between when the trigger is a noun ("has not carried out an air strike", "have not held talks").
 */
const NEGATED_PERFECT = /\b(?:has|have|had)(?:\s+not|n't|\s+never)(?:\s+[\p{Ll}-]+){0,3}\s+$/iu;
/** What may stand between the act and "since": its object and phrases, no clause break ("met in Port of Spain since"). */
const OBJECT_ONLY = /^[^,;:.()"“”]{0,80}$/;
/** How far after the trigger "since" may be, in words. */
const REACH = 9;

/** The start of the period a "since" time opens: "since 2022" (2022/..) → 2022; "since April 2022" → 2022-04. */
function sinceStart(text: string, t: TimeAnnotation): string | undefined {
  // "since 2022", or "since" an occasion of that date: "since the truce of April 2022", "since the elections in 2021".
  const since = /^since\b/i.test(t.text) || /\bsince\s+(?:(?:the|its|their)\s+(?:[\p{L}-]+\s+){1,3}(?:of|in)\s+)?$/iu.test(text.slice(Math.max(0, t.start - 50), t.start));
  const start = t.edtf.split('/')[0]!;
  return since && /^\d{4}(?:-\d\d){0,2}$/.test(start) ? start : undefined;
}

/**
 * Events whose trigger is told in a negated perfect followed, past its object, by "since" and a date are dated from that
 * date to the publication day (rule `+negated-since`); only in news, where the report's day closes the period.
 * @example negatedSince('The commission has not met since 2022.', times, [met dated 2015], '2026-11-12') // → met 2022/2026-11-12
 */
export function negatedSince(text: string, times: TimeAnnotation[], events: Event[], published: string): Event[] {
  return events.map((e) => {
    if (!NEGATED_PERFECT.test(text.slice(Math.max(0, e.trigger.start - 30), e.trigger.start))) return e;
    const since = times.find((t) => {
      if (t.start < e.trigger.end) return false;
      const between = text.slice(e.trigger.end, t.start).replace(/\bsince\s+(?:(?:the|its|their)\s+(?:[\p{L}-]+\s+){1,3}(?:of|in)\s+)?$/iu, '');
      return OBJECT_ONLY.test(between) && between.split(/\s+/).filter(Boolean).length <= REACH && !!sinceStart(text, t);
    });
    const start = since && sinceStart(text, since);
    if (!start || start >= published) return e;
    return { ...e, date: `${start}/${published}`, dateSource: 'sentence' as const, rule: `${e.rule}+negated-since` };
  });
}
