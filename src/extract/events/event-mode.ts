import type { EventMode } from '../../model/annotation.js';
import { eventTypes, type Trigger } from './event-types.js';

/** The mode of an event (asserted, planned, hypothetical, negated), read in its trigger's part of its clause. */

/**
 * The mode of a trigger's event, read in its part of the clause: "Kenya has no navy but has
 * signed three pacts" asserts the pacts. A relative clause speaks of something else: "signed
 * a pact that will last until 2030" and "the summit (which will be held in May) and a visit in
 * March" assert the signing and the visit.
 */
export function modeAt(text: string, from: number, to: number, trigger: Trigger): EventMode {
  const start = Math.min(from, trigger.start);
  const end = Math.max(to, trigger.end);
  const before = [...text.slice(start, trigger.start).matchAll(CONTRAST)].pop();
  let after = text.slice(trigger.end, end).search(CONTRAST);
  let leadStart = before ? start + before.index! + before[0].length : start;
  // A trigger inside a relative clause set off by commas ("Eritrea, which declared independence in
  // 1993, would not accept the ruling") is told in that clause alone: the main clause around it
  // gives it no mode.
  const open = OPEN_RELATIVE.exec(text.slice(leadStart, trigger.start));
  if (open) {
    leadStart += open.index + open[0].length;
    const close = text.slice(trigger.end, end).search(/[,;)]/);
    if (close >= 0 && (after < 0 || close < after)) after = close;
  }
  // A participle right after a comma or a bracket is a relative clause of its own ("the ferry service, halted in 2017, would not
  // resume"; "the bridge, opened in 2022"): it is told as done, whatever the main clause around it denies or foretells. A verb
  // in a list ("had not closed the border, recalled its envoy or suspended flights") shares the list's mode (`inList`).
  if (!open && REDUCED_RELATIVE.test(text.slice(leadStart, trigger.start)) && pastForm(text.slice(trigger.start, trigger.end)) && !inList(text, trigger.end)) {
    leadStart = trigger.start;
    const close = text.slice(trigger.end, end).search(/[,;)]/);
    if (close >= 0 && (after < 0 || close < after)) after = close;
  }
  // A verb in the past joined by "and" opens a verb phrase of its own: "said it would reopen the border, and signed a
  // pact" asserts the signing ("would" cannot govern "signed"); "did not close the border and expel …" shares "did not".
  const joined = JOINED_BEFORE.exec(text.slice(leadStart, trigger.start));
  if (joined && pastForm(text.slice(trigger.start, trigger.end))) leadStart += joined.index + joined[0].length;
  let lead = text.slice(leadStart, trigger.start).replace(CLOSED_RELATIVE, ' ');
  // A noun that names the event inside a phrase ("did not raise it during the talks on the
  // establishment of ties") takes no mode from the verb the phrase hangs on.
  if (NOMINAL.test(text.slice(trigger.start, trigger.end))) lead = lead.slice(lastPhraseStart(lead));
  // What follows a colon is what was put forward or agreed ("set a goal: Kenya would be …"), not how.
  // What a reporting verb or a condition introduces is another clause ("condemned the move and said it would …").
  const tail = text
    .slice(trigger.end, after >= 0 ? trigger.end + after : end)
    .replace(/:.*$/s, '')
    .replace(NEXT_VERB, '')
    .replace(REPORTED, '')
    .replace(RELATIVE_CLAUSE, ' ');
  // A trigger whose own words deny or foretell is an idiom of its act ("will not go unanswered",
  // "will not tolerate" are threats told now): its words give no mode.
  const own = text.slice(trigger.start, trigger.end);
  return modeOf(`${lead}${modeOf(own) === 'asserted' ? own : 'it'} ${tail}`);
}
/** "and" (with a comma or an adverb) right before a trigger. */
const JOINED_BEFORE = /(?:^|[\s,])and\s+(?:(?:\p{L}+ly|then|also)\s+)?$/iu;

/** Whether a trigger opens with a verb's past form: a regular "-ed" or an irregular form of the vocabularies ("froze", "broke"). */
function pastForm(words: string): boolean {
  const first = /^\p{L}+/u.exec(words)?.[0].toLowerCase() ?? '';
  const { verbs, wordnet } = eventTypes();
  return /\p{L}{2,}ed$/u.test(first) || verbs.forms.has(first) || wordnet.verbs.forms.has(first);
}

/** A second verb joined by "and" is an act of its own, with its own mode ("met on Thursday and agreed not to use force", "stands in solidarity and would consider sanctions" assert the first). */
const NEXT_VERB = /\band\s+(?:\w+ly\s+)?(?:agreed|pledged|vowed|promised|decided|refused|declined|signed|said|stated|announced|insisted|warned|urged|called|would|will)\b.*$/s;
/** What a reporting verb introduces ("rallied against the closure, saying it would cut families off"), or a condition ("warned of reprisals if the staff were not allowed back"), is another clause. */
const REPORTED = /\b(?:said|says|saying|told|added|stated|announced|according to|if|unless)\b.*$/s;
/** Where the trigger's clause may begin: a contrast, or a clause of reason after a comma (", as it accepted …", "because"), which the main clause's denial does not reach. */
const CONTRAST = /;|\b(?:but|however|although|though|whereas|while|because)\b|,\s*(?:as|since)(?=\s+(?:it|they|he|she|we|both|each|the\s+two)\b)/g;
/** A trigger that begins with a noun of action: "establishment of", "normalisation of", "signing of". */
const NOMINAL = /^\p{L}+(?:ment|tion|sion|ing)\s+of\b/iu;
const PHRASE_HEAD = /\b(?:during|for|at|in|on|after|before|following|since|towards?|about|over)\b/gi;
/** Where the last prepositional phrase of a text begins (0 when it has none). */
function lastPhraseStart(lead: string): number {
  const m = [...lead.matchAll(PHRASE_HEAD)].pop();
  return m ? m.index! : 0;
}
/** A coordinator before the next comma, bracket or sentence end, or right after that comma: the trigger is an item of a list of verbs ("…, recalled its envoy or suspended flights"; "…, recalled its envoy, and suspended flights"). */
const LIST_AFTER = /^[^,;:()!?.]*\b(?:and|or|nor)\b|^[^,;:()!?.]*,\s*(?:and|or|nor)\b/iu;
/** Whether the words after a trigger that ends at `end` go on with the next item of a list of verbs (`LIST_AFTER`). */
function inList(text: string, end: number): boolean {
  return LIST_AFTER.test(text.slice(end, end + 200));
}
/** A noun phrase, then a comma or a bracket right before the trigger: the trigger opens a participle clause ("the pact, signed in"). */
const REDUCED_RELATIVE = /[\p{L}\p{N}'’]\s*[,(]\s*$/u;
/** A relative clause set off by a comma or a bracket and still open at the trigger: ", which declared independence in". */
const OPEN_RELATIVE = /[,(]\s*(?:which|who|whom|whose)\b(?=[^,;()]*$)/i;
const RELATIVE_CLAUSE = /\b(?:which|that|who|whom|whose)\b[^,;()]*/gi;
/** A relative clause closed before the trigger ("the summit (which will be held in May), …"); "that" may open what the trigger's verb says, so it does not count. */
const CLOSED_RELATIVE = /\b(?:which|who|whom|whose)\b[^,;()]*(?=[,;)])/gi;

function modeOf(text: string): EventMode {
  const { modes } = eventTypes();
  if (modes.negated.some((re) => re.test(text))) return 'negated';
  if (modes.planned.some((re) => re.test(text))) return 'planned';
  if (modes.hypothetical.some((re) => re.test(text))) return 'hypothetical';
  return 'asserted';
}
