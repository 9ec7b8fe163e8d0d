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

/**
 * Whether the clause of an event's trigger names a state of the pair or something of it (its adjective, capital, an
 * official the lexicon knows). A place of the pair needs no case here: the actors stage already makes it a target.
 */
function pairInClause(e: Scoped, text: string, sentences: Sentence[], entities: EntityMention[], pair: Set<string>, countryOf: (entity: string) => string | undefined): boolean {
  const s = sentences.find((x) => x.start <= e.trigger.start && e.trigger.start < x.end);
  if (!s) return false;
  const clause = clausesOf(text, s).find((c) => c.start <= e.trigger.start && e.trigger.start < c.end) ?? s;
  return entities.some((m) => m.start >= clause.start && m.end <= clause.end && pair.has(countryOf(m.entity) ?? m.country ?? ''));
}
