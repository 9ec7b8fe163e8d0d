import { eventTypes } from './event-types.js';
import type { Token } from '../nlp/tagger.js';
import { PAIR_GROUP } from './discourse-context.js';
import { actorLexicon } from '../actors/actor-lexicon.js';
import type { EventActor } from '../../model/annotation.js';

/**
 * Agentless passives of a document about a pair (session 32, issue 10): "The border crossing at Namanga was reopened on
 * Friday", "No financing agreement has been signed", "A memorandum on fisheries was discussed but not signed". Such a
 * sentence names no actor, and none told before stands for one, yet the guidelines give the act to the pair: what the
 * passive's subject names is between the two (a treaty, a crossing, an embassy, relations: `bilateralNouns` in
 * event-types.json). The verb finder reads such a verb as it reads one with an actor for subject, in a document about two
 * states only, and only when the sentence names no actor at all (a third party named keeps its own act). A present tense
 * ("Treaties are signed by ministers") tells a habit, a port or a hospital ("A new port was opened") no act between the two.
 */

/** Words of the subject that may stand between the auxiliary and the participle: "was not", "has not yet been", "were jointly". */
const BETWEEN = new Set(['ADV', 'PART', 'AUX']);
/** A past or perfect form of "be": "was", "were", "has been", "had been". Not "is", "are", "will be": a habit or a plan. */
const PAST_BE = /^(?:was|were|been)$/i;
/** Another form of "be", or "to", nearer the participle than the past one: "was to be signed", "were to be closed" tell a plan. */
const NOT_PAST = /^(?:be|being|is|are|am|to)$/i;
/** Verbs whose participle is their base form: "was shut", "were cut", "was set up"; any other base form after "was" is no participle. */
const SAME_PARTICIPLE = new Set(['shut', 'cut', 'set', 'put', 'hit', 'let', 'split', 'spread', 'cast', 'quit', 'upset', 'broadcast']);
/** Tokens that may stand between a participle and the "and" of a second one: its date, place or object ("closed in February 1977 and reopened"). */
const PHRASE = new Set(['ADP', 'DET', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'ADV', 'PART']);

/**
 * Whether the verb at token i is the participle of an agentless past passive whose subject names a thing between the
 * pair: "was reopened", "was not signed", "was discussed but not signed" (the second participle shares the first's
 * auxiliary), with no agent after it but the pair as a group ("were inaugurated by the two presidents").
 * @example pairPassive('No agreement was signed.', tag('No agreement was signed.'), 3) // → true
 */
export function pairPassive(text: string, tokens: Token[], i: number): boolean {
  const verb = tokens[i]!;
  const word = text.slice(verb.start, verb.end).toLowerCase();
  if (verb.pos !== 'VERB' || (word === verb.lemma && !SAME_PARTICIPLE.has(word))) return false;
  const aux = auxiliaryOf(text, tokens, i);
  if (aux === undefined || !PAST_BE.test(text.slice(tokens[aux]!.start, tokens[aux]!.end))) return false;
  const next = tokens[i + 1];
  if (next && /^by$/i.test(text.slice(next.start, next.end)) && !byThePair(text, next.end)) return false;
  return bilateralSubject(text, tokens, aux);
}

/** Whether "by" at `from` names the pair as a group: "by the two presidents", "by both governments". */
function byThePair(text: string, from: number): boolean {
  const m = PAIR_GROUP.exec(text.slice(from, from + 60));
  return !!m && /^\s*$/.test(text.slice(from, from + m.index));
}

/**
 * The index of the form of "be" that makes the participle at i passive, adverbs, "not" and other auxiliaries between
 * ("has not yet been signed"); through "but not" or "and" to a participle before it ("was discussed but not signed").
 */
function auxiliaryOf(text: string, tokens: Token[], i: number): number | undefined {
  let j = i - 1;
  while (j >= 0 && BETWEEN.has(tokens[j]!.pos) && !PAST_BE.test(text.slice(tokens[j]!.start, tokens[j]!.end))) {
    if (NOT_PAST.test(text.slice(tokens[j]!.start, tokens[j]!.end))) return undefined;
    j--;
  }
  const t = tokens[j];
  if (!t) return undefined;
  if (t.pos === 'AUX' && PAST_BE.test(text.slice(t.start, t.end))) return j;
  // "was discussed but not signed", "was closed in February 1977 and reopened in 1982": a participle joined by "but" or
  // "and" shares the auxiliary of the one before, its date or place between.
  if (t.pos !== 'CCONJ' || !/^(?:but|and)$/i.test(text.slice(t.start, t.end))) return undefined;
  let k = j - 1;
  while (k >= 0 && j - k <= 8 && PHRASE.has(tokens[k]!.pos)) k--;
  return tokens[k]?.pos === 'VERB' ? auxiliaryOf(text, tokens, k) : undefined;
}

/**
 * Whether the subject before the auxiliary at `aux`, back to the clause's start (a fronted phrase up to its comma left
 * out: "After the talks, a new port was opened"; with no comma it is read with the subject, "In 1966 relations had been suspended"), names a thing between the pair: a word of `bilateralNouns`
 * ("agreement", "crossing", "embassy", "relations", "joint") or the pair as a group ("the two countries' power grids").
 */
export function bilateralSubject(text: string, tokens: Token[], aux: number): boolean {
  let from = aux - 1;
  while (from >= 0 && !(tokens[from]!.pos === 'PUNCT' && /^[;:]$/.test(text.slice(tokens[from]!.start, tokens[from]!.end)))) from--;
  from++;
  // A phrase a preposition or subordinator opens, up to its comma, is no part of the subject.
  if (tokens[from] && (tokens[from]!.pos === 'ADP' || tokens[from]!.pos === 'SCONJ')) {
    let k = from;
    while (k < aux && text.slice(tokens[k]!.start, tokens[k]!.end) !== ',') k++;
    if (k < aux) from = k + 1;
  }
  // "The joint venture's factory": a possessor before the head names whose the thing is, not what it is.
  for (let k = aux - 1; k > from; k--)
    if (/^['’]s?$/.test(text.slice(tokens[k]!.start, tokens[k]!.end))) {
      from = k + 1;
      break;
    }
  if (from >= aux) return false;
  // "Relations between the two football clubs": the thing is between others than two states.
  const among = /\bbetween\s+/i.exec(text.slice(tokens[from]!.start, tokens[aux]!.start));
  if (among && !new RegExp(`^${PAIR_GROUP.source}`, 'i').test(text.slice(tokens[from]!.start + among.index + among[0].length, tokens[aux]!.start))) return false;
  const { bilateralNouns } = eventTypes();
  for (let k = from; k < aux; k++) {
    const t = tokens[k]!;
    if ((t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') && [t.lemma, text.slice(t.start, t.end).toLowerCase()].some((w) => bilateralNouns.has(w))) return true;
  }
  return PAIR_GROUP.test(text.slice(tokens[from]!.start, tokens[aux]!.start));
}

/**
 * The pair as the agents of an act an agentless passive tells of a thing between them, for it is theirs ("The border
 * crossing was closed in 1977" in a history of Ghana and Togo), whatever its category: not only a mutual one.
 * @example pairAsActors(new Set(['TGO', 'GHA'])) // → [{ name: 'Ghana', entity: 'country:GHA', role: 'agent' }, { name: 'Togo', … }]
 */
export function pairAsActors(pair: Set<string> | undefined): EventActor[] {
  if (pair?.size !== 2) return [];
  return [...pair].sort().flatMap((code) => {
    const name = actorLexicon().countries.get(code)?.name;
    return name ? [{ name, entity: `country:${code}`, role: 'agent' as const }] : [];
  });
}
