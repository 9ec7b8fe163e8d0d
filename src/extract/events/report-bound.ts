import type { EventAnnotation } from '../../model/annotation.js';
import { IRREGULAR_PAST, markedTenseAt } from '../time/tense.js';

/**
 * The document's date bounds what a report tells as done (session 20). TimeML anchors a past
 * tense to the document's creation time: what "signed", "urged" or "has rejected" tells happened
 * by the day the text was published. A past act that took a later date from the sentence before
 * ("… a ferry, which the company plans to launch next year. A third document was initialled …")
 * is the report's.
 */

type Event = Omit<EventAnnotation, 'stage'>;

/** A verb's past form: "-ed" and the irregular ones of `tense.ts`. */
const PAST_FORM = new RegExp(`^(?:[a-z]{2,}ed|${IRREGULAR_PAST.split(' ').join('|')})$`, 'i');
/**
 * Words in "-eed" whose "-ed" is no past ending: verbs whose base ends so ("need", "proceed", "exceed", "succeed", "speed",
 * "feed", "bleed", "breed", "heed") and nouns ("seed", "deed", "creed"). "agreed", "freed", "decreed", "guaranteed" stay past.
 */
const EED_BASE = /^(?:[a-z]*(?:need|ceed|speed|feed|seed|bleed|breed|heed|weed|deed|steed|tweed)|creed|greed|reed)$/i;

/** Whether the leading word of a trigger is a verb's past form ("signed", "was" not; "needed" yes, "need" no). */
function pastWordAt(text: string, trigger: { start: number; end: number }): boolean {
  const word = /^[\p{L}-]+/u.exec(text.slice(trigger.start, trigger.end))?.[0] ?? '';
  return PAST_FORM.test(word) && !EED_BASE.test(word);
}
/** What makes a past form no past act: a future, modal or present group ("will be signed", "is scheduled", "to be held"). */
const NOT_DONE_BEFORE =
  /\b(?:will|would|shall|'ll|to|is|are|am|be|being|can|could|may|might|must|should|plans?|planned|expected|due|set)(?:\s+(?:not|also|already|then|jointly|formally|now|soon))?(?:\s+(?:be|been|have|have been|being))?\s+$/i;

/** The day after which an EDTF date starts: its first day, with a year or a month filled out ("2027" → "2027-01-01"). */
const firstDay = (edtf: string): string => {
  const start = edtf.split('/')[0]!;
  return start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
};

/**
 * Whether the trigger of an event is a verb told in a past form as done: "signed", "urged",
 * "was initialled", "has agreed" (not "will be signed", "is scheduled", "plans to launch").
 * @example doneAct('They signed it.', { start: 5, end: 11 }) // → true
 */
export function doneAct(text: string, trigger: { start: number; end: number }): boolean {
  return pastWordAt(text, trigger) && !NOT_DONE_BEFORE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start));
}

/** ", which the company plans to launch next year": a relative clause after the act, telling of something else. */
const RELATIVE_AFTER = /,\s+(?:which|who|whose|where)\b/i;

/**
 * Events a report tells as done but dates after its own day take the report's day
 * (`dateSource: 'document'`); only with a publication date given to the day. Two ways a later
 * date reaches a past act: from the sentence before (`context`), when the clause around the
 * trigger is told in the past; from a relative clause after a verb told as done ("signed a letter
 * of intent on a ferry, which the company plans to launch next year"). A later date of the act's
 * own clause stays: "agreed to hold the next meeting in 2027" tells the meeting planned in 2027,
 * and the guidelines date a plan by the date it names.
 */
export function boundedByReport(text: string, events: Event[], published: string | undefined): Event[] {
  if (!published || !/^\d{4}-\d\d-\d\d$/.test(published)) return events;
  return events.map((e) => {
    if (firstDay(e.date) <= published) return e;
    // The tense of the event's own passage: a headline's "to visit" is no past for the "Published:" line after it.
    const passage = text.slice(e.start, e.end);
    // A trigger told in a past form as done ("Uganda thanked Kenya", after "… will meet again next month") is past whatever the tense scan finds.
    const inherited = e.dateSource === 'context' && (markedTenseAt(passage, e.trigger.start - e.start, e.trigger.end - e.start, 40) === 'past' || doneAct(text, e.trigger));
    const relative = e.dateSource === 'sentence' && doneAct(text, e.trigger) && RELATIVE_AFTER.test(text.slice(e.trigger.end, e.end));
    // "urged restraint and offered to host a meeting next week": an act told as done beside the main act took the plan's date.
    const beside = e.dateSource === 'sentence' && e.rule.includes('+co-') && doneAct(text, e.trigger);
    return inherited || relative || beside ? { ...e, date: published, dateSource: 'document', rule: `${e.rule}+report-bound` } : e;
  });
}

/** A present perfect right before the participle: "has rejected", "have not yet been", "has also". */
const PERFECT_BEFORE = /\b(?:has|have)(?:\s+(?:not|never|yet|also|already|still|so far|publicly|formally|officially|been))*\s+$/i;

/**
 * Whether a trigger is a verb in the present perfect: "has rejected", "have not yet been reached".
 * @example perfectAct('The ministry has rejected it.', { start: 17, end: 25 }) // → true
 */
export function perfectAct(text: string, trigger: { start: number; end: number }): boolean {
  return pastWordAt(text, trigger) && PERFECT_BEFORE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start));
}

/**
 * TimeML anchors the present perfect to the document's time: an act so told with no date of its
 * own ("The energy ministry has rejected that idea" after "… worth 290 billion baht last year")
 * is the report's, not the date the sentence before told. Not one that points back to a dated
 * act of the same verb ("Huang has been summoned", `anaphoricDates`), nor a headline's, nor a
 * standing negation already dated to the report (`standing-negations.ts`).
 */
export function perfectOfReport(text: string, events: Event[], published: string | undefined): Event[] {
  if (!published || !/^\d{4}-\d\d-\d\d$/.test(published)) return events;
  const perfect = (e: Event) => e.dateSource === 'context' && /\+context-date/.test(e.rule) && !/\+(?:perfect|anaphor|headline|standing-negation)/.test(e.rule) && perfectAct(text, e.trigger);
  // The acts its clause tells beside it ("has rejected calls for tariffs") go with it: passages and the date they leave.
  const moved = new Set(events.filter(perfect).map((e) => `${e.start}:${e.date}`));
  return events.map((e) =>
    e.dateSource === 'context' && moved.has(`${e.start}:${e.date}`) && (perfect(e) || e.rule.includes('+co-'))
      ? { ...e, date: published, dateSource: 'document', rule: `${e.rule}+perfect-report` }
      : e,
  );
}
