import type Database from 'better-sqlite3';
import { CONTRIBUTIONS_BY_PLACE, CONTRIBUTIONS_ROWID, KNOWLEDGE_FILTER_INDEXES, KNOWLEDGE_SCHEMA } from './knowledge-schema.js';
import { rebuild } from './knowledge.js';
import { AGGREGATES_SCHEMA } from './aggregates.js';
import { COUNTS_SCHEMA } from './counts.js';
import { ANNOTATION_LAYERS_ROWID, PACKED_LAYERS } from './layers.js';

/** 'DYAD' as a 32-bit integer: marks the file as a Dyad database (PRAGMA application_id). */
export const APPLICATION_ID = 0x44594144;

/**
 * Forward migrations: MIGRATIONS[n] takes a database from version n to n + 1.
 * Never edit a released migration; add a new one.
 */
export const MIGRATIONS: ((db: Database.Database) => void)[] = [
  (db) => {
    db.exec(`
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
      CREATE TABLE blocks (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        type TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        level INTEGER,
        label TEXT,
        rows TEXT,
        header INTEGER,
        PRIMARY KEY (doc_id, seq)
      ) WITHOUT ROWID;
      CREATE TABLE sentences (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        block INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (doc_id, seq)
      ) WITHOUT ROWID;
      -- Searchable passages; their text is in paragraph_fts or sentence_fts under the same rowid.
      CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        unit TEXT NOT NULL CHECK (unit IN ('paragraph', 'sentence')),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
      );
      CREATE INDEX units_doc ON units (doc_id);
      CREATE VIRTUAL TABLE paragraph_fts USING fts5 (text, tokenize = 'porter unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE sentence_fts USING fts5 (text, tokenize = 'porter unicode61 remove_diacritics 2');
    `);
  },
  (db) => {
    db.exec(`
      -- Stand-off annotations of the extraction pipeline; data holds the whole annotation as JSON.
      CREATE TABLE annotations (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        layer TEXT NOT NULL CHECK (layer IN ('times', 'entities', 'events', 'facts')),
        seq INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        kind TEXT,
        date TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (doc_id, layer, seq)
      ) WITHOUT ROWID;
      CREATE INDEX annotations_layer_kind ON annotations (layer, kind);
    `);
  },
  (db) => {
    db.exec(`
      -- One row per document and layer, the layer's annotations as a JSON array in document
      -- order: a document's annotations are written and read together, and a row per annotation
      -- (millions on a large corpus) made ingest slow and the file large.
      CREATE TABLE annotation_layers (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        layer TEXT NOT NULL CHECK (layer IN ('times', 'entities', 'events', 'facts')),
        data TEXT NOT NULL,
        PRIMARY KEY (doc_id, layer)
      ) WITHOUT ROWID;
      INSERT INTO annotation_layers (doc_id, layer, data)
        SELECT doc_id, layer, json_group_array(json(data)) FROM (SELECT doc_id, layer, data FROM annotations ORDER BY doc_id, layer, seq) GROUP BY doc_id, layer;
      DROP TABLE annotations;
    `);
  },
  (db) => {
    // Reconciled knowledge stored, not recomputed per request: built from the stored annotations.
    db.exec(KNOWLEDGE_SCHEMA);
    rebuild(db);
  },
  (db) => {
    db.exec(`
      -- A layer's annotations in parts (a long document's sections, each written as it is
      -- extracted, so ingest holds one section's annotations at a time), read back in part order.
      CREATE TABLE annotation_parts (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        layer TEXT NOT NULL CHECK (layer IN ('times', 'entities', 'events', 'facts')),
        part INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (doc_id, layer, part)
      ) WITHOUT ROWID;
      INSERT INTO annotation_parts (doc_id, layer, part, data) SELECT doc_id, layer, 0, data FROM annotation_layers;
      DROP TABLE annotation_layers;
      ALTER TABLE annotation_parts RENAME TO annotation_layers;
    `);
  },
  (db) => db.exec(KNOWLEDGE_FILTER_INDEXES),
  (db) => db.exec(AGGREGATES_SCHEMA),
  // Schema 8: counts kept as they are written (store/sqlite/counts.ts).
  (db) => db.exec(COUNTS_SCHEMA),
  // Schema 9: contributions in a rowid table with an index (store/sqlite/knowledge.ts).
  (db) => db.exec(CONTRIBUTIONS_ROWID),
  // Schema 10: contributions indexed by document and place (store/sqlite/knowledge.ts).
  (db) => db.exec(CONTRIBUTIONS_BY_PLACE),
  // Schema 11: annotation layers in a rowid table with an index (store/sqlite/layers.ts).
  (db) => db.exec(ANNOTATION_LAYERS_ROWID),
  // Schema 12: layers stored packed (store/sqlite/layers.ts).
  PACKED_LAYERS,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Migrations that rewrite nothing, only the version moves (schema 12: older rows stay text and read as they are). */
const VERSION_ONLY: ReadonlySet<(db: Database.Database) => void> = new Set([PACKED_LAYERS]);

/**
 * Whether a database at `version` reads as it is, its later migrations all version-only: a
 * read-only open (the ask worker, `dyad serve` on a read-only file system) cannot migrate, and
 * reads such a file instead of refusing it.
 * @example readsAsIs(11) // → true (schema 12 rewrites nothing); readsAsIs(10) // → false
 */
export const readsAsIs = (version: number): boolean => MIGRATIONS.slice(version).every((m) => VERSION_ONLY.has(m));
