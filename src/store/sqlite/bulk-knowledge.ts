import type Database from 'better-sqlite3';
import { FACT_POINTS_OF_KNOWLEDGE } from './aggregates.js';
import { KNOWLEDGE_GROUPS_OF_KNOWLEDGE } from './counts.js';

/**
 * Indexes of the knowledge that no step of a reconcile reads (the lists' orders and filters, the
 * mentions by document): the lookups by bucket and id, and the children's by item that the
 * foreign keys' cascades seek, are kept.
 */
const LIST_INDEXES = ['knowledge_count', 'knowledge_dates', 'knowledge_order_filter', 'knowledge_mentions_doc'];

/** The triggers an inserted knowledge row fires (counts by group, a fact's point, derived values dropped): their work is done at once after. */
const INSERT_TRIGGERS = ['knowledge_groups_replace', 'knowledge_groups_put', 'fact_points_put', 'derived_knowledge_put'];

/**
 * Runs `write` (a reconcile, inside the caller's transaction). When the knowledge is empty (the
 * first reconcile of a new database: every row is new), the list indexes and the insert triggers
 * are dropped first and made again, as they were, after; what the triggers would have done row by
 * row is then done by one statement each: SQLite sorts the rows once to build an index, where
 * 44,000 rows inserted one by one cost a seek in each index and four trigger programs each (the
 * groups' BEFORE INSERT trigger alone half of the knowledge's writing, 10,000 generated paragraphs).
 */
export function writeInBulk(db: Database.Database, write: () => void): void {
  const schema = db.prepare(`SELECT name, type, sql FROM sqlite_master WHERE name IN (SELECT value FROM json_each(?)) ORDER BY rowid`);
  const later = schema.all(JSON.stringify([...LIST_INDEXES, ...INSERT_TRIGGERS])) as { name: string; type: 'index' | 'trigger'; sql: string }[];
  // A database being upgraded (schema 4 rebuilds its knowledge before the counts and points exist) is written row by row.
  const current = later.length === LIST_INDEXES.length + INSERT_TRIGGERS.length;
  if (!current || !isEmpty(db, 'knowledge') || !isEmpty(db, 'fact_points')) return write();
  for (const x of later) db.exec(`DROP ${x.type.toUpperCase()} ${x.name}`);
  write();
  for (const x of later) db.exec(x.sql);
  if (isEmpty(db, 'knowledge')) return;
  db.exec(KNOWLEDGE_GROUPS_OF_KNOWLEDGE);
  db.exec(FACT_POINTS_OF_KNOWLEDGE);
  db.exec('DELETE FROM derived');
}

function isEmpty(db: Database.Database, table: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() === undefined;
}
