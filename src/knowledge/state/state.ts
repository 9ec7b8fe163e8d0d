import { DyadError } from '../../model/errors.js';
import { isEdtf } from '../../ingest/manifest.js';
import type { Engine } from '../engine.js';
import type { KnowledgeEvent } from '../annotation-queries.js';
import { bounds } from '../../reconcile/keys.js';
import { agreementsOf } from './agreements.js';
import { byThen } from './common.js';
import { standingMechanisms } from './mechanisms.js';
import { stateLexicon } from './state-lexicon.js';
import { pairsOf } from './pairs.js';
import { partnershipSteps } from './partnership.js';
import type { Pair, RelationshipState } from './types.js';
import { visitCounts, visitsOf } from './visits.js';

/** `at` must be an EDTF date; BAD_REQUEST names the parameter. */
export function checkAt(at: string | undefined): void {
  if (at !== undefined && !isEdtf(at)) throw new DyadError('BAD_REQUEST', `at: "${at}" is not an EDTF date (e.g. 2014, 2018-05, 2009-04-21)`);
}

/**
 * Cuts a state to what was true at the end of `at`: steps, meetings, visits and agreements dated
 * by then; a mechanism that had not met yet is left out, and one that had keeps its earlier meetings.
 */
export function stateAt(state: RelationshipState, at: string): RelationshipState {
  const mechanisms = state.mechanisms.map((m) => ({ ...m, meetings: m.meetings.filter((x) => byThen(x.date, at)) })).filter((m) => m.meetings.length);
  const items = state.visits.items.filter((v) => byThen(v.date, at));
  return {
    at,
    pairs: state.pairs,
    partnership: state.partnership.filter((s) => byThen(s.date, at)),
    mechanisms,
    visits: { items, ...visitCounts(items) },
    agreements: state.agreements.filter((a) => byThen(a.date, at)),
  };
}

/**
 * The state of the relationship as data (README, "State and series"): the pairs the documents
 * are about, the level of the relationship over time, standing mechanisms, visits and
 * agreements, each item cited; with `at`, what was true then.
 * @example await relationshipState(engine, '2008') // → { at: '2008', pairs: [...], partnership: [{ date: '2006-10', name: 'Strategic Partnership', … }], … }
 */
export async function relationshipState(engine: Engine, at?: string): Promise<RelationshipState> {
  checkAt(at);
  const pairs = await pairsOf(engine);
  const events = pairs.length ? await stateEvents(engine) : [];
  return assembleState(pairs, events, at);
}

/** The event types the state's sections read (lexicon/state.json), once each. */
export function stateEventTypes(): string[] {
  const lex = stateLexicon();
  return [...new Set([...lex.partnership.events, ...lex.mechanisms.events, ...lex.visits.events, ...Object.keys(lex.agreements.events)])];
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The stored events of the state's types only, one filtered page each, in the store's order
 * (date, then type, then first mention: each type's list keeps its own order, so a stable sort by
 * date and type interleaves them as the whole list has them).
 * @example await stateEvents(engine) // → [{ type: 'diplomatic_relations', date: '1961-05', … }, { type: 'leader_visit', … }]
 */
export async function stateEvents(engine: Engine): Promise<KnowledgeEvent[]> {
  const lists = await Promise.all(stateEventTypes().map((type) => engine.events({ type })));
  return lists.flat().sort((a, b) => order(bounds(a.date)[0], bounds(b.date)[0]) || order(a.type, b.type));
}

/**
 * The state's sections from a pair list and events in the store's order (any superset of the
 * state's types gives the same: each section reads only its own types).
 */
export function assembleState(pairs: Pair[], events: KnowledgeEvent[], at?: string): RelationshipState {
  const codes = pairs.map((p) => ({ codes: p.countries.map((c) => c.id), docs: p.docs }));
  const state: RelationshipState = {
    at: null,
    pairs,
    partnership: partnershipSteps(events, codes),
    mechanisms: standingMechanisms(events, codes),
    visits: visitsOf(events, codes),
    agreements: agreementsOf(events, codes),
  };
  return at ? stateAt(state, at) : state;
}
