import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { Engine } from '../src/knowledge/engine.js';
import type { Store } from '../src/store/store.js';
import { CORPUS, tempDir } from './helpers/tmp.js';
import { annotatedDocument } from './store-conformance.js';
import { SCHEMA_VERSION } from '../src/store/sqlite/schema.js';
import { bounds } from '../src/reconcile/keys.js';
import { queryEntities, queryEvents, queryFacts } from './helpers/reference/annotation-queries.js';
import { findConflicts } from './helpers/reference/conflicts.js';

/** An item without its id (the reference hashes the first mention; the store what the item is). */
const noId = <T extends { id: string }>(xs: T[]) => xs.map(({ id: _id, ...rest }) => rest);

/** What the store keeps must be what the reference (the code that merged per request) computes. */
async function expectSameAsReference(store: Store): Promise<void> {
  expect(noId((await store.listEvents()).items)).toEqual(noId(await queryEvents(store, {})));
  expect(noId((await store.listFacts()).items)).toEqual(noId(await queryFacts(store, {})));
  expect((await store.listEntities()).items).toEqual(await queryEntities(store, {}));
  expect((await store.listConflicts()).items).toEqual(await findConflicts(store));
}

describe('knowledge stored, not recomputed (bundled corpus)', () => {
  const dir = tempDir();
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  let engine: Engine;
  let store: SqliteStore;

  beforeAll(async () => {
    store = openSqliteStore(join(dir, 'k.db'));
    engine = new Engine(store);
    await engine.ingest([CORPUS]);
  }, 300_000);
  afterAll(() => engine.close());

  it('pages events from and to a date as the whole list filtered by those dates (the page seeks where the dates begin)', async () => {
    const all = (await store.listEvents()).items;
    const kept = (from?: string, to?: string) =>
      all.filter((e) => {
        const [start, end] = bounds(e.date);
        const f = from && bounds(from)[0];
        const t = to && bounds(to)[1];
        return (!f || end.slice(0, f.length) >= f) && (!t || start.slice(0, t.length) <= t);
      });
    const ranges: [string | undefined, string | undefined][] = [
      ['1990', undefined],
      ['2009-05', undefined],
      [undefined, '1995'],
      ['2000', '2010'],
      ['2016', '2016'],
      ['2030', undefined],
    ];
    for (const [from, to] of ranges) {
      const expected = kept(from, to);
      const list = await store.listEvents({ from, to });
      expect(list.items).toEqual(expected);
      expect(list.total).toBe(expected.length);
      for (const offset of [0, 3, expected.length - 1, expected.length + 2]) {
        expect((await store.listEvents({ from, to, offset: Math.max(0, offset), limit: 4 })).items).toEqual(expected.slice(Math.max(0, offset), Math.max(0, offset) + 4));
      }
    }
    expect(kept('1990').length).toBeGreaterThan(10);
    expect(kept('1990').length).toBeLessThan(all.length);
  });

  it('counts what an actor filter keeps, with dates and types, as many as the list holds', async () => {
    const actors = [
      { entities: ['country:JPN'], words: ['japan'] },
      { entities: [], words: ['viet', 'nam'] },
    ];
    let some = 0;
    for (const actor of actors) {
      for (const [from, to] of [
        [undefined, undefined],
        ['1990', undefined],
        ['2000', '2010'],
        [undefined, '1980'],
      ] as [string | undefined, string | undefined][]) {
        const events = await store.listEvents({ actor, from, to });
        expect(events.total).toBe(events.items.length);
        const facts = await store.listFacts({ actor, from, to });
        expect(facts.total).toBe(facts.items.length);
        some += events.total + facts.total;
      }
      const visits = await store.listEvents({ actor, type: 'leader_visit' });
      expect(visits.total).toBe(visits.items.length);
    }
    expect(some).toBeGreaterThan(0);
  });

  it('stores the events, facts, entities and conflicts the per-request merge computed', async () => {
    const events = await store.listEvents();
    expect(events.total).toBeGreaterThan(50);
    expect((await store.listFacts()).total).toBeGreaterThan(20);
    expect((await store.listConflicts()).total).toBeGreaterThan(0);
    await expectSameAsReference(store);
  });

  it('keeps ids across a doc filter and across adding an unrelated document', async () => {
    const all = (await engine.eventPage({})).items;
    const doc = all[0]!.mentions[0]!.doc;
    const some = (await engine.eventPage({ doc: [doc] })).items;
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length);
    const ids = new Map(all.map((e) => [e.id, e]));
    for (const e of some) {
      expect(ids.get(e.id)).toEqual(e);
      expect(e.mentions.some((m) => m.doc === doc)).toBe(true);
    }
    const facts = (await engine.factPage({})).items.map((f) => f.id);
    const other = join(dir, 'zz-other.txt');
    writeFileSync(other, 'In May 2011, Norway and Chile signed an agreement on fisheries research in Santiago. Trade between them reached US$ 1.2 billion in 2010.\n');
    await engine.ingest([other]);
    const after = (await engine.eventPage({})).items;
    for (const e of all) expect(after.find((x) => x.id === e.id)).toEqual(e);
    expect(after.length).toBeGreaterThanOrEqual(all.length);
    const factsAfter = new Set((await engine.factPage({ thirdParty: true })).items.map((f) => f.id));
    for (const id of facts) expect(factsAfter.has(id)).toBe(true);
    await expectSameAsReference(store);
  });

  it('updates only what a document touches when one is removed and added again', async () => {
    const before = (await store.listEvents()).items;
    const victim = files[1]!;
    // A read-only reader (the ask worker, `dyad serve` on a read-only file) cannot reconcile: the delete leaves nothing for it to.
    const reader = openSqliteStore(join(dir, 'k.db'), { readonly: true });
    const counted = (await reader.listEntities()).items.find((e) => e.docs.includes(victim) && e.docs.length > 1)!;
    expect(await store.deleteDocument(victim)).toBe(true);
    const readerWithout = await reader.listEntities();
    expect(readerWithout.items.find((e) => e.id === counted.id)!.docs).toEqual(counted.docs.filter((d) => d !== victim));
    expect(readerWithout.items).toEqual(await queryEntities(store, {}));
    expect(noId((await reader.listEvents()).items)).toEqual(noId(await queryEvents(store, {})));
    await reader.close();
    const without = (await store.listEvents()).items;
    expect(without.some((e) => e.mentions.some((m) => m.doc === victim))).toBe(false);
    await expectSameAsReference(store);
    copyFileSync(join(CORPUS, victim), join(dir, victim));
    await engine.ingest([join(dir, victim)]);
    await expectSameAsReference(store);
    expect((await store.listEvents()).items.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort());
  });

  it('builds the same knowledge when an older database is upgraded', async () => {
    const copy = join(dir, 'old.db');
    await store.backup(copy);
    const raw = openSqliteStore(copy) as unknown as { db: import('better-sqlite3').Database };
    raw.db.exec('DROP TABLE knowledge_mentions; DROP TABLE knowledge_actors; DROP TABLE knowledge; DROP TABLE contributions; DROP TABLE knowledge_dirty;');
    raw.db.pragma('user_version = 3');
    raw.db.close();
    const upgraded = openSqliteStore(copy);
    expect(await upgraded.schemaVersion()).toBe(SCHEMA_VERSION);
    expect((await upgraded.listEvents()).items).toEqual((await store.listEvents()).items);
    expect((await upgraded.listConflicts()).items).toEqual((await store.listConflicts()).items);
    expect(await upgraded.check()).toEqual([]);
    await upgraded.close();
  });
  it('moves the contributions of a schema-7 database (a WITHOUT ROWID table in bucket order) into a rowid table with an index, keeping every row and item', async () => {
    const copy = join(dir, 'v7.db');
    await store.backup(copy);
    const raw = new Database(copy);
    const rows = raw.prepare('SELECT bucket, doc_id, seq, start, "end", label, data FROM contributions ORDER BY bucket, doc_id, seq').all();
    expect(rows.length).toBeGreaterThan(1000);
    // The table as schemas 4 to 7 made it.
    raw.exec(`DROP TABLE contributions;
      CREATE TABLE contributions (bucket TEXT NOT NULL, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, seq INTEGER NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, label TEXT, data TEXT NOT NULL, PRIMARY KEY (bucket, doc_id, seq)) WITHOUT ROWID;
      CREATE INDEX contributions_doc ON contributions (doc_id);`);
    const put = raw.prepare('INSERT INTO contributions VALUES (@bucket, @doc_id, @seq, @start, @end, @label, @data)');
    raw.transaction(() => rows.forEach((r) => put.run(r)))();
    raw.pragma('user_version = 7');
    raw.close();
    const upgraded = openSqliteStore(copy);
    expect(await upgraded.schemaVersion()).toBe(SCHEMA_VERSION);
    const db = (upgraded as unknown as { db: Database.Database }).db;
    const table = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'contributions'").pluck().get() as string;
    expect(table).not.toMatch(/WITHOUT ROWID/i);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contributions' ORDER BY name").pluck().all()).toEqual(['contributions_bucket', 'contributions_place']);
    expect(db.prepare('SELECT bucket, doc_id, seq, start, "end", label, data FROM contributions ORDER BY bucket, doc_id, seq').all()).toEqual(rows);
    // A bucket's rows are found through the index, and a document added after the upgrade reconciles as before.
    expect((await upgraded.listEntities()).items).toEqual((await store.listEntities()).items);
    const doc = annotatedDocument('zz-after.txt', 'In May 2011, Norway and Chile signed an agreement on fisheries research in Santiago.');
    await upgraded.putDocument(doc);
    await store.putDocument(doc);
    expect((await upgraded.listEvents()).items).toEqual((await store.listEvents()).items);
    expect((await upgraded.listEntities()).items).toEqual((await store.listEntities()).items);
    expect(await upgraded.check()).toEqual([]);
    await store.deleteDocument('zz-after.txt');
    await upgraded.close();
  });
});

describe('conflicts across a year boundary, kept as documents come and go', () => {
  const one = 'Prime Minister Vo Van Kiet paid an official visit to Japan in 1992, the first by a Vietnamese head of government since the war.';
  const other = 'Prime Minister Vo Van Kiet paid an official visit to Japan in 1993, the first by a Vietnamese head of government since the war.';

  it('finds the dating conflict of two years, drops it with either document and finds it again', async () => {
    const store = openSqliteStore(':memory:');
    await store.putDocument(annotatedDocument('a.txt', one));
    expect((await store.listConflicts()).total).toBe(0);
    await store.putDocument(annotatedDocument('b.txt', other));
    const [conflict] = (await store.listConflicts()).items;
    expect(conflict).toMatchObject({ kind: 'event', claims: [{ value: '1992' }, { value: '1993' }] });
    expect((await store.listConflicts()).items).toEqual(await findConflicts(store));
    // b.txt touches only the tellings of 1993; the conflict it makes with 1992 is reconciled in 1992's bucket.
    await store.deleteDocument('b.txt');
    expect((await store.listConflicts()).total).toBe(0);
    await store.putDocument(annotatedDocument('b.txt', other));
    expect((await store.listConflicts()).items.map((c) => c.id)).toEqual([conflict!.id]);
    await store.deleteDocument('a.txt');
    expect((await store.listConflicts()).total).toBe(0);
    await store.close();
  });
});
