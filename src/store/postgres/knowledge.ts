import type { PoolClient, Pool } from 'pg';
import type { Annotations } from '../../model/annotation.js';
import type { KnowledgeFilter, KnowledgeList } from '../../model/knowledge.js';
import type { SeqFrom } from '../../reconcile/contributions.js';
import { bounds, contributions, dependents, ENTITY_MENTIONS, entityItem, reconcile, sources, type ContributionRow, type StoredItem } from '../../reconcile/index.js';
import { LOCK_CLASS } from './schema.js';
import { AddedDocument, entityFromOthers, entityFromStored, firstDocsOfOthers, firstOfEach, spellingsToCheck, type OwnMentions, type StoredEntity } from '../entity-merge.js';
import { ENTITY_BUCKET } from '../sqlite/mentions.js';
import { BATCH, Batches, BATCH_ROWS, chunks, corpusOrder, DIRTY_PAGE, rowsRead, sourcesOf } from '../reconcile-pages.js';

/**
 * Reconciled knowledge on PostgreSQL: the same tables and the same rules (src/reconcile/) as
 * store/sqlite/knowledge.ts. SQLite has one writer at a time; here writers of different
 * documents run at once, so a bucket is reconciled under a transaction-level advisory lock on
 * it, taken after the writer's contributions are in and before they are read: whoever refreshes
 * a bucket second reads the first one's committed rows (READ COMMITTED reads afresh per
 * statement), and no update is lost. All locks of a refresh are taken in sorted order (a refresh
 * of very many buckets locks the whole knowledge instead: `lockBuckets`).
 */

type Db = PoolClient | Pool;

/** A part's contributions as the columns `insertContributions` writes (made before a transaction opens). */
export interface ContributionColumns {
  bucket: string[];
  seq: number[];
  start: number[];
  end: number[];
  data: string[];
}

/** A part's contributions as columns; a new document's (`added`) entity mentions are kept for `refresh`. */
export function contributionColumns(text: string, annotations: Annotations, seqFrom?: SeqFrom, added?: AddedDocument): ContributionColumns {
  const rows = contributions(text, annotations, seqFrom);
  added?.add(rows);
  return { bucket: rows.map((r) => r.bucket), seq: rows.map((r) => r.seq), start: rows.map((r) => r.start), end: rows.map((r) => r.end), data: rows.map((r) => JSON.stringify(r.data)) };
}

/** Stores a part's contributions (`contributionColumns`); returns the buckets they touch. */
export async function insertContributions(c: PoolClient, docId: string, rows: ContributionColumns): Promise<Set<string>> {
  if (rows.bucket.length) {
    await c.query(
      `INSERT INTO contributions (bucket, doc_id, seq, start, "end", data) SELECT b, $1, s, st, en, d FROM unnest($2::text[], $3::int[], $4::int[], $5::int[], $6::text[]) AS x(b, s, st, en, d)`,
      [docId, rows.bucket, rows.seq, rows.start, rows.end, rows.data],
    );
  }
  return new Set(rows.bucket);
}

/** The buckets a stored document contributes to (read before it is deleted). */
export async function bucketsOf(c: PoolClient, docId: string): Promise<Set<string>> {
  return new Set((await c.query<{ bucket: string }>('SELECT DISTINCT bucket FROM contributions WHERE doc_id = $1', [docId])).rows.map((r) => r.bucket));
}

/**
 * What a stored document tells of each entity it names (read before it is deleted or replaced):
 * its count, spellings and first country, in one statement; its mentions themselves are not read.
 */
export async function entitySharesOf(c: PoolClient, docId: string): Promise<Map<string, OwnMentions>> {
  const r = await c.query<{ bucket: string; n: number; names: string[]; country: string | null }>(
    `SELECT bucket, count(*)::int AS n,
       coalesce(array_agg(DISTINCT data::jsonb #>> '{a,name}') FILTER (WHERE data::jsonb #>> '{a,name}' IS NOT NULL), '{}') AS names,
       (array_agg(data::jsonb #>> '{a,country}' ORDER BY seq) FILTER (WHERE coalesce(data::jsonb #>> '{a,country}', '') <> ''))[1] AS country
     FROM contributions WHERE doc_id = $1 AND left(bucket, ${ENTITY_BUCKET.length}) = '${ENTITY_BUCKET}' GROUP BY bucket`,
    [docId],
  );
  return new Map(r.rows.map((x) => [x.bucket, { first: [], count: x.n, names: new Set(x.names), country: x.country }]));
}

/** The contribution rows of many buckets, each bucket's in corpus order. */
async function rowsOfMany(c: PoolClient, buckets: string[]): Promise<Map<string, ContributionRow[]>> {
  const out = new Map<string, ContributionRow[]>();
  if (!buckets.length) return out;
  const r = await c.query<{ bucket: string; doc: string; seq: number; data: string }>(
    `SELECT c.bucket, d.name AS doc, c.seq, c.data FROM contributions c JOIN documents d ON d.id = c.doc_id
     WHERE c.bucket = ANY($1) ORDER BY c.bucket, d.name COLLATE "C", c.seq`,
    [buckets],
  );
  for (const row of r.rows) {
    let rows = out.get(row.bucket);
    if (!rows) out.set(row.bucket, (rows = []));
    rows.push({ doc: row.doc, seq: row.seq, data: JSON.parse(row.data) });
  }
  return out;
}

/**
 * The entities of many buckets in three queries (as `entityItemsOfMany` of the SQLite store):
 * the first ENTITY_MENTIONS mentions of each in corpus order; the count, documents and
 * spellings of all; and, for the few whose first mentions give no country, the first that does.
 */
async function entityItemsOfMany(c: PoolClient, buckets: string[]): Promise<Map<string, StoredItem[]>> {
  const out = new Map<string, StoredItem[]>(buckets.map((b) => [b, []]));
  if (!buckets.length) return out;
  const first = await c.query<{ bucket: string; doc: string; seq: number; data: string }>(
    `SELECT b AS bucket, x.doc, x.seq, x.data FROM unnest($1::text[]) AS b CROSS JOIN LATERAL (
       SELECT d.name AS doc, c.seq, c.data FROM contributions c JOIN documents d ON d.id = c.doc_id
       WHERE c.bucket = b ORDER BY d.name COLLATE "C", c.seq LIMIT ${ENTITY_MENTIONS}) AS x`,
    [buckets],
  );
  const firstOf = new Map<string, ContributionRow[]>();
  for (const row of first.rows) {
    let rows = firstOf.get(row.bucket);
    if (!rows) firstOf.set(row.bucket, (rows = []));
    rows.push({ doc: row.doc, seq: row.seq, data: JSON.parse(row.data) });
  }
  const all = await c.query<{ bucket: string; n: number; docs: string[]; names: string[] }>(
    `SELECT c.bucket, count(*)::int AS n, array_agg(DISTINCT d.name COLLATE "C") AS docs,
       coalesce(array_agg(DISTINCT c.data::jsonb #>> '{a,name}') FILTER (WHERE c.data::jsonb #>> '{a,name}' IS NOT NULL), '{}') AS names
     FROM contributions c JOIN documents d ON d.id = c.doc_id WHERE c.bucket = ANY($1) GROUP BY c.bucket`,
    [[...firstOf.keys()]],
  );
  const countryIn = (rows: ContributionRow[]) => rows.map((r) => (r.data.layer === 'entities' ? r.data.a.country : undefined)).find((x) => x) ?? null;
  // Mentions stored before the actor stage recorded countries have none: look past the first ones only where needed.
  const later = all.rows.filter((a) => !countryIn(firstOf.get(a.bucket)!) && a.n > firstOf.get(a.bucket)!.length).map((a) => a.bucket);
  const countries = new Map<string, string>();
  if (later.length) {
    const r = await c.query<{ bucket: string; country: string }>(
      `SELECT DISTINCT ON (c.bucket) c.bucket, c.data::jsonb #>> '{a,country}' AS country FROM contributions c JOIN documents d ON d.id = c.doc_id
       WHERE c.bucket = ANY($1) AND c.data::jsonb #>> '{a,country}' IS NOT NULL ORDER BY c.bucket, d.name COLLATE "C", c.seq`,
      [later],
    );
    for (const row of r.rows) countries.set(row.bucket, row.country);
  }
  for (const a of all.rows) {
    const rows = firstOf.get(a.bucket)!;
    const item = entityItem(a.bucket, rows, { count: a.n, docs: a.docs, country: countryIn(rows) ?? countries.get(a.bucket) ?? null, names: a.names });
    if (item) out.set(a.bucket, [item]);
  }
  return out;
}

/** The items of many buckets, reconciled from their sources' contributions. */
async function itemsOfMany(c: PoolClient, buckets: string[]): Promise<Map<string, StoredItem[]>> {
  const out = new Map<string, StoredItem[]>();
  const others = buckets.filter((b) => !b.startsWith('en|'));
  const rows = await rowsOfMany(c, [...new Set(others.flatMap(sources))]);
  for (const b of others) {
    const from = sources(b);
    const all = from.flatMap((x) => rows.get(x) ?? []);
    if (from.length > 1) all.sort(corpusOrder);
    out.set(b, reconcile(b, all));
  }
  for (const [b, items] of await entityItemsOfMany(
    c,
    buckets.filter((b) => b.startsWith('en|')),
  ))
    out.set(b, items);
  return out;
}

/**
 * Whether each spelling a removed document gave of an entity is still given by another
 * document (or the document's new text), in one statement: the buckets where one is not.
 */
async function lostSpellings(c: PoolClient, batch: string[], removed: Map<string, OwnMentions>, added?: AddedDocument): Promise<Set<string>> {
  const pairs = spellingsToCheck(batch, removed, added);
  if (!pairs.length) return new Set();
  const r = await c.query<{ b: string; n: string }>(
    `SELECT x.b, x.n FROM unnest($1::text[], $2::text[]) AS x(b, n)
     WHERE EXISTS (SELECT 1 FROM contributions c WHERE c.bucket = x.b AND c.data::jsonb #>> '{a,name}' = x.n)`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
  const given = new Set(r.rows.map((x) => `${x.b}\u0000${x.n}`));
  return new Set(pairs.filter(([b, n]) => !given.has(`${b}\u0000${n}`)).map(([b]) => b));
}

/**
 * The first mentions of each bucket in these documents (named, each with how many of its first
 * mentions), in corpus order, in one statement: through the primary key (bucket, document, place),
 * `firstDocsOfOthers`'s rows only, not every mention of the entity.
 */
async function firstMentionsOfOthers(c: PoolClient, wanted: [string, [string, number][]][]): Promise<Map<string, ContributionRow[]>> {
  const rows = wanted.flatMap(([b, docs]) => docs.map(([d, n]) => [b, d, n] as const));
  if (!rows.length) return new Map();
  const r = await c.query<{ bucket: string; doc: string; seq: number; data: string }>(
    `SELECT x.b AS bucket, x.name AS doc, m.seq, m.data FROM unnest($1::text[], $2::text[], $3::int[]) AS x(b, name, n)
       JOIN documents d ON d.name = x.name
       CROSS JOIN LATERAL (SELECT c.seq, c.data FROM contributions c WHERE c.bucket = x.b AND c.doc_id = d.id ORDER BY c.seq LIMIT x.n) AS m`,
    [rows.map((p) => p[0]), rows.map((p) => p[1]), rows.map((p) => p[2])],
  );
  return firstOfEach(r.rows.map((row) => ({ bucket: row.bucket, doc: row.doc, seq: row.seq, data: JSON.parse(row.data) })));
}

/** A document whose entities a refresh updates from their stored items: its new text's mentions (`added`) and its old text's share (`removed`, when it replaces or deletes one). */
export interface ChangedDocument {
  doc: string;
  added?: AddedDocument;
  removed?: Map<string, OwnMentions>;
}

/**
 * Updates the entity items of these buckets that a changed document names from their stored rows
 * (`mergedEntity` for a new document, `replacedEntity` for a replaced or deleted one), a batch at
 * a time: one row and its actors read per entity, not every mention. Returns the buckets left to a
 * full read (another item bucket, an entity not stored yet, or one whose stored row cannot be
 * updated exactly: the old text alone gave its first mention, a spelling or its first country).
 */
async function mergeChanged(c: PoolClient, buckets: string[], changedDoc: ChangedDocument, maxBuckets: number): Promise<string[]> {
  const { doc, added, removed } = changedDoc;
  const names = (b: string) => added?.entities.has(b) || removed?.has(b);
  const rest = buckets.filter((b) => !names(b));
  for (const batch of chunks(buckets.filter(names), maxBuckets)) {
    const rows = await c.query<{ id: string; bucket: string; data: string; s3: string }>('SELECT id, bucket, data, s3 FROM knowledge WHERE bucket = ANY($1)', [batch]);
    const actors = await c.query<{ item_id: string; entity: string; words: string }>('SELECT item_id, entity, words FROM knowledge_actors WHERE item_id = ANY($1)', [rows.rows.map((r) => r.id)]);
    const lost = removed ? await lostSpellings(c, batch, removed, added) : new Set<string>();
    const stored = new Map<string, StoredEntity | null>();
    for (const r of rows.rows) stored.set(r.bucket, stored.has(r.bucket) ? null : { data: JSON.parse(r.data), s3: r.s3, actors: [] });
    const byId = new Map(rows.rows.map((r) => [r.id, stored.get(r.bucket)]));
    for (const a of actors.rows) byId.get(a.item_id)?.actors.push({ entity: a.entity, words: a.words });
    const storedIds = new Map(rows.rows.map((r) => [r.bucket, r.id]));
    const changed: StoredItem[] = [];
    // Entities the stored row alone cannot update (the old text held first mentions, or gave the first country): the other
    // documents' first mentions read (bounded), then merged again.
    const again: string[] = [];
    for (const b of batch) {
      const s = stored.get(b);
      const old = removed?.get(b);
      const own = added?.entities.get(b);
      const item = entityFromStored(b, s, doc, old, own, lost.has(b));
      if (item === 'others') again.push(b);
      else if (item) changed.push(item);
      else rest.push(b);
    }
    const firsts = await firstMentionsOfOthers(
      c,
      again.map((b) => [b, firstDocsOfOthers(stored.get(b)!.data, doc)]),
    );
    for (const b of again) {
      const item = entityFromOthers(b, stored.get(b)!, doc, removed!.get(b)!, added?.entities.get(b), firsts.get(b) ?? []);
      if (item) changed.push(item);
      else rest.push(b);
    }
    // An entity a document names again by spellings it already has keeps its actor rows: only its row is updated.
    const unchanged = (i: StoredItem) => {
      const s = stored.get(i.bucket);
      return !!s && storedIds.get(i.bucket) === i.id && !i.mentions.length && sameRows(s.actors, i.actors);
    };
    const sameActors = new Set(changed.filter(unchanged).map((i) => i.id));
    await writeItems(c, [], changed, sameActors);
  }
  return rest.sort();
}

/**
 * Writes the changed items of one round in one statement (one round trip, not four): the gone
 * items deleted (their mentions, actors and points go with them by the foreign keys), the changed
 * ones upserted, and their mentions and actors replaced. Changed items are upserted, not deleted
 * and inserted again: a cascade runs at the end of the statement and would take the new mentions
 * of an id it deletes; the sub-statements share one snapshot, so the old mentions' DELETE does not
 * see the new ones. A fact's point follows its row (the `fact_points_put` trigger fires on update).
 */
async function writeItems(c: PoolClient, gone: string[], changed: StoredItem[], sameActors: ReadonlySet<string> = new Set()): Promise<void> {
  const ids = changed.map((i) => i.id);
  const keep = new Set(ids);
  const drop = gone.filter((id) => !keep.has(id));
  if (!drop.length && !changed.length) return;
  const col = <T>(f: (i: StoredItem) => T) => changed.map(f);
  // Rows rewritten only where they may differ: an entity's mentions are never stored (always
  // none), and `sameActors` are items whose stored actors are known equal to their new ones.
  const rewritten = changed.filter((i) => !sameActors.has(i.id));
  const mentions = rewritten.flatMap((i) => i.mentions.map((m) => [i.id, m.doc, m.start, m.end] as const));
  const actors = rewritten.flatMap((i) => i.actors.map((a) => [i.id, a.entity, a.words] as const));
  await c.query(
    `WITH gone AS (DELETE FROM knowledge WHERE id = ANY($1)),
       put AS (
         INSERT INTO knowledge (id, layer, bucket, third_party, type, date_start, date_end, unit, s1, s2, s3, n, data)
         SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::int[], $14::text[])
         ON CONFLICT (id) DO UPDATE SET layer = EXCLUDED.layer, bucket = EXCLUDED.bucket, third_party = EXCLUDED.third_party, type = EXCLUDED.type,
           date_start = EXCLUDED.date_start, date_end = EXCLUDED.date_end, unit = EXCLUDED.unit, s1 = EXCLUDED.s1, s2 = EXCLUDED.s2, s3 = EXCLUDED.s3,
           n = EXCLUDED.n, data = EXCLUDED.data),
       old_mentions AS (DELETE FROM knowledge_mentions WHERE item_id = ANY($22)),
       old_actors AS (DELETE FROM knowledge_actors WHERE item_id = ANY($22)),
       new_mentions AS (INSERT INTO knowledge_mentions (item_id, doc, start, "end") SELECT * FROM unnest($15::text[], $16::text[], $17::int[], $18::int[]))
     INSERT INTO knowledge_actors (item_id, entity, words) SELECT * FROM unnest($19::text[], $20::text[], $21::text[])`,
    [
      drop,
      ids,
      col((i) => i.layer),
      col((i) => i.bucket),
      col((i) => i.thirdParty),
      col((i) => i.type ?? ''),
      col((i) => i.dateStart),
      col((i) => i.dateEnd),
      col((i) => i.unit),
      col((i) => i.sort[0] ?? ''),
      col((i) => i.sort[1] ?? ''),
      col((i) => i.sort[2] ?? ''),
      col((i) => i.count),
      col((i) => JSON.stringify(i.data)),
      mentions.map((m) => m[0]),
      mentions.map((m) => m[1]),
      mentions.map((m) => m[2]),
      mentions.map((m) => m[3]),
      actors.map((a) => a[0]),
      actors.map((a) => a[1]),
      actors.map((a) => a[2]),
      rewritten.map((i) => i.id),
    ],
  );
}

/** Whether two lists of actor rows hold the same rows (in any order; stored rows come back unordered). */
function sameRows(a: StoredItem['actors'], b: StoredItem['actors']): boolean {
  if (a.length !== b.length) return false;
  const key = (x: StoredItem['actors'][number]) => `${x.entity}\u0000${x.words}`;
  const left = a.map(key).sort();
  return b
    .map(key)
    .sort()
    .every((k, i) => k === left[i]);
}

/**
 * The contributions a batch reads of each bucket (0 for none), `rowsRead` as the SQLite store's:
 * an entity's counts its first ENTITY_MENTIONS only (the server aggregates the rest,
 * `entityItemsOfMany`). Counted in full, the states mentioned about a thousand times each at
 * 10,000 generated paragraphs made batches of five entities.
 */
async function countsOf(c: PoolClient, buckets: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>(buckets.map((b) => [b, 0]));
  const r = await c.query<{ bucket: string; n: number }>('SELECT bucket, count(*)::int AS n FROM contributions WHERE bucket = ANY($1) GROUP BY bucket', [buckets]);
  for (const row of r.rows) out.set(row.bucket, rowsRead(row.bucket, row.n));
  return out;
}

/** Buckets to reconcile in bounded batches (`Batches`, as the SQLite store's), taken `BATCH` at a time with their sources' counts. */
async function* batches(c: PoolClient, buckets: Iterable<string>, size: RefreshSizes): AsyncGenerator<string[]> {
  const cut = new Batches(size.maxRows, size.maxBuckets);
  for (const window of chunks(buckets, size.maxBuckets)) yield* cut.take(window, await countsOf(c, sourcesOf(window)));
  yield* cut.end();
}

/** The sizes of a refresh's pieces (tests make them small). */
export interface RefreshSizes {
  /** Lock keys sent per statement. */
  lockPage: number;
  /** Most buckets locked one by one; a refresh of more locks the whole knowledge of the store. */
  maxLocks: number;
  /** Buckets and contributions a batch reads, at most. */
  maxBuckets: number;
  maxRows: number;
}
/**
 * Buckets a refresh locks one by one, at most. Advisory locks live in the server's shared lock
 * table, max_locks_per_transaction × max_connections entries in all (6,400 by default): a 10 MB
 * document touches 56,000 buckets, and locking each failed with "out of shared memory".
 */
export const MAX_BUCKET_LOCKS = 1_000;
const SIZES: RefreshSizes = { lockPage: DIRTY_PAGE, maxLocks: MAX_BUCKET_LOCKS, maxBuckets: BATCH, maxRows: BATCH_ROWS };

/**
 * Locks the knowledge of these item buckets (sorted) until the transaction ends. Two levels: a
 * refresh of at most `maxLocks` buckets holds the store's knowledge lock shared and each bucket's
 * exclusive (a page of keys a statement, in sorted order); a larger one holds the knowledge lock
 * exclusive alone, and waits for the refreshes in progress (which it excludes all).
 */
async function lockBuckets(c: PoolClient, schema: string, buckets: string[], size: RefreshSizes, knowledgeLock = true): Promise<void> {
  if (!buckets.length) return;
  const whole = buckets.length > size.maxLocks;
  if (knowledgeLock) await c.query(`SELECT ${whole ? 'pg_advisory_xact_lock' : 'pg_advisory_xact_lock_shared'}($1, hashtext($2))`, [LOCK_CLASS, `${schema}|kb`]);
  if (whole) return;
  // One statement a page takes its locks, in the array's order: all in sorted order.
  for (const page of chunks(buckets, size.lockPage)) {
    await c.query('SELECT pg_advisory_xact_lock($1, hashtext(k)) FROM unnest($2::text[]) AS k', [LOCK_CLASS, page.map((b) => `${schema}|kb|${b}`)]);
  }
}

/** The item buckets that depend on these contribution buckets, sorted (an item bucket is its own). */
export function itemBuckets(touched: Iterable<string>): string[] {
  return [...new Set([...touched].flatMap(dependents))].sort();
}

/**
 * Reconciles again the items that depend on these contribution buckets, writing only what
 * changed, inside the transaction that changed the contributions. The item buckets are locked
 * (`lockBuckets`), then reconciled in the SQLite store's bounded
 * batches (`reconcile-pages.ts`): every query covers a batch of buckets (one round trip a bucket
 * was most of a worker's time) and reads at most `maxRows` contributions (unless one bucket
 * alone holds more), however large the document. The entities a new, replaced or deleted document
 * (`changed`) names are updated from their stored rows instead (`mergeChanged`).
 *
 * Test-only: no store path calls it since Session 42 (puts and deletes mark buckets and reconcile
 * them after, `reconcileDirty`); `test/postgres-knowledge-pages.test.ts` drives the paged refresh
 * through it. Above `maxLocks` buckets it takes the whole knowledge lock exclusive: do not call it
 * from a store path.
 * @internal
 */
export async function refresh(c: PoolClient, schema: string, touched: Iterable<string>, size: RefreshSizes = SIZES, changed?: ChangedDocument): Promise<void> {
  const buckets = itemBuckets(touched);
  await lockBuckets(c, schema, buckets, size);
  await refreshLocked(c, buckets, size, changed);
}

/** `refresh` of item buckets (sorted) whose locks the transaction holds. */
async function refreshLocked(c: PoolClient, buckets: string[], size: RefreshSizes, changed?: ChangedDocument): Promise<void> {
  const rest = changed ? await mergeChanged(c, buckets, changed, size.maxBuckets) : buckets;
  for await (const batch of batches(c, rest, size)) {
    const existing = await c.query<{ id: string; data: string }>('SELECT id, data FROM knowledge WHERE bucket = ANY($1)', [batch]);
    const before = new Map(existing.rows.map((r) => [r.id, r.data]));
    const changed = new Map<string, StoredItem>();
    for (const items of (await itemsOfMany(c, batch)).values()) {
      for (const item of items) {
        const had = before.get(item.id);
        before.delete(item.id);
        if (had !== JSON.stringify(item.data)) changed.set(item.id, item);
      }
    }
    await writeItems(c, [...before.keys()], [...changed.values()]);
  }
}

/**
 * Merges the entities a replaced document names (`changed` with `removed`: its old text's share
 * taken out, its new text's put in) inside the transaction that replaces it, under their bucket
 * locks, and returns the item buckets left to be marked dirty and read in full after it. Such a
 * merge is not idempotent (it applies a difference to the stored row), so it must run exactly
 * when the stored row holds the old text's share and not the new one's: in the transaction that
 * swaps the contributions, nobody else can have read the new text. The stored row holds the old
 * text's share unless a bucket is still marked for the old document (`oldIds`: stored and not
 * reconciled since, e.g. its writer stopped): those are read in full afterwards instead. The old
 * documents' marks are handed to the new one, with the buckets they name that `buckets` does not
 * (the text before the old one touched them, and its stopped writer did not reconcile them).
 */
export async function mergeReplaced(c: PoolClient, schema: string, oldIds: string[], buckets: string[], changed: ChangedDocument | undefined, size: RefreshSizes = SIZES): Promise<string[]> {
  const named = changed?.removed ? buckets.filter((b) => changed.added?.entities.has(b) || changed.removed!.has(b)) : [];
  // More entities than a transaction locks one by one (locking them all would lock the whole knowledge
  // exclusive, and wait for every reconcile in progress): the `maxLocks` busiest are merged here (the
  // two states', whose full read reads every mention of them), the rest read in full after (a few
  // documents' mentions each). Chosen by the stored counts before any lock: a count changed meanwhile
  // changes which are merged, not what is stored.
  const names = named.length <= size.maxLocks ? named : await busiest(c, named, size.maxLocks);
  // Locked before the marks are read: a drain reading one of these buckets in full has committed (and deleted its mark).
  await lockBuckets(c, schema, names, size);
  const marked = oldIds.length
    ? new Set((await c.query<{ bucket: string }>('DELETE FROM knowledge_dirty WHERE doc_id = ANY($1) RETURNING bucket', [oldIds])).rows.map((r) => r.bucket))
    : new Set<string>();
  // An old document's marks may name buckets its contributions no longer give (a stopped writer's, of the text before it).
  const all = [...new Set([...buckets, ...marked])].sort();
  if (!names.length) return all;
  const mergeable = names.filter((b) => !marked.has(b));
  const rest = new Set(await mergeChanged(c, mergeable, changed!, size.maxBuckets));
  const merged = new Set(mergeable.filter((b) => !rest.has(b)));
  return all.filter((b) => !merged.has(b));
}

/** The `n` stored entities of these buckets with the most mentions, sorted as buckets are locked (an entity not stored yet is read in full anyway). */
async function busiest(c: PoolClient, buckets: string[], n: number): Promise<string[]> {
  if (n < 1) return [];
  const r = await c.query<{ bucket: string }>(`SELECT bucket FROM knowledge WHERE layer = 'entities' AND bucket = ANY($1) GROUP BY bucket ORDER BY max(n) DESC, bucket COLLATE "C" LIMIT $2`, [
    buckets,
    n,
  ]);
  return r.rows.map((x) => x.bucket).sort();
}

/** The advisory-lock key that serialises the writers of one document name or id (`PostgresStore.write`). */
export const documentLock = (schema: string, key: string): string => `${schema}:${key}`;

/**
 * Marks item buckets dirty for a document, in the transaction that stores its contributions: a
 * row (bucket, document) each, deleted by the transaction that reconciles the bucket after it
 * (`reconcileDirty`). A writer that dies between the two leaves its rows, and whoever drains them
 * (`drainDirty`) reconciles those buckets: nothing committed is left unreconciled.
 */
export async function markDirty(c: PoolClient, docId: string, buckets: string[]): Promise<void> {
  for (const page of chunks(buckets, DIRTY_PAGE)) {
    // A bucket marked again for the document takes a new generation: a reconcile that read the old one leaves it.
    await c.query('INSERT INTO knowledge_dirty (bucket, doc_id) SELECT b, $1 FROM unnest($2::text[]) AS b ON CONFLICT (bucket, doc_id) DO UPDATE SET gen = EXCLUDED.gen', [docId, page]);
  }
}

/** Marks as read by a reconcile: (bucket, document, generation). */
interface Marks {
  bucket: string[];
  doc: string[];
  gen: string[];
}

/**
 * The marks of these buckets (of one document, or of all), read by a transaction that holds the
 * buckets' locks and before it reads them in full: every mark read was committed before that read.
 */
async function readMarks(c: PoolClient, buckets: string[], docId?: string): Promise<Marks> {
  const r = await c.query<{ bucket: string; doc_id: string; gen: string }>(
    `SELECT bucket, doc_id, gen::text AS gen FROM knowledge_dirty WHERE bucket = ANY($1)${docId === undefined ? '' : ' AND doc_id = $2'}`,
    docId === undefined ? [buckets] : [buckets, docId],
  );
  return { bucket: r.rows.map((x) => x.bucket), doc: r.rows.map((x) => x.doc_id), gen: r.rows.map((x) => x.gen) };
}

/** Deletes exactly the marks `readMarks` read: one written again since (a new generation) stays, for whoever reconciles after it. */
async function dropMarks(c: PoolClient, marks: Marks): Promise<void> {
  if (!marks.bucket.length) return;
  await c.query('DELETE FROM knowledge_dirty d USING unnest($1::text[], $2::text[], $3::bigint[]) AS x(b, doc, gen) WHERE d.bucket = x.b AND d.doc_id = x.doc AND d.gen = x.gen', [
    marks.bucket,
    marks.doc,
    marks.gen,
  ]);
}

/** A client of the pool in a transaction: `fn`'s value once committed, again (bounded) when it lost a deadlock. */
type InTransaction = <T>(fn: (c: PoolClient) => Promise<T>, wrote?: (out: T) => boolean) => Promise<T>;

/**
 * Reconciles a stored document's item buckets (sorted) after the transaction that stored it, in
 * short transactions of at most `maxBuckets` buckets each, so a hot bucket (an entity every
 * document of the pair names) is locked for one batch, not for the whole document's refresh. Each
 * transaction holds the document's name lock shared (its writers take it exclusive, so it is not
 * replaced or deleted meanwhile) and checks that the document is still the one stored: if not, its
 * entities are read in full rather than merged. A bucket whose lock another writer holds is not
 * waited for: it is tried again once the others are done (`pg_try_advisory_xact_lock`), with
 * waiting locks in sorted order then. Each transaction deletes the marks of the document it read
 * under its buckets' locks before reading them (`readMarks`: one marked again since stays) and counts one write (`data_version`); a reader sees each bucket before or after, never
 * half reconciled.
 */
export async function reconcileDirty(tx: InTransaction, schema: string, doc: { id: string; name: string }, buckets: string[], changed?: ChangedDocument, size: RefreshSizes = SIZES): Promise<void> {
  const later: string[] = [];
  // A batch whose every bucket was busy wrote nothing: it counts no write.
  for (const batch of chunks(buckets, size.maxBuckets))
    later.push(
      ...(await tx(
        (c) => reconcileBatch(c, schema, doc, batch, changed, size, false),
        (left) => left.length < batch.length,
      )),
    );
  for (const batch of chunks(later, size.maxBuckets)) await tx((c) => reconcileBatch(c, schema, doc, batch, changed, size, true));
}

/** One transaction of `reconcileDirty`: the buckets left for later (their locks were held by others) unless `wait`. */
async function reconcileBatch(
  c: PoolClient,
  schema: string,
  doc: { id: string; name: string },
  batch: string[],
  changed: ChangedDocument | undefined,
  size: RefreshSizes,
  wait: boolean,
): Promise<string[]> {
  await c.query('SELECT pg_advisory_xact_lock_shared($1, hashtext($2))', [LOCK_CLASS, documentLock(schema, doc.name)]);
  // The row held (FOR KEY SHARE) until the end: a writer of the same id under another name cannot delete it meanwhile.
  const same = changed && (await c.query('SELECT 1 FROM documents WHERE id = $1 AND name = $2 FOR KEY SHARE', [doc.id, doc.name])).rowCount;
  await c.query('SELECT pg_advisory_xact_lock_shared($1, hashtext($2))', [LOCK_CLASS, `${schema}|kb`]);
  let got = batch;
  if (!wait) {
    const r = await c.query<{ b: string; ok: boolean }>('SELECT b, pg_try_advisory_xact_lock($1, hashtext($2 || b)) AS ok FROM unnest($3::text[]) WITH ORDINALITY AS x(b, i) ORDER BY i', [
      LOCK_CLASS,
      `${schema}|kb|`,
      batch,
    ]);
    got = r.rows.filter((x) => x.ok).map((x) => x.b);
  } else await lockBuckets(c, schema, batch, { ...size, maxLocks: Infinity }, false);
  const held = new Set(got);
  const marks = await readMarks(c, got, doc.id);
  await refreshLocked(c, got, size, same ? changed : undefined);
  await dropMarks(c, marks);
  return batch.filter((b) => !held.has(b));
}

/**
 * Reconciles buckets left dirty by writers that stopped between storing a document and
 * reconciling its buckets (or are still at it: the work is then done twice, the result the same,
 * because every step after a document's transaction is a full read or a new document's merge,
 * which `mergedEntity` refuses once a full read took the document in; the one merge that is not
 * idempotent, a replaced text's, runs inside the replacing transaction: `mergeReplaced`),
 * `maxBuckets` at a time, each batch read in full under its locks, in a transaction that deletes
 * exactly the marks it read under its locks before its full read (`readMarks`: a mark written
 * since, with a new generation, stays for its own writer or the next drain).
 * Returns how many buckets were reconciled.
 */
export async function drainDirty(tx: InTransaction, schema: string, size: RefreshSizes = SIZES): Promise<number> {
  let n = 0;
  for (let after = ''; ;) {
    const done = await tx(async (c) => {
      const page = (
        await c.query<{ bucket: string }>('SELECT DISTINCT bucket COLLATE "C" AS bucket FROM knowledge_dirty WHERE bucket COLLATE "C" > $1 ORDER BY 1 LIMIT $2', [after, size.maxBuckets])
      ).rows.map((r) => r.bucket);
      if (!page.length) return undefined;
      const buckets = [...page].sort();
      await c.query('SELECT pg_advisory_xact_lock_shared($1, hashtext($2))', [LOCK_CLASS, `${schema}|kb`]);
      await lockBuckets(c, schema, buckets, { ...size, maxLocks: Infinity }, false);
      // The marks read under the locks, before the full read: a mark written after it (a document stored again) stays.
      const marks = await readMarks(c, buckets);
      await refreshLocked(c, buckets, size);
      await dropMarks(c, marks);
      return page;
    });
    if (!done) return n;
    n += done.length;
    // The cursor in the server's order ("C"), which the page was read in.
    after = done[done.length - 1]!;
  }
}

/** The WHERE clause and parameters of a filter on one layer. */
async function where(db: Db, layer: string, f: KnowledgeFilter): Promise<{ sql: string; params: unknown[] }> {
  const params: unknown[] = [layer];
  const p = (v: unknown): string => {
    params.push(v);
    return `$${params.length}`;
  };
  const clauses = ['k.layer = $1'];
  if (f.type !== undefined) clauses.push(`k.type = ${p(f.type)}`);
  if (f.unit !== undefined) clauses.push(`k.unit = ${p(f.unit)}`);
  if (!f.thirdParty) clauses.push('NOT k.third_party');
  if (f.from) {
    const x = p(bounds(f.from)[0]);
    clauses.push(`k.date_end IS NOT NULL AND substr(k.date_end, 1, length(${x})) COLLATE "C" >= ${x}`);
  }
  if (f.to) {
    const x = p(bounds(f.to)[1]);
    clauses.push(`k.date_start IS NOT NULL AND substr(k.date_start, 1, length(${x})) COLLATE "C" <= ${x}`);
  }
  if (f.docs?.length) {
    const names = (await db.query<{ name: string }>('SELECT name FROM documents WHERE name = ANY($1) OR id = ANY($1)', [f.docs])).rows.map((r) => r.name);
    const x = p(names);
    clauses.push(
      layer === 'entities'
        ? `EXISTS (SELECT 1 FROM contributions c JOIN documents d ON d.id = c.doc_id WHERE c.bucket = k.bucket AND d.name = ANY(${x}))`
        : `EXISTS (SELECT 1 FROM knowledge_mentions m WHERE m.item_id = k.id AND m.doc = ANY(${x}))`,
    );
  }
  if (f.actor) {
    const words = f.actor.words.map((w) => `strpos(a.words, ${p(` ${w} `)}) > 0`);
    const entities = p(f.actor.entities);
    clauses.push(`EXISTS (SELECT 1 FROM knowledge_actors a WHERE a.item_id = k.id AND (a.entity = ANY(${entities}) OR (a.words <> ''${words.map((w) => ` AND ${w}`).join('')})))`);
  }
  return { sql: clauses.join(' AND '), params };
}

/** A page of one layer's items, in the layer's order, and how many the filter matches. */
export async function listKnowledge<T>(db: Db, layer: 'events' | 'facts' | 'entities' | 'conflicts', f: KnowledgeFilter): Promise<KnowledgeList<T>> {
  const { sql, params } = await where(db, layer, f);
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM knowledge k WHERE ${sql}`, params)).rows[0]!.n;
  const order = layer === 'entities' ? 'k.n DESC, k.s1, k.s2, k.s3, k.id COLLATE "C"' : 'k.s1, k.s2, k.s3, k.id COLLATE "C"';
  const page = `LIMIT ${f.limit === undefined ? 'ALL' : Number(f.limit)} OFFSET ${Number(f.offset ?? 0)}`;
  const items = (await db.query<{ data: string }>(`SELECT k.data FROM knowledge k WHERE ${sql} ORDER BY ${order} ${page}`, params)).rows;
  return { items: items.map((r) => JSON.parse(r.data) as T), total };
}

/** The units stored facts use (of the pair's figures unless `thirdParty`), sorted. */
export async function factUnits(db: Db, thirdParty = false): Promise<string[]> {
  const r = await db.query<{ unit: string }>(`SELECT DISTINCT unit COLLATE "C" AS unit FROM knowledge WHERE layer = 'facts' AND ($1 OR NOT third_party) ORDER BY 1`, [thirdParty]);
  return r.rows.map((x) => x.unit);
}
