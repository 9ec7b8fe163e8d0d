import { describe, expect, it, afterAll } from 'vitest';
import pg from 'pg';
import { openPostgresStore, redactUrl, type PostgresStore } from '../src/store/postgres/postgres-store.js';
import type { DocumentRecord } from '../src/model/document.js';
import { SCHEMA_VERSION } from '../src/store/postgres/schema.js';
import { PgSearch } from '../src/store/postgres/search.js';
import { openStore } from '../src/store/open.js';
import { parseQuery } from '../src/query/search-query.js';
import { storeConformance, sampleDocument, annotatedDocument } from './store-conformance.js';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, dyad } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

/**
 * The PostgreSQL store runs the same conformance suite as SQLite against the server named by
 * DYAD_TEST_PG (a postgres:// URL; `scripts/pg-test-server.sh start` prints one, and .ci/run
 * sets it). Each test gets a schema of its own, dropped at the end.
 */
const url = process.env.DYAD_TEST_PG;
const schemas: string[] = [];
let n = 0;
function freshSchema(): string {
  const s = `t_${process.pid}_${Date.now().toString(36)}_${n++}`;
  schemas.push(s);
  return s;
}

/**
 * A new store holding `doc`, put back by `sql` as an older version of the schema left it, then
 * opened again (so migrated), with the indexes of `table` after the migration.
 */
async function reopened(doc: DocumentRecord, sql: (schema: string) => string, table: string): Promise<{ upgraded: PostgresStore; indexes: string[] }> {
  const schema = freshSchema();
  const old = await openPostgresStore(url!, { schema });
  await old.putDocument(doc);
  await old.close();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(sql(schema));
  const upgraded = await openPostgresStore(url!, { schema });
  const indexes = await c.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = $2 ORDER BY indexname`, [schema, table]);
  await c.end();
  return { upgraded, indexes: indexes.rows.map((r) => r.indexname) };
}

/**
 * The rows of `contributions` the reading statements of `run` read (SELECTs, with the indexes, as
 * `EXPLAIN ANALYZE` counts them: rows returned by each scan of the table and those its filters
 * removed), each statement run again once `run` is done, on the client `c` (its search path set to
 * the store's schema). The statements are those every pooled client sent meanwhile.
 */
async function contributionRowsRead(c: pg.Client, run: () => Promise<boolean>): Promise<{ deleted: boolean; rows: number }> {
  const sent: [string, unknown[] | undefined][] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (typeof args[0] === 'string') sent.push([args[0], Array.isArray(args[1]) ? args[1] : undefined]);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  let deleted: boolean;
  try {
    deleted = await run();
  } finally {
    pg.Client.prototype.query = original;
  }
  type Plan = { 'Relation Name'?: string; 'Actual Rows'?: number; 'Actual Loops'?: number; 'Rows Removed by Filter'?: number; 'Rows Removed by Index Recheck'?: number; Plans?: Plan[] };
  const read = (p: Plan): number =>
    (p['Relation Name'] === 'contributions' ? ((p['Actual Rows'] ?? 0) + (p['Rows Removed by Filter'] ?? 0) + (p['Rows Removed by Index Recheck'] ?? 0)) * (p['Actual Loops'] ?? 1) : 0) +
    (p.Plans ?? []).reduce((s, x) => s + read(x), 0);
  let rows = 0;
  await c.query('BEGIN; SET LOCAL enable_seqscan = off');
  try {
    for (const [sql, params] of sent) {
      if (!/^\s*SELECT\b/i.test(sql) || !/\bcontributions\b/.test(sql)) continue;
      const plan = await c.query<{ 'QUERY PLAN': { Plan: Plan }[] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
      rows += read(plan.rows[0]!['QUERY PLAN'][0]!.Plan);
    }
  } finally {
    await c.query('ROLLBACK');
  }
  return { deleted, rows };
}

async function dropSchemas(): Promise<void> {
  if (!url || !schemas.length) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await client.end();
}

if (!url) {
  describe.skip('PostgreSQL store: skipped because DYAD_TEST_PG (a postgres:// URL) is not set; run scripts/pg-test-server.sh start', () => {
    it('runs the Store conformance suite', () => {});
  });
} else {
  afterAll(dropSchemas);

  storeConformance('postgres', () => openPostgresStore(url, { schema: freshSchema() }), 'inline');

  describe('postgres store', () => {
    it('is selected by a postgres:// location, shown without its password', async () => {
      const store = await openStore(`${url}${url.includes('?') ? '&' : '?'}schema=${freshSchema()}`);
      expect(store.backend).toBe('postgres');
      expect(store.location).not.toContain('secret');
      expect(redactUrl('postgres://u:pw@h:5/db')).toBe('postgres://u@h:5/db');
      await store.close();
    });

    it('refuses a schema written by a newer Dyad, naming both versions', async () => {
      const schema = freshSchema();
      await (await openPostgresStore(url, { schema })).close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`INSERT INTO ${schema}.dyad_schema (version, by_version) VALUES ($1, 'future')`, [SCHEMA_VERSION + 1]);
      await c.end();
      await expect(openPostgresStore(url, { schema })).rejects.toMatchObject({ code: 'SCHEMA_VERSION_UNKNOWN', message: expect.stringContaining(`version ${SCHEMA_VERSION + 1}`) });
    });

    it('indexes the contributions of a version-3 schema by document and place when it opens, keeping its documents', async () => {
      const doc = annotatedDocument('old.txt', 'In May 2011, Norway and Chile signed an agreement on fisheries research in Santiago.');
      // The schema as version 3 left it: contributions indexed by document alone (and passages of both units in one index).
      const { upgraded, indexes } = await reopened(
        doc,
        (s) =>
          `DROP INDEX ${s}.contributions_place; CREATE INDEX contributions_doc ON ${s}.contributions (doc_id); DROP INDEX ${s}.units_tsv_paragraph, ${s}.units_tsv_sentence; CREATE INDEX units_tsv ON ${s}.units USING GIN (tsv); DROP TABLE ${s}.unit_repeats, ${s}.knowledge_dirty; DELETE FROM ${s}.dyad_schema WHERE version >= 4`,
        'contributions',
      );
      expect(await upgraded.schemaVersion()).toBe(SCHEMA_VERSION);
      expect(indexes).toEqual(['contributions_pkey', 'contributions_place']);
      const norway = doc.annotations!.entities.find((e) => e.entity === 'country:NOR')!;
      expect(await upgraded.mentionsWithin(doc.id, 0, doc.text.length, 'country:NOR')).toEqual([norway]);
      expect(await upgraded.namesEntity(doc.id, 'country:CHL')).toBe(true);
      await upgraded.close();
    });

    it('indexes the passages of a version-4 schema by unit when it opens, finding and counting the same ones', async () => {
      const doc = annotatedDocument('quota.txt', 'Iceland and Portugal met in Lisbon in March 2012.\n\nThe two ministers discussed cod quotas near the Azores.');
      // The schema as version 4 left it: one index over both units' passages.
      const { upgraded, indexes } = await reopened(
        doc,
        (s) =>
          `DROP INDEX ${s}.units_tsv_paragraph, ${s}.units_tsv_sentence; CREATE INDEX units_tsv ON ${s}.units USING GIN (tsv); DROP TABLE ${s}.unit_repeats, ${s}.knowledge_dirty; DELETE FROM ${s}.dyad_schema WHERE version >= 5`,
        'units',
      );
      expect(await upgraded.schemaVersion()).toBe(SCHEMA_VERSION);
      expect(indexes).toEqual(['units_doc', 'units_pkey', 'units_tsv_paragraph', 'units_tsv_sentence']);
      const found = async (unit: 'paragraph' | 'sentence', query: string) => {
        const r = await upgraded.search(parseQuery(query), { query, unit, limit: 10, offset: 0 });
        return [r.total, r.hits.map((h) => [h.start, h.end])];
      };
      expect(await found('paragraph', 'quotas')).toEqual([1, [[51, 106]]]);
      expect(await found('sentence', 'Lisbon OR Azores')).toEqual([
        2,
        [
          [0, 49],
          [51, 106],
        ],
      ]);
      expect(await found('sentence', 'Madeira')).toEqual([0, []]);
      await upgraded.close();
    });

    it("fills a version-5 schema's words told more than once when it opens, and ranks a one-word search by them", async () => {
      const text =
        'Zambia and Malawi reopened the Mchinji border post in May 2021.\n\nCopper trucks queued at the post, and the post stayed open.\n\nMaize crossed the post in June, carried on lorries from the northern farms of Zambia.';
      const doc = annotatedDocument('post.txt', text);
      const { upgraded, indexes } = await reopened(doc, (s) => `DROP TABLE ${s}.unit_repeats, ${s}.knowledge_dirty; DELETE FROM ${s}.dyad_schema WHERE version >= 6`, 'unit_repeats');
      expect(await upgraded.schemaVersion()).toBe(SCHEMA_VERSION);
      expect(indexes).toEqual(['unit_repeats_pkey', 'unit_repeats_unit']);
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const rows = await c.query<{ unit: string; start: number; lexeme: string; tf: number }>(
        `SELECT u.unit, u.start, r.lexeme, r.tf FROM ${schemas.at(-1)}.unit_repeats r JOIN ${schemas.at(-1)}.units u ON u.id = r.unit_id ORDER BY u.unit, u.start, r.lexeme`,
      );
      await c.end();
      // "post" and "the" twice in the second paragraph (no stop words), "the" twice in the third; each paragraph is one sentence.
      expect(rows.rows).toEqual([
        { unit: 'paragraph', start: 65, lexeme: 'post', tf: 2 },
        { unit: 'paragraph', start: 65, lexeme: 'the', tf: 2 },
        { unit: 'paragraph', start: 126, lexeme: 'the', tf: 2 },
        { unit: 'sentence', start: 65, lexeme: 'post', tf: 2 },
        { unit: 'sentence', start: 65, lexeme: 'the', tf: 2 },
        { unit: 'sentence', start: 126, lexeme: 'the', tf: 2 },
      ]);
      // Twice in an average paragraph, then once in the shorter, then in the longer.
      const hits = await upgraded.search(parseQuery('post'), { query: 'post', unit: 'paragraph', limit: 10, offset: 0 });
      expect(hits.hits.map((h) => h.start)).toEqual([65, 0, 126]);
      expect(await upgraded.check()).toEqual([]);
      const d = new pg.Client({ connectionString: url });
      await d.connect();
      await d.query(`DELETE FROM ${schemas.at(-1)}.unit_repeats WHERE lexeme = 'post'`);
      await d.end();
      expect(await upgraded.check()).toEqual(['2 words told more than once in a unit (unit_repeats) that differ from its search index']);
      await upgraded.close();
    });

    it("refuses a schema holding tables that are not Dyad's, and a missing store read-only", async () => {
      const schema = freshSchema();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.t (x int)`);
      await c.end();
      await expect(openPostgresStore(url, { schema })).rejects.toMatchObject({ code: 'DB_OPEN_FAILED', message: expect.stringContaining('not Dyad') });
      await expect(openPostgresStore(url, { schema: freshSchema(), readonly: true })).rejects.toMatchObject({ code: 'DB_OPEN_FAILED', message: expect.stringContaining('no Dyad store') });
    });

    it('creates a store in a new schema of a database whose public schema has tables of its own', async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const table = `public.someone_elses_${process.pid}`;
      await c.query(`CREATE TABLE ${table} (x int)`);
      try {
        const store = await openPostgresStore(url, { schema: freshSchema() });
        expect(await store.listDocuments()).toEqual([]);
        await store.close();
      } finally {
        await c.query(`DROP TABLE ${table}`);
        await c.end();
      }
    });

    it('answers DB_OPEN_FAILED, naming the location, when the server cannot be reached', async () => {
      await expect(openPostgresStore('postgres://dyad@127.0.0.1:1/dyad')).rejects.toMatchObject({ code: 'DB_OPEN_FAILED', message: expect.stringContaining('127.0.0.1:1') });
    });

    it('keeps data across reopening, and a read-only store cannot write', async () => {
      const schema = freshSchema();
      const s1 = await openPostgresStore(url, { schema });
      await s1.putDocument(sampleDocument('a.txt', 'Japan resumed ODA to Viet Nam in November 1992.'));
      await s1.close();
      const s2 = await openPostgresStore(url, { schema, readonly: true });
      expect((await s2.listDocuments()).map((d) => d.name)).toEqual(['a.txt']);
      await expect(s2.putDocument(sampleDocument('b.txt', 'Viet Nam joined ASEAN in 1995.'))).rejects.toMatchObject({ code: 'DB_READ_ONLY' });
      await s2.close();
    });

    it('serialises concurrent writers of one name across stores: one document, stored whole', async () => {
      const schema = freshSchema();
      const stores: PostgresStore[] = await Promise.all([0, 1, 2].map(() => openPostgresStore(url, { schema })));
      const texts = ['Japan resumed ODA to Viet Nam in November 1992.', 'Viet Nam joined ASEAN in July 1995.', 'The two countries signed an economic partnership agreement in 2008.'];
      const results = await Promise.all(stores.flatMap((s, i) => [s.putDocument(sampleDocument('same.txt', texts[i]!)), s.putDocument(sampleDocument(`own-${i}.txt`, texts[i]!))]));
      // Exactly the writers of same.txt after the first one found a document to replace.
      expect(results.filter((r, i) => i % 2 === 0 && r.replaced).length).toBe(2);
      const docs = await stores[0]!.listDocuments();
      expect(docs.map((d) => d.name)).toEqual(['own-0.txt', 'own-1.txt', 'own-2.txt', 'same.txt']);
      const same = (await stores[0]!.getDocument('same.txt'))!;
      expect(texts).toContain(same.text);
      expect((await stores[0]!.search(parseQuery('Viet*'), { query: '', unit: 'sentence' })).total).toBe(2 + Number(same.text.includes('Viet')));
      expect(await stores[0]!.check()).toEqual([]);
      await Promise.all(stores.map((s) => s.close()));
    });

    it('keeps every document whole when `dyad ingest` is killed mid-run, and takes the same ingest again', async () => {
      const dir = join(tempDir(), 'in');
      mkdirSync(dir);
      const sentence = 'Peru and Chile signed a fisheries agreement in Lima in May 2015, and the Chilean president visited Lima in June 2016. ';
      for (let i = 0; i < 12; i++) writeFileSync(join(dir, `doc-${String(i).padStart(2, '0')}.txt`), `# Document ${i}\n\n` + (sentence.repeat(10) + '\n\n').repeat(10));
      const schema = freshSchema();
      const db = `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
      const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
      await new Promise<void>((resolve) => {
        let seen = 0;
        child.stderr!.on('data', (chunk: Buffer) => {
          seen += (chunk.toString().match(/\] added /g) ?? []).length;
          if (seen >= 3 && !child.killed) {
            child.kill('SIGKILL');
            resolve();
          }
        });
        child.on('exit', () => resolve());
      });
      await new Promise((r) => child.on('exit', r));
      const store = await openPostgresStore(url, { schema });
      expect(await store.check()).toEqual([]);
      const partial = (await store.listDocuments()).length;
      expect(partial).toBeGreaterThanOrEqual(3);
      expect(partial).toBeLessThan(12);
      for (const d of await store.listDocuments()) expect(d.counts.sentences).toBe(1 + 10 * 10);
      await store.close();
      const again = dyad(['ingest', dir, '--db', db, '--json']);
      expect(again.code, again.stderr).toBe(0);
      expect(again.json.data.totals).toMatchObject({ added: 12 - partial, unchanged: partial, failed: 0 });
    }, 300_000);

    it('reconciles knowledge written by concurrent writers as one writer would', async () => {
      const texts = [
        'In March 1993, Vo Van Kiet became the first Vietnamese prime minister to make an official visit to Japan. Japan resumed ODA to Viet Nam in November 1992.',
        'Prime Minister Vo Van Kiet made an official visit to Japan in April 1993. Japanese ODA to Viet Nam reached US$2.1 billion in 2010.',
        'Japanese ODA to Viet Nam reached US$1.5 billion in 2010. Viet Nam and Japan established a strategic partnership in 2009.',
        'In November 2023, Viet Nam and Japan upgraded their ties to a Comprehensive Strategic Partnership. Japan and Viet Nam held talks in Hanoi in 2023.',
      ];
      const docs = texts.map((t, i) => annotatedDocument(`k-${i}.txt`, t, '2024'));
      const one = await openPostgresStore(url, { schema: freshSchema() });
      for (const d of docs) await one.putDocument(d);
      const schema = freshSchema();
      const many = await Promise.all(docs.map(() => openPostgresStore(url, { schema })));
      await Promise.all(docs.map((d, i) => many[i]!.putDocument(d)));
      const view = async (s: PostgresStore) => ({ events: await s.listEvents(), facts: await s.listFacts(), entities: await s.listEntities(), conflicts: await s.listConflicts() });
      const expected = await view(one);
      expect(expected.events.total).toBeGreaterThan(2);
      expect(expected.conflicts.total).toBeGreaterThan(0);
      expect(await view(many[0]!)).toEqual(expected);
      expect(await many[0]!.check()).toEqual([]);
      await Promise.all([one, ...many].map((s) => s.close()));
    });

    it('ranks a quoted phrase as the words it holds (from unit_repeats, as a search of those words), matching only where they are adjacent', async () => {
      const store = await openPostgresStore(url, { schema: freshSchema() });
      const text =
        'Chile and New Zealand signed a dairy trade accord in Wellington in March 2018. The dairy trade accord cut tariffs on milk powder.\n\nTrade in dairy grew, and the accord on trade was praised by exporters.\n\nWine exports rose by 8 percent.\n\nSalmon farms opened near Puerto Montt.\n';
      await store.putDocument(sampleDocument('dairy.txt', text, '2018'));
      for (const unit of ['paragraph', 'sentence'] as const) {
        const phrase = await store.search(parseQuery('"dairy trade"'), { query: '', unit, marks: false });
        const words = await store.search(parseQuery('dairy trade'), { query: '', unit, marks: false });
        // The second paragraph holds both words apart: the words match it, the phrase does not.
        expect(phrase.hits.map((h) => [h.start, h.end])).toEqual(
          unit === 'paragraph'
            ? [[0, 129]]
            : [
                [79, 129],
                [0, 78],
              ],
        );
        expect(words.total).toBe(phrase.total + 1);
        for (const h of phrase.hits) expect(words.hits.find((w) => w.start === h.start)!.score).toBe(h.score);
      }
      await store.close();
    });

    it('ranks the passages of the rarest OR groups, and of more groups while the page is not full', async () => {
      const schema = freshSchema();
      const store = await openPostgresStore(url, { schema });
      const long = 'An accord on fisheries was signed in Lima after long and difficult talks between the two delegations over many months.';
      await store.putDocument(sampleDocument('a.txt', 'Tariff, quota and levy rules changed. Tariff and quota talks went on.'));
      await store.putDocument(sampleDocument('b.txt', 'The levy on rice rose.'));
      await store.putDocument(sampleDocument('d.txt', long));
      const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema},public` });
      const query = 'fisheries OR tariff OR quota OR levy';
      const page = async (ranked: number, limit: number) => (await new PgSearch(pool, ranked).search(parseQuery(query), { query, unit: 'sentence', limit, marks: false })).hits;
      // Every match ranked: the sentence holding three of the words (idf ln 2 each) outranks the one with the rarest word (idf ln 10/3, in a long sentence).
      expect((await page(Infinity, 1)).map((h) => [h.doc, h.start, h.end])).toEqual([['a.txt', 0, 37]]);
      // One passage ranked: the rarest group's (fisheries, one sentence) fills the page of one.
      const approx = await new PgSearch(pool, 1).search(parseQuery(query), { query, unit: 'sentence', limit: 1, marks: false });
      expect(approx.hits.map((h) => [h.doc, h.start, h.end])).toEqual([['d.txt', 0, long.length]]);
      expect(approx.total).toBe(4);
      // A page of four is not full from it: the other groups are ranked too, and the page is the exact one.
      expect(await page(1, 4)).toEqual(await page(Infinity, 4));
      expect((await store.search(parseQuery(query), { query, unit: 'sentence', limit: 4 })).hits.map((h) => h.start)).toEqual((await page(Infinity, 4)).map((h) => h.start));
      await pool.end();
      await store.close();
    });

    it("scores an OR query's matches as BM25 over each passage's tsvector gives them, and leaves out passages with none of its words", async () => {
      const schema = freshSchema();
      const store = await openPostgresStore(url, { schema });
      const text =
        'Kenya and Uganda agreed a railway levy in Kampala. The railway levy and the fuel levy were raised again in 2016. Talks on fishing rights in Lake Victoria went on.\n\nNairobi said the railway would carry tea, and tea, and more tea.\n';
      await store.putDocument(sampleDocument('rail.txt', text, '2016'));
      const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema},public` });
      const query = 'levy OR tea OR railway -fishing';
      const { hits } = await new PgSearch(pool, Infinity).search(parseQuery(query), { query, unit: 'sentence', limit: 10, marks: false });
      // Tea, in one sentence (the rarest word), three times there: that sentence first; then levy twice, then levy once.
      expect(hits.map((h) => [h.start, h.end, text.slice(h.start, h.start + 12)])).toEqual([
        [164, 228, 'Nairobi said'],
        [51, 112, 'The railway '],
        [0, 50, 'Kenya and Ug'],
      ]);
      // The same sum computed from the tsvector's own lexemes and positions (the rank before Session 45), and rounded as hits are.
      const byTsvector = await pool.query<{ start: number; rank: number }>(
        `SELECT u.start, (SELECT sum(w.idf * (array_length(x.positions, 1) * 2.2) / (array_length(x.positions, 1) + 1.2 * (0.25 + 0.75 * (u."end" - u.start) / s.avglen)))
           FROM unnest(u.tsv) x JOIN (SELECT l, ln(1 + (s.n - c.df + 0.5) / (c.df + 0.5)) AS idf FROM unnest($1::text[]) l,
             LATERAL (SELECT count(*)::float8 AS df FROM units v WHERE v.unit = 'sentence' AND v.tsv @@ l::tsquery) c) w ON w.l = x.lexeme)::float8 AS rank
         FROM units u, (SELECT count(*)::float8 AS n, avg("end" - start)::float8 AS avglen FROM sentences) s
         WHERE u.unit = 'sentence' AND u.start = ANY($2::int[])`,
        [['levi', 'tea', 'railway'], hits.map((h) => h.start)],
      );
      for (const r of byTsvector.rows) expect(hits.find((h) => h.start === r.start)!.score).toBe(Math.round(r.rank * 1e4) / 1e4);
      expect(byTsvector.rows.length).toBe(3);
      // Must not: the sentence with the excluded word, or with none of the words, is no hit.
      for (const must of ['Talks on fishing', 'Lake']) expect(hits.some((h) => text.slice(h.start, h.end).includes(must))).toBe(false);
      await pool.end();
      await store.close();
    });

    it('filters a page by names with quotes and backslashes, and its setting ends with its transaction', async () => {
      const schema = freshSchema();
      const store = await openPostgresStore(url, { schema });
      const names = ["O'Connor's cable.txt", 'annex\\2 "draft".txt', 'plain.txt'];
      for (const name of names) await store.putDocument(sampleDocument(name, `The cable from Dublin on the ${name.length} barrels was read in Ottawa.`));
      const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema},public`, max: 1 });
      const search = new PgSearch(pool);
      for (const name of names) {
        const r = await search.search(parseQuery('cable'), { query: 'cable', unit: 'sentence', docs: [name], limit: 5 });
        expect(r.hits.map((h) => [h.doc, h.start, h.end])).toEqual([[name, 0, 57 + String(name.length).length]]);
        expect(r.hits[0]!.highlights).toEqual([{ start: 4, end: 9 }]);
      }
      // Must not: a name that is none of them (a prefix, the quote undone) finds nothing.
      for (const name of ["O'Connor", "O''Connor's cable.txt", 'annex\\\\2 "draft".txt']) {
        expect((await search.search(parseQuery('cable'), { query: 'cable', unit: 'sentence', docs: [name], limit: 5 })).hits).toEqual([]);
      }
      // The one connection is out of the page's transaction, with the planner's setting back.
      const after = await pool.query<{ seq: string; tx: string }>(`SELECT current_setting('enable_seqscan') AS seq, (SELECT state FROM pg_stat_activity WHERE pid = pg_backend_pid()) AS tx`);
      expect(after.rows[0]).toEqual({ seq: 'on', tx: 'active' });
      expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await pool.end();
      await store.close();
    });

    it('counts more words at once than it keeps: each count is read from what was counted, not from the kept ones', async () => {
      const schema = freshSchema();
      const store = await openPostgresStore(url, { schema });
      await store.putDocument(sampleDocument('a.txt', 'Malawi and Zambia signed a tobacco accord.'));
      const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema},public` });
      // More distinct words than the 2,000 counts kept: the first are evicted before they are read.
      const words = ['tobacco', ...Array.from({ length: 2_100 }, (_, i) => `zq${i.toString(36)}x`)];
      const counts = await new PgSearch(pool).wordFrequencies(words, 'sentence');
      expect(counts[0]).toBe(1);
      expect(counts.slice(1).every((n) => n === 0)).toBe(true);
      await pool.end();
      await store.close();
    });

    it("counts a one-word query's passages once for its total and its rarity, as the full count gives them", async () => {
      const schema = freshSchema();
      const store = await openPostgresStore(url, { schema });
      await store.putDocument(sampleDocument('a.txt', 'Ghana and Togo set a levy on cocoa. The levy doubled. Cross-border cocoa trade fell.'));
      await store.putDocument(sampleDocument('b.txt', 'Togo kept its cocoa levy. Levy levy was the chant in Lome.'));
      const total = async (query: string, unit: 'sentence' | 'paragraph' = 'sentence') => (await store.search(parseQuery(query), { query, unit, limit: 0, offset: 0 })).total;
      const hits = async (query: string) => (await store.search(parseQuery(query), { query, unit: 'sentence', limit: 10, offset: 0 })).total;
      // Counted by the rarity's query first, then by the total's: the same number either way.
      expect(await hits('levy')).toBe(4);
      expect(await total('levy')).toBe(4);
      expect(await total('cocoa', 'paragraph')).toBe(2);
      expect(await total('"cocoa"')).toBe(3);
      // A phrase of a repeated word, and a hyphened word the parser splits, are counted as phrases.
      expect(await total('"levy levy"')).toBe(1);
      expect(await total('cross-border')).toBe(1);
      expect(await total('cocoa -Lome')).toBe(3);
      expect((await store.search(parseQuery('levy'), { query: 'levy', unit: 'sentence', docs: ['b.txt'], limit: 0, offset: 0 })).total).toBe(2);
      await store.close();
    });

    it("reads only a deleted document's share of each entity it names, not every mention of it", async () => {
      // Five reports on Latvia and Finland, each naming both states many times (more than ENTITY_MENTIONS in all).
      const report = (year: number) =>
        Array.from(
          { length: 6 },
          (_, i) => `RIGA, ${i + 3} March ${year} (Wire) - Latvia and Finland agreed to extend their power link. Latvian and Finnish officials met in Riga, and Finland said Latvia would host talks.`,
        ).join('\n\n');
      const schema = freshSchema();
      const store = await openPostgresStore(url, { schema });
      for (const [i, name] of ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'].entries()) await store.putDocument(annotatedDocument(name, report(2001 + i)));
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`SET search_path = ${schema}, public`);
      const own = async (name: string) =>
        (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM contributions WHERE doc_id = (SELECT id FROM documents WHERE name = $1) AND bucket LIKE 'en|%'`, [name])).rows[0]!.n;
      const latvia = async () => (await store.listEntities()).items.find((e) => e.id === 'country:LVA')!;
      try {
        // A document in the middle (c.txt: none of the first mentions), then the first one (a.txt: all of them).
        for (const name of ['c.txt', 'a.txt']) {
          const share = await own(name);
          const before = (await latvia()).count;
          const read = await contributionRowsRead(c, () => store.deleteDocument(name));
          expect(read.deleted).toBe(true);
          // Each of the remaining documents holds as many entity rows as the deleted one: a full read of any entity reads them all.
          const others = (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM contributions WHERE bucket LIKE 'en|%'`)).rows[0]!.n;
          expect(others).toBeGreaterThan(2 * share);
          // A full read of the two states read every row of theirs more than twice (600 rows for c.txt before Session 25). c.txt held
          // none of their first mentions: the kept ones are read (for their countries); a.txt held them all: as many of the next ones.
          expect(read.rows).toBeLessThan(name === 'c.txt' ? others / 2 : others);
          expect((await latvia()).count).toBeLessThan(before);
        }
        expect((await latvia()).docs).toEqual(['b.txt', 'd.txt', 'e.txt']);
        // The same entities a store that ingested the remaining reports gives.
        const fresh = await openPostgresStore(url, { schema: freshSchema() });
        for (const [i, name] of ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'].entries()) if (name !== 'a.txt' && name !== 'c.txt') await fresh.putDocument(annotatedDocument(name, report(2001 + i)));
        expect((await store.listEntities()).items).toEqual((await fresh.listEntities()).items);
        await fresh.close();
      } finally {
        await c.end();
        await store.close();
      }
    });

    it("keeps an entity's actor rows when a new document names it by spellings it has, and writes them again when they differ", async () => {
      const schema = freshSchema();
      const store = await openPostgresStore(url, { schema });
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`SET search_path = ${schema}, public`);
      // The transaction that wrote each actor row of Kazakhstan, and the words it holds.
      const actors = async () =>
        (await c.query<{ xmin: string; entity: string; words: string }>(`SELECT xmin::text AS xmin, entity, words FROM knowledge_actors WHERE item_id = 'country:KAZ' ORDER BY entity, words`)).rows;
      try {
        await store.putDocument(
          annotatedDocument('astana-1.txt', 'ASTANA, 4 May 2004 (Wire) - Kazakhstan joined a regional customs pact on Tuesday. Kazakhstan and Kyrgyzstan held a joint ceremony in Astana.'),
        );
        const first = await actors();
        expect(first.map((a) => a.words)).toContain(' kazakhstan ');
        const kazakhstan = async () => (await store.listEntities()).items.find((e) => e.id === 'country:KAZ')!;
        const before = await kazakhstan();
        await store.putDocument(annotatedDocument('astana-2.txt', 'ASTANA, 9 June 2004 (Wire) - Kazakhstan signed a border treaty with Kyrgyzstan on Wednesday.'));
        // The entity's row is updated (its count and documents)…
        expect((await kazakhstan()).count).toBeGreaterThan(before.count);
        expect((await kazakhstan()).docs).toEqual(['astana-1.txt', 'astana-2.txt']);
        // The same rows, not written again.
        expect(await actors()).toEqual(first);
        // Must not keep rows that differ from the entity's: one lost (as an older Dyad may have stored them) is written again.
        await c.query(`DELETE FROM knowledge_actors WHERE item_id = 'country:KAZ' AND words <> ''`);
        await store.putDocument(annotatedDocument('astana-3.txt', 'ASTANA, 2 July 2004 (Wire) - Kazakhstan and Kyrgyzstan opened a new border crossing on Friday.'));
        const third = await actors();
        expect(third.map((a) => [a.entity, a.words])).toEqual(first.map((a) => [a.entity, a.words]));
        expect(third.every((a) => a.xmin !== first[0]!.xmin)).toBe(true);
        expect(await store.check()).toEqual([]);
      } finally {
        await c.end();
        await store.close();
      }
    });

    it('migrates a new schema once when many processes open it at the same time', async () => {
      const schema = freshSchema();
      const stores = await Promise.all([0, 1, 2, 3].map(() => openPostgresStore(url, { schema })));
      expect(await Promise.all(stores.map((s) => s.schemaVersion()))).toEqual([SCHEMA_VERSION, SCHEMA_VERSION, SCHEMA_VERSION, SCHEMA_VERSION]);
      await Promise.all(stores.map((s) => s.close()));
    });
  });
}
