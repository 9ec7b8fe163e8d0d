import type { PoolClient } from 'pg';
import { AGGREGATES_MIGRATION } from './aggregates.js';

/**
 * The rows of `unit_repeats` for the passages of a table or CTE with `id` and `tsv`: each lexeme
 * with more than one position, and its count of positions (the term frequency BM25 reads).
 */
export const REPEATS_FROM = (passages: string): string => `SELECT p.id, x.lexeme, array_length(x.positions, 1) FROM ${passages} p, unnest(p.tsv) x WHERE array_length(x.positions, 1) > 1`;

/**
 * Forward migrations of the PostgreSQL store: MIGRATIONS[n] takes a schema from version n to
 * n + 1, in one transaction, and `dyad_schema` records each version applied. Never edit a
 * released migration; add a new one. Every table lives in the store's own PostgreSQL schema
 * (the connection's search_path), so one database can hold several Dyad stores.
 */
export const MIGRATIONS: string[] = [
  `
  -- Stemming without a stop-word list: FTS5's porter tokenizer drops no word, so neither do we.
  CREATE TEXT SEARCH DICTIONARY dyad_stem (TEMPLATE = snowball, Language = english);
  -- Letters folded to ASCII (unaccent) before stemming: FTS5's remove_diacritics 2.
  CREATE TEXT SEARCH CONFIGURATION dyad (COPY = simple);
  ALTER TEXT SEARCH CONFIGURATION dyad
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH public.unaccent, dyad_stem;
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    meta TEXT NOT NULL,
    kind TEXT,
    year INTEGER,
    text TEXT NOT NULL,
    warnings TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    pipeline_version TEXT NOT NULL
  );
  CREATE INDEX documents_kind ON documents (kind);
  CREATE INDEX documents_year ON documents (year);
  CREATE TABLE blocks (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    level INTEGER,
    label TEXT,
    rows TEXT,
    header BOOLEAN,
    PRIMARY KEY (doc_id, seq)
  );
  CREATE TABLE sentences (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    block INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (doc_id, seq)
  );
  -- Searchable passages: their exact text (the quote a hit gives back) and its tsvector.
  CREATE TABLE units (
    id BIGSERIAL PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    unit TEXT NOT NULL CHECK (unit IN ('paragraph', 'sentence')),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    tsv TSVECTOR NOT NULL
  );
  CREATE INDEX units_doc ON units (doc_id);
  CREATE INDEX units_tsv ON units USING GIN (tsv);
  -- One row per document and layer, the layer's annotations as a JSON array in document order.
  CREATE TABLE annotation_layers (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    layer TEXT NOT NULL CHECK (layer IN ('times', 'entities', 'events', 'facts')),
    data TEXT NOT NULL,
    PRIMARY KEY (doc_id, layer)
  );
  -- Reconciled knowledge (as SQLite's schema 4, store/sqlite/knowledge.ts): what each document
  -- gives under the key of the items it can join (its bucket), and the items reconciled from them.
  CREATE TABLE contributions (
    bucket TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (bucket, doc_id, seq)
  );
  CREATE INDEX contributions_doc ON contributions (doc_id);
  CREATE TABLE knowledge (
    id TEXT PRIMARY KEY,
    layer TEXT NOT NULL CHECK (layer IN ('events', 'facts', 'entities', 'conflicts')),
    bucket TEXT NOT NULL,
    third_party BOOLEAN NOT NULL,
    type TEXT NOT NULL,
    date_start TEXT,
    date_end TEXT,
    unit TEXT,
    s1 TEXT COLLATE "C" NOT NULL,
    s2 TEXT COLLATE "C" NOT NULL,
    s3 TEXT COLLATE "C" NOT NULL,
    n INTEGER NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX knowledge_bucket ON knowledge (bucket);
  CREATE INDEX knowledge_order ON knowledge (layer, s1, s2, s3);
  CREATE INDEX knowledge_count ON knowledge (layer, n DESC, s1, s2, s3);
  CREATE TABLE knowledge_mentions (
    item_id TEXT NOT NULL REFERENCES knowledge(id) ON DELETE CASCADE,
    doc TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
  );
  CREATE INDEX knowledge_mentions_item ON knowledge_mentions (item_id);
  CREATE INDEX knowledge_mentions_doc ON knowledge_mentions (doc, item_id);
  CREATE TABLE knowledge_actors (
    item_id TEXT NOT NULL REFERENCES knowledge(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    words TEXT NOT NULL
  );
  CREATE INDEX knowledge_actors_item ON knowledge_actors (item_id);
  -- The bytes of documents waiting on the ingest queue (dyad ingest --queue), until a worker
  -- has stored them; a parked job keeps its bytes so it can be run again.
  CREATE TABLE ingest_blobs (
    id UUID PRIMARY KEY,
    bytes BYTEA NOT NULL,
    queued_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  `,
  `
  -- A layer's annotations in parts (a long document's sections, each written as it is
  -- extracted, so ingest holds one section's annotations at a time), read back in part order.
  ALTER TABLE annotation_layers ADD COLUMN part INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE annotation_layers DROP CONSTRAINT annotation_layers_pkey;
  ALTER TABLE annotation_layers ADD PRIMARY KEY (doc_id, layer, part);
  -- Counts the writes committed (each write transaction adds one as its last statement): what a
  -- reader compares to know whether what it derived from the store is still true.
  CREATE TABLE data_version (n BIGINT NOT NULL);
  INSERT INTO data_version (n) VALUES (0);
  -- The filter columns beside the order's, so a page tests the filter in the index.
  CREATE INDEX knowledge_order_filter ON knowledge (layer, s1, s2, s3, id, third_party, date_end, date_start, unit, type);
  CREATE INDEX knowledge_dates ON knowledge (layer, third_party, date_end, date_start, unit, type);
  `,
  AGGREGATES_MIGRATION,
  `
  -- A document's contributions by place (as SQLite's schema 10): the states a sentence names are
  -- its document's entity rows between two offsets. Its prefix serves the lookups by document.
  CREATE INDEX contributions_place ON contributions (doc_id, start);
  DROP INDEX contributions_doc;
  `,
  `
  -- Each unit's passages indexed apart (every search names its unit): a word's posting list holds
  -- only the unit searched, and a count of a word's passages, with no filter left to test on the
  -- row, reads the index alone where the table's pages are all visible (DESIGN.md, Session 21).
  CREATE INDEX units_tsv_paragraph ON units USING GIN (tsv) WHERE unit = 'paragraph';
  CREATE INDEX units_tsv_sentence ON units USING GIN (tsv) WHERE unit = 'sentence';
  DROP INDEX units_tsv;
  `,
  `
  -- The words a passage holds more than once, with how often (a word not here it holds once):
  -- a one-word search ranks its matches by BM25 from these and the passages' lengths, reading no
  -- passage's tsvector (most are TOASTed; DESIGN.md, Session 23). Filled from the stored passages.
  CREATE TABLE unit_repeats (
    unit_id BIGINT NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    lexeme TEXT NOT NULL,
    tf INTEGER NOT NULL,
    PRIMARY KEY (lexeme, unit_id)
  );
  INSERT INTO unit_repeats (unit_id, lexeme, tf) ${REPEATS_FROM('units')};
  CREATE INDEX unit_repeats_unit ON unit_repeats (unit_id);
  `,
  `
  -- Item buckets a stored document touched and that are not reconciled since (DESIGN.md, Session
  -- 41): written in the document's transaction, deleted by the short transactions that reconcile
  -- them after it; rows left by a writer that stopped in between are drained by reconcileKnowledge.
  -- No foreign key: a deleted document's rows are still to be reconciled.
  CREATE TABLE knowledge_dirty (
    bucket TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    PRIMARY KEY (bucket, doc_id)
  );
  `,
  `
  -- Schema version 8. A mark's generation (DESIGN.md, Session 42): a bucket marked again for the same document (stored
  -- again under its id, or deleted) gets a new one, so a reconcile deletes only the marks it read
  -- under the bucket's lock before its full read, never one written after that read.
  CREATE SEQUENCE knowledge_dirty_gen;
  ALTER TABLE knowledge_dirty ADD COLUMN gen BIGINT NOT NULL DEFAULT nextval('knowledge_dirty_gen');
  ALTER SEQUENCE knowledge_dirty_gen OWNED BY knowledge_dirty.gen;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** The text search configuration every tsvector and tsquery of the store is built with. */
export const TS_CONFIG = 'dyad';

/** Advisory-lock class of Dyad's locks: 'DYAD' as a 32-bit integer, as in the SQLite header. */
export const LOCK_CLASS = 0x44594144;

/** The version recorded in `dyad_schema`, or 0 when the schema has no Dyad tables yet. */
export async function currentVersion(client: PoolClient, schema: string): Promise<{ version: number; foreignTables: number }> {
  // By name, not current_schema(): before the schema exists, current_schema() is the next one
  // on the search path (public), whose tables are not ours to judge.
  const tables = await client.query<{ n: number; ours: boolean }>(`SELECT count(*)::int AS n, coalesce(bool_or(tablename = 'dyad_schema'), false) AS ours FROM pg_tables WHERE schemaname = $1`, [
    schema,
  ]);
  const { n, ours } = tables.rows[0]!;
  if (!ours) return { version: 0, foreignTables: n };
  const v = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${schema}.dyad_schema`);
  return { version: v.rows[0]!.v ?? 0, foreignTables: 0 };
}

/**
 * Applies the migrations from `from` up, each in its own transaction with its version row, in
 * `schema` by name (the session's search path was set before the schema existed).
 */
export async function applyMigrations(client: PoolClient, schema: string, from: number, pipelineVersion: string): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.dyad_schema (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now(), by_version TEXT NOT NULL)`);
  for (let v = from; v < SCHEMA_VERSION; v++) {
    await client.query('BEGIN');
    try {
      await client.query(`SET LOCAL search_path = ${schema}, public`);
      await client.query(MIGRATIONS[v]!);
      await client.query('INSERT INTO dyad_schema (version, by_version) VALUES ($1, $2)', [v + 1, pipelineVersion]);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    }
  }
}
