import type { Token } from '../nlp/tagger.js';
import { bilateralSubject } from './pair-passive.js';

/**
 * Plans with no actor in their sentence (session 33, issue 10): "A joint commission will meet in March", "The
 * intergovernmental talks are expected to resume next month", "The binational cabinet is scheduled to convene in Lima".
 * As with an agentless passive (`pair-passive.ts`), the subject names a thing between the pair (`bilateralNouns`), so in a
 * document about two states the planned act is theirs; the modal makes its mode `planned` and the sentence's date dates it.
 * Only a modal or a verb of schedule before a bare verb: "The joint commission meets every year" tells a habit, not a plan.
 * Never the doer (review, issue 10): the subject right before the modal is the thing and names no actor ("The joint
 * commission of Ghana and Nigeria", "which Ghana will ratify", "The Togolese embassy" are others' acts), it opens its
 * clause (not a "that" clause of another act: "agreed that the joint commission will meet"), and neither a habit ("every
 * two years", "annually") nor "Neither … nor", "never" goes with it.
 */

/** A modal that tells a plan: "will meet". Not "shall" (a treaty's obligation), "would", "could", "may": a condition or a guess. */
const MODAL = /^will$/i;
/** A participle or adjective of schedule before "to": "is expected to", "are scheduled to", "is due to", "is set to", "is planned to". */
const SCHEDULE = /^(?:expected|scheduled|due|set|planned|slated)$/i;
/** A present form of "be" before the word of schedule. */
const PRESENT_BE = /^(?:is|are)$/i;

/**
 * Whether the bare verb at i is the act of a plan whose subject names a thing between the pair: "will meet", "is expected to
 * meet" (adverbs between: "will also meet"), "not" nowhere between (a plan denied is told by its own rules).
 * @example pairPlan('The joint commission will meet in March.', tag('The joint commission will meet in March.'), 4) // → true
 */
export function pairPlan(text: string, tokens: Token[], i: number, isActor: (start: number, end: number) => boolean = () => false): boolean {
  const verb = tokens[i]!;
  const word = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end);
  if (verb.pos !== 'VERB' || word(i).toLowerCase() !== verb.lemma) return false;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADV' && !NOT.test(word(j))) j--;
  if (j < 0) return false;
  if (tokens[j]!.pos === 'AUX' && MODAL.test(word(j))) return ownSubject(text, tokens, j, isActor) && bilateralSubject(text, tokens, j) && !habitAfter(text, tokens, i);
  // "is expected to meet": "to", the word of schedule, a present "be".
  if (!/^to$/i.test(word(j)) || j < 2 || !SCHEDULE.test(word(j - 1))) return false;
  let k = j - 2;
  while (k >= 0 && tokens[k]!.pos === 'ADV' && !NOT.test(word(k))) k--;
  return k >= 0 && PRESENT_BE.test(word(k)) && ownSubject(text, tokens, k, isActor) && bilateralSubject(text, tokens, k) && !habitAfter(text, tokens, i);
}

/** Words that deny the plan: "will not meet", "will never meet". */
const NOT = /^(?:not|never)$/i;
/** Tags of a noun phrase's words: "the two countries' joint border commission", "the commission of the two states". */
const PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** What a subject may not hold or follow: "Neither the commission nor …", "no joint commission"; a relative or "that" before it. */
const DENIED = /^(?:neither|nor|no)$/i;
const BEFORE = new Set(['SCONJ', 'PRON', 'VERB', 'AUX']);

/**
 * Whether the noun phrase right before the auxiliary at `aux` is a subject of its own that names no actor: "The joint
 * commission will" (not "The joint commission of Ghana and Nigeria will", "which Ghana will", "agreed that the commission will").
 */
function ownSubject(text: string, tokens: Token[], aux: number, isActor: (start: number, end: number) => boolean): boolean {
  const word = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end);
  // "the two presidents, Alar Karis and Alexander Stubb, are expected to": the head before an appositive is the subject.
  let end = aux;
  if (end > 0 && word(end - 1) === ',') {
    let k = end - 2;
    while (k >= 0 && word(k) !== ',' && !BEFORE.has(tokens[k]!.pos)) k--;
    if (k > 0 && word(k) === ',') end = k;
  }
  let from = end;
  while (from > 0) {
    const t = tokens[from - 1]!;
    const w = word(from - 1);
    const inPhrase = PHRASE.has(t.pos) || (t.pos === 'PUNCT' && /^['’\-–—]$/.test(w)) || /^(?:of|between|and)$/i.test(w);
    if (!inPhrase) break;
    from--;
  }
  if (from === end) return false;
  const before = tokens[from - 1];
  if (before && (BEFORE.has(before.pos) || /^(?:that|which|who)$/i.test(word(from - 1)))) return false;
  for (let k = 0; k < aux; k++) if (/^(?:neither|nor)$/i.test(word(k)) || (k >= from && DENIED.test(word(k)))) return false;
  return !isActor(tokens[from]!.start, tokens[end - 1]!.end);
}

/** A habit told after the verb: "will meet every two years", "once a year", "annually", "regularly", "each March". */
const HABIT = /^[^.;]*?\b(?:every|each|once\s+a|twice\s+a|annually|yearly|regularly|periodically)\b/i;
function habitAfter(text: string, tokens: Token[], i: number): boolean {
  return HABIT.test(text.slice(tokens[i]!.end, tokens[i]!.end + 80));
}
