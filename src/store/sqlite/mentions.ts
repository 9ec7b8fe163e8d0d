import type { EntityMention } from '../../model/annotation.js';
import type { Statements } from './statements.js';

// A document's entity mentions read from its contributions (bucket `en|<entity>`, one row a mention,
// store/sqlite/knowledge.ts), by place through `contributions_place` or by entity through `contributions_bucket`.

/**
 * SQL of a stored contribution's annotation (`column` names its JSON), as `json_extract` gives it: the whole JSON of a mention
 * stored alone (`contributionJson`, store/parts.ts), else its `$.a`; with `path`, the annotation's field there.
 * @example annotationSql('c.data', '.country') // → "json_extract(c.data, CASE WHEN c.data LIKE '{\"layer\":%' THEN '$.a.country' ELSE '$.country' END)"
 */
export function annotationSql(column: string, path = ''): string {
  return path
    ? `json_extract(${column}, CASE WHEN ${column} LIKE '{"layer":%' THEN '$.a${path}' ELSE '$${path}' END)`
    : `CASE WHEN ${column} LIKE '{"layer":%' THEN json_extract(${column}, '$.a') ELSE ${column} END`;
}

/** The bucket of an entity's mentions (reconcile/contributions.ts). */
export const ENTITY_BUCKET = 'en|';

/** The stored mentions of entities whose id starts with `prefix` inside [start, end] of a document, in document order. */
export function mentionsWithin(statements: Statements, docId: string, start: number, end: number, prefix: string): EntityMention[] {
  const bucket = ENTITY_BUCKET + prefix;
  const rows = statements
    .get(
      `SELECT ${annotationSql('data')} FROM contributions
       WHERE doc_id = ? AND start >= ? AND start <= ? AND "end" <= ? AND substr(bucket, 1, ?) = ? ORDER BY seq`,
    )
    .pluck()
    .all(docId, start, end, end, bucket.length, bucket) as string[];
  return rows.map((a) => JSON.parse(a) as EntityMention);
}

/** Whether a document mentions an entity, or a person or body of the state it is. */
export function namesEntity(statements: Statements, docId: string, entity: string): boolean {
  if (statements.get('SELECT 1 FROM contributions WHERE bucket = ? AND doc_id = ? LIMIT 1').get(ENTITY_BUCKET + entity, docId)) return true;
  const state = /^country:(.+)$/.exec(entity)?.[1];
  // Only when the state itself is not named: every entity row of the document is read for its country.
  return (
    state !== undefined &&
    statements
      .get(`SELECT 1 FROM contributions WHERE doc_id = ? AND substr(bucket, 1, ${ENTITY_BUCKET.length}) = '${ENTITY_BUCKET}' AND ${annotationSql('data', '.country')} = ? LIMIT 1`)
      .get(docId, state) !== undefined
  );
}
