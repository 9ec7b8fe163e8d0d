import type Database from 'better-sqlite3';
import type { KnowledgeFact } from '../../model/knowledge.js';
import type { SeriesLineCount, SeriesLineKey, SeriesPointRow } from '../../model/aggregates.js';

/** The columns of a fact's point, from its knowledge row (`R` is NEW in a trigger, k in a query). */
const pointColumns = (r: string) => `${r}.id, ${r}.third_party, ${r}.type, coalesce(${r}.unit, ''),
  CASE WHEN substr(${r}.date_start, 1, 4) = substr(${r}.date_end, 1, 4) THEN 'annual' ELSE 'multi-year' END,
  coalesce(json_extract(${r}.data, '$.subject'), ''),
  coalesce(json_extract(${r}.data, '$.direction.from') || '>' || json_extract(${r}.data, '$.direction.to'), ''),
  json_extract(${r}.data, '$.period'), json_extract(${r}.data, '$.value'),
  ${r}.s1 || char(1) || ${r}.s2 || char(1) || ${r}.s3 || char(1) || ${r}.id`;

/**
 * Every reconciled fact's point, from the knowledge rows in the order they were written (the
 * trigger's work done at once: schema 7 over the facts already stored, `writeInBulk` after a first reconcile).
 */
export const FACT_POINTS_OF_KNOWLEDGE = `INSERT INTO fact_points (item_id, third_party, indicator, unit, scope, subject, direction, period, value, ord)
    SELECT ${pointColumns('k')} FROM knowledge k WHERE k.layer = 'facts' AND json_extract(k.data, '$.period') IS NOT NULL ORDER BY k.rowid`;

/**
 * Schema 7: each reconciled fact with a period as a point of its line (`fact_points`), kept by
 * triggers on `knowledge` in the transaction that writes the fact (so never out of step with it,
 * whoever writes), read through one index: the overview's lines and counts need no fact's JSON.
 * A line is what `seriesOf` joins (indicator, unit, scope, subject, direction); the scope is the
 * period's first and last year compared, as `scopeOf` does (`date_start`/`date_end` are its bounds).
 */
export const AGGREGATES_SCHEMA = `
  -- Built whole: a database whose version was set back (a test's schema-3 copy) may still hold them.
  DROP TRIGGER IF EXISTS fact_points_put; DROP TRIGGER IF EXISTS fact_points_drop;
  DROP TRIGGER IF EXISTS derived_knowledge_put; DROP TRIGGER IF EXISTS derived_knowledge_drop;
  DROP TRIGGER IF EXISTS derived_documents_put; DROP TRIGGER IF EXISTS derived_documents_change; DROP TRIGGER IF EXISTS derived_documents_drop;
  DROP TABLE IF EXISTS fact_points; DROP TABLE IF EXISTS derived;
  CREATE TABLE fact_points (
    item_id TEXT PRIMARY KEY,
    third_party INTEGER NOT NULL,
    indicator TEXT NOT NULL,
    unit TEXT NOT NULL,
    scope TEXT NOT NULL,
    subject TEXT NOT NULL,
    direction TEXT NOT NULL,
    period TEXT NOT NULL,
    value REAL NOT NULL,
    ord TEXT NOT NULL
  );
  CREATE INDEX fact_points_line ON fact_points (third_party, indicator, unit, scope, subject, direction, period, value, ord, item_id);
  -- A fact rewritten (INSERT OR REPLACE) may have lost its period: drop its point, then add it again.
  CREATE TRIGGER fact_points_put AFTER INSERT ON knowledge WHEN NEW.layer = 'facts' BEGIN
    DELETE FROM fact_points WHERE item_id = NEW.id;
    INSERT INTO fact_points (item_id, third_party, indicator, unit, scope, subject, direction, period, value, ord)
      SELECT ${pointColumns('NEW')} WHERE json_extract(NEW.data, '$.period') IS NOT NULL;
  END;
  CREATE TRIGGER fact_points_drop AFTER DELETE ON knowledge WHEN OLD.layer = 'facts' BEGIN
    DELETE FROM fact_points WHERE item_id = OLD.id;
  END;
  ${FACT_POINTS_OF_KNOWLEDGE};
  -- Values derived from the knowledge and documents (the relationship's state, the lines of figures), kept
  -- between processes; any change to what they were derived from drops them all, in the
  -- transaction that makes it, so one kept is never stale (see putDerived).
  CREATE TABLE derived (key TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID;
  CREATE TRIGGER derived_knowledge_put AFTER INSERT ON knowledge BEGIN DELETE FROM derived; END;
  CREATE TRIGGER derived_knowledge_drop AFTER DELETE ON knowledge BEGIN DELETE FROM derived; END;
  CREATE TRIGGER derived_documents_put AFTER INSERT ON documents BEGIN DELETE FROM derived; END;
  CREATE TRIGGER derived_documents_change AFTER UPDATE ON documents BEGIN DELETE FROM derived; END;
  CREATE TRIGGER derived_documents_drop AFTER DELETE ON documents BEGIN DELETE FROM derived; END;
`;

/** A kept derived value, if any. */
export function getDerived(db: Database.Database, key: string): string | undefined {
  return db.prepare('SELECT data FROM derived WHERE key = ?').pluck().get(key) as string | undefined;
}

/** Keeps a derived value (call inside the write transaction that checked nothing changed since it was derived). */
export function putDerived(db: Database.Database, key: string, data: string): void {
  db.prepare('INSERT OR REPLACE INTO derived (key, data) VALUES (?, ?)').run(key, data);
}

/** A point `p` of a measured figure: a projected one ("would cut … by US$4 billion in 2025") is no point of a line, as in `seriesOf`. */
const MEASURED = `NOT EXISTS (SELECT 1 FROM knowledge k WHERE k.id = p.item_id AND json_extract(k.data, '$.qualifier') = 'projected')`;

/** The pair's lines of figures (third-party figures left out, as `Engine.facts()` does), counted in the index. */
export function seriesLines(db: Database.Database): SeriesLineCount[] {
  const rows = db
    .prepare(
      `SELECT indicator, unit, scope, subject, direction, count(*) AS points, count(DISTINCT period) AS periods, min(ord) AS ord
       FROM fact_points p WHERE third_party = 0 AND ${MEASURED} GROUP BY indicator, unit, scope, subject, direction`,
    )
    .all() as (SeriesLineKey & { points: number; periods: number; ord: string })[];
  return rows.map((r) => ({ ...r, order: r.ord, first: r.ord.slice(r.ord.lastIndexOf('\u0001') + 1) }));
}

/** The points of one line, with their mentions. */
export function seriesPoints(db: Database.Database, line: SeriesLineKey): SeriesPointRow[] {
  const rows = db
    .prepare(
      `SELECT p.item_id AS id, p.period, p.value, p.ord,
         (SELECT json_group_array(m.doc || '|' || m.start || '|' || m."end") FROM knowledge_mentions m WHERE m.item_id = p.item_id) AS mentions
       FROM fact_points p
       WHERE p.third_party = 0 AND ${MEASURED} AND p.indicator = @indicator AND p.unit = @unit AND p.scope = @scope AND p.subject = @subject AND p.direction = @direction`,
    )
    .all(line) as { id: string; period: string; value: number; ord: string; mentions: string }[];
  return rows.map((r) => ({ id: r.id, period: r.period, value: r.value, order: r.ord, mentions: JSON.parse(r.mentions) as string[] }));
}

/** Every passage a conflict of figures cites, as "doc|start|end" (third-party conflicts too, as `Engine.conflicts()` lists them). */
export function factConflictMentions(db: Database.Database): string[] {
  return db
    .prepare(`SELECT DISTINCT m.doc || '|' || m.start || '|' || m."end" FROM knowledge k JOIN knowledge_mentions m ON m.item_id = k.id WHERE k.layer = 'conflicts' AND k.type = 'fact'`)
    .pluck()
    .all() as string[];
}

/** Facts by id, in the order asked (unknown ids left out). */
export function factsByIds(db: Database.Database, ids: string[]): KnowledgeFact[] {
  // By the primary key (`+layer`: not through an index of the layer, which would walk every fact).
  const rows = db.prepare(`SELECT id, data FROM knowledge WHERE +layer = 'facts' AND id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: string; data: string }[];
  const byId = new Map(rows.map((r) => [r.id, JSON.parse(r.data) as KnowledgeFact]));
  return ids.map((id) => byId.get(id)).filter((f): f is KnowledgeFact => f !== undefined);
}
