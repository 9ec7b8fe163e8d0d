import type { Token } from './predicate-finder.js';
import { bilateralSubject } from './pair-passive.js';

/**
 * Plans with no actor in their sentence (session 33, issue 10): "A joint commission will meet in March", "The
 * intergovernmental talks are expected to resume next month", "The binational cabinet is scheduled to convene in Lima".
 * As with an agentless passive (`pair-passive.ts`), the subject names a thing between the pair (`bilateralNouns`), so in a
 * document about two states the planned act is theirs; the modal makes its mode `planned` and the sentence's date dates it.
 * Only a modal or a verb of schedule before a bare verb: "The joint commission meets every year" tells a habit, not a plan.
 */

/** A modal that tells a plan: "will meet", "shall convene". Not "would", "could", "may": a condition or a guess. */
const MODAL = /^(?:will|shall)$/i;
/** A participle or adjective of schedule before "to": "is expected to", "are scheduled to", "is due to", "is set to", "is planned to". */
const SCHEDULE = /^(?:expected|scheduled|due|set|planned|slated)$/i;
/** A present form of "be" before the word of schedule. */
const PRESENT_BE = /^(?:is|are)$/i;

/**
 * Whether the bare verb at i is the act of a plan whose subject names a thing between the pair: "will meet", "is expected to
 * meet" (adverbs between: "will also meet"), "not" nowhere between (a plan denied is told by its own rules).
 * @example pairPlan('The joint commission will meet in March.', tag('The joint commission will meet in March.'), 4) // → true
 */
export function pairPlan(text: string, tokens: Token[], i: number): boolean {
  const verb = tokens[i]!;
  const word = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end);
  if (verb.pos !== 'VERB' || word(i).toLowerCase() !== verb.lemma) return false;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADV' && !/^not$/i.test(word(j))) j--;
  if (j < 0) return false;
  if (tokens[j]!.pos === 'AUX' && MODAL.test(word(j))) return bilateralSubject(text, tokens, j);
  // "is expected to meet": "to", the word of schedule, a present "be".
  if (!/^to$/i.test(word(j)) || j < 2 || !SCHEDULE.test(word(j - 1))) return false;
  let k = j - 2;
  while (k >= 0 && tokens[k]!.pos === 'ADV' && !/^not$/i.test(word(k))) k--;
  return k >= 0 && PRESENT_BE.test(word(k)) && bilateralSubject(text, tokens, k);
}
