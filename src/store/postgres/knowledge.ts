import type { PoolClient, Pool } from 'pg';
import type { Annotations } from '../../model/annotation.js';
import type { KnowledgeFilter, KnowledgeList } from '../../model/knowledge.js';
import type { SeqFrom } from '../../reconcile/contributions.js';
import { bounds, contributions, dependents, ENTITY_MENTIONS, entityItem, reconcile, sources, type ContributionRow, type StoredItem } from '../../reconcile/index.js';
import { LOCK_CLASS } from './schema.js';

/**
 * Reconciled knowledge on PostgreSQL: the same tables and the same rules (src/reconcile/) as
 * store/sqlite/knowledge.ts. SQLite has one writer at a time; here writers of different
 * documents run at once, so a bucket is reconciled under a transaction-level advisory lock on
 * it, taken after the writer's contributions are in and before they are read: whoever refreshes
 * a bucket second reads the first one's committed rows (READ COMMITTED reads afresh per
 * statement), and no update is lost. All locks of a refresh are taken in sorted order.
 */

type Db = PoolClient | Pool;

/** Stores a document's contributions; returns the buckets they touch. */
export async function addContributions(c: PoolClient, docId: string, text: string, annotations: Annotations, seqFrom?: SeqFrom): Promise<Set<string>> {
  const rows = contributions(text, annotations, seqFrom);
  if (rows.length) {
    await c.query(
      `INSERT INTO contributions (bucket, doc_id, seq, start, "end", data) SELECT b, $1, s, st, en, d FROM unnest($2::text[], $3::int[], $4::int[], $5::int[], $6::text[]) AS x(b, s, st, en, d)`,
      [docId, rows.map((r) => r.bucket), rows.map((r) => r.seq), rows.map((r) => r.start), rows.map((r) => r.end), rows.map((r) => JSON.stringify(r.data))],
    );
  }
  return new Set(rows.map((r) => r.bucket));
}

/** The buckets a stored document contributes to (read before it is deleted). */
export async function bucketsOf(c: PoolClient, docId: string): Promise<Set<string>> {
  return new Set((await c.query<{ bucket: string }>('SELECT DISTINCT bucket FROM contributions WHERE doc_id = $1', [docId])).rows.map((r) => r.bucket));
}

async function rowsOf(c: PoolClient, bucket: string, limit?: number): Promise<ContributionRow[]> {
  const r = await c.query<{ doc: string; seq: number; data: string }>(
    `SELECT d.name AS doc, c.seq, c.data FROM contributions c JOIN documents d ON d.id = c.doc_id WHERE c.bucket = $1 ORDER BY d.name COLLATE "C", c.seq ${limit ? `LIMIT ${Number(limit)}` : ''}`,
    [bucket],
  );
  return r.rows.map((row) => ({ doc: row.doc, seq: row.seq, data: JSON.parse(row.data) }));
}

/** Corpus order: document name (bytewise, as SQLite orders text), then place in the document. */
const corpusOrder = (a: ContributionRow, b: ContributionRow) => (a.doc === b.doc ? a.seq - b.seq : Buffer.compare(Buffer.from(a.doc), Buffer.from(b.doc)));

async function itemsOf(c: PoolClient, bucket: string): Promise<StoredItem[]> {
  if (!bucket.startsWith('en|')) {
    const from = sources(bucket);
    const rows = (await Promise.all(from.map((b) => rowsOf(c, b)))).flat();
    if (from.length > 1) rows.sort(corpusOrder);
    return reconcile(bucket, rows);
  }
  const first = await rowsOf(c, bucket, ENTITY_MENTIONS);
  if (!first.length) return [];
  const count = (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM contributions WHERE bucket = $1', [bucket])).rows[0]!.n;
  const docs = (
    await c.query<{ name: string }>('SELECT DISTINCT d.name COLLATE "C" AS name FROM contributions c JOIN documents d ON d.id = c.doc_id WHERE c.bucket = $1 ORDER BY 1', [bucket])
  ).rows.map((r) => r.name);
  const country =
    (
      await c.query<{ country: string }>(
        `SELECT c.data::jsonb #>> '{a,country}' AS country FROM contributions c JOIN documents d ON d.id = c.doc_id
     WHERE c.bucket = $1 AND c.data::jsonb #>> '{a,country}' IS NOT NULL ORDER BY d.name COLLATE "C", c.seq LIMIT 1`,
        [bucket],
      )
    ).rows[0]?.country ?? null;
  const names = (await c.query<{ name: string }>(`SELECT DISTINCT data::jsonb #>> '{a,name}' AS name FROM contributions WHERE bucket = $1`, [bucket])).rows.map((r) => r.name);
  const item = entityItem(bucket, first, { count, docs, country, names });
  return item ? [item] : [];
}

/**
 * Reconciles again the items that depend on these contribution buckets, writing only what
 * changed, inside the transaction that changed the contributions.
 */
export async function refresh(c: PoolClient, schema: string, touched: Iterable<string>): Promise<void> {
  const buckets = [...new Set([...touched].flatMap(dependents))].sort();
  for (const bucket of buckets) await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, `${schema}|kb|${bucket}`]);
  for (const bucket of buckets) {
    const existing = await c.query<{ id: string; data: string }>('SELECT id, data FROM knowledge WHERE bucket = $1', [bucket]);
    const before = new Map(existing.rows.map((r) => [r.id, r.data]));
    for (const item of await itemsOf(c, bucket)) {
      const data = JSON.stringify(item.data);
      const had = before.get(item.id);
      before.delete(item.id);
      if (had === data) continue;
      await c.query('DELETE FROM knowledge WHERE id = $1', [item.id]); // its mentions and actors go with it
      const [s1, s2, s3] = item.sort;
      await c.query(`INSERT INTO knowledge (id, layer, bucket, third_party, type, date_start, date_end, unit, s1, s2, s3, n, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`, [
        item.id,
        item.layer,
        item.bucket,
        item.thirdParty,
        item.type ?? '',
        item.dateStart,
        item.dateEnd,
        item.unit,
        s1 ?? '',
        s2 ?? '',
        s3 ?? '',
        item.count,
        data,
      ]);
      if (item.mentions.length) {
        await c.query(`INSERT INTO knowledge_mentions (item_id, doc, start, "end") SELECT $1, d, s, e FROM unnest($2::text[], $3::int[], $4::int[]) AS x(d, s, e)`, [
          item.id,
          item.mentions.map((m) => m.doc),
          item.mentions.map((m) => m.start),
          item.mentions.map((m) => m.end),
        ]);
      }
      if (item.actors.length) {
        await c.query(`INSERT INTO knowledge_actors (item_id, entity, words) SELECT $1, e, w FROM unnest($2::text[], $3::text[]) AS x(e, w)`, [
          item.id,
          item.actors.map((a) => a.entity),
          item.actors.map((a) => a.words),
        ]);
      }
    }
    if (before.size) await c.query('DELETE FROM knowledge WHERE id = ANY($1)', [[...before.keys()]]);
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
