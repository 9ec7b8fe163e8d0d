import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { refreshDirty } from '../src/store/sqlite/knowledge.js';
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
});
