import type { KnowledgeFilter } from '../model/knowledge.js';
import type { KnowledgeEntity, KnowledgeEvent, KnowledgeFact } from '../model/knowledge.js';
import { DyadError } from '../model/errors.js';
import type { Store } from '../store/store.js';
import { fold } from '../extract/fold.js';
import { actorLexicon } from '../extract/actors/actor-lexicon.js';
import { isEdtf } from '../ingest/manifest.js';

export type { Mention, KnowledgeEvent, KnowledgeFact, KnowledgeEntity } from '../model/knowledge.js';

/** Filters shared by events, facts and entities. `type` is the event type, fact indicator or entity kind. */
export interface AnnotationQuery {
  type?: string;
  /** EDTF: only items dated on or after its start. */
  from?: string;
  /** EDTF: only items dated on or before its end. */
  to?: string;
  /** A name in any spelling the lexicon knows, or part of a name. */
  actor?: string;
  doc?: string[];
  limit?: number;
  offset?: number;
  /** Include what a document about a pair tells of other countries only (left out by default). */
  thirdParty?: boolean;
}

function checkDates(q: AnnotationQuery): void {
  for (const [k, v] of [
    ['from', q.from],
    ['to', q.to],
  ] as const) {
    if (v !== undefined && !isEdtf(v)) throw new DyadError('BAD_REQUEST', `${k}: "${v}" is not an EDTF date (e.g. 2014, 2018-05, 1990/1999)`);
  }
}

/**
 * What a user's actor filter may mean: the entity ids the lexicon gives its spelling, and its
 * folded words (a name holding them all matches: "Abe" matches "Shinzo Abe").
 * @example resolveActor('Viet Nam') // → { entities: ['country:VNM'], words: ['viet', 'nam'] }
 */
export function resolveActor(actor: string): { entities: string[]; words: string[] } {
  const f = fold(actor.trim());
  return { entities: [...new Set((actorLexicon().byText.get(f) ?? []).map((a) => a.entity.id))], words: f.split(/[^\p{L}\p{N}]+/u).filter(Boolean) };
}

/** The store's filter for a query (dates checked; entities have no dates). */
export function knowledgeFilter(q: AnnotationQuery & { unit?: string }, dated = true): KnowledgeFilter {
  if (dated) checkDates(q);
  return {
    ...(q.type !== undefined ? { type: q.type } : {}),
    ...(dated && q.from ? { from: q.from } : {}),
    ...(dated && q.to ? { to: q.to } : {}),
    ...(q.actor ? { actor: resolveActor(q.actor) } : {}),
    ...(q.doc?.length ? { docs: q.doc } : {}),
    ...(q.unit !== undefined ? { unit: q.unit } : {}),
    ...(q.thirdParty ? { thirdParty: true } : {}),
    ...(q.offset !== undefined ? { offset: q.offset } : {}),
    ...(q.limit !== undefined ? { limit: q.limit } : {}),
  };
}

/**
 * Events across documents, as the store keeps them reconciled (src/reconcile/events.ts): the
 * same event told in several passages is one event with every mention.
 * @example await queryEvents(store, { type: 'leader_visit', from: '1990' }) // → [{ id: 'ev-…', date: '1993-03', mentions: [...] }, …]
 */
export async function queryEvents(store: Store, q: AnnotationQuery): Promise<KnowledgeEvent[]> {
  return (await store.listEvents(knowledgeFilter(q))).items;
}

/** Quantitative facts across documents; the same value of the same indicator for the same period is one fact. */
export async function queryFacts(store: Store, q: AnnotationQuery & { unit?: string }): Promise<KnowledgeFact[]> {
  return (await store.listFacts(knowledgeFilter(q))).items;
}

/** Entities with their mentions across documents, most mentioned first. */
export async function queryEntities(store: Store, q: AnnotationQuery): Promise<KnowledgeEntity[]> {
  return (await store.listEntities(knowledgeFilter(q, false))).items;
}
