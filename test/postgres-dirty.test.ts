import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import { annotatedDocument } from './store-conformance.js';

/**
 * A document's knowledge reconciled after its transaction, in short ones (DESIGN.md, Session 41):
 * many writers end where one writer ends, a writer stopped between the two leaves its buckets
 * marked and `reconcileKnowledge` finishes them, and nothing is left marked. Needs DYAD_TEST_PG.
 */
const url = process.env.DYAD_TEST_PG;
const schemas: string[] = [];
let n = 0;
function freshSchema(): string {
  const s = `d_${process.pid}_${Date.now().toString(36)}_${n++}`;
  schemas.push(s);
  return s;
}

// Reports of two states, written for this test: shared entities (both states in every one), events of the same years.
const TEXTS = [
  'OSLO, 4 March 2014 - Norway and Chile signed a fisheries research agreement in Oslo on Tuesday. Chilean exports to Norway reached US$410 million in 2013.',
  'Chile and Norway held their first round of political consultations in Santiago in May 2014. The Norwegian foreign minister visited Santiago in May 2014.',
  'Norwegian investment in Chile reached US$2.3 billion in 2013, according to the embassy. Norway and Chile signed a fisheries research agreement in March 2014.',
  'The Chilean president visited Oslo in October 2015 and met the Norwegian prime minister. Norway and Chile agreed to expand salmon farming research in 2015.',
  'Trade between Chile and Norway fell to US$380 million in 2015. Chile and Norway held political consultations in Oslo in November 2016.',
  'SANTIAGO, 12 June 2016 - Norway pledged US$5 million to a Chilean climate fund on Sunday. Chilean exports to Norway reached US$450 million in 2013.',
  'In April 2017 the Norwegian foreign minister visited Santiago. Norway and Chile signed a memorandum on Antarctic research in Punta Arenas in April 2017.',
  'Norway and Chile marked a century of diplomatic relations in 2018. The Chilean foreign minister visited Oslo in September 2018.',
];

/** Every row of the reconciled knowledge of a schema (items, their mentions, actors and fact points), in one order, and the marked buckets. */
async function knowledgeRows(c: pg.Client, schema: string): Promise<Record<'knowledge' | 'mentions' | 'actors' | 'points' | 'dirty', unknown[]>> {
  const q = async (sql: string) => (await c.query(sql.replaceAll('$s', schema))).rows;
  return {
    knowledge: await q('SELECT id, layer, bucket, third_party, type, date_start, date_end, unit, s1, s2, s3, n, data FROM $s.knowledge ORDER BY id COLLATE "C"'),
    mentions: await q('SELECT item_id, doc, start, "end" FROM $s.knowledge_mentions ORDER BY item_id COLLATE "C", doc COLLATE "C", start, "end"'),
    actors: await q('SELECT item_id, entity, words FROM $s.knowledge_actors ORDER BY item_id COLLATE "C", entity COLLATE "C", words COLLATE "C"'),
    points: await q('SELECT * FROM $s.fact_points ORDER BY 1, 2, 3, 4'),
    dirty: await q('SELECT bucket, doc_id FROM $s.knowledge_dirty'),
  };
}

if (!url) {
  describe.skip('PostgreSQL dirty buckets: skipped because DYAD_TEST_PG is not set', () => {
    it('reconciles after the document transaction', () => {});
  });
} else {
  const c = new pg.Client({ connectionString: url });
  beforeAll(() => c.connect());
  afterAll(async () => {
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await c.end();
  });

  describe('postgres knowledge reconciled after the document transaction', () => {
    const docs = TEXTS.map((t, i) => annotatedDocument(`report-${i}.txt`, t, '2019'));

    it('gives the same knowledge rows with one writer and with four at once, batches of three buckets, a document replaced and one deleted', async () => {
      const oneSchema = freshSchema();
      const one = await openPostgresStore(url, { schema: oneSchema });
      for (const d of docs) await one.putDocument(d);
      const changedText = annotatedDocument(
        'report-2.txt',
        'Norway and Chile signed a fisheries research agreement in March 2014. Norwegian investment in Chile reached US$2.5 billion in 2014.',
        '2019',
      );
      await one.putDocument(changedText);
      await one.deleteDocument('report-5.txt');
      const expected = await knowledgeRows(c, oneSchema);
      expect(expected.knowledge.length).toBeGreaterThan(10);
      expect(expected.dirty).toEqual([]);

      const manySchema = freshSchema();
      const many = await Promise.all([0, 1, 2, 3].map(() => openPostgresStore(url, { schema: manySchema })));
      // Small batches: each document's buckets in many short transactions, the states' buckets met by every writer.
      const sizes = { lockPage: 2, maxLocks: 1_000, maxBuckets: 3, maxRows: 5_000 };
      for (const s of many) s.refreshSizes = sizes;
      await Promise.all(
        [0, 1, 2, 3].map(async (w) => {
          for (let i = w; i < docs.length; i += 4) await many[w]!.putDocument(docs[i]!);
        }),
      );
      await Promise.all([many[0]!.putDocument(changedText), many[1]!.deleteDocument('report-5.txt')]);
      const got = await knowledgeRows(c, manySchema);
      expect(got).toEqual(expected);
      expect(await many[0]!.check()).toEqual([]);
      await Promise.all([one, ...many].map((s) => s.close()));
    }, 120_000);

    it('leaves the buckets of a writer stopped after its document transaction marked, and reconcileKnowledge makes them what one writer gives', async () => {
      const refSchema = freshSchema();
      const ref = await openPostgresStore(url, { schema: refSchema });
      for (const d of docs.slice(0, 4)) await ref.putDocument(d);
      const expected = await knowledgeRows(c, refSchema);

      const schema = freshSchema();
      const store = await openPostgresStore(url, { schema });
      for (const d of docs.slice(0, 3)) await store.putDocument(d);
      // The writer stops after its document transaction commits: every later connection fails.
      const pool = (store as unknown as { pool: pg.Pool }).pool;
      const connect = pool.connect.bind(pool);
      let used = 0;
      (pool as unknown as { connect: () => Promise<pg.PoolClient> }).connect = async () => {
        if (used++ > 0) throw new Error('stopped');
        return connect();
      };
      await expect(store.putDocument(docs[3]!)).rejects.toThrow('stopped');
      (pool as unknown as { connect: typeof connect }).connect = connect;
      const left = await knowledgeRows(c, schema);
      // Stored whole, its buckets marked: the knowledge is not yet what one writer gives.
      expect((await store.listDocuments()).map((d) => d.name)).toEqual(['report-0.txt', 'report-1.txt', 'report-2.txt', 'report-3.txt']);
      expect(left.dirty.length).toBeGreaterThan(0);
      expect(left.dirty.every((r) => (r as { doc_id: string }).doc_id === docs[3]!.id)).toBe(true);
      expect(left.knowledge).not.toEqual(expected.knowledge);
      // Another process (a worker starting) reconciles what was left.
      const next = await openPostgresStore(url, { schema });
      const version = await next.dataVersion();
      expect(await next.reconcileKnowledge()).toBe(new Set(left.dirty.map((r) => (r as { bucket: string }).bucket)).size);
      expect(await next.dataVersion()).not.toBe(version);
      expect(await knowledgeRows(c, schema)).toEqual(expected);
      // Must not: with nothing marked, it reconciles nothing and counts no write, also read-only.
      const after = await next.dataVersion();
      expect(await next.reconcileKnowledge()).toBe(0);
      expect(await next.dataVersion()).toBe(after);
      const reader = await openPostgresStore(url, { schema, readonly: true });
      expect(await reader.reconcileKnowledge()).toBe(0);
      await Promise.all([ref, store, next, reader].map((s) => s.close()));
    }, 120_000);

    it('keeps a later document merged when an earlier one is replaced before its buckets are reconciled', async () => {
      // The writer of report-1.txt stops after storing it; another replaces it, then the old buckets are drained:
      // the entities must hold the new text's mentions only, as one writer of the new text gives.
      const replacement = annotatedDocument('report-1.txt', 'Chile and Norway held political consultations in Oslo in June 2019.', '2019');
      const refSchema = freshSchema();
      const ref = await openPostgresStore(url, { schema: refSchema });
      for (const d of [docs[0]!, replacement, docs[2]!]) await ref.putDocument(d);
      const expected = await knowledgeRows(c, refSchema);

      const schema = freshSchema();
      const store = await openPostgresStore(url, { schema });
      await store.putDocument(docs[0]!);
      const pool = (store as unknown as { pool: pg.Pool }).pool;
      const connect = pool.connect.bind(pool);
      let used = 0;
      (pool as unknown as { connect: () => Promise<pg.PoolClient> }).connect = async () => {
        if (used++ > 0) throw new Error('stopped');
        return connect();
      };
      await expect(store.putDocument(docs[1]!)).rejects.toThrow('stopped');
      (pool as unknown as { connect: typeof connect }).connect = connect;
      const other = await openPostgresStore(url, { schema });
      await other.putDocument(replacement);
      await other.putDocument(docs[2]!);
      await other.reconcileKnowledge();
      expect(await knowledgeRows(c, schema)).toEqual(expected);
      await Promise.all([ref, store, other].map((s) => s.close()));
    }, 120_000);

    it('reads in full, not merged, the entities of a document deleted while its buckets waited to be reconciled', async () => {
      const refSchema = freshSchema();
      const ref = await openPostgresStore(url, { schema: refSchema });
      for (const d of [docs[0]!, docs[2]!]) await ref.putDocument(d);
      const expected = await knowledgeRows(c, refSchema);

      const schema = freshSchema();
      const store = await openPostgresStore(url, { schema });
      await store.putDocument(docs[0]!);
      await store.putDocument(docs[2]!);
      // The writer of report-1.txt is held after its document transaction, before it reconciles.
      const pool = (store as unknown as { pool: pg.Pool }).pool;
      const connect = pool.connect.bind(pool);
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let reached!: () => void;
      const held = new Promise<void>((r) => (reached = r));
      let used = 0;
      (pool as unknown as { connect: () => Promise<pg.PoolClient> }).connect = async () => {
        if (used++ === 1) {
          reached();
          await gate;
        }
        return connect();
      };
      const writing = store.putDocument(docs[1]!);
      await held;
      // Meanwhile another process deletes it (its entities then hold none of its mentions).
      const other = await openPostgresStore(url, { schema });
      expect(await other.deleteDocument('report-1.txt')).toBe(true);
      release();
      await writing;
      (pool as unknown as { connect: typeof connect }).connect = connect;
      expect(await knowledgeRows(c, schema)).toEqual(expected);
      await Promise.all([ref, store, other].map((s) => s.close()));
    }, 120_000);
  });
}
