import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { eventDate } from './event-dates.js';
import { sayingsOf } from './predicate-finder.js';
import type { Span } from './date-ownership.js';

type Told = Omit<EventAnnotation, 'stage'>;

/** What may stand before a date that opens its sentence: "On", "In", "Early on", quotes. */
const OPENS_SENTENCE = /^[\s"“'‘*_(]*(?:(?:in|on|at|early|late|last|then|and|but)\s+)*$/i;
/** What may stand between a date and the verb of saying right after it: an adverb at most ("on Tuesday formally announced"). */
const RIGHT_BEFORE = /^[\s,]*(?:\p{L}+ly\s+)?$/u;

/**
 * A statement issued is an event of its own (GUIDELINES.md: "a statement issued"): when a verb of saying states its own date
 * ("said on Monday that", "On 4 January 2021 Kuwait announced that", "announced in December that") and the act its content
 * tells took a date of the content ("… that it would reopen the crossing in June"), the statement is a second event of that
 * act, dated by the saying: typed as the act it states, its trigger, actors and citation the act's, asserted whatever the
 * act's mode (the statement was made: "said it would not sign" is told that day). Nothing when the saying's date already
 * dates an event of the sentence, nor for an act outside the content, nor for a saying with no date of its own (dated by the
 * report it cost more tune predictions than matches). Rule `+saying`.
 * @example "On 12 February 2024 Kenya announced that it would reopen the crossing in June 2024." → reopen (2024-06) and reopen (2024-02-12, `+saying`)
 */
export function sayingActs(text: string, s: Sentence, dates: TimeAnnotation[], told: Told[]): Told[] {
  if (dates.length < 2 || !told.length) return [];
  const sayings = sayingsOf(text, s);
  const out: Told[] = [];
  sayings.forEach(({ verb, content }, k) => {
    const date = sayingDate(text, s, verb, content, dates);
    if (!date) return;
    const edtf = eventDate(date);
    if ([...told, ...out].some((e) => e.date === edtf)) return;
    const end = sayings[k + 1]?.verb.start ?? s.end;
    const act = told.filter((e) => e.dateSource === 'sentence' && e.trigger.start >= content && e.trigger.end <= end).sort((a, b) => a.trigger.start - b.trigger.start)[0];
    if (!act) return;
    out.push({
      ...act,
      date: edtf,
      mode: 'asserted',
      rule: `${act.rule}+saying`,
    });
  });
  return out;
}

/** The date a verb of saying states for itself: between it and its content, opening the sentence, or right before the verb. */
function sayingDate(text: string, s: Sentence, verb: Span, content: number, dates: TimeAnnotation[]): TimeAnnotation | undefined {
  return dates.find(
    (d) =>
      (d.start >= verb.end && d.end <= content) ||
      (d.end <= verb.start && (OPENS_SENTENCE.test(text.slice(s.start, d.start)) || RIGHT_BEFORE.test(text.slice(d.end, verb.start))) && !/[;.]/.test(text.slice(d.end, verb.start))),
  );
}
