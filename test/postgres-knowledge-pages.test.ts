import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import { refresh } from '../src/store/postgres/knowledge.js';
import { annotatedDocument, PAGED_DOCUMENTS } from './helpers/store-documents.js';

/**
 * The PostgreSQL refresh of more buckets than a page, a batch and a batch's rows gives the same
 * knowledge as one page (DYAD_TEST_PG: see postgres-store.test.ts).
 */
const url = process.env.DYAD_TEST_PG;
const schema = `t_pages_${process.pid}_${Date.now().toString(36)}`;

/** Every row of the knowledge tables, in a fixed order. */
async function rows(c: pg.ClientBase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  out.knowledge = (await c.query('SELECT * FROM knowledge ORDER BY id COLLATE "C"')).rows;
  out.mentions = (await c.query('SELECT * FROM knowledge_mentions ORDER BY item_id COLLATE "C", doc COLLATE "C", start, "end"')).rows;
  out.actors = (await c.query('SELECT * FROM knowledge_actors ORDER BY item_id COLLATE "C", entity COLLATE "C", words COLLATE "C"')).rows;
  return out;
}

/** Drops the knowledge and reconciles every contribution bucket again in one transaction, with these sizes. */
async function rebuild(c: pg.ClientBase, size?: Parameters<typeof refresh>[3]): Promise<number> {
  await c.query('BEGIN');
  await c.query('DELETE FROM knowledge');
  const buckets = (await c.query<{ bucket: string }>('SELECT DISTINCT bucket FROM contributions')).rows.map((r) => r.bucket);
  await refresh(c as pg.PoolClient, schema, buckets, size);
  await c.query('COMMIT');
  return buckets.length;
}

if (!url) {
  describe.skip('PostgreSQL refresh in pages: skipped because DYAD_TEST_PG is not set', () => {
    it('gives the same knowledge with small pages', () => {});
  });
} else {
  afterAll(async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  });

  /** Advisory locks this connection holds, exclusive and shared. */
  const locks = async (c: pg.ClientBase) =>
    (await c.query<{ mode: string; n: number }>(`SELECT mode, count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() GROUP BY mode ORDER BY mode`)).rows;

  describe('PostgreSQL refresh of more buckets than a page', () => {
    it('locks each bucket under the shared knowledge lock, or the knowledge alone past maxLocks; 20,000 buckets fit in the lock table', async () => {
      await (await openPostgresStore(url, { schema })).close();
      const c = new pg.Client({ connectionString: url, options: `-c search_path=${schema},public` });
      await c.connect();
      const buckets = (n: number) => Array.from({ length: n }, (_, i) => `fa|0|trade_volume|USD|${String(1000 + i).padStart(5, '0')}`);
      const size = { lockPage: 2, maxLocks: 3, maxBuckets: 2, maxRows: 2 };
      try {
        for (const [n, held] of [
          [
            3,
            [
              { mode: 'ExclusiveLock', n: 3 },
              { mode: 'ShareLock', n: 1 },
            ],
          ],
          [4, [{ mode: 'ExclusiveLock', n: 1 }]],
        ] as const) {
          await c.query('BEGIN');
          await refresh(c as pg.PoolClient, schema, buckets(n), size);
          expect(await locks(c)).toEqual(held);
          await c.query('ROLLBACK');
        }
        // Locked one by one, 20,000 buckets overflowed the server's lock table ("out of shared memory").
        await c.query('BEGIN');
        await refresh(c as pg.PoolClient, schema, buckets(20_000));
        expect(await locks(c)).toEqual([{ mode: 'ExclusiveLock', n: 1 }]);
        expect((await c.query('SELECT count(*)::int AS n FROM knowledge')).rows[0].n).toBe(0);
        await c.query('ROLLBACK');
      } finally {
        await c.end();
      }
    });

    it('gives the same rows (data, sort keys, actors) as a full rebuild when entities are updated from their stored items, documents added out of name order', async () => {
      const own = `${schema}_merge`;
      const store = await openPostgresStore(url, { schema: own });
      for (const [name, text] of [...PAGED_DOCUMENTS].reverse()) await store.putDocument(annotatedDocument(name, text));
      await store.putDocument(annotatedDocument('bb.txt', 'Việt Nam and Japan upgraded their ties in November 2023; the Japanese premier met Vo Van Kiet.'));
      await store.close();
      const c = new pg.Client({ connectionString: url, options: `-c search_path=${own},public` });
      await c.connect();
      try {
        const stored = await rows(c);
        expect(stored.actors!.length).toBeGreaterThan(stored.knowledge!.filter((k) => (k as { layer: string }).layer === 'entities').length);
        await c.query('BEGIN');
        await c.query('DELETE FROM knowledge');
        await refresh(
          c as pg.PoolClient,
          own,
          (await c.query<{ bucket: string }>('SELECT DISTINCT bucket FROM contributions')).rows.map((r) => r.bucket),
        );
        await c.query('COMMIT');
        expect(await rows(c)).toEqual(stored);
        await c.query(`DROP SCHEMA ${own} CASCADE`);
      } finally {
        await c.end();
      }
    });

    it('gives the same knowledge, mentions and actors with pages, batches and rows of 1, 2 and 3 as stored', async () => {
      const store = await openPostgresStore(url, { schema });
      for (const [name, text] of PAGED_DOCUMENTS) await store.putDocument(annotatedDocument(name, text));
      expect((await store.listConflicts()).total).toBeGreaterThan(0);
      await store.close();
      const c = new pg.Client({ connectionString: url, options: `-c search_path=${schema},public` });
      await c.connect();
      try {
        const stored = await rows(c);
        expect(stored.knowledge!.length).toBeGreaterThan(10);
        for (const n of [1, 2, 3]) {
          expect(await rebuild(c, { lockPage: n, maxLocks: 10 * n, maxBuckets: n, maxRows: n })).toBeGreaterThan(3 * n);
          expect(await rows(c)).toEqual(stored);
          // More buckets than may be locked one by one: the whole knowledge is locked instead.
          await rebuild(c, { lockPage: n, maxLocks: n, maxBuckets: n, maxRows: n });
          expect(await rows(c)).toEqual(stored);
        }
        await rebuild(c);
        expect(await rows(c)).toEqual(stored);
        // No bucket changed: nothing reconciled, nothing written.
        await c.query('BEGIN');
        await refresh(c as unknown as pg.PoolClient, schema, []);
        await c.query('COMMIT');
        expect(await rows(c)).toEqual(stored);
      } finally {
        await c.end();
      }
    });
  });
}
