import type { EventActor } from '../../model/annotation.js';

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
 * person no file knows who acts may be of the pair, so such an act stays): "the United States and Canada held naval
 * exercises off Nova Scotia in July 2024" in a report on Chile and Peru. A mention of the pair in the act's clause
 * that is no actor does not keep it (session 37: such mentions are mostly frames of time or comparison, "a week
 * before Japan's general election").
 * @example withPairScope(events, new Set(['VNM', 'JPN']), countryOf) // → events, "Qatar and Oman met in Doha" marked
 */
export function withPairScope<E extends Scoped>(events: E[], pair: Set<string> | undefined, countryOf: (entity: string) => string | undefined): E[] {
  if (!pair) return events;
  return events.map((e) => {
    const countries = e.actors.map((a) => countryOf(a.entity)).filter((c) => c !== undefined);
    const unknownDoer = e.actors.some((a) => a.role === 'agent' && a.entity.startsWith('person:unknown:') && countryOf(a.entity) === undefined);
    if (!countries.length || unknownDoer || countries.some((c) => pair.has(c))) return e;
    return { ...e, thirdParty: true as const };
  });
}
