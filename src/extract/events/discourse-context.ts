import type { EntityMention, EventActor } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { ACTOR_KINDS } from './event-occasions.js';
import { eventTypes } from './event-types.js';
import type { Token } from '../nlp/tagger.js';

/**
 * A light discourse context: what a subject that names no actor ("It also agreed to …", "The
 * ministry summoned …", "They signed …") may stand for. The event finder reads the document
 * sentence by sentence and carries, from one to the next, the last sentence or heading that
 * named actors and whose actors they were: the pair's (one of the two states, a person no file
 * knows, who may be of the pair, or "the two sides", "the Leaders" in a document about a pair),
 * or only a third party's ("Qatar", "the EU"). Such a subject stands for the pair's actors when
 * that sentence is in its paragraph or the one before (a heading is a block of its own, so it
 * reaches its section's first paragraph), and for no one after a third party's or a paragraph
 * further on.
 */

/** Who the last sentence that named actors named. */
export interface Named {
  /** Its block (paragraph, heading or list item). */
  block: number;
  /** `pair`: actors of the pair (or, in a document about no pair, any actor); `third`: a third party's only; `people`: a plural of people or firms no file knows for subject ("Protesters gathered …", "Companies said …"), whom a "they" after it stands for. */
  whose: 'pair' | 'third' | 'people';
  /** Of `pair`: the state of the pair its first actor of the pair is or belongs to ("Zambia summoned the Malawian envoy": ZMB), which a body after it ("The ministry …") stands for. */
  country?: string;
}

/**
 * The state of the pair a sentence names first, itself or by one of its people or bodies: the subject, as a sentence
 * names its doer before what it acts on ("Zambia summoned the Malawian envoy": ZMB). Undefined when it names none.
 * @example pairStateNamed({ start: 0, end: 34, block: 2 }, entities, new Set(['ZMB', 'MWI'])) // → 'ZMB'
 */
export function pairStateNamed(s: Sentence, entities: EntityMention[], pair: Set<string> | undefined): string | undefined {
  if (!pair) return undefined;
  return entities.find((e) => ACTOR_KINDS.has(e.kind) && e.start >= s.start && e.end <= s.end && e.country !== undefined && pair.has(e.country))?.country;
}

/** A definite body of a state as the subject right before a verb: "The ministry", "the foreign ministry has", "The Minister on Friday" (`referringBodies`), the clause opening at the sentence's start or after a comma or semicolon. */
const BODY_SUBJECT =
  /(?:^|[,;]\s*)(?:[^,;]{0,40}?,\s*)?\bthe\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+)\s+(?:(?:also|then|later|has|have|had|was|were|is|will|would|\p{Ll}+ly|on\s+\p{Lu}\p{Ll}+|late|early|last\s+\p{Ll}+)\s+)*$/iu;

/** Bodies and envoys that act in the other state: "Zambia summoned the Malawian envoy. The envoy …" is Malawi's, not the subject's. */
const ABROAD = new Set(['ambassador', 'envoy', 'embassy', 'delegation']);

/**
 * The actors of an act whose subject is a definite body of a state that names no state ("The ministry suspended the
 * licences …"), when the discourse context resolved it to the pair's state `country` (the one the sentence before named
 * first): that state as the act's doer, before the actors its clause names. An act that names a doer keeps its actors.
 * @example bodyActors('The ministry suspended the licences', { start: 0, trigger: { start: 13, end: 22 }, actors: [] }, 'ZMB', 'Zambia') // → [{ name: 'Zambia', entity: 'country:ZMB', role: 'agent' }]
 */
export function bodyActors(text: string, e: { start: number; trigger: { start: number }; actors: EventActor[] }, country: string, name: string): EventActor[] {
  if (e.actors.some((a) => a.role === 'agent' || a.entity === `country:${country}`)) return e.actors;
  const head = BODY_SUBJECT.exec(text.slice(e.start, e.trigger.start))?.[1]?.toLowerCase();
  if (!head || !eventTypes().referringBodies.has(head) || ABROAD.has(head)) return e.actors;
  return [{ name, entity: `country:${country}`, role: 'agent' }, ...e.actors];
}

/**
 * The pair named as a group in a sentence's subject position or anywhere ("The two Heads of State held talks",
 * "Both sides reaffirmed", "The Leaders witnessed", "the Parties agreed"): with no entity, the pair of a document about two states.
 */
export const PAIR_GROUP =
  /\b(?:(?:the two|both)\s+(?:[\w-]+\s+)?(?:countries|sides|governments|nations|states|parties|leaders|ministers|prime ministers|presidents|heads of state|heads of government|delegations|neighbours|neighbors)|the\s+(?:Leaders|Parties|Heads of State|Heads of Government))\b/i;

/** The pair as a group opening a sentence ("Both governments accepted …"), before any other test. */
const PAIR_LEAD = new RegExp(`^\\s*(?:[^,.;:]{0,40},\\s+)?${PAIR_GROUP.source.replace(/^\\b/, '')}`, 'i');

/**
 * A sentence opened by a plural of people or firms ("Protesters gathered …", "Hundreds of traders blocked …", "Some
 * companies said …"): the fronted time phrase and a quantity or an adjective before its head allowed; the head is
 * one of `privateSubjects` (event-types.json).
 */
const PEOPLE_LEAD =
  /^\s*(?:(?:[Ii]n|[Oo]n|[Ll]ast|[Ee]arlier|[Ll]ater)\b[^,.;:]{0,40},?\s+)?(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Hh]undreds of|[Dd]ozens of|[Tt]housands of|\d[\d,]*)\s+)?(?:[a-z][a-z-]*\s+)?([A-Za-z][a-z]+)\b/;

/**
 * Whose actors a sentence names: `pair` when it names a state of the pair or someone of it, a person no file knows
 * (who may be of the pair), or the pair as a group ("the two sides"); `third` when all the actors it names are others'
 * ("Qatar", "the European Union"); undefined when it names none. A document about no pair (`pair` undefined) has no third party.
 * @example whoseActors('Ghana summoned the Togolese envoy.', { start: 0, end: 34, block: 2 }, entities, new Set(['GHA', 'TGO'])) // → 'pair'
 */
export function whoseActors(text: string, s: Sentence, entities: EntityMention[], pair: Set<string> | undefined): Named['whose'] | undefined {
  const actors = entities.filter((e) => ACTOR_KINDS.has(e.kind) && e.start >= s.start && e.end <= s.end);
  const sentence = text.slice(s.start, s.end);
  if (pair?.size === 2 && PAIR_LEAD.test(sentence)) return 'pair';
  const lead = PEOPLE_LEAD.exec(sentence);
  if (lead && eventTypes().privateSubjects.has(lead[1]!.toLowerCase()) && !actors.some((e) => e.start < s.start + lead[0].length)) {
    // People who say what a state's actors did ("Residents said Togolese soldiers crossed …") are no subject of the main
    // act: the actors they report are the referent, read as any sentence's below.
    const said = sayingVerb().exec(sentence.slice(lead[0].length));
    const from = s.start + lead[0].length + (said?.[0].length ?? 0);
    const reports = !!said && actors.some((e) => /^\s+(?:that\s+)?(?:(?:the|an?)\s+)?$/i.test(text.slice(from, e.start)));
    if (!reports) return 'people';
  }
  // A person or body no file knows ("two members", "the DPR's Commission I") may be of the pair.
  if (actors.some((e) => !pair || (e.country !== undefined && pair.has(e.country)) || (e.country === undefined && e.entity.includes(':unknown:')))) return 'pair';
  if (pair?.size === 2 && PAIR_GROUP.test(sentence)) return 'pair';
  // A third party named as the sentence's subject takes the reference over ("Tunisia's president received …"); one named
  // further on ("referred the boundary to arbitration by the British Crown") leaves it to the actors told before.
  return actors.some((e) => SUBJECT_LEAD.test(text.slice(s.start, e.start))) ? 'third' : undefined;
}

let saying: RegExp | undefined;
/**
 * A verb of saying (`sayingVerbs` in event-types.json, any tense) right after a subject, an adverb allowed ("said", "also told").
 * @example sayingVerb().test(' said Togolese soldiers crossed') // → true
 */
function sayingVerb(): RegExp {
  if (saying) return saying;
  const irregular: Record<string, string[]> = { say: ['said'], tell: ['told'], write: ['wrote', 'written'] };
  const forms = [...eventTypes().sayingVerbs].flatMap((v) => [v, `${v}s`, `${v}es`, `${v.replace(/e$/, '')}ed`, `${v}${v.at(-1)}ed`, ...(irregular[v] ?? [])]);
  saying = new RegExp(`^\\s+(?:[a-z]+ly\\s+|also\\s+)?(?:${forms.join('|')})\\b`, 'i');
  return saying;
}

/** What may stand before a sentence's subject: a fronted time phrase and a comma, "the", capitalised words ("In 2019, the Qatari …", "Italy's energy company Eni"). */
const SUBJECT_LEAD = /^\s*(?:(?:[Ii]n|[Oo]n|[Bb]y|[Aa]fter|[Ss]ince|[Ll]ast|[Ee]arlier|[Ll]ater)\b[^,.;:]{0,40},?\s+)?(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{Lu}\d][\p{L}\d'’.-]*\s+)*$/u;

/**
 * Whether a subject that names no actor, in a sentence of block `block`, stands for the pair's actors: the last
 * sentence that named actors is in its paragraph or the one before, and named the pair's.
 * @example standsForPair({ block: 4, whose: 'pair' }, 5) // → true
 */
export function standsForPair(named: Named | undefined, block: number): boolean {
  return !!named && named.block >= block - 1 && named.whose === 'pair';
}

/**
 * Whether the noun phrase ending at token `end` is a definite phrase of a state's office or body that names no state:
 * "the ministry", "the foreign ministry", "The Minister", "the government" (`referringBodies` in event-types.json), as a
 * subject (not after a preposition or a verb: "according to the ministry", "summoned the envoy"). After a sentence that
 * named the pair's actors it stands for one of them; "the company", "the court", "officials" never do.
 * @example definiteBody('Last month the ministry suspended licences.', tokens, 3) // → true ("the ministry")
 */
export function definiteBody(text: string, tokens: Token[], end: number): boolean {
  const head = tokens[end];
  if (!head || head.pos !== 'NOUN' || ![head.lemma, text.slice(head.start, head.end).toLowerCase()].some((w) => eventTypes().referringBodies.has(w))) return false;
  let k = end - 1;
  while (k >= 0 && k >= end - 2 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN') && !/^the$/i.test(text.slice(tokens[k]!.start, tokens[k]!.end))) k--;
  const the = tokens[k];
  if (!the || !/^the$/i.test(text.slice(the.start, the.end))) return false;
  const before = tokens[k - 1];
  return !before || (before.pos !== 'ADP' && before.pos !== 'VERB' && before.pos !== 'AUX' && before.pos !== 'DET' && before.pos !== 'PART');
}

/**
 * Whether a subject that names no actor stands for the pair: after a sentence or heading that named the pair's actors
 * (`standsForPair`), or, in a document about a pair, when its own sentence names one of the pair ("Following the upheaval in
 * Caracas, the interim energy ministry announced …"). A document about no pair reads only the sentences before
 * ("She returned to Lima in March 2020" names Lima, no one "she" stands for).
 * @example forThePair({ block: 4, whose: 'third' }, 5, 'pair', new Set(['VEN', 'CUB'])) // → true
 */
export function forThePair(named: Named | undefined, block: number, here: Named['whose'] | undefined, pair: Set<string> | undefined): boolean {
  return standsForPair(named, block) || (!!pair && here === 'pair');
}
