import type { KnowledgeEntity } from '../../model/knowledge.js';
import type { EntityMention } from '../../model/annotation.js';
import { ENTITY_MENTIONS, entityItem, type Contribution, type ContributionRow, type StoredItem } from '../../reconcile/index.js';
import { dedupe } from '../../reconcile/events.js';
import { docOrder } from '../reconcile-pages.js';

/**
 * An entity item updated from its stored row and one ADDED document's mentions, the same item
 * (`entityItem`) a full read of every mention gives, without reading them. A document's refresh
 * read every stored mention of each entity it names (at 10,000 generated paragraphs one document's
 * 699 entities held 71,815), so a queued ingest grew with the corpus; the merge reads one row per
 * entity. Exact because a new document's name differs from every stored one: corpus order puts
 * its mentions together, between two stored documents, so the first ENTITY_MENTIONS of all are
 * the first of the stored first ones and its own; the count adds up; the documents and spellings
 * are unions. A stored row that does not hold what this needs gives `undefined` (full read).
 */

/** What one document tells of one entity: its first ENTITY_MENTIONS mentions, how many, its spellings and first country. */
export interface OwnMentions {
  first: ContributionRow[];
  count: number;
  names: Set<string>;
  country: string | null;
}

/** An added document's mentions of each entity it names (bounded: ENTITY_MENTIONS rows an entity), gathered part by part. */
export class AddedDocument {
  readonly entities = new Map<string, OwnMentions>();
  constructor(readonly doc: string) {}

  /** Takes a part's contributions (in place order, parts in turn). */
  add(rows: readonly Contribution[]): void {
    for (const r of rows) {
      if (r.data.layer !== 'entities') continue;
      let own = this.entities.get(r.bucket);
      if (!own) this.entities.set(r.bucket, (own = { first: [], count: 0, names: new Set(), country: null }));
      if (own.first.length < ENTITY_MENTIONS) own.first.push({ doc: this.doc, seq: r.seq, data: r.data });
      own.count++;
      if (r.data.a.name != null) own.names.add(r.data.a.name);
      own.country ||= r.data.a.country || null;
    }
  }
}

/** An entity item as stored: its data, the third sort key (where it is first mentioned) and its actor rows. */
export interface StoredEntity {
  data: KnowledgeEntity;
  s3: string;
  actors: { entity: string; words: string }[];
}

/** Whether document `a` comes before `b` in corpus order (the stores' `docOrder`). */
const before = (a: string, b: string) => docOrder(a, b) < 0;

/** Whether a stored entity holds what a merge needs: its first mentions (all, if fewer), and its documents in order without `doc`. */
function mergeable(s: KnowledgeEntity, doc: string): boolean {
  if (!Number.isInteger(s.count) || !Array.isArray(s.docs) || !Array.isArray(s.mentions) || !s.mentions.length) return false;
  if (s.mentions.length !== Math.min(s.count, ENTITY_MENTIONS) || s.docs.length > s.count) return false;
  return s.docs.every((d, i) => d !== doc && (i === 0 || before(s.docs[i - 1]!, d)));
}

/** The item of `bucket` once document `doc`'s mentions `own` are added to the stored one; undefined when it cannot be merged exactly. */
export function mergedEntity(bucket: string, stored: StoredEntity, doc: string, own: OwnMentions): StoredItem | undefined {
  const s = stored.data;
  if (!own.first.length || !mergeable(s, doc)) return undefined;
  // The first country any mention gives, in corpus order: unknown when both give one and they differ.
  if (s.country && own.country && s.country !== own.country) return undefined;
  const kept: ContributionRow[] = s.mentions.map((m, i) => ({
    doc: m.doc,
    seq: -1,
    data: { layer: 'entities', quote: m.quote, a: { start: m.start, end: m.end, ...(i === 0 ? { entity: s.id, name: s.name, kind: s.kind } : {}) } as EntityMention },
  }));
  const at = kept.findIndex((m) => before(doc, m.doc));
  const cut = at < 0 ? kept.length : at;
  const first = [...kept.slice(0, cut), ...own.first, ...kept.slice(cut)].slice(0, ENTITY_MENTIONS);
  const docs = [...s.docs];
  const d = docs.findIndex((x) => before(doc, x));
  docs.splice(d < 0 ? docs.length : d, 0, doc);
  const item = entityItem(bucket, first, { count: s.count + own.count, docs, country: s.country ?? own.country, names: [...own.names] });
  if (!item) return undefined;
  // The first mention is still a stored one: its place in the corpus is the stored one's.
  if (cut > 0) item.sort[2] = stored.s3;
  item.actors = dedupe([...stored.actors, ...item.actors]);
  return item;
}
