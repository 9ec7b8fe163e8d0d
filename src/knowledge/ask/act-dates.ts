import type { ParsedQuestion, QuestionTerm } from './question.js';
import type { Passage } from './corpus.js';
import { inflects, matches } from './retrieve.js';
import { tokens } from './text.js';
import type { Found } from './find.js';
import type { EventAnnotation } from '../../model/annotation.js';
import { stateOfWord, stateRuns } from './states.js';
import { fold } from '../../extract/fold.js';
import { escapeRegExp } from '../../extract/word-alternation.js';
import { MONTHS } from '../../extract/time/patterns.js';

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

/** The month names capitalised, as a question writes them (lower-case "may" is a modal). */
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));

/**
 * The months a question names, as two digits ("When did Tusk visit Vilnius in March 2026?" → ['03']); a capitalised month name past the
 * question's first word.
 * @example monthsAsked(parseQuestion('When did Tusk visit Vilnius in March 2026?')) // → ['03']
 */
export function monthsAsked(q: ParsedQuestion): string[] {
  return [...q.text.matchAll(new RegExp(`(?<=\\S\\s+)\\b(${MONTH_NAMES.join('|')})\\b`, 'g'))].map((m) => String(MONTH_NAMES.indexOf(m[1]!) + 1).padStart(2, '0'));
}

/**
 * Whether a stored event is of the act the question asks by who and where: no state the question names is missing from the event's
 * actors while the event holds a state the question does not name, and every place the question gives after "in", "at" or "near" that is no state is
 * written in the event's sentence or is its place. "Lithuania closed its consulate in Gdansk" is no closing of "the Polish consulate in *Kaunas*";
 * "Lithuania signed …, a week after *Latvia* signed …" dates Latvia's signing by the second act only.
 * @example actorsAgree(parseQuestion('When did Tusk visit Riga?'), event "visited" of Riga (target country:LVA), sentence) // → true
 */
export function actorsAgree(q: ParsedQuestion, e: EventAnnotation, at: Passage): boolean {
  const held = new Set(e.actors.map((a) => a.entity));
  // Not a state inside a thing's name ("the *Vilnius*-Warsaw railway").
  const states = stateRuns(q.text)
    .filter((r) => !/[-‐–]/.test(q.text.slice(r.end, r.end + 1) + q.text.slice(r.end - r.text.length - 1, r.end - r.text.length)))
    .map((r) => r.id);
  // A state asked that the event lacks while it holds one the question never names: another state's act ("Lithuania signed" for Latvia's
  // signing); a state merely missing from the event's actors is the event stage's miss (an envoy read as no state's).
  if (states.some((s) => !held.has(s)) && [...held].some((x) => x.startsWith('country:') && !states.includes(x))) return false;
  // A place the question gives the act ("the consulate *in Kaunas*"): written in the event's sentence, or the event's place.
  const place = e.location ? tokens(e.location) : [];
  const placed = (t: QuestionTerm) => t.name && !stateOfWord(t.word) && new RegExp(`\\b(?:in|at|near) ${escapeRegExp(t.word)}\\b`).test(fold(q.text));
  return q.terms.filter(placed).every((t) => at.words.some((w) => matches(t, w)) || place.some((w) => matches(t, w)));
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
  return (f.doc.annotations?.events ?? []).some(
    (e) => e.dateSource === 'sentence' && (e.date === span.value || e.date === span.refines) && opens.has(e.trigger.start) && e.trigger.end <= f.at.end && actorsAgree(q, e, f.at),
  );
}
