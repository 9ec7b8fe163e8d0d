import { fold } from '../../extract/fold.js';
import type { ParsedQuestion, QuestionTerm } from './question.js';
import { matches, type Scored } from './retrieve.js';
import type { Found } from './find.js';
import { answerWords, askLexicon } from './lexicon.js';
import { stem, tokens } from './text.js';

// Acts that happen once (relations established, independence gained, a partnership raised to a named level, a state begun "since"):
// two dates of one are the sources disagreeing, however many years apart; two dates of a visit years apart are two visits.

/** Two dates of an act that happens once at most this many years apart are one act told two ways; further apart, of two eras (relations broken and restored). */
export const ONCE_WITHIN_YEARS = 10;

/**
 * Whether the question asks of an act that happens once: "since when", or a word of `onceWords`
 * ("established", "independence", "first") among its words.
 * @example onceAsked(parseQuestion('When did Zambia and Malawi establish diplomatic relations?')) // → true
 * @example onceAsked(parseQuestion('When did the president visit Lusaka?')) // → false
 */
export function onceAsked(q: ParsedQuestion): boolean {
  if (q.since) return true;
  const f = fold(q.text);
  const stems = new Set(tokens(q.text).map((t) => t.stem));
  return answerWords().onceWords.some((w) => (w.includes(' ') ? new RegExp(`\\b${w}\\b`).test(f) : stems.has(stem(w))));
}

/** The words of a name the question quotes ('raise their relations to an "Extensive Strategic Partnership"'), stop words aside. */
function quotedWords(q: ParsedQuestion): QuestionTerm[] {
  const quote = /["“”‘’']([^"“”‘’']{3,80})["“”‘’']/u.exec(q.text)?.[1];
  if (!quote) return [];
  const words = new Set(tokens(quote).map((t) => t.stem));
  const stop = askLexicon().stopwords;
  return q.terms.filter((t) => !stop.has(t.word) && t.stems.some((s) => words.has(s)));
}

/** Whether a date span is the start of a state still holding ("closed since 2019"). */
const sinceSpan = (f: Found) => /^since\b/i.test(f.spans[0]?.text ?? '');

/**
 * Whether two passages tell the same once-only act though their verbs differ: each holds every
 * word of the name the question quotes ("elevated their ties to an 'Extensive Strategic
 * Partnership'" and "evolving into an 'extensive strategic partnership'"), or, for "since when",
 * both give a start ("closed to lorries since 2021", "barred from the crossing since 2019") and
 * the rival holds every word of what is asked, other than the verb, that the best holds.
 */
export function sameState(q: ParsedQuestion, best: Found, other: Found): boolean {
  const held = (s: Scored, t: QuestionTerm) => s.matched.some((m) => matches(t, m));
  const named = quotedWords(q);
  if (named.length >= 2 && named.every((t) => held(best.scored, t) && held(other.scored, t))) return true;
  if (!q.since || !sinceSpan(best) || !sinceSpan(other)) return false;
  const asked = q.terms.filter((t) => !t.verb && t.word !== 'since');
  return asked.filter((t) => held(best.scored, t)).every((t) => held(other.scored, t));
}
