import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openPostgresStore, type PostgresStore } from '../src/store/postgres/postgres-store.js';
import { LOCK_CLASS } from '../src/store/postgres/schema.js';
import { annotatedDocument } from './store-conformance.js';
import type { DocumentRecord } from '../src/model/document.js';

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

type Rows = Awaited<ReturnType<typeof knowledgeRows>>;
const references = new Map<string, Promise<{ expected: Rows; refSchema: string }>>();

/**
 * The knowledge rows one writer leaves after putting `docs` one after the other in a fresh schema (the
 * reference a test's writers must equal), built once per file for each list of documents: tests only read it.
 */
function oneWriter(c: pg.Client, docs: DocumentRecord[]): Promise<{ expected: Rows; refSchema: string }> {
  const key = JSON.stringify(docs.map((d) => [d.id, d.name, d.text]));
  let ref = references.get(key);
  if (!ref)
    references.set(
      key,
      (ref = (async () => {
        const refSchema = freshSchema();
        const store = await openPostgresStore(url!, { schema: refSchema });
        for (const d of docs) await store.putDocument(d);
        const expected = await knowledgeRows(c, refSchema);
        await store.close();
        return { expected, refSchema };
      })()),
    );
  return ref;
}

/** The stores the running test opened, closed after it whether it passed or not. */
const opened: PostgresStore[] = [];

/** A store on `schema` (its own fresh schema unless given: every test writes in schemas of its own), closed after the test. */
async function storeOn(schema = freshSchema(), options: { readonly?: boolean } = {}): Promise<PostgresStore> {
  const store = await openPostgresStore(url!, { schema, ...options });
  opened.push(store);
  return store;
}

/** What one writer leaves after `docs`, and a store on a fresh schema where the test writes them its own way. */
async function fixture(c: pg.Client, docs: DocumentRecord[]): Promise<{ expected: Rows; refSchema: string; schema: string; store: PostgresStore }> {
  const schema = freshSchema();
  return { ...(await oneWriter(c, docs)), schema, store: await storeOn(schema) };
}

/** Makes every connection of `store` after its first fail (a writer stopped after its document transaction); returns the undo. */
function stopAfterFirst(store: unknown): () => void {
  const pool = (store as { pool: pg.Pool }).pool;
  const connect = pool.connect.bind(pool);
  let used = 0;
  (pool as unknown as { connect: () => Promise<pg.PoolClient> }).connect = async () => {
    if (used++ > 0) throw new Error('stopped');
    return connect();
  };
  return () => ((pool as unknown as { connect: typeof connect }).connect = connect);
}

/** Holds the second connection of `store` (a writer between its document transaction and its first reconcile) until `release`. */
function holdSecond(store: unknown): { held: Promise<void>; release: () => void; restore: () => void } {
  const pool = (store as { pool: pg.Pool }).pool;
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
  return { held, release, restore: () => ((pool as unknown as { connect: typeof connect }).connect = connect) };
}

/** Calls `hook` with the text (and parameters) of every query a connection of `store` sends, before it is sent (a throw stands for the server's error). */
function onQuery(store: unknown, hook: (sql: string, params?: unknown[]) => void): void {
  const pool = (store as { pool: pg.Pool }).pool;
  const connect = pool.connect.bind(pool);
  const wrap = (client: pg.PoolClient) => {
    const query = client.query.bind(client) as (...a: unknown[]) => unknown;
    (client as unknown as { query: (...a: unknown[]) => unknown }).query = (...a: unknown[]) => {
      try {
        hook(typeof a[0] === 'string' ? a[0] : String((a[0] as { text?: string }).text), Array.isArray(a[1]) ? a[1] : undefined);
      } catch (err) {
        return Promise.reject(err);
      }
      return query(...a);
    };
    return client;
  };
  // `pool.query` asks for its connection with a callback.
  type Done = (err: Error | undefined, client?: pg.PoolClient, release?: () => void) => void;
  (pool as unknown as { connect: (cb?: Done) => Promise<pg.PoolClient> | undefined }).connect = (cb?: Done) => {
    if (!cb) return connect().then(wrap);
    connect().then(
      (client) => cb(undefined, wrap(client), () => client.release()),
      (err: Error) => cb(err),
    );
    return undefined;
  };
}

const CHILE_BUCKET = 'en|country:CHL';

/** The stored count of an entity's mentions (its item's data), by bucket. */
async function entityCount(c: pg.Client, schema: string, bucket: string): Promise<number | undefined> {
  const r = await c.query<{ data: string }>(`SELECT data FROM ${schema}.knowledge WHERE layer = 'entities' AND bucket = $1`, [bucket]);
  return r.rows.length ? (JSON.parse(r.rows[0]!.data) as { count: number }).count : undefined;
}

if (!url) {
  describe.skip('PostgreSQL dirty buckets: skipped because DYAD_TEST_PG is not set', () => {
    it('reconciles after the document transaction', () => {});
  });
} else {
  const c = new pg.Client({ connectionString: url });
  beforeAll(() => c.connect());
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });
  afterAll(async () => {
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await c.end();
  });

  describe('postgres knowledge reconciled after the document transaction', () => {
    const docs = TEXTS.map((t, i) => annotatedDocument(`report-${i}.txt`, t, '2019'));

    it('merges the busiest entities a changed document names in its transaction when it names more than it may lock, and reads the rest in full after', async () => {
      // Each of these two names the two states and people or an organisation (more entities than the two locks allowed below).
      const meeting = annotatedDocument('meeting.txt', 'Erna Solberg of Norway met Michelle Bachelet of Chile at the United Nations in New York in 2015.', '2019');
      const replacement = annotatedDocument('report-3.txt', 'Jonas Gahr Støre of Norway received Gabriel Boric of Chile in Oslo in November 2023, and the two signed a tax treaty.', '2019');
      const { expected } = await oneWriter(
        c,
        docs.map((d) => (d.name === 'report-3.txt' ? replacement : d)),
      );

      const schema = freshSchema();
      const store = await storeOn(schema);
      for (const d of [...docs, meeting]) await store.putDocument(d);
      store.refreshSizes = { lockPage: 2, maxLocks: 2, maxBuckets: 3, maxRows: 5_000 };
      // The entity buckets a step reads in full (a full read's batches begin with the counts of their contributions).
      const readInFull = new Set<string>();
      onQuery(store, (sql, params) => {
        if (sql.startsWith('SELECT bucket, count(*)::int AS n FROM contributions')) for (const b of params![0] as string[]) if (b.startsWith('en|')) readInFull.add(b);
      });
      const named = async (name: string) =>
        (
          await c.query<{ bucket: string }>(`SELECT DISTINCT bucket FROM ${schema}.contributions WHERE doc_id = (SELECT id FROM ${schema}.documents WHERE name = $1) AND bucket LIKE 'en|%'`, [name])
        ).rows.map((r) => r.bucket);
      const states = [CHILE_BUCKET, 'en|country:NOR'];
      const steps: [string, () => Promise<unknown>][] = [
        ['meeting.txt', () => store.deleteDocument('meeting.txt')],
        ['report-3.txt', () => store.putDocument(replacement)],
      ];
      for (const [name, step] of steps) {
        const before = await named(name);
        readInFull.clear();
        await step();
        const all = [...new Set([...before, ...(await named(name))])];
        expect(all.length).toBeGreaterThan(2);
        expect(all).toEqual(expect.arrayContaining(states));
        // The two states merged under their locks, not read in full; the other entities the texts name read in full after.
        expect(states.filter((b) => readInFull.has(b))).toEqual([]);
        expect(all.filter((b) => !states.includes(b)).every((b) => readInFull.has(b))).toBe(true);
      }
      expect(await knowledgeRows(c, schema)).toEqual(expected);
    }, 120_000);

    it('gives the same knowledge rows with one writer and with four at once, batches of three buckets, a document replaced and one deleted', async () => {
      const oneSchema = freshSchema();
      const one = await storeOn(oneSchema);
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
      const many = await Promise.all([0, 1, 2, 3].map(() => storeOn(manySchema)));
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
    }, 120_000);

    it('leaves the buckets of a writer stopped after its document transaction marked, and reconcileKnowledge makes them what one writer gives', async () => {
      const { expected, schema, store } = await fixture(c, docs.slice(0, 4));
      for (const d of docs.slice(0, 3)) await store.putDocument(d);
      // The writer stops after its document transaction commits: every later connection fails.
      const restore = stopAfterFirst(store);
      await expect(store.putDocument(docs[3]!)).rejects.toThrow('stopped');
      restore();
      const left = await knowledgeRows(c, schema);
      // Stored whole, its buckets marked: the knowledge is not yet what one writer gives.
      expect((await store.listDocuments()).map((d) => d.name)).toEqual(['report-0.txt', 'report-1.txt', 'report-2.txt', 'report-3.txt']);
      expect(left.dirty.length).toBeGreaterThan(0);
      expect(left.dirty.every((r) => (r as { doc_id: string }).doc_id === docs[3]!.id)).toBe(true);
      expect(left.knowledge).not.toEqual(expected.knowledge);
      // Another process (a worker starting) reconciles what was left.
      const next = await storeOn(schema);
      const version = await next.dataVersion();
      expect(await next.reconcileKnowledge()).toBe(new Set(left.dirty.map((r) => (r as { bucket: string }).bucket)).size);
      expect(await next.dataVersion()).not.toBe(version);
      expect(await knowledgeRows(c, schema)).toEqual(expected);
      // Must not: with nothing marked, it reconciles nothing and counts no write, also read-only.
      const after = await next.dataVersion();
      expect(await next.reconcileKnowledge()).toBe(0);
      expect(await next.dataVersion()).toBe(after);
      const reader = await storeOn(schema, { readonly: true });
      expect(await reader.reconcileKnowledge()).toBe(0);
    }, 120_000);

    it('keeps a later document merged when an earlier one is replaced before its buckets are reconciled', async () => {
      // The writer of report-1.txt stops after storing it; another replaces it, then the old buckets are drained:
      // the entities must hold the new text's mentions only, as one writer of the new text gives.
      const replacement = annotatedDocument('report-1.txt', 'Chile and Norway held political consultations in Oslo in June 2019.', '2019');
      const { expected, schema, store } = await fixture(c, [docs[0]!, replacement, docs[2]!]);
      await store.putDocument(docs[0]!);
      const restore = stopAfterFirst(store);
      await expect(store.putDocument(docs[1]!)).rejects.toThrow('stopped');
      restore();
      const other = await storeOn(schema);
      await other.putDocument(replacement);
      await other.putDocument(docs[2]!);
      await other.reconcileKnowledge();
      expect(await knowledgeRows(c, schema)).toEqual(expected);
    }, 120_000);

    it('reads in full, not merged, the entities of a document deleted while its buckets waited to be reconciled', async () => {
      const { expected, schema, store } = await fixture(c, [docs[0]!, docs[2]!]);
      await store.putDocument(docs[0]!);
      await store.putDocument(docs[2]!);
      // The writer of report-1.txt is held after its document transaction, before it reconciles.
      const { held, release, restore } = holdSecond(store);
      const writing = store.putDocument(docs[1]!);
      await held;
      // Meanwhile another process deletes it (its entities then hold none of its mentions).
      const other = await storeOn(schema);
      expect(await other.deleteDocument('report-1.txt')).toBe(true);
      release();
      await writing;
      restore();
      expect(await knowledgeRows(c, schema)).toEqual(expected);
    }, 120_000);

    // Written for these tests: a long report naming Chile many times, a short one replaced by a text that names it more often.
    const LONG = annotatedDocument(
      'chronology.txt',
      Array.from({ length: 10 }, (_, i) => `In ${2001 + i} Chile and Norway renewed their joint programme of salmon research, and Chile paid half of its cost.`).join(' '),
      '2019',
    );
    const SHORT_V1 = annotatedDocument('visit.txt', 'The Norwegian trade minister visited Chile in March 2012.', '2019');
    const SHORT_V2 = annotatedDocument(
      'visit.txt',
      'Chile sent a trade mission to Oslo in April 2021. Chile and Norway agreed that Chile would host the next round, and Norway thanked Chile for the invitation.',
      '2019',
    );
    const CHILE = 'en|country:CHL';

    it('merges a replaced text once when another process drains the buckets between its transaction and its reconcile', async () => {
      const { expected, refSchema, schema, store } = await fixture(c, [LONG, SHORT_V2]);
      const chile = await entityCount(c, refSchema, CHILE);
      expect(chile).toBeGreaterThan(20);
      await store.putDocument(LONG);
      await store.putDocument(SHORT_V1);
      const hold = holdSecond(store);
      const writing = store.putDocument(SHORT_V2);
      await hold.held;
      // A worker starting (or idle) drains what is marked while the replacing writer is held.
      const other = await storeOn(schema);
      await other.reconcileKnowledge();
      hold.release();
      expect((await writing).replaced).toBe(true);
      hold.restore();
      expect(await entityCount(c, schema, CHILE)).toBe(chile);
      expect(await knowledgeRows(c, schema)).toEqual(expected);
    }, 120_000);

    it('deletes a document whose replacing writer stopped after its transaction: its entities read in full, not its share taken out', async () => {
      const { expected, refSchema, schema, store } = await fixture(c, [LONG]);
      const chile = await entityCount(c, refSchema, CHILE);
      await store.putDocument(LONG);
      await store.putDocument(SHORT_V1);
      const undo = stopAfterFirst(store);
      await expect(store.putDocument(SHORT_V2)).rejects.toThrow('stopped');
      undo();
      expect((await knowledgeRows(c, schema)).dirty.length).toBeGreaterThan(0);
      const other = await storeOn(schema);
      expect(await other.deleteDocument('visit.txt')).toBe(true);
      // Must not: anything left marked, or a drain changing it afterwards.
      expect((await knowledgeRows(c, schema)).dirty).toEqual([]);
      expect(await other.reconcileKnowledge()).toBe(0);
      expect(await entityCount(c, schema, CHILE)).toBe(chile);
      expect(await knowledgeRows(c, schema)).toEqual(expected);
    }, 120_000);

    it('replaces a text whose first writer stopped after its transaction: the entities are read in full, not the stopped text taken out', async () => {
      const { expected, schema, store } = await fixture(c, [LONG, SHORT_V2]);
      await store.putDocument(LONG);
      await store.putDocument(SHORT_V1);
      const middle = annotatedDocument('visit.txt', 'Chile and Norway signed a tax treaty in Santiago in 2015, and Chile ratified it in 2016.', '2019');
      const undo = stopAfterFirst(store);
      await expect(store.putDocument(middle)).rejects.toThrow('stopped');
      undo();
      const other = await storeOn(schema);
      expect((await other.putDocument(SHORT_V2)).replaced).toBe(true);
      expect(await knowledgeRows(c, schema)).toEqual(expected);
    }, 120_000);

    it('ends where one writer ends when four writers store and replace documents while a fifth process drains in a loop', async () => {
      const text = (i: number, v: number) =>
        Array.from({ length: 1 + ((i + v) % 3) }, (_, k) => `Chile and Norway held fisheries talks in Oslo in ${2003 + (i % 5) + k}.`).join(' ') +
        ` Norway bought Chilean copper worth US$${20 + i + v} million in ${2003 + (i % 5)}.` +
        (v ? ' The Chilean ambassador later visited Bergen.' : '');
      const N = 16;
      const first = Array.from({ length: N }, (_, i) => annotatedDocument(`note-${String(i).padStart(2, '0')}.txt`, text(i, 0), '2019'));
      const second = Array.from({ length: N / 2 }, (_, j) => annotatedDocument(`note-${String(j * 2).padStart(2, '0')}.txt`, text(j * 2, 1), '2019'));
      const { expected } = await oneWriter(c, [...first, ...second]);

      const schema = freshSchema();
      const many = await Promise.all([0, 1, 2, 3, 4].map(() => storeOn(schema)));
      for (const s of many) s.refreshSizes = { lockPage: 2, maxLocks: 1_000, maxBuckets: 2, maxRows: 5_000 };
      let stop = false;
      const drainer = (async () => {
        while (!stop) {
          await many[4]!.reconcileKnowledge();
          await new Promise((r) => setTimeout(r, 2));
        }
      })();
      const byFour = async (list: typeof first) =>
        Promise.all(
          [0, 1, 2, 3].map(async (w) => {
            for (let i = w; i < list.length; i += 4) await many[w]!.putDocument(list[i]!);
          }),
        );
      await byFour(first);
      await byFour(second);
      stop = true;
      await drainer;
      expect(await knowledgeRows(c, schema)).toEqual(expected);
    }, 120_000);

    it('counts no write for a reconcile transaction whose every bucket another writer holds', async () => {
      // The item buckets of a document: those its stopped writer left marked.
      const probeSchema = freshSchema();
      const probe = await storeOn(probeSchema);
      const undo = stopAfterFirst(probe);
      await expect(probe.putDocument(SHORT_V2)).rejects.toThrow('stopped');
      undo();
      const buckets = [...new Set((await knowledgeRows(c, probeSchema)).dirty.map((r) => (r as { bucket: string }).bucket))];
      expect(buckets.length).toBeGreaterThan(2);

      const schema = freshSchema();
      const store = await storeOn(schema);
      store.refreshSizes = { lockPage: 100, maxLocks: 1_000, maxBuckets: 1_000, maxRows: 100_000 };
      // Another session holds every one of those buckets' locks.
      const holder = new pg.Client({ connectionString: url });
      await holder.connect();
      await holder.query('BEGIN');
      for (const b of buckets) await holder.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, `${schema}|kb|${b}`]);
      const before = await store.dataVersion();
      const writing = store.putDocument(SHORT_V2);
      // The writer's second pass waits for a lock the holder has: its first pass is over.
      for (let waiting = 0; !waiting; await new Promise((r) => setTimeout(r, 20))) {
        waiting =
          (
            await c.query("SELECT 1 FROM pg_locks l JOIN unnest($1::text[]) AS k(b) ON l.objid = ((hashtext(k.b)::bigint & 4294967295)::text)::oid WHERE l.locktype = 'advisory' AND NOT l.granted", [
              buckets.map((b) => `${schema}|kb|${b}`),
            ])
          ).rowCount ?? 0;
      }
      // The document's transaction only: the pass that found every bucket busy counted nothing.
      expect(Number(await store.dataVersion()) - Number(before)).toBe(1);
      await holder.query('COMMIT');
      await writing;
      expect(Number(await store.dataVersion()) - Number(before)).toBe(2);
      expect((await knowledgeRows(c, schema)).dirty).toEqual([]);
      await holder.end();
    }, 120_000);
  });

  describe('postgres transactions kept short: no extraction inside one, deletes like puts, marks by generation', () => {
    // Reports of a made-up Norway–Chile pair, written for these tests.
    const MINING = annotatedDocument(
      'mining.txt',
      'Norway and Chile opened talks on a mining safety agreement in Antofagasta in February 2020.\n\nA Norwegian delegation inspected three copper mines near Calama in March 2020, and Chile sent two engineers to Trondheim in May 2021.',
      '2022',
    );
    const FERRY = annotatedDocument('ferry.txt', 'Chile bought two electric ferries from a Norwegian yard in 2019. The Chilean navy tested the first ferry in Puerto Montt in August 2020.', '2022');
    const ferryAgain = (text: string) => ({ ...annotatedDocument('ferry.txt', text, '2022'), id: FERRY.id });

    /** The Dyad connections of a store checked out of its pool (each one an open transaction or a statement in flight). */
    const busy = (store: unknown) => {
      const pool = (store as { pool: pg.Pool }).pool;
      return pool.totalCount - pool.idleCount;
    };

    /** Waits until `n` advisory locks of the server are waited for. */
    async function waiters(n: number): Promise<void> {
      for (let i = 0; ; i++) {
        const r = await c.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
        if (r.rows[0]!.n >= n) return;
        if (i > 500) throw new Error(`fewer than ${n} advisory locks waited for`);
        await new Promise((r) => setTimeout(r, 20));
      }
    }

    /** Two writers on a fresh schema holding MINING and FERRY, and another session holding the name lock of ferry.txt (its writers wait on it until COMMIT). */
    async function ferryNameHeld(): Promise<{ schema: string; one: PostgresStore; two: PostgresStore; holder: pg.Client }> {
      const schema = freshSchema();
      const [one, two] = await Promise.all([storeOn(schema), storeOn(schema)]);
      await one.putDocument(MINING);
      await one.putDocument(FERRY);
      const holder = new pg.Client({ connectionString: url });
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, `${schema}:ferry.txt`]);
      return { schema, one, two, holder };
    }

    /** MINING's annotations as two parts, cut where its second paragraph begins, and the parts handed one at a time, each recording how many connections the store had out when asked for. */
    function twoParts(seen: number[], store: unknown) {
      const { annotations: a, ...bare } = MINING;
      const cut = MINING.text.indexOf('\n\n') + 2;
      const side = (keep: (x: { start: number }) => boolean) => ({ times: a!.times.filter(keep), entities: a!.entities.filter(keep), events: a!.events.filter(keep), facts: a!.facts.filter(keep) });
      const first = side((x) => x.start < cut);
      const second = side((x) => x.start >= cut);
      function* parts() {
        seen.push(busy(store));
        yield first;
        seen.push(busy(store));
        yield second;
      }
      return { bare, parts, first, second };
    }

    it('extracts every part of a document before its transaction opens, and stores what the whole annotations give', async () => {
      const refSchema = freshSchema();
      const ref = await storeOn(refSchema);
      await ref.putDocument(FERRY);
      await ref.putDocument(MINING);
      const expected = await knowledgeRows(c, refSchema);
      const expectedLayers = await ref.getAnnotations('mining.txt');

      const schema = freshSchema();
      const store = await storeOn(schema);
      await store.putDocument(FERRY);
      const seen: number[] = [];
      const { bare, parts, first, second } = twoParts(seen, store);
      expect(first.events.length).toBeGreaterThan(0);
      expect(second.events.length).toBeGreaterThan(0);
      const put = await store.putDocument(bare, parts());
      // No connection out (no transaction idle) while either part was made.
      expect(seen).toEqual([0, 0]);
      expect(put.annotations.events).toBe(first.events.length + second.events.length);
      expect(await store.getAnnotations('mining.txt')).toEqual(expectedLayers);
      expect(await knowledgeRows(c, schema)).toEqual(expected);
    }, 120_000);

    it('reads the parts past its bound inside the transaction, as before, and stores the same', async () => {
      const { expected, schema, store } = await fixture(c, [MINING]);
      // A bound smaller than one part: the first part is held, the second read once the transaction is open.
      store.prefetchChars = 1;
      const seen: number[] = [];
      const { bare, parts } = twoParts(seen, store);
      await store.putDocument(bare, parts());
      expect(seen).toEqual([0, 1]);
      expect(await knowledgeRows(c, schema)).toEqual(expected);
    }, 120_000);

    it('retries a lost deadlock when the parts held before the transaction reach the bound and none is left', async () => {
      const { expected, schema, store } = await fixture(c, [MINING]);
      // One part, past a bound of one character: it is held, and the transaction finds only the end of the parts.
      store.prefetchChars = 1;
      const { annotations, ...bare } = MINING;
      function* parts() {
        yield annotations!;
      }
      // The document transaction's first count of its write loses a deadlock (as PostgreSQL reports one).
      let lost = 0;
      onQuery(store, (sql) => {
        if (sql.startsWith('UPDATE data_version') && lost++ === 0) throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
      });
      const put = await store.putDocument(bare, parts());
      expect(lost).toBeGreaterThan(1);
      expect(put.replaced).toBe(false);
      expect(await knowledgeRows(c, schema)).toEqual(expected);
    }, 120_000);

    it('deletes a document naming more entities than a transaction locks in a short transaction without the knowledge lock, and reconciles its buckets after', async () => {
      const { expected, schema, store } = await fixture(c, [MINING]);
      await store.putDocument(MINING);
      await store.putDocument(FERRY);
      // Few bucket locks allowed: a refresh of more buckets would take the whole knowledge exclusive.
      store.refreshSizes = { lockPage: 2, maxLocks: 2, maxBuckets: 3, maxRows: 5_000 };
      // Another session holds the knowledge shared (as every reconcile does) and a bucket of the document's read in full after
      // its transaction (one of its acts': since the review's fixes the two busiest entities, the states, are merged inside it).
      const held = (
        await c.query<{ bucket: string }>(`SELECT min(bucket COLLATE "C") AS bucket FROM ${schema}.contributions WHERE doc_id = $1 AND (bucket LIKE 'ev|%' OR bucket LIKE 'fa|%')`, [FERRY.id])
      ).rows[0]!.bucket;
      expect(held).toBeTruthy();
      const holder = new pg.Client({ connectionString: url });
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock_shared($1, hashtext($2))', [LOCK_CLASS, `${schema}|kb`]);
      await holder.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, `${schema}|kb|${held}`]);
      const deleting = store.deleteDocument('ferry.txt');
      // The document's rows go in their own transaction while the holder still holds both.
      for (let i = 0; (await c.query(`SELECT 1 FROM ${schema}.documents WHERE name = 'ferry.txt'`)).rowCount; i++) {
        if (i > 250) throw new Error('the delete waited for the knowledge lock');
        await new Promise((r) => setTimeout(r, 20));
      }
      // Its buckets are marked until reconciled; the held one waits for the holder.
      expect((await knowledgeRows(c, schema)).dirty.some((r) => (r as { bucket: string }).bucket === held)).toBe(true);
      await holder.query('COMMIT');
      await holder.end();
      expect(await deleting).toBe(true);
      expect(await knowledgeRows(c, schema)).toEqual(expected);
      // Must not: a second delete of it finds nothing, changes nothing.
      expect(await store.deleteDocument('ferry.txt')).toBe(false);
      expect(await knowledgeRows(c, schema)).toEqual(expected);
    }, 120_000);

    it('deletes the document a replacement stored while the delete waited for its lock', async () => {
      const { expected } = await oneWriter(c, [MINING]);

      const { schema, one, two, holder } = await ferryNameHeld();
      const replacement = annotatedDocument('ferry.txt', 'A Norwegian yard delivered a third electric ferry to Chile in June 2023.', '2023');
      expect(replacement.id).not.toBe(FERRY.id);
      // Both writers of ferry.txt wait on its name lock: the replacement first, then the delete (which looked the name up before).
      const replacing = one.putDocument(replacement);
      await waiters(1);
      const deleting = two.deleteDocument('ferry.txt');
      await waiters(2);
      await holder.query('COMMIT');
      await holder.end();
      expect((await replacing).replaced).toBe(true);
      expect(await deleting).toBe(true);
      expect((await two.listDocuments()).map((d) => d.name)).toEqual(['mining.txt']);
      expect(await knowledgeRows(c, schema)).toEqual(expected);
    }, 120_000);

    it('deletes nothing, by id, when a replacement under another id stored the name while the delete waited for its lock', async () => {
      const replacement = annotatedDocument('ferry.txt', 'Chile leased a Norwegian research vessel for the fjords of Aysén in 2021.', '2022');
      const { expected } = await oneWriter(c, [MINING, replacement]);

      const { schema, one, two, holder } = await ferryNameHeld();
      const sent: string[] = [];
      onQuery(two, (sql) => void sent.push(sql));
      expect(replacement.id).not.toBe(FERRY.id);
      const replacing = one.putDocument(replacement);
      await waiters(1);
      // Looked up by the old id before the replacement is stored: it then waits on the name's lock.
      const deleting = two.deleteDocument(FERRY.id);
      await waiters(2);
      await holder.query('COMMIT');
      await holder.end();
      expect((await replacing).replaced).toBe(true);
      // Must not: the old id is gone, so the delete finds nothing, and its process writes nothing (no row, mark or counted write).
      expect(await deleting).toBe(false);
      expect(sent.filter((q) => /^\s*(INSERT|UPDATE|DELETE)\b/i.test(q))).toEqual([]);
      expect((await two.listDocuments()).map((d) => d.name).sort()).toEqual(['ferry.txt', 'mining.txt']);
      expect(await knowledgeRows(c, schema)).toEqual(expected);
    }, 120_000);

    it('keeps the mark of a document stored again while a drain refreshed its bucket', async () => {
      const second = ferryAgain('Chile ordered a hydrogen ferry from Norway in 2024.');
      // The buckets each text of ferry.txt marks, from stopped writers on a probe schema.
      const markedBy = async (doc: typeof FERRY) => {
        const probeSchema = freshSchema();
        const probe = await storeOn(probeSchema);
        const undo = stopAfterFirst(probe);
        await expect(probe.putDocument(doc)).rejects.toThrow('stopped');
        undo();
        const marked = new Set((await knowledgeRows(c, probeSchema)).dirty.map((r) => (r as { bucket: string }).bucket));
        await probe.reconcileKnowledge();
        await probe.close();
        const items = new Set((await knowledgeRows(c, probeSchema)).knowledge.map((r) => (r as { bucket: string }).bucket));
        return { marked, items };
      };
      const [before, after] = [await markedBy(FERRY), await markedBy(second)];
      // A bucket of the first text's items (not an entity's) that the second does not touch.
      const bucket = [...before.items].find((b) => !b.startsWith('en|') && before.marked.has(b) && !after.marked.has(b))!;
      expect(bucket).toBeDefined();

      const { expected, schema, store } = await fixture(c, [MINING, second]);
      await store.putDocument(MINING);
      const undo = stopAfterFirst(store);
      await expect(store.putDocument(FERRY)).rejects.toThrow('stopped');
      undo();
      // A drain (a bucket a transaction) is paused when it writes that bucket's item: after its full read, before it deletes the marks it took.
      const PAUSE = 424242;
      await c.query(
        `CREATE FUNCTION ${schema}.pause() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_advisory_lock_shared(${PAUSE}); PERFORM pg_advisory_unlock_shared(${PAUSE}); RETURN NEW; END $$`,
      );
      await c.query(`CREATE TRIGGER pause BEFORE INSERT OR UPDATE ON ${schema}.knowledge FOR EACH ROW WHEN (NEW.bucket = '${bucket}') EXECUTE FUNCTION ${schema}.pause()`);
      await c.query('SELECT pg_advisory_lock($1)', [PAUSE]);
      const drainer = await storeOn(schema);
      drainer.refreshSizes = { lockPage: 1, maxLocks: 1_000, maxBuckets: 1, maxRows: 5_000 };
      const draining = drainer.reconcileKnowledge();
      await waiters(1);
      // Meanwhile ferry.txt is stored again under the same id, and that writer stops too: its buckets stay marked.
      const again = await storeOn(schema);
      const undoAgain = stopAfterFirst(again);
      await expect(again.putDocument(second)).rejects.toThrow('stopped');
      undoAgain();
      await c.query('SELECT pg_advisory_unlock($1)', [PAUSE]);
      await draining;
      await c.query(`DROP TRIGGER pause ON ${schema}.knowledge`);
      // The bucket the drain refreshed before the new text came is still marked, and the next drain makes it right.
      expect((await knowledgeRows(c, schema)).dirty.some((r) => (r as { bucket: string }).bucket === bucket)).toBe(true);
      await drainer.reconcileKnowledge();
      expect(await knowledgeRows(c, schema)).toEqual(expected);
    }, 120_000);
  });
}
