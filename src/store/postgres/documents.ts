import type pg from 'pg';
import type { DocumentRecord, Sentence } from '../../model/document.js';
import type { Annotations, EntityMention } from '../../model/annotation.js';
import { ENTITY_BUCKET } from '../sqlite/mentions.js';
import { blockFromRow, publicationYear, recordFromRows, type DocumentRow } from '../sqlite/rows.js';
import { byDocument, joinParts, type PartStructure } from '../parts.js';
import { REPEATS_FROM, TS_CONFIG } from './schema.js';

/**
 * A document's rows in the PostgreSQL store: written a table at a time from arrays (`unnest`),
 * the units' tsvectors computed by the server, and read back.
 */

/** An annotation's kind: event type, fact indicator, entity kind, or time granularity. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an annotation of any layer, read by the field its layer names
function kindOf(layer: keyof Annotations, a: Record<string, any>): string {
  if (layer === 'events') return a.type;
  if (layer === 'facts') return a.indicator;
  if (layer === 'entities') return a.kind;
  return a.granularity;
}

/** Inserts a document's row, its blocks, sentences and searchable units (paragraphs and sentences with their tsvectors). */
export async function insertRows(c: pg.PoolClient, doc: DocumentRecord): Promise<void> {
  await c.query(
    `INSERT INTO documents (id, name, sha256, source, format, meta, kind, year, text, warnings, ingested_at, pipeline_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      doc.id,
      doc.name,
      doc.sha256,
      doc.source,
      doc.format,
      JSON.stringify(doc.meta),
      doc.meta.kind ?? doc.format,
      publicationYear(doc.meta.date),
      doc.text,
      JSON.stringify(doc.warnings),
      doc.ingestedAt,
      doc.pipelineVersion,
    ],
  );
  await insertStructure(c, doc, { firstBlock: 0, blocks: doc.blocks, sentences: doc.sentences }, 0);
}

/**
 * Inserts blocks and sentences of a document with their searchable units: the record's own, or
 * a long text's section that came with a part (`PartStructure`; `firstSentence`: how many
 * sentences the parts before it had).
 */
export async function insertStructure(c: pg.PoolClient, doc: DocumentRecord, part: PartStructure, firstSentence: number): Promise<void> {
  const b = part.blocks;
  if (b.length) {
    await c.query(
      `INSERT INTO blocks (doc_id, seq, type, start, "end", level, label, rows, header)
       SELECT $1, $9 + s - 1, t, st, en, lv, lb, rw, hd FROM unnest($2::text[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[], $8::boolean[]) WITH ORDINALITY AS x(t, st, en, lv, lb, rw, hd, s)`,
      [
        doc.id,
        b.map((x) => x.type),
        b.map((x) => x.start),
        b.map((x) => x.end),
        b.map((x) => x.level ?? null),
        b.map((x) => x.label ?? null),
        b.map((x) => (x.rows ? JSON.stringify(x.rows) : null)),
        b.map((x) => (x.header === undefined ? null : x.header)),
        part.firstBlock,
      ],
    );
  }
  const s = part.sentences;
  if (s.length) {
    await c.query(`INSERT INTO sentences (doc_id, seq, block, start, "end") SELECT $1, $5 + s - 1, bl, st, en FROM unnest($2::int[], $3::int[], $4::int[]) WITH ORDINALITY AS x(bl, st, en, s)`, [
      doc.id,
      s.map((x) => x.block),
      s.map((x) => x.start),
      s.map((x) => x.end),
      firstSentence,
    ]);
  }
  const units = [...b.map((x) => ['paragraph', x] as const), ...s.map((x) => ['sentence', x] as const)];
  if (units.length) {
    const texts = units.map(([, x]) => doc.text.slice(x.start, x.end));
    // With the words each passage holds more than once (unit_repeats, schema.ts): a one-word search ranks by them.
    await c.query(
      `WITH added AS (
         INSERT INTO units (doc_id, unit, start, "end", text, tsv)
         SELECT $1, u, st, en, tx, to_tsvector('${TS_CONFIG}', tx) FROM unnest($2::text[], $3::int[], $4::int[], $5::text[]) AS x(u, st, en, tx)
         RETURNING id, tsv)
       INSERT INTO unit_repeats (unit_id, lexeme, tf) ${REPEATS_FROM('added')}`,
      [doc.id, units.map(([u]) => u), units.map(([, x]) => x.start), units.map(([, x]) => x.end), texts],
    );
  }
}

/** A stored document with its blocks, sentences and annotations (only `layers` when given). */
export async function readDocument(pool: pg.Pool, nameOrId: string, layers?: readonly (keyof Annotations)[]): Promise<DocumentRecord | undefined> {
  const r = await pool.query<DocumentRow>('SELECT * FROM documents WHERE name = $1 OR id = $1', [nameOrId]);
  const row = r.rows[0];
  if (!row) return undefined;
  const [blockRows, sentenceRows, annotations] = await Promise.all([
    pool.query('SELECT * FROM blocks WHERE doc_id = $1 ORDER BY seq', [row.id]),
    pool.query<Sentence>('SELECT block, start, "end" FROM sentences WHERE doc_id = $1 ORDER BY seq', [row.id]),
    storedAnnotations(pool, row.id, layers, row.name),
  ]);
  return recordFromRows(row, blockRows.rows.map(blockFromRow), sentenceRows.rows, annotations);
}

/** A document's annotations (only `layers` when given, the others empty); undefined when it has none stored. */
export async function storedAnnotations(pool: pg.Pool, docId: string, layers?: readonly (keyof Annotations)[], name = docId): Promise<Annotations | undefined> {
  const r = layers
    ? await pool.query<{ layer: keyof Annotations; data: string }>('SELECT layer, data FROM annotation_layers WHERE doc_id = $1 AND layer = ANY($2) ORDER BY layer, part', [docId, [...layers]])
    : await pool.query<{ layer: keyof Annotations; data: string }>('SELECT layer, data FROM annotation_layers WHERE doc_id = $1 ORDER BY layer, part', [docId]);
  if (!r.rows.length) return undefined;
  const out: Annotations = { times: [], entities: [], events: [], facts: [] };
  for (const row of r.rows) joinParts<unknown>(out[row.layer], row.data, name);
  return out;
}

/** The annotations of a layer, by document in name order and by start. */
export async function listAnnotations<L extends keyof Annotations>(
  pool: pg.Pool,
  layer: L,
  filter: { docs?: string[]; kind?: string } = {},
): Promise<{ doc: string; annotation: Annotations[L][number] }[]> {
  const params: unknown[] = [layer];
  let where = 'a.layer = $1';
  if (filter.docs?.length) {
    params.push(filter.docs);
    where += ' AND (d.name = ANY($2) OR d.id = ANY($2))';
  }
  const r = await pool.query<{ name: string; data: string }>(
    `SELECT d.name, a.data FROM annotation_layers a JOIN documents d ON d.id = a.doc_id WHERE ${where} ORDER BY d.name COLLATE "C", a.part`,
    params,
  );
  return byDocument(r.rows).flatMap(([name, items]) =>
    (items as Annotations[L][number][])
      .filter((a) => !filter.kind || kindOf(layer, a) === filter.kind)
      .sort((a, b) => a.start - b.start)
      .map((annotation) => ({ doc: name, annotation })),
  );
}

/** The stored mentions of entities whose id starts with `prefix` inside [start, end] of a document, in document order (through `contributions_place`). */
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
  const r = await pool.query(
    `SELECT EXISTS (SELECT 1 FROM contributions WHERE bucket = $1 AND doc_id = $2)
       OR ($3::text IS NOT NULL AND EXISTS (SELECT 1 FROM contributions WHERE doc_id = $2 AND left(bucket, ${ENTITY_BUCKET.length}) = '${ENTITY_BUCKET}' AND data::jsonb #>> '{a,country}' = $3)) AS named`,
    [ENTITY_BUCKET + entity, docId, state],
  );
  return r.rows[0].named as boolean;
}
