import { describe, expect, it, vi } from 'vitest';
import type Database from 'better-sqlite3';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { refresh, refreshDirty } from '../src/store/sqlite/knowledge.js';
import { ItemBuckets } from '../src/store/reconcile-pages.js';
import { annotatedDocument, PAGED_DOCUMENTS as DOCUMENTS } from './helpers/store-documents.js';

const TABLES = ['knowledge', 'knowledge_mentions', 'knowledge_actors'];

/** Every row of the knowledge tables, in the order they were written, and the counted groups (their triggers' work). */
function rows(db: Database.Database): Record<string, unknown[]> {
  const written = TABLES.map((t) => [t, db.prepare(`SELECT rowid, * FROM ${t} ORDER BY rowid`).raw().all()]);
  return Object.fromEntries([...written, ['knowledge_groups', db.prepare('SELECT * FROM knowledge_groups WHERE n > 0 ORDER BY 1, 2, 3, 4, 5, 6').raw().all()]]);
}

/** All knowledge dropped and every contribution bucket marked, as a store upgrade does before it rebuilds. */
function markAll(db: Database.Database): number {
  db.exec('DELETE FROM knowledge; INSERT OR IGNORE INTO knowledge_dirty SELECT DISTINCT bucket FROM contributions');
  return db.prepare('SELECT count(*) FROM knowledge_dirty').pluck().get() as number;
}

describe('changed buckets reconciled a page of marks at a time', () => {
  it('writes the same rows in the same order with pages of 1, 2 and 3 marks as with one page', async () => {
    const store = openSqliteStore(':memory:');
    for (const [name, text] of DOCUMENTS) await store.putDocument(annotatedDocument(name, text));
    const db = (store as unknown as { db: Database.Database }).db;
    const marked = markAll(db);
    expect(refreshDirty(db)).toBe(marked);
    const whole = rows(db);
    expect((await store.listConflicts()).total).toBeGreaterThan(0);
    expect(whole.knowledge!.length).toBeGreaterThan(10);
    for (const page of [1, 2, 3]) {
      expect(markAll(db)).toBe(marked);
      expect(refreshDirty(db, page)).toBe(marked);
      expect(rows(db)).toEqual(whole);
      expect(db.prepare('SELECT count(*) FROM knowledge_dirty').pluck().get()).toBe(0);
    }
    await store.close();
  });

  it('reconciles nothing and writes nothing when no bucket is marked', async () => {
    const store = openSqliteStore(':memory:');
    await store.putDocument(annotatedDocument('a.txt', DOCUMENTS[0][1]));
    const db = (store as unknown as { db: Database.Database }).db;
    refreshDirty(db);
    const before = rows(db);
    expect(refreshDirty(db, 1)).toBe(0);
    expect(rows(db)).toEqual(before);
    await store.close();
  });

  it('builds the list indexes and the work of the insert triggers after the rows when the knowledge was empty, leaving the schema as it was and the rows, counts and points a reconcile row by row writes', async () => {
    const store = openSqliteStore(':memory:');
    for (const [name, text] of DOCUMENTS) await store.putDocument(annotatedDocument(name, text));
    const db = (store as unknown as { db: Database.Database }).db;
    const schema = () => db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name").raw().all() as string[][];
    const before = schema();
    expect(before.map((r) => r[1])).toContain('knowledge_order_filter');
    markAll(db);
    // The bulk path, not a silent fall back to row-by-row writing: it drops the four list indexes and the four insert triggers (in the schema's order).
    const exec = vi.spyOn(db, 'exec');
    const dropped = () => exec.mock.calls.map((c) => c[0]).filter((s) => s.startsWith('DROP '));
    refreshDirty(db);
    expect(dropped()).toEqual([
      'DROP INDEX knowledge_count',
      'DROP INDEX knowledge_mentions_doc',
      'DROP INDEX knowledge_dates',
      'DROP INDEX knowledge_order_filter',
      'DROP TRIGGER fact_points_put',
      'DROP TRIGGER derived_knowledge_put',
      'DROP TRIGGER knowledge_groups_replace',
      'DROP TRIGGER knowledge_groups_put',
    ]);
    exec.mockClear();
    expect(schema()).toEqual(before);
    const points = () => db.prepare('SELECT rowid, * FROM fact_points ORDER BY rowid').raw().all();
    const bulk = rows(db);
    const bulkPoints = points();
    // The same marks reconciled by `refresh` alone, every index kept.
    markAll(db);
    const marks = db.prepare('SELECT bucket FROM knowledge_dirty ORDER BY bucket').pluck().all() as string[];
    db.exec('DELETE FROM knowledge_dirty');
    refresh(db, new ItemBuckets().of(marks));
    expect(dropped()).toEqual([]);
    exec.mockRestore();
    expect(rows(db)).toEqual(bulk);
    expect(points()).toEqual(bulkPoints);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    await store.close();
  });
});
