import type pg from 'pg';
import type { EntityMention } from '../../model/annotation.js';
import { ENTITY_BUCKET } from '../sqlite/mentions.js';

// A document's entity mentions read from its contributions (bucket `en|<entity>`, one row a mention, as in SQLite:
// store/sqlite/mentions.ts), by place through `contributions_place` or by entity through the primary key.

/** The stored mentions of entities whose id starts with `prefix` inside [start, end] of a document, in document order. */
export async function mentionsWithin(pool: pg.Pool, docId: string, start: number, end: number, prefix: string): Promise<EntityMention[]> {
  const r = await pool.query<{ a: string }>(
    `SELECT (data::jsonb -> 'a')::text AS a FROM contributions
     WHERE doc_id = $1 AND start >= $2 AND start <= $3 AND "end" <= $3 AND left(bucket, $4) = $5 ORDER BY seq`,
    [docId, start, end, ENTITY_BUCKET.length + prefix.length, ENTITY_BUCKET + prefix],
  );
  return r.rows.map((row) => JSON.parse(row.a) as EntityMention);
}

/** Whether a document mentions an entity, or a person or body of the state it is (its rows read for their country only when the state itself is not named). */
export async function namesEntity(pool: pg.Pool, docId: string, entity: string): Promise<boolean> {
  const state = /^country:(.+)$/.exec(entity)?.[1] ?? null;
  const r = await pool.query<{ named: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM contributions WHERE bucket = $1 AND doc_id = $2)
       OR ($3::text IS NOT NULL AND EXISTS (SELECT 1 FROM contributions WHERE doc_id = $2 AND left(bucket, ${ENTITY_BUCKET.length}) = '${ENTITY_BUCKET}' AND data::jsonb #>> '{a,country}' = $3)) AS named`,
    [ENTITY_BUCKET + entity, docId, state],
  );
  return r.rows[0]!.named;
}
