import type { ParsedQuestion } from './question.js';
import type { Passage } from './corpus.js';
import { inflects, matches } from './retrieve.js';
import type { Found } from './find.js';

// A "when" question's act as the store holds it: the event whose trigger opens with the question's verb, dated in its own sentence.

/** The passage's words that write the question's verb in any form ("*transferred*" for "when was sovereignty transferred"). */
function verbWords(q: ParsedQuestion, p: Passage) {
  const verbs = q.terms.filter((t) => t.verb);
  return p.words.filter((w) => verbs.some((t) => matches(t, w) || t.stems.some((x) => inflects(x, w.folded))));
}

/**
 * Whether the sentence a date was read from tells none of the question's verb: "…after the Linggadjati Agreement of November 1946
 * collapsed" names the states of "when was sovereignty transferred", not the transfer.
 * @example silentOnAct(parseQuestion('When was sovereignty transferred?'), found of "…of November 1946 collapsed") // → true
 */
export function silentOnAct(q: ParsedQuestion, f: Found): boolean {
  return q.terms.some((t) => t.verb) && verbWords(q, f.at).length === 0;
}

/**
 * Whether a found date is the stored date of the act asked: an event of its sentence whose trigger opens with the question's verb and
 * that the event stage dated by a date of that sentence ("sovereignty was *transferred* on 27 December 1949" → 1949-12-27), in a sentence
 * that names a word of what is asked besides the verb and the names, when the question has one.
 * @example actDate(parseQuestion('When was sovereignty transferred?'), found of "…was transferred on 27 December 1949") // → true
 */
export function actDate(q: ParsedQuestion, f: Found): boolean {
  const span = f.spans[0];
  if (span?.kind !== 'date') return false;
  // Of the thing asked too: "transferred the territory to a UN administration" is no date of "when was *sovereignty* transferred".
  const things = q.terms.filter((t) => !t.verb && !t.name);
  if (things.length && !f.at.words.some((w) => things.some((t) => matches(t, w)))) return false;
  const opens = new Set(verbWords(q, f.at).map((w) => w.start));
  return (f.doc.annotations?.events ?? []).some((e) => e.dateSource === 'sentence' && e.date === span.value && opens.has(e.trigger.start) && e.trigger.end <= f.at.end);
}
