import type { KnowledgeEntity } from '../model/knowledge.js';
import type { EntityMention } from '../model/annotation.js';
import { ENTITY_MENTIONS, entityItem, type Contribution, type ContributionRow, type StoredItem } from '../reconcile/index.js';
import { dedupe } from '../reconcile/events.js';
import { corpusOrder, docOrder } from './reconcile-pages.js';

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

/** Whether a stored entity is whole: an integer count, its first mentions (all, if fewer), and its documents in corpus order. */
function wellFormed(s: KnowledgeEntity): boolean {
  if (!Number.isInteger(s.count) || !Array.isArray(s.docs) || !Array.isArray(s.mentions) || !s.mentions.length) return false;
  if (s.mentions.length !== Math.min(s.count, ENTITY_MENTIONS) || s.docs.length > s.count) return false;
  return s.docs.every((d, i) => i === 0 || before(s.docs[i - 1]!, d));
}

/** The stored first mentions as contribution rows: the first with the entity, name and kind it gave (their places are not kept). */
function keptRows(s: KnowledgeEntity): ContributionRow[] {
  return s.mentions.map((m, i) => ({
    doc: m.doc,
    seq: -1,
    data: { layer: 'entities', quote: m.quote, a: { start: m.start, end: m.end, ...(i === 0 ? { entity: s.id, name: s.name, kind: s.kind } : {}) } as EntityMention },
  }));
}

/**
 * The item once document `doc`'s mentions (`own`, none for a deleted one) take their place in
 * corpus order among `kept`, the first mentions other documents give (the stored item's, whose places
 * are not kept, unless `keptStored` is false); `all` the totals of all.
 * Undefined when the first ENTITY_MENTIONS of all need one that is not at hand (past the kept ones).
 */
function placed(
  bucket: string,
  stored: StoredEntity,
  kept: ContributionRow[],
  doc: string,
  own: OwnMentions | undefined,
  all: Parameters<typeof entityItem>[2],
  keptStored = true,
): StoredItem | undefined {
  const at = kept.findIndex((m) => before(doc, m.doc));
  const cut = at < 0 ? kept.length : at;
  const first = merged(kept, doc, own);
  if (first.length < Math.min(all.count, ENTITY_MENTIONS)) return undefined;
  const item = entityItem(bucket, first.slice(0, ENTITY_MENTIONS), all);
  if (!item) return undefined;
  // The first mention is still a stored one: its place in the corpus is the stored one's (rows read from the store have their own).
  if (cut > 0 && keptStored) item.sort[2] = stored.s3;
  item.actors = dedupe([...stored.actors, ...item.actors]);
  return item;
}

/** The item of `bucket` once document `doc`'s mentions `own` are added to the stored one; undefined when it cannot be merged exactly. */
export function mergedEntity(bucket: string, stored: StoredEntity, doc: string, own: OwnMentions): StoredItem | undefined {
  const s = stored.data;
  if (!own.first.length || !wellFormed(s) || s.docs.includes(doc)) return undefined;
  // The first country any mention gives, in corpus order: unknown when both give one and they differ.
  if (s.country && own.country && s.country !== own.country) return undefined;
  const docs = [...s.docs];
  const d = docs.findIndex((x) => before(doc, x));
  docs.splice(d < 0 ? docs.length : d, 0, doc);
  return placed(bucket, stored, keptRows(s), doc, own, { count: s.count + own.count, docs, country: s.country ?? own.country, names: [...own.names] });
}

/**
 * The item of `bucket` once the stored document `doc`'s share (`old`: its count, spellings and
 * first country) is taken out and its new text's (`own`; none when it is deleted or no longer names
 * the entity) put in its place: the same document name, so the same place in corpus order.
 * `others`, when given, are the first ENTITY_MENTIONS mentions the other documents give, read from
 * the store (`firstMentionsOfOthers`): they stand for the kept ones, so the first mentions and the
 * first country need no full read. Undefined when that needs a mention not at hand, and a full read
 * must give it: without `others`, the old text gave the first mention and the new one none, or the
 * first ENTITY_MENTIONS need one past the kept ones; the old text gave the first country and neither
 * the new one nor `others` gives it. The caller checks that every spelling the old text gave is
 * still given (by the new text or another document).
 */
export function replacedEntity(bucket: string, stored: StoredEntity, doc: string, old: OwnMentions, own: OwnMentions | undefined, others?: ContributionRow[]): StoredItem | undefined {
  const s = stored.data;
  if (!wellFormed(s) || !s.docs.includes(doc) || s.count < old.count) return undefined;
  const count = s.count - old.count + (own?.count ?? 0);
  const kept = others ?? keptRows(s).filter((m) => m.doc !== doc);
  if (!count || (!others && s.mentions[0]!.doc === doc && !own?.first.length)) return undefined;
  let country: string | null;
  if (old.country && old.country === s.country) {
    // The old text may have given the first country: the new text giving the same one keeps it; else the
    // first of the first mentions read from the store (a prefix of corpus order) that gives one.
    if (own?.country === old.country) country = old.country;
    else if (others) {
      country = firstCountry(merged(kept, doc, own).slice(0, ENTITY_MENTIONS)) ?? null;
      if (!country) return undefined;
    } else return undefined;
  } else {
    // Another document gave the first country (or none gave one).
    if (s.country && own?.country && s.country !== own.country) return undefined;
    country = s.country ?? own?.country ?? null;
  }
  const docs = own?.count ? s.docs : s.docs.filter((d) => d !== doc);
  return placed(bucket, stored, kept, doc, own, { count, docs, country, names: [...(own?.names ?? [])] }, !others);
}

/** The first ENTITY_MENTIONS mentions of the other documents (`kept`) with document `doc`'s (`own`) in their place in corpus order. */
function merged(kept: ContributionRow[], doc: string, own: OwnMentions | undefined): ContributionRow[] {
  const at = kept.findIndex((m) => before(doc, m.doc));
  const cut = at < 0 ? kept.length : at;
  return [...kept.slice(0, cut), ...(own?.first ?? []), ...kept.slice(cut)];
}

/** The first country these mentions give. */
function firstCountry(rows: ContributionRow[]): string | undefined {
  return rows.map((r) => (r.data.layer === 'entities' ? r.data.a.country : undefined)).find((x) => x) ?? undefined;
}

/**
 * The documents whose mentions of an entity are read to give its first ENTITY_MENTIONS once
 * document `doc` is taken out, each with how many of its first mentions: those of the stored first
 * mentions (the other documents' kept ones; the last of them with as many more as `doc` held), then
 * as many documents after them as `doc` held first mentions (each holds one at least), as many from
 * each. So at most ENTITY_MENTIONS rows are read where `doc` held none of the first mentions, however
 * many times the corpus names the entity.
 * @example firstDocsOfOthers({ docs: ['a', 'b', 'c'], mentions: [{ doc: 'a' }, { doc: 'b' }] }, 'a') // → [['b', 2], ['c', 1]]
 */
export function firstDocsOfOthers(stored: Pick<KnowledgeEntity, 'docs' | 'mentions'>, doc: string): [string, number][] {
  const kept = stored.mentions.filter((m) => m.doc !== doc);
  const need = stored.mentions.length - kept.length;
  const held = new Map<string, number>();
  for (const m of kept) held.set(m.doc, (held.get(m.doc) ?? 0) + 1);
  const last = kept.at(-1)?.doc;
  const out: [string, number][] = [];
  let after = 0;
  for (const d of stored.docs) {
    if (d === doc) continue;
    if (last === undefined || before(last, d)) {
      if (after++ >= need) break;
      out.push([d, need]);
    } else out.push([d, (held.get(d) ?? 0) + (d === last ? need : 0)]);
  }
  return out.filter(([, n]) => n > 0);
}

/**
 * The first pass over an entity a changed document names, the same for both stores: its item
 * updated from the stored row (`stored`; null when the bucket holds several or none), `'others'`
 * when the other documents' first mentions (`firstDocsOfOthers`) must be read first
 * (`entityFromOthers`), or undefined for a full read (no stored row, a spelling only the old text
 * gave: `lost`, or the result is another item).
 */
export function entityFromStored(
  bucket: string,
  stored: StoredEntity | null | undefined,
  doc: string,
  old: OwnMentions | undefined,
  own: OwnMentions | undefined,
  lost: boolean,
): StoredItem | 'others' | undefined {
  if (!stored || lost) return undefined;
  const item = old ? replacedEntity(bucket, stored, doc, old, own) : own && mergedEntity(bucket, stored, doc, own);
  if (item && item.id === stored.data.id) return item;
  return old ? 'others' : undefined;
}

/** The second pass (`entityFromStored` gave `'others'`): the item from the other documents' first mentions read from the store; undefined for a full read. */
export function entityFromOthers(bucket: string, stored: StoredEntity, doc: string, old: OwnMentions, own: OwnMentions | undefined, others: ContributionRow[]): StoredItem | undefined {
  const item = replacedEntity(bucket, stored, doc, old, own, others);
  return item && item.id === stored.data.id ? item : undefined;
}

/** The (bucket, spelling) pairs whose spelling the old text gave and the new one does not: each must still be given by another document. */
export function spellingsToCheck(buckets: readonly string[], removed: ReadonlyMap<string, OwnMentions>, added?: AddedDocument): [string, string][] {
  return buckets.flatMap((b) => [...(removed.get(b)?.names ?? [])].filter((n) => !added?.entities.get(b)?.names.has(n)).map((n): [string, string] => [b, n]));
}

/** Rows read for `firstDocsOfOthers`, by bucket: each bucket's first ENTITY_MENTIONS in corpus order. */
export function firstOfEach(rows: Iterable<ContributionRow & { bucket: string }>): Map<string, ContributionRow[]> {
  const out = new Map<string, ContributionRow[]>();
  for (const { bucket, ...row } of rows) {
    let list = out.get(bucket);
    if (!list) out.set(bucket, (list = []));
    list.push(row);
  }
  for (const [b, list] of out) out.set(b, list.sort(corpusOrder).slice(0, ENTITY_MENTIONS));
  return out;
}
