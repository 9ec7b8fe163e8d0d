/**
 * How often a thing was done, which GUIDELINES.md counts ("visited seven times" is 7): "it has
 * met only twice", "an offer Lusaka has turned down twice before", "to hold consultations at
 * least twice a year". A multiple is such a count when a verb governs it (the verb before it,
 * past adverbs, particles and a qualifier: wink-nlp's tags, through the event stage's tagger) or
 * when a period it recurs in follows it ("twice a year", "three times a month"), but not in the
 * passive ("had been invited three times", "is updated twice a year": what is done to its
 * subject, a routine, no act counted). A factor
 * ("twice as large", "grew seven times") is read before this, by the value reader.
 */
import { tag, type Token } from '../nlp/tagger.js';
import { parseMultiple } from './numbers.js';
import type { CountedValue } from './counted-finder.js';

/** A period the count recurs in, right after it: "a year", "per month", "each week". */
const PER_PERIOD = /^\s+(?:a|an|per|each|every)\s+(year|month|week|day|session|season)\b/i;
/** Words that may stand between the verb and the multiple: "only", "already", "at least", "down", "so far". */
const BETWEEN = new Set(['ADV', 'PART', 'ADP']);
/** Verbs that state a measure or a comparison, not an act done so many times ("is twice", "cost three times"). */
const NOT_ACTS = new Set(['be', 'cost', 'grow', 'rise', 'increase', 'multiply', 'expand', 'jump', 'exceed', 'reach', 'double', 'triple']);

/**
 * The count a multiple at `start`–`end` of a sentence (at `base` in the text) states, or
 * undefined when nothing it governs makes it one; `word` is the multiple as written.
 * @example howOften('The commission has met only twice.', 0, 28, 33, 'twice') // → { value: 2, unit: 'count', noun: 'times_meet', … }
 */
export function howOften(sentence: string, base: number, start: number, end: number, word: string): CountedValue | undefined {
  // "double", "triple" are adjectives and verbs ("double taxation"), not how often.
  const value = /^(?:twice|thrice)$|\stimes$/i.test(word) ? parseMultiple(word) : undefined;
  if (!value) return undefined;
  const tokens = tag(sentence, base);
  const text = (t: Token) => sentence.slice(t.start - base, t.end - base);
  let k = tokens.findIndex((t) => t.end > start) - 1;
  // "at least twice": the qualifier's words are read by the fact stage.
  while (k >= 0 && (BETWEEN.has(tokens[k]!.pos) || /^(?:least|most|more|than)$/i.test(text(tokens[k]!)))) k--;
  const verb = k >= 0 && tokens[k]!.pos === 'VERB' && !NOT_ACTS.has(tokens[k]!.lemma) ? tokens[k] : undefined;
  // "had been invited three times", "the sheet is updated twice a year": a passive tells what is done to its subject, a routine, no act of the pair counted.
  const passive = k > 0 && tokens[k - 1]!.lemma === 'be';
  const period = PER_PERIOD.exec(sentence.slice(end - base));
  if ((!verb && !period) || passive) return undefined;
  const noun = verb ? `times_${verb.lemma.toLowerCase()}` : `times_a_${period![1]!.toLowerCase()}`;
  return { start, end, value, unit: 'count', rule: 'how-often', noun };
}
