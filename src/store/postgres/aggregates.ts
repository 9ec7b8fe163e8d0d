import type { Pool, PoolClient } from 'pg';
import type { KnowledgeFact } from '../../model/knowledge.js';
import type { SeriesLineCount, SeriesLineKey, SeriesPointRow } from '../../model/aggregates.js';

type Db = PoolClient | Pool;

/** The columns of a fact's point from its knowledge row `r` (NEW in the trigger, k in the backfill). */
const pointColumns = (r: string) => `${r}.id, ${r}.third_party, ${r}.type, coalesce(${r}.unit, ''),
    CASE WHEN substr(${r}.date_start, 1, 4) = substr(${r}.date_end, 1, 4) THEN 'annual' ELSE 'multi-year' END,
    coalesce(${r}.data::json ->> 'subject', ''),
    coalesce((${r}.data::json #>> '{direction,from}') || '>' || (${r}.data::json #>> '{direction,to}'), ''),
    ${r}.data::json ->> 'period', (${r}.data::json ->> 'value')::float8,
    ${r}.s1 || chr(1) || ${r}.s2 || chr(1) || ${r}.s3 || chr(1) || ${r}.id`;

/**
 * Schema 7, as store/sqlite/aggregates.ts: each reconciled fact with a period as a point of its
 * line, kept by a trigger on `knowledge` in the transaction that writes the fact (a deleted fact's
 * point goes with it by the foreign key).
 */
export const AGGREGATES_MIGRATION = `
  CREATE TABLE fact_points (
    item_id TEXT PRIMARY KEY REFERENCES knowledge(id) ON DELETE CASCADE,
    third_party BOOLEAN NOT NULL,
    indicator TEXT NOT NULL,
    unit TEXT NOT NULL,
    scope TEXT NOT NULL,
    subject TEXT NOT NULL,
    direction TEXT NOT NULL,
    period TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    ord TEXT COLLATE "C" NOT NULL
  );
  CREATE INDEX fact_points_line ON fact_points (third_party, indicator, unit, scope, subject, direction, period, value, ord, item_id);
  CREATE FUNCTION fact_points_put() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
  BEGIN
    DELETE FROM fact_points WHERE item_id = NEW.id;
    IF NEW.data::json ->> 'period' IS NOT NULL THEN
      INSERT INTO fact_points (item_id, third_party, indicator, unit, scope, subject, direction, period, value, ord) SELECT ${pointColumns('NEW')};
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER fact_points_put AFTER INSERT OR UPDATE ON knowledge FOR EACH ROW WHEN (NEW.layer = 'facts') EXECUTE FUNCTION fact_points_put();
  INSERT INTO fact_points (item_id, third_party, indicator, unit, scope, subject, direction, period, value, ord)
    SELECT ${pointColumns('k')} FROM knowledge k WHERE k.layer = 'facts' AND k.data::json ->> 'period' IS NOT NULL;
  -- Values derived from the stored knowledge (the relationship's state), each with the data
  -- version it was derived at: one of an older version is never read (every write transaction
  -- increments data_version), so writers running side by side need no trigger here.
  CREATE TABLE derived (key TEXT PRIMARY KEY, version BIGINT NOT NULL, data TEXT NOT NULL);
`;

/** A derived value kept at the store's current data version, if any. */
export async function getDerived(db: Db, key: string): Promise<string | undefined> {
  const r = await db.query<{ data: string }>('SELECT d.data FROM derived d, data_version v WHERE d.key = $1 AND d.version = v.n', [key]);
  return r.rows[0]?.data;
}

/**
 * Keeps a derived value with the data version it was derived at, unless one derived at a later
 * version is kept already: two workers going idle one after the other each keep the state, and
 * the one that read the store first may write last.
 */
export async function putDerived(db: Db, key: string, data: string, version: string): Promise<boolean> {
  await db.query(
    'INSERT INTO derived (key, version, data) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET version = EXCLUDED.version, data = EXCLUDED.data WHERE derived.version <= EXCLUDED.version',
    [key, version, data],
  );
  return true;
}

/** A point `p` of a measured figure: a projected one is no point of a line (as store/sqlite/aggregates.ts). */
const MEASURED = `NOT EXISTS (SELECT 1 FROM knowledge k WHERE k.id = p.item_id AND k.data::json ->> 'qualifier' = 'projected')`;

/** The pair's lines of figures, counted in the index (third-party figures left out). */
export async function seriesLines(db: Db): Promise<SeriesLineCount[]> {
  const r = await db.query<SeriesLineKey & { points: number; periods: number; ord: string }>(
    `SELECT indicator, unit, scope, subject, direction, count(*)::int AS points, count(DISTINCT period)::int AS periods, min(ord) AS ord
     FROM fact_points p WHERE NOT third_party AND ${MEASURED} GROUP BY indicator, unit, scope, subject, direction`,
  );
  return r.rows.map((x) => ({ ...x, order: x.ord, first: x.ord.slice(x.ord.lastIndexOf('\u0001') + 1) }));
}

/** The points of one line, with their mentions. */
export async function seriesPoints(db: Db, line: SeriesLineKey): Promise<SeriesPointRow[]> {
  const r = await db.query<{ id: string; period: string; value: number; ord: string; mentions: string[] }>(
    `SELECT p.item_id AS id, p.period, p.value, p.ord,
       ARRAY(SELECT m.doc || '|' || m.start || '|' || m."end" FROM knowledge_mentions m WHERE m.item_id = p.item_id) AS mentions
     FROM fact_points p
     WHERE NOT p.third_party AND ${MEASURED} AND p.indicator = $1 AND p.unit = $2 AND p.scope = $3 AND p.subject = $4 AND p.direction = $5`,
    [line.indicator, line.unit, line.scope, line.subject, line.direction],
  );
  return r.rows.map((x) => ({ id: x.id, period: x.period, value: x.value, order: x.ord, mentions: x.mentions }));
}

/** Every passage a conflict of figures cites, as "doc|start|end". */
export async function factConflictMentions(db: Db): Promise<string[]> {
  const r = await db.query<{ k: string }>(
    `SELECT DISTINCT m.doc || '|' || m.start || '|' || m."end" AS k FROM knowledge k JOIN knowledge_mentions m ON m.item_id = k.id WHERE k.layer = 'conflicts' AND k.type = 'fact'`,
  );
  return r.rows.map((x) => x.k);
}

/** Facts by id, in the order asked. */
export async function factsByIds(db: Db, ids: string[]): Promise<KnowledgeFact[]> {
  const r = await db.query<{ id: string; data: string }>(`SELECT id, data FROM knowledge WHERE layer = 'facts' AND id = ANY($1)`, [ids]);
  const byId = new Map(r.rows.map((x) => [x.id, JSON.parse(x.data) as KnowledgeFact]));
  return ids.map((id) => byId.get(id)).filter((f): f is KnowledgeFact => f !== undefined);
}
