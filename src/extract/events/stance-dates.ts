import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { eventDate } from './event-dates.js';

type Event = Omit<EventAnnotation, 'stage'>;

/** What opens another clause between a stance's verb and a date after it: a semicolon, a colon, a dash, or a comma before a coordinator. */
const ANOTHER_CLAUSE = /[;:]|\s[–—]\s|,\s+(?:and|but|while|whereas|yet)\b/i;

/** PLOVER's categories of violence: an attack, a bombing, shelling, a clash. A statement condemns them after the fact. */
const VIOLENCE = new Set(['ASSAULT', 'FIGHT']);

/**
 * A verb of disapproval whose only date names the act it condemns (session 34's "stance verb that took its object's date"):
 * "Ghana's government condemns the attack of 29 May on a border post" tells an attack of 29 May and a condemnation issued by
 * the report (GUIDELINES: the statement is the act; the date names its object). When the object's act is one of violence
 * (PLOVER ASSAULT, FIGHT) with an event of that date of its own, the disapproval (PLOVER DISAPPROVE) is dated as a news clause with no date of its own: the report's day
 * (rule `+stance-of-report`; a communiqué's span then follows, `spannedByDateline`). Not when a date stands before the verb
 * ("on Monday condemned the attack of 29 May": the sentence dates the saying), nor when the date is in another clause, nor
 * for a report dated coarser than a day.
 * @example statedStances(text, s, [condemns 2026-05-29, attack 2026-05-29], [29 May], '2026-05-31') // → [condemns 2026-05-31, attack 2026-05-29]
 */
export function statedStances(text: string, s: Sentence, told: Event[], dates: TimeAnnotation[], published: string | undefined): Event[] {
  if (!published || !/^\d{4}-\d\d-\d\d$/.test(published)) return told;
  return told.map((e) => {
    if (e.plover.type !== 'DISAPPROVE' || e.dateSource !== 'sentence' || e.mode !== 'asserted') return e;
    if (dates.some((d) => d.start >= s.start && d.end <= e.trigger.start)) return e;
    const d = dates.find((x) => x.start >= e.trigger.end && x.end <= s.end && eventDate(x) === e.date);
    if (!d || ANOTHER_CLAUSE.test(text.slice(e.trigger.end, d.start))) return e;
    // The condemned act, an act of violence told by its own event of that date between the verb and the date. Not another
    // act: "protested to Lima over the closure of the border on 3 May" may date the protest (pair-scope.test.ts).
    const object = told.some((o) => o !== e && VIOLENCE.has(o.plover.type) && o.date === e.date && o.trigger.start >= e.trigger.end && o.trigger.end <= d.start);
    if (!object || published <= e.date) return e;
    return { ...e, date: published, dateSource: 'document' as const, rule: `${e.rule}+stance-of-report` };
  });
}
