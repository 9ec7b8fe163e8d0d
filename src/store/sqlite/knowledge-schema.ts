// The knowledge tables of the SQLite store, as each schema version made them (`schema.ts` runs them in order).

/** The tables of reconciled knowledge (schema version 4). */
export const KNOWLEDGE_SCHEMA = `
  -- What each document gives the knowledge: an annotation and its quote under the key of the
  -- items it can join (its bucket); a bucket is reconciled from all its rows when one changes.
  CREATE TABLE contributions (
    bucket TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    -- Entities: the name the mention gives (the actor filter matches every spelling).
    label TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (bucket, doc_id, seq)
  ) WITHOUT ROWID;
  CREATE INDEX contributions_doc ON contributions (doc_id);
  -- Reconciled events, facts, entities and conflicts; data holds the item as served.
  CREATE TABLE knowledge (
    id TEXT PRIMARY KEY,
    layer TEXT NOT NULL CHECK (layer IN ('events', 'facts', 'entities', 'conflicts')),
    bucket TEXT NOT NULL,
    third_party INTEGER NOT NULL,
    type TEXT NOT NULL,
    date_start TEXT,
    date_end TEXT,
    unit TEXT,
    s1 TEXT NOT NULL,
    s2 TEXT NOT NULL,
    s3 TEXT NOT NULL,
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
  -- Buckets whose contributions changed since they were last reconciled: written in the
  -- document's transaction, cleared by the reconcile step in the transaction that reconciles them.
  CREATE TABLE knowledge_dirty (bucket TEXT PRIMARY KEY) WITHOUT ROWID;
`;

/**
 * Schema 6: the filter columns of knowledge in indexes, so neither a filter's count nor a page
 * reads the rows it passes over (each holds its item's JSON): `knowledge_dates` seeks the date
 * ranges for the count; `knowledge_order_filter` walks the order (replacing `knowledge_order`,
 * its prefix) testing the filter in the index, and reads only the rows of the page.
 */
export const KNOWLEDGE_FILTER_INDEXES = `
  CREATE INDEX knowledge_dates ON knowledge (layer, third_party, date_end, date_start, unit, type);
  CREATE INDEX knowledge_order_filter ON knowledge (layer, s1, s2, s3, id, third_party, date_end, date_start, unit, type);
  DROP INDEX knowledge_order;
`;

/**
 * Schema 9: contributions in a rowid table with a unique index on (bucket, doc_id, seq), not a
 * WITHOUT ROWID table kept in bucket order. A document's rows arrive in document order and land
 * in every bucket's place: in bucket order each ~200-byte row was inserted at its bucket's page
 * (page splits all over the table); now the rows are appended and only the index's short keys
 * go to their buckets' pages. Queries are unchanged (the index serves every bucket lookup).
 */
export const CONTRIBUTIONS_ROWID = `
  CREATE TABLE contributions_rowid (
    bucket TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT,
    data TEXT NOT NULL
  );
  INSERT INTO contributions_rowid (bucket, doc_id, seq, start, "end", label, data) SELECT bucket, doc_id, seq, start, "end", label, data FROM contributions ORDER BY doc_id, seq;
  DROP TABLE contributions;
  ALTER TABLE contributions_rowid RENAME TO contributions;
  CREATE UNIQUE INDEX contributions_bucket ON contributions (bucket, doc_id, seq);
  CREATE INDEX contributions_doc ON contributions (doc_id);
`;

/**
 * Schema 10: a document's contributions by place, (doc_id, start), in place of the index on
 * doc_id alone (whose lookups it serves as its prefix): the states a sentence names are the
 * entity rows of its document between two offsets, a seek instead of reading and parsing the
 * document's whole entities layer (`mentionsWithin`, store/sqlite/mentions.ts).
 */
export const CONTRIBUTIONS_BY_PLACE = `
  CREATE INDEX contributions_place ON contributions (doc_id, start);
  DROP INDEX contributions_doc;
`;
