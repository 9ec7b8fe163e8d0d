import { DyadError } from '../../model/errors.js';
import { isEdtf } from '../../ingest/manifest.js';
import type { Engine } from '../engine.js';
import { agreementsOf } from './agreements.js';
import { byThen } from './common.js';
import { standingMechanisms } from './mechanisms.js';
import { pairsOf } from './pairs.js';
import { partnershipSteps } from './partnership.js';
import type { RelationshipState } from './types.js';
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
  const codes = pairs.map((p) => ({ codes: p.countries.map((c) => c.id), docs: p.docs }));
  const events = codes.length ? await engine.events({}) : [];
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
