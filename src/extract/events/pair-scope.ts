import type { EntityMention, EventActor } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { clausesOf } from './sentence-clauses.js';

interface Scoped {
  start: number;
  end: number;
  trigger: { start: number; end: number };
  actors: EventActor[];
  thirdParty?: true;
}

/**
 * Marks the acts of a document about a pair that are other states' business only (`thirdParty`, left out of the
 * pair's default list): an act is of third parties when its actors name another state and none of the pair (a
 * person no file knows who acts may be of the pair, so such an act stays), and the clause of its trigger names
 * nothing of the pair. "Fishmeal shipments fell with Peru's catch after 2015 and again after US sanctions on
 * Pesquera Andina in June 2023" stays the pair's in a document on Chile and Peru (the sanctions hit the pair's
 * trade, though the company is no actor Dyad knows); "the United States and Canada held naval exercises off Nova
 * Scotia in July 2024" does not.
 * @example withPairScope(events, text, sentences, entities, new Set(['VNM', 'JPN']), countryOf) // → events, "Qatar and Oman met in Doha" marked
 */
export function withPairScope<E extends Scoped>(
  events: E[],
  text: string,
  sentences: Sentence[],
  entities: EntityMention[],
  pair: Set<string> | undefined,
  countryOf: (entity: string) => string | undefined,
): E[] {
  if (!pair) return events;
  return events.map((e) => {
    const countries = e.actors.map((a) => countryOf(a.entity)).filter((c) => c !== undefined);
    const unknownDoer = e.actors.some((a) => a.role === 'agent' && a.entity.startsWith('person:unknown:') && countryOf(a.entity) === undefined);
    if (!countries.length || unknownDoer || countries.some((c) => pair.has(c))) return e;
    if (pairInClause(e, text, sentences, entities, pair, countryOf)) return e;
    return { ...e, thirdParty: true as const };
  });
}

/** Words opening a phrase that dates or compares an act: the pair named in it is no party to the act. */
const FRAME = /\b(?:before|after|like|unlike|as with|since|until|during)\b/i;
/** Nouns of a period or an episode: the pair as their possessor or adjective ("Japan's general election", "the Vietnamese war") dates an act. */
const TIME_NOUN = /^(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+(?:elections?|war|wars|independence|revolution|coup|presidency|reign|era|years?|decades?|campaign)\b/i;

/**
 * Whether the clause of an event's trigger names a state of the pair or something of it (its adjective, capital, an
 * official the lexicon knows) as a party to the act: not in a phrase set off by a comma before the trigger (a
 * fronted adverbial), not in a phrase of time or comparison ("a week before Japan's election", "like the Vietnamese
 * war of 1979"), not as the possessor or adjective of a period's noun. A place of the pair needs no case here: the
 * actors stage already makes it a target.
 */
function pairInClause(e: Scoped, text: string, sentences: Sentence[], entities: EntityMention[], pair: Set<string>, countryOf: (entity: string) => string | undefined): boolean {
  const s = sentences.find((x) => x.start <= e.trigger.start && e.trigger.start < x.end);
  if (!s) return false;
  const clause = clausesOf(text, s).find((c) => c.start <= e.trigger.start && e.trigger.start < c.end) ?? s;
  return entities.some((m) => m.start >= clause.start && m.end <= clause.end && pair.has(countryOf(m.entity) ?? m.country ?? '') && isParty(m, e, text, clause.start));
}

/** Whether a mention of the pair in the trigger's clause is part of the act rather than a frame of time or comparison. */
function isParty(m: EntityMention, e: Scoped, text: string, clauseStart: number): boolean {
  if (TIME_NOUN.test(text.slice(m.end, m.end + 60))) return false;
  const before = m.end <= e.trigger.start;
  if (before && /[,;:—–]/.test(text.slice(m.end, e.trigger.start))) return false;
  // The words leading to the mention, from the clause's start, the trigger's end or the last stop, whichever is nearest.
  const from = Math.max(clauseStart, before ? clauseStart : Math.min(e.trigger.end, m.start));
  const lead =
    text
      .slice(from, m.start)
      .split(/[,;:—–()]/)
      .pop() ?? '';
  return !FRAME.test(lead);
}
