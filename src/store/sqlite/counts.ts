import type Database from 'better-sqlite3';

/** The reconciled items counted by group at once (the triggers' work: schema 8 over the items already stored, `writeInBulk` after a first reconcile); a group kept at 0 counts them again. */
export const KNOWLEDGE_GROUPS_OF_KNOWLEDGE = `INSERT INTO knowledge_groups
    SELECT layer, third_party, ifnull(date_end, ''), ifnull(date_start, ''), ifnull(unit, ''), type, count(*) FROM knowledge WHERE true GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT DO UPDATE SET n = n + excluded.n`;

/**
 * Schema 8: counts kept as they are written, so the first view of a large store reads a few rows
 * instead of grouping every item (session 11: at 100,000 paragraphs the cold overview spent 175 ms
 * of CPU grouping 383,000 knowledge rows and 161 ms counting 500,000 blocks and sentences and
 * measuring 67 MB of text, each time a server started or the data changed).
 *
 * - `document_listing`: a document's length in characters, its blocks by type and sentences, and
 *   the columns of `documents` stored after its text (warnings, ingestion time, pipeline version:
 *   reading them walked the text's overflow pages, 67 MB for 200 documents), written by
 *   `putDocument` in the document's transaction from the rows it has just written (the same SQL
 *   the listing ran per document), dropped with it (ON DELETE CASCADE).
 * - `knowledge_groups`: the reconciled items counted by their filter columns (layer, side, date
 *   bounds, unit, type), kept by triggers on `knowledge` in the transaction that writes an item,
 *   whoever writes it. A missing date or unit is kept as '' (a key column is never NULL, so one
 *   group is one row) and read back as NULL. An item rewritten by INSERT OR REPLACE leaves its old
 *   group in the BEFORE INSERT trigger (a group left at 0 is not read): SQLite fires no DELETE trigger for the row REPLACE removes
 *   (recursive_triggers is off, SQLite's default, which Dyad never changes).
 */
export const COUNTS_SCHEMA = `
  -- Built whole: a database whose version was set back (a test's schema-3 copy) may still hold them.
  DROP TRIGGER IF EXISTS knowledge_groups_replace; DROP TRIGGER IF EXISTS knowledge_groups_put; DROP TRIGGER IF EXISTS knowledge_groups_drop;
  DROP TABLE IF EXISTS document_listing; DROP TABLE IF EXISTS knowledge_groups;
  CREATE TABLE document_listing (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    chars INTEGER NOT NULL,
    blocks INTEGER NOT NULL,
    paragraphs INTEGER NOT NULL,
    headings INTEGER NOT NULL,
    footnotes INTEGER NOT NULL,
    tables INTEGER NOT NULL,
    sentences INTEGER NOT NULL,
    warnings TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    pipeline_version TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE knowledge_groups (
    layer TEXT NOT NULL,
    third_party INTEGER NOT NULL,
    date_end TEXT NOT NULL,
    date_start TEXT NOT NULL,
    unit TEXT NOT NULL,
    type TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (layer, third_party, date_end, date_start, unit, type)
  ) WITHOUT ROWID;
  CREATE TRIGGER knowledge_groups_replace BEFORE INSERT ON knowledge BEGIN
    UPDATE knowledge_groups SET n = n - 1
      WHERE (layer, third_party, date_end, date_start, unit, type) IN (SELECT layer, third_party, ifnull(date_end, ''), ifnull(date_start, ''), ifnull(unit, ''), type FROM knowledge WHERE id = NEW.id);
  END;
  CREATE TRIGGER knowledge_groups_put AFTER INSERT ON knowledge BEGIN
    INSERT INTO knowledge_groups VALUES (NEW.layer, NEW.third_party, ifnull(NEW.date_end, ''), ifnull(NEW.date_start, ''), ifnull(NEW.unit, ''), NEW.type, 1)
      ON CONFLICT DO UPDATE SET n = n + 1;
  END;
  CREATE TRIGGER knowledge_groups_drop AFTER DELETE ON knowledge BEGIN
    UPDATE knowledge_groups SET n = n - 1
      WHERE (layer, third_party, date_end, date_start, unit, type) = (OLD.layer, OLD.third_party, ifnull(OLD.date_end, ''), ifnull(OLD.date_start, ''), ifnull(OLD.unit, ''), OLD.type);
    DELETE FROM knowledge_groups
      WHERE (layer, third_party, date_end, date_start, unit, type) = (OLD.layer, OLD.third_party, ifnull(OLD.date_end, ''), ifnull(OLD.date_start, ''), ifnull(OLD.unit, ''), OLD.type) AND n = 0;
  END;
  ${KNOWLEDGE_GROUPS_OF_KNOWLEDGE};
  INSERT INTO document_listing SELECT id, ${countColumns('d')} FROM documents d;
`;

/** A document's counts from its stored rows, as the listing counted them, and its columns stored after its text (`d` names the documents row). */
function countColumns(d: string, chars = `length(${d}.text)`): string {
  return `${chars},
    (SELECT count(*) FROM blocks b WHERE b.doc_id = ${d}.id),
    (SELECT count(*) FROM blocks b WHERE b.doc_id = ${d}.id AND b.type IN ('paragraph', 'list-item')),
    (SELECT count(*) FROM blocks b WHERE b.doc_id = ${d}.id AND b.type = 'heading'),
    (SELECT count(*) FROM blocks b WHERE b.doc_id = ${d}.id AND b.type = 'footnote'),
    (SELECT count(*) FROM blocks b WHERE b.doc_id = ${d}.id AND b.type = 'table'),
    (SELECT count(*) FROM sentences s WHERE s.doc_id = ${d}.id),
    ${d}.warnings, ${d}.ingested_at, ${d}.pipeline_version`;
}

/**
 * Keeps a document's counts: call in its transaction, after its blocks and sentences are written.
 * Its characters are counted from `text` as SQLite's `length()` counts the stored text, which it
 * would have to read back whole (a 100 MB text: 100 MB more, at the end of the document's write).
 */
export function putDocumentCounts(db: Database.Database, docId: string, text: string): void {
  db.prepare(`INSERT OR REPLACE INTO document_listing SELECT id, ${countColumns('d', '?')} FROM documents d WHERE d.id = ?`).run(sqlLength(text), docId);
}

/**
 * What SQLite's `length()` gives for a JavaScript string once stored: its code points (a pair of
 * surrogates is one; a lone surrogate is stored as U+FFFD, one too).
 * @example sqlLength('a𝟙b') // → 3
 */
export function sqlLength(text: string): number {
  const pair = /[\ud800-\udbff][\udc00-\udfff]/g;
  let pairs = 0;
  while (pair.exec(text)) pairs++;
  return text.length - pairs;
}

/** The columns a document summary reads after the text, from the kept listing (`c`, joined on the document). */
export const SUMMARY_COUNTS = `c.warnings, c.ingested_at, c.pipeline_version, c.chars, c.blocks AS n_blocks, c.paragraphs AS n_paragraphs, c.headings AS n_headings, c.footnotes AS n_footnotes, c.tables AS n_tables, c.sentences AS n_sentences`;

/** The kept groups of reconciled items (what `GROUP BY` over `knowledge` gives), a missing date or unit as NULL. */
export const KNOWLEDGE_GROUPS = `SELECT layer, third_party, nullif(date_end, '') AS date_end, nullif(date_start, '') AS date_start, nullif(unit, '') AS unit, type, n FROM knowledge_groups WHERE n > 0`;

/** What `check()` reports of the kept counts: groups out of step with the items, documents without their listing row. */
export function checkCounts(db: Database.Database): string[] {
  const problems: string[] = [];
  const grouped = `SELECT layer, third_party, ifnull(date_end, '') AS date_end, ifnull(date_start, '') AS date_start, ifnull(unit, '') AS unit, type, count(*) AS n FROM knowledge GROUP BY 1, 2, 3, 4, 5, 6`;
  const kept = 'SELECT layer, third_party, date_end, date_start, unit, type, n FROM knowledge_groups WHERE n > 0';
  // A group counted wrongly is on both sides of the difference: counted once, by its key.
  const keys = 'layer, third_party, date_end, date_start, unit, type';
  const differ = db.prepare(`SELECT count(*) AS n FROM (SELECT ${keys} FROM (${grouped} EXCEPT ${kept}) UNION SELECT ${keys} FROM (${kept} EXCEPT ${grouped}))`).get() as { n: number };
  if (differ.n) problems.push(`${differ.n} groups of knowledge_groups out of step with knowledge`);
  const unlisted = (db.prepare('SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_listing c WHERE c.doc_id = d.id)').get() as { n: number }).n;
  if (unlisted) problems.push(`${unlisted} documents without their row in document_listing`);
  return problems;
}
