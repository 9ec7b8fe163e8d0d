import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { CHECKPOINT_PAGES } from '../src/store/sqlite/connect.js';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, readsAsIs } from '../src/store/sqlite/schema.js';
import { storeConformance, sampleDocument, annotatedDocument } from './store-conformance.js';
import { tempDir } from './helpers/tmp.js';
import { ENTITY_MENTIONS } from '../src/reconcile/index.js';

storeConformance('sqlite', async () => openSqliteStore(':memory:'));

/**
 * Rows the SELECTs over `contributions` by bucket return while `run` runs (every statement of the process counted;
 * not those by document alone, which read its own rows): a full read of an entity returns each of its mentions.
 */
async function contributionRowsReturned<T>(run: () => Promise<T>): Promise<{ value: T; rows: number }> {
  const proto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as Record<'all' | 'get', (...a: unknown[]) => unknown>;
  const original = { all: proto.all, get: proto.get };
  let rows = 0;
  const counts = (st: { source: string }) => /^\s*SELECT\b/i.test(st.source) && /\bcontributions\b/.test(st.source) && /\bbucket (=|IN)/.test(st.source);
  proto.all = function (this: { source: string }, ...a: unknown[]) {
    const out = original.all.apply(this, a) as unknown[];
    if (counts(this)) rows += out.length;
    return out;
  };
  proto.get = function (this: { source: string }, ...a: unknown[]) {
    const out = original.get.apply(this, a);
    if (counts(this) && out !== undefined) rows++;
    return out;
  };
  try {
    return { value: await run(), rows };
  } finally {
    Object.assign(proto, original);
  }
}

/** A Dyad database at an older schema version, as its migrations made it, open without the store. */
function databaseAt(path: string, version: number): Database.Database {
  const raw = new Database(path);
  raw.pragma('foreign_keys = ON');
  MIGRATIONS.slice(0, version).forEach((m) => m(raw));
  raw.pragma(`application_id = ${APPLICATION_ID}`);
  raw.pragma(`user_version = ${version}`);
  return raw;
}

describe('sqlite store schema', () => {
  const dir = tempDir();

  it('refuses a database written by a newer schema, naming the file and both versions', async () => {
    const path = join(dir, 'newer.db');
    (await openSqliteStore(path)).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openSqliteStore(path)).toThrow(expect.objectContaining({ code: 'SCHEMA_VERSION_UNKNOWN', message: expect.stringContaining(`${SCHEMA_VERSION + 1}`) }));
  });

  it("refuses a SQLite database that is not Dyad's and a file that is not SQLite", () => {
    const other = join(dir, 'other.db');
    const raw = new Database(other);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    expect(() => openSqliteStore(other)).toThrow(expect.objectContaining({ code: 'DB_OPEN_FAILED' }));
    const text = join(dir, 'text.db');
    writeFileSync(text, 'this is not a database, just some text that is long enough to be read as a header.');
    expect(() => openSqliteStore(text)).toThrow(expect.objectContaining({ code: 'DB_CORRUPT', message: expect.stringContaining('text.db') }));
  });

  it('moves annotations stored a row each (schema 2) into one array per layer, in their order', async () => {
    const path = join(dir, 'v2.db');
    const raw = new Database(path);
    MIGRATIONS.slice(0, 2).forEach((m) => m(raw));
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma('user_version = 2');
    raw.prepare(`INSERT INTO documents VALUES ('d1', 'a.txt', 'h', 'a.txt', 'text', '{}', 'text', NULL, 'Japan and Viet Nam', '[]', '2026-01-01', 'old')`).run();
    const put = raw.prepare(`INSERT INTO annotations VALUES ('d1', 'entities', ?, ?, ?, 'country', NULL, ?)`);
    put.run(1, 10, 18, JSON.stringify({ start: 10, end: 18, name: 'Vietnam' }));
    put.run(0, 0, 5, JSON.stringify({ start: 0, end: 5, name: 'Japan' }));
    raw.close();
    const store = openSqliteStore(path);
    expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
    expect((await store.getAnnotations('a.txt'))!.entities.map((e) => e.name)).toEqual(['Japan', 'Vietnam']);
    expect(await store.check()).toEqual([]);
    await store.close();
  });

  it('moves the layers of a schema-10 database (a WITHOUT ROWID table) into a rowid table with an index, keeping every part in order', async () => {
    const path = join(dir, 'v10.db');
    const raw = databaseAt(path, 10);
    expect(raw.prepare("SELECT sql FROM sqlite_master WHERE name = 'annotation_layers'").pluck().get()).toMatch(/WITHOUT ROWID/i);
    raw.prepare(`INSERT INTO documents VALUES ('d1', 'a.txt', 'h', 'a.txt', 'text', '{}', 'text', NULL, 'Japan and Viet Nam met.', '[]', '2026-01-01', 'old')`).run();
    const put = raw.prepare('INSERT INTO annotation_layers (doc_id, layer, part, data) VALUES (?, ?, ?, ?)');
    // Two parts of the entities layer, written second part first: read back in part order.
    put.run('d1', 'entities', 1, JSON.stringify([{ start: 10, end: 18, name: 'Vietnam' }]));
    put.run('d1', 'entities', 0, JSON.stringify([{ start: 0, end: 5, name: 'Japan' }]));
    put.run('d1', 'times', 0, '[]');
    raw.close();
    const store = openSqliteStore(path);
    expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
    const db = (store as unknown as { db: Database.Database }).db;
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'annotation_layers'").pluck().get()).not.toMatch(/WITHOUT ROWID/i);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'annotation_layers'").pluck().all()).toEqual(['annotation_layers_key']);
    expect((await store.getAnnotations('a.txt'))!.entities.map((e) => e.name)).toEqual(['Japan', 'Vietnam']);
    expect((await store.getDocument('a.txt', { layers: ['entities'] }))!.annotations!.entities.map((e) => e.name)).toEqual(['Japan', 'Vietnam']);
    // A part is unique by its key, and a document's layers go with it.
    expect(() => db.prepare('INSERT INTO annotation_layers (doc_id, layer, part, data) VALUES (?, ?, ?, ?)').run('d1', 'times', 0, '[]')).toThrow(/UNIQUE/);
    expect(await store.deleteDocument('a.txt')).toBe(true);
    expect(db.prepare('SELECT count(*) FROM annotation_layers').pluck().get()).toBe(0);
    expect(await store.check()).toEqual([]);
    await store.close();
  });

  it("reads a schema-11 database's layers stored as JSON text beside the packed layers of a document written after the upgrade", async () => {
    const path = join(dir, 'v11.db');
    const raw = databaseAt(path, 11);
    raw.prepare(`INSERT INTO documents VALUES ('d1', 'a.txt', 'h', 'a.txt', 'text', '{}', 'text', NULL, 'Japan and Viet Nam met.', '[]', '2026-01-01', 'old')`).run();
    const put = raw.prepare('INSERT INTO annotation_layers (doc_id, layer, part, data) VALUES (?, ?, ?, ?)');
    put.run('d1', 'entities', 0, JSON.stringify([{ start: 0, end: 5, name: 'Japan' }]));
    put.run('d1', 'entities', 1, JSON.stringify([{ start: 10, end: 18, name: 'Vietnam' }]));
    raw.pragma('journal_mode = WAL'); // as Dyad leaves its files: a read-only connection cannot switch the journal
    raw.close();
    // Read-only (the ask worker, a read-only file system), it is read as it is: schema 12 rewrote nothing, and nothing is migrated.
    const reader = openSqliteStore(path, { readonly: true });
    expect(await reader.schemaVersion()).toBe(11);
    expect((await reader.getAnnotations('a.txt'))!.entities.map((e) => e.name)).toEqual(['Japan', 'Vietnam']);
    expect((await reader.getDocument('a.txt'))!.text).toBe('Japan and Viet Nam met.');
    await reader.close();
    const store = openSqliteStore(path);
    expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
    expect((await store.getAnnotations('a.txt'))!.entities.map((e) => e.name)).toEqual(['Japan', 'Vietnam']);
    const doc = annotatedDocument('b.txt', 'Japan resumed ODA to Viet Nam in November 1992.');
    await store.putDocument(doc);
    const db = (store as unknown as { db: Database.Database }).db;
    const types = db.prepare('SELECT DISTINCT a.doc_id, typeof(a.data) FROM annotation_layers a ORDER BY typeof(a.data) DESC').raw().all();
    expect(types).toEqual([
      ['d1', 'text'],
      [doc.id, 'blob'],
    ]);
    expect(await store.getAnnotations('b.txt')).toEqual(doc.annotations);
    expect((await store.getDocument('b.txt', { layers: ['times'] }))!.annotations!.times).toEqual(doc.annotations!.times);
    expect((await store.listAnnotations('entities', { docs: ['a.txt'] })).map((x) => x.annotation.name)).toEqual(['Japan', 'Vietnam']);
    await store.close();
  });

  it('refuses a schema-10 database read-only (schema 11 moves its layers), naming the upgrade; a schema-11 one only reads as it is', () => {
    const path = join(dir, 'v10-readonly.db');
    const raw = databaseAt(path, 10);
    raw.pragma('journal_mode = WAL');
    raw.close();
    expect(() => openSqliteStore(path, { readonly: true })).toThrow(
      expect.objectContaining({ code: 'DB_OPEN_FAILED', message: `${path}: database schema version 10 needs upgrading to ${SCHEMA_VERSION}; open it once without read-only` }),
    );
    expect([9, 10, 11].map((v) => readsAsIs(v))).toEqual([false, false, true]);
  });

  it('reads a damaged packed layer as DB_CORRUPT naming the document, from getAnnotations and from a list of a layer', async () => {
    const store = openSqliteStore(':memory:');
    await store.putDocument(annotatedDocument('bhutan.txt', 'Nepal and Bhutan opened a trade office in Thimphu in March 2019.'));
    const db = (store as unknown as { db: Database.Database }).db;
    expect(db.prepare("SELECT count(*) FROM annotation_layers WHERE typeof(data) = 'blob'").pluck().get()).toBe(4);
    db.prepare("UPDATE annotation_layers SET data = x'ffffff0013' WHERE layer = 'times'").run();
    const corrupt = { code: 'DB_CORRUPT', message: expect.stringMatching(/^document bhutan\.txt: a stored annotation layer is damaged \(/) };
    await expect(Promise.resolve().then(async () => (await store.getAnnotations('bhutan.txt'))!.times)).rejects.toMatchObject(corrupt);
    await expect(store.listAnnotations('times')).rejects.toMatchObject(corrupt);
    expect((await store.getAnnotations('bhutan.txt'))!.entities.map((e) => e.name)).toContain('Nepal');
    await store.close();
  });

  it('checkpoints the write-ahead log of a writing connection every CHECKPOINT_PAGES pages, and the documents are in the file after the close', async () => {
    const path = join(dir, 'checkpoint.db');
    const store = openSqliteStore(path);
    const db = (store as unknown as { db: Database.Database }).db;
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(CHECKPOINT_PAGES);
    await store.putDocument(sampleDocument('a.txt', 'Japan resumed ODA to Viet Nam in November 1992.'));
    await store.putDocument(sampleDocument('b.txt', 'Viet Nam and Japan upgraded their ties in 2009.'));
    await store.close();
    const again = openSqliteStore(path, { readonly: true });
    expect((await again.listDocuments()).map((d) => d.name)).toEqual(['a.txt', 'b.txt']);
    await again.close();
  });

  it('keeps data across reopening', async () => {
    const path = join(dir, 'keep.db');
    const s1 = openSqliteStore(path);
    await s1.putDocument(sampleDocument('a.txt', 'Japan resumed ODA to Viet Nam in November 1992.'));
    await s1.close();
    const s2 = openSqliteStore(path, { readonly: true });
    expect((await s2.listDocuments()).map((d) => d.name)).toEqual(['a.txt']);
    await s2.close();
  });

  it('refuses to open a missing database read-only instead of creating it', () => {
    expect(() => openSqliteStore(join(dir, 'missing.db'), { readonly: true })).toThrow(expect.objectContaining({ code: 'DB_OPEN_FAILED' }));
  });

  it('waits for another writer and retries; a lock held through every attempt is DB_BUSY, not INTERNAL', async () => {
    const path = join(dir, 'busy.db');
    const store = openSqliteStore(path, { busy: { timeoutMs: 5, attempts: 3 } });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    // The first attempt runs (and fails) before putDocument returns; the lock is gone by the retry.
    const stored = store.putDocument(sampleDocument('a.txt', 'Japan resumed ODA to Viet Nam in November 1992.'));
    other.exec('COMMIT');
    await expect(stored).resolves.toMatchObject({ replaced: false });
    other.exec('BEGIN IMMEDIATE');
    await expect(store.putDocument(sampleDocument('b.txt', 'Viet Nam joined ASEAN in 1995.'))).rejects.toMatchObject({ code: 'DB_BUSY' });
    other.exec('ROLLBACK');
    expect((await store.listDocuments()).map((d) => d.name)).toEqual(['a.txt']);
    // Readers are not blocked by a writer holding the lock (WAL).
    other.exec('BEGIN IMMEDIATE');
    expect(await store.getSummary('a.txt')).toBeDefined();
    other.exec('ROLLBACK');
    other.close();
    await store.close();
  });
});

describe("sqlite store: a deleted document's entities", () => {
  it("reads only a deleted document's share of each entity it names, not every mention of it", async () => {
    // Five reports on Chile and New Zealand, each naming both states many times (more than ENTITY_MENTIONS in all).
    const report = (year: number) =>
      Array.from(
        { length: 6 },
        (_, i) =>
          `SANTIAGO, ${i + 3} March ${year} (Wire) - Chile and New Zealand agreed to extend their dairy research programme. Chilean officials met New Zealand's trade minister in Santiago, and Chile said New Zealand would host talks.`,
      ).join('\n\n');
    const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
    const store = openSqliteStore(':memory:');
    for (const [i, name] of names.entries()) await store.putDocument(annotatedDocument(name, report(2001 + i)));
    const db = (store as unknown as { db: Database.Database }).db;
    const count = (where: string, name: string) =>
      db
        .prepare(`SELECT count(*) FROM contributions WHERE ${where}`)
        .pluck()
        .get({ doc: db.prepare('SELECT id FROM documents WHERE name = ?').pluck().get(name) }) as number;
    const chile = async () => (await store.listEntities()).items.find((e) => e.id === 'country:CHL')!;
    expect((await chile()).count).toBeGreaterThan(ENTITY_MENTIONS);
    // A document in the middle (c.txt: none of the first mentions), then the first one (a.txt: all of them), then the last.
    for (const name of ['c.txt', 'a.txt', 'e.txt']) {
      // The rows of the other documents in the entity buckets it names, and in its other buckets (read in full, as before).
      const others = count(`bucket IN (SELECT bucket FROM contributions WHERE doc_id = @doc AND bucket LIKE 'en|%') AND doc_id <> @doc`, name);
      const rest = count(`bucket IN (SELECT bucket FROM contributions WHERE doc_id = @doc AND bucket NOT LIKE 'en|%')`, name);
      const restBuckets = count(`rowid IN (SELECT min(rowid) FROM contributions WHERE doc_id = @doc AND bucket NOT LIKE 'en|%' GROUP BY bucket)`, name);
      const entities = count(`rowid IN (SELECT min(rowid) FROM contributions WHERE doc_id = @doc AND bucket LIKE 'en|%' GROUP BY bucket)`, name);
      const spellings = count(`rowid IN (SELECT min(rowid) FROM contributions WHERE doc_id = @doc AND bucket LIKE 'en|%' GROUP BY bucket, label)`, name);
      const before = (await chile()).count;
      const read = await contributionRowsReturned(() => store.deleteDocument(name));
      expect(read.value).toBe(true);
      // A full read returned every mention of each (208 rows for c.txt before). Now at most ENTITY_MENTIONS of the other
      // documents' first mentions an entity and one row a spelling (whether another document still gives it); its other
      // buckets as before (counted, then read in full).
      expect(entities).toBe(2);
      expect(others).toBeGreaterThan(4 * ENTITY_MENTIONS);
      expect(read.rows).toBeLessThanOrEqual(entities * ENTITY_MENTIONS + spellings + restBuckets + rest);
      expect((await chile()).count).toBeLessThan(before);
    }
    expect((await chile()).docs).toEqual(['b.txt', 'd.txt']);
    const fresh = openSqliteStore(':memory:');
    for (const [i, name] of names.entries()) if (name === 'b.txt' || name === 'd.txt') await fresh.putDocument(annotatedDocument(name, report(2001 + i)));
    expect((await store.listEntities()).items).toEqual((await fresh.listEntities()).items);
    await fresh.close();
    await store.close();
  });
});

describe('sqlite store: annotation layers read when first used', () => {
  const TEXT = 'On 4 May 2021, Chile and Norway signed a fisheries agreement in Oslo. Norwegian salmon exports to Chile reached US$310 million in 2020, up from US$250 million in 2019.';

  it('gives the same layers, in the same order, as read at once; a layer set is kept', async () => {
    const store = openSqliteStore(':memory:');
    const doc = annotatedDocument('fish.txt', TEXT, '2021-05-04');
    await store.putDocument(doc);
    const a = (await store.getAnnotations('fish.txt'))!;
    expect(Object.keys(a)).toEqual(['times', 'entities', 'events', 'facts']);
    expect(JSON.stringify(a)).toBe(JSON.stringify(doc.annotations));
    expect(a.facts.map((f) => TEXT.slice(f.valueStart, f.valueEnd))).toEqual(['US$310 million', 'US$250 million']);
    expect(a.times.map((t) => t.edtf)).toEqual(doc.annotations!.times.map((t) => t.edtf));
    const whole = (await store.getDocument('fish.txt'))!;
    expect(JSON.stringify(whole.annotations)).toBe(JSON.stringify(doc.annotations));
    // With `layers`, those alone, read at once.
    expect((await store.getDocument('fish.txt', { layers: ['times'] }))!.annotations).toEqual({ ...doc.annotations!, entities: [], events: [], facts: [] });
    a.events = [];
    expect(a.events).toEqual([]);
    expect({ ...a, events: undefined }).toEqual({ ...doc.annotations, events: undefined });
    await store.close();
  });

  it('does not read a layer of the document that replaced the one read: NOT_FOUND', async () => {
    const store = openSqliteStore(':memory:');
    await store.putDocument(annotatedDocument('fish.txt', TEXT, '2021-05-04'));
    const a = (await store.getAnnotations('fish.txt'))!;
    const times = a.times;
    const other = annotatedDocument('fish.txt', 'In June 2022, Chile and Norway held talks on salmon farming in Puerto Montt.', '2022-06-01');
    await store.putDocument({ ...other, ingestedAt: '2026-02-01T00:00:00.000Z' });
    expect(a.times).toBe(times);
    expect(() => a.facts).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(await store.getAnnotations('nope.txt')).toBeUndefined();
    await store.close();
  });
});
