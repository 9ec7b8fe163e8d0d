import type { KnowledgeEntity } from '../model/knowledge.js';
import type { ContributionRow } from './contributions.js';
import { nameWords, position } from './keys.js';
import { fold } from '../extract/fold.js';
import type { StoredItem } from './item.js';
import { dedupe } from './events.js';

/** Mentions an entity lists; `count` and `docs` cover all of them. */
export const ENTITY_MENTIONS = 20;

/**
 * One entity from its mentions: `first` the first ENTITY_MENTIONS in corpus order, with the
 * number of all mentions, the documents they are in (in order), the first country any mention
 * gives (mentions stored before the actor stage recorded countries have none), and every
 * spelling it is mentioned by (for the actor filter).
 */
export function entityItem(bucket: string, first: ContributionRow[], all: { count: number; docs: string[]; country: string | null; names: string[] }): StoredItem | undefined {
  const head = first[0]?.data;
  if (!head || head.layer !== 'entities') return undefined;
  const entity: KnowledgeEntity = {
    id: head.a.entity ?? bucket.slice(3),
    name: head.a.name,
    kind: head.a.kind,
    country: all.country,
    count: all.count,
    docs: all.docs,
    mentions: first.map(({ doc, data }) => ({ doc, start: data.a.start, end: data.a.end, quote: data.quote })),
  };
  return {
    id: entity.id,
    layer: 'entities',
    bucket,
    thirdParty: false,
    type: entity.kind,
    dateStart: null,
    dateEnd: null,
    unit: null,
    // Ties of count by name as a reader orders names (case and accents aside), not by code point; then the first mentioned.
    sort: [fold(entity.name), entity.name, position(first[0]!.doc, first[0]!.seq)],
    count: entity.count,
    data: entity,
    mentions: [],
    actors: dedupe([{ entity: entity.id, words: '' }, ...all.names.map((n) => ({ entity: '', words: nameWords(n) }))]),
  };
}
