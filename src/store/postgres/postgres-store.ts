import pg from 'pg';
import { factConflictMentions, factsByIds, getDerived, putDerived, seriesLines, seriesPoints } from './aggregates.js';
import type { SeriesLineCount, SeriesLineKey, SeriesPointRow } from '../../model/aggregates.js';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Block, DocumentRecord, DocumentSummary, Sentence } from '../../model/document.js';
import type { Annotations } from '../../model/annotation.js';
import type { SearchHit, SearchRequest, SearchResult } from '../../model/search.js';
import { DyadError } from '../../model/errors.js';
import type { ParsedQuery } from '../../query/search-query.js';
import { queryTerms } from '../../query/search-query.js';
import type { Store } from '../store.js';
import { markedSpans, markSnippet } from '../marks.js';
import { publicationYear, summaryFromRow, type DocumentRow } from '../sqlite/rows.js';
import { applyMigrations, currentVersion, LOCK_CLASS, SCHEMA_VERSION, TS_CONFIG } from './schema.js';
import { toTsQuery } from './tsquery.js';
import { isRetryable, pgFailure } from './failures.js';
import { annotationsOf, byDocument, joinParts, LAYERS, noCounts, numberedParts, type AnnotationCounts, type DocumentPart } from '../parts.js';
import { guardStore } from '../guard.js';
import { PIPELINE_VERSION } from '../../version.js';
import { addContributions, bucketsOf, factUnits, listKnowledge, refresh } from './knowledge.js';
import type { Conflict, KnowledgeEntity, KnowledgeEvent, KnowledgeFact, KnowledgeFilter, KnowledgeList } from '../../model/knowledge.js';

export interface PostgresStoreOptions {
  /** Never create or migrate the schema, and open every transaction read-only. */
  readonly?: boolean;
  /** The PostgreSQL schema (namespace) holding the store; default `dyad`, or `?schema=` of the URL. */
  schema?: string;
  /** Most connections of the pool (default 10). */
  poolSize?: number;
}

/** Attempts of a transaction that lost a deadlock or a serialisation conflict. */
const RETRY_ATTEMPTS = 8;

/** A connection string as shown to users: without its password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '';
    return u.toString().replace(/:@/, '@');
  } catch {
    return url.replace(/:[^:@/]*@/, '@');
  }
}

/** Whether a --db location names a PostgreSQL database. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Splits Dyad's own `schema` parameter off a connection string. */
function splitSchema(url: string, schema?: string): { connectionString: string; schema: string } {
  const u = new URL(url);
  const fromUrl = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  const name = schema ?? fromUrl ?? 'dyad';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new DyadError('USAGE', `${redactUrl(url)}: schema "${name}" must be lower-case letters, digits and _ (at most 63), starting with a letter or _`);
  }
  return { connectionString: u.toString(), schema: name };
}

/** An annotation's kind: event type, fact indicator, entity kind, or time granularity. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an annotation of any layer, read by the field its layer names
function kindOf(layer: keyof Annotations, a: Record<string, any>): string {
  if (layer === 'events') return a.type;
  if (layer === 'facts') return a.indicator;
  if (layer === 'entities') return a.kind;
  return a.granularity;
}

/**
 * Opens (creating and migrating its schema when needed) a Dyad store in a PostgreSQL database.
 * Refuses a schema written by a newer Dyad (SCHEMA_VERSION_UNKNOWN) and a schema holding
 * tables that are not Dyad's. Migrations run under an advisory lock, so many workers opening a
 * new database at once migrate it once.
 * @example const store = await openPostgresStore('postgres://dyad@db/dyad')
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const location = redactUrl(url);
  const { connectionString, schema } = splitSchema(url, options.schema);
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    options: `-c search_path=${schema},public${options.readonly ? ' -c default_transaction_read_only=on' : ''}`,
    application_name: 'dyad',
  });
  // An idle connection the server drops must not end the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    try {
      await prepare(client, schema, location, options.readonly ?? false);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => {});
    throw pgFailure(err, location);
  }
  return new PostgresStore(pool, location, schema, connectionString);
}

async function prepare(client: pg.PoolClient, schema: string, location: string, readonly: boolean): Promise<void> {
  const check = async (): Promise<number> => {
    const { version, foreignTables } = await currentVersion(client, schema);
    if (foreignTables > 0) {
      throw new DyadError('DB_OPEN_FAILED', `${location}: schema "${schema}" holds ${foreignTables} tables that are not Dyad's; choose another with ?schema=NAME`, { file: location });
    }
    if (version > SCHEMA_VERSION) {
      throw new DyadError('SCHEMA_VERSION_UNKNOWN', `${location}: schema "${schema}" is at version ${version}, newer than this Dyad knows (${SCHEMA_VERSION})`, { file: location });
    }
    return version;
  };
  const version = await check();
  if (version === SCHEMA_VERSION) return;
  if (readonly) {
    throw new DyadError(
      'DB_OPEN_FAILED',
      version === 0
        ? `${location}: no Dyad store in schema "${schema}"; build one with \`dyad ingest FILES --db ${location}\``
        : `${location}: schema "${schema}" is at version ${version} and needs upgrading to ${SCHEMA_VERSION}; open it once without read-only`,
      { file: location },
    );
  }
  // One migrator at a time across every process; the others find the work done.
  await client.query('SELECT pg_advisory_lock($1, 0)', [LOCK_CLASS]);
  try {
    const again = await check();
    if (again === SCHEMA_VERSION) return;
    await client.query('CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public');
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await applyMigrations(client, again, PIPELINE_VERSION);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1, 0)', [LOCK_CLASS]);
  }
}

const SUMMARY_SQL = `SELECT d.id, d.name, d.sha256, d.source, d.format, d.meta, d.warnings, d.ingested_at, d.pipeline_version, length(d.text) AS chars,
   (SELECT count(*)::int FROM blocks b WHERE b.doc_id = d.id) AS n_blocks,
   (SELECT count(*)::int FROM blocks b WHERE b.doc_id = d.id AND b.type IN ('paragraph', 'list-item')) AS n_paragraphs,
   (SELECT count(*)::int FROM blocks b WHERE b.doc_id = d.id AND b.type = 'heading') AS n_headings,
   (SELECT count(*)::int FROM blocks b WHERE b.doc_id = d.id AND b.type = 'footnote') AS n_footnotes,
   (SELECT count(*)::int FROM blocks b WHERE b.doc_id = d.id AND b.type = 'table') AS n_tables,
   (SELECT count(*)::int FROM sentences s WHERE s.doc_id = d.id) AS n_sentences
 FROM documents d`;

/** BM25's parameters, as SQLite's bm25() uses them. */
const K1 = 1.2;
const B = 0.75;

/**
 * BM25 in SQL, so PostgreSQL ranks as SQLite's FTS5 bm25() does (see DESIGN.md for the
 * measurement that chose it over ts_rank and ts_rank_cd): `st` holds the number of passages of
 * the unit and their mean length (in characters, standing in for tokens), `terms` each query
 * word's lexeme with its IDF from its document frequency (counted through the GIN index), and
 * the rank sums, over the passage's lexemes that are query words, idf · tf·(k1+1) / (tf + k1·(1−b+b·len/avglen)).
 * Prefix terms select passages but add nothing to the rank.
 */
function bm25Ctes(unitParam: string, wordsParam: string): string {
  return `st AS (SELECT count(*)::float8 AS n, coalesce(avg(v."end" - v.start), 1)::float8 AS avglen FROM units v WHERE v.unit = ${unitParam}),
    terms AS (SELECT l.lexeme, ln(1 + (st.n - df.df + 0.5) / (df.df + 0.5)) AS idf
      FROM unnest(tsvector_to_array(to_tsvector('${TS_CONFIG}', ${wordsParam}))) AS l(lexeme) CROSS JOIN st
      CROSS JOIN LATERAL (SELECT count(*)::float8 AS df FROM units v WHERE v.unit = ${unitParam} AND v.tsv @@ quote_literal(l.lexeme)::tsquery) df)`;
}

const RANK = `(SELECT coalesce(sum(t.idf * (array_length(x.positions, 1) * ${K1 + 1}) / (array_length(x.positions, 1) + ${K1} * (${1 - B} + ${B} * (u."end" - u.start) / st.avglen))), 0)
  FROM unnest(u.tsv) x JOIN terms t ON t.lexeme = x.lexeme)`;

export class PostgresStore implements Store {
  readonly backend = 'postgres';

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    /** The PostgreSQL schema (namespace) holding this store. */
    readonly schema: string,
    /** The connection string without Dyad's `schema` parameter (the job queue connects with it). */
    readonly connectionString: string,
  ) {}

  /** Keeps a queued document's bytes until a worker has stored it. */
  async putBlob(id: string, bytes: Buffer): Promise<void> {
    await this.pool.query('INSERT INTO ingest_blobs (id, bytes) VALUES ($1, $2)', [id, bytes]);
  }

  /** A queued document's bytes, if still kept. */
  async getBlob(id: string): Promise<Buffer | undefined> {
    return (await this.pool.query<{ bytes: Buffer }>('SELECT bytes FROM ingest_blobs WHERE id = $1', [id])).rows[0]?.bytes;
  }

  async dropBlob(id: string): Promise<void> {
    await this.pool.query('DELETE FROM ingest_blobs WHERE id = $1', [id]);
  }

  /** Rows of a read-only query (the job report reads the queue's tables). */
  async select<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query<T>(sql, params)).rows;
  }

  async schemaVersion(): Promise<number> {
    const r = await this.pool.query<{ v: number }>('SELECT max(version) AS v FROM dyad_schema');
    return r.rows[0]!.v;
  }

  /**
   * Runs `fn` in one transaction, again (bounded) when it lost a deadlock. Writers of the same
   * document name or id are serialised by transaction-level advisory locks on both, taken in
   * one order; writers of other documents run side by side (many workers, one database).
   */
  private async write<T>(keys: string[], fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let n = 1; ; n++) {
      const c = await this.pool.connect();
      try {
        await c.query('BEGIN');
        for (const k of [...new Set(keys)].sort()) await c.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [LOCK_CLASS, `${this.schema}:${k}`]);
        const out = await fn(c);
        // Last, so a writer waits for no lock while holding this row (no deadlock), and readers see the new version with the data.
        await c.query('UPDATE data_version SET n = n + 1');
        await c.query('COMMIT');
        return out;
      } catch (err) {
        await c.query('ROLLBACK').catch(() => {});
        if (!isRetryable(err) || n >= RETRY_ATTEMPTS) throw err;
        await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** (n - 1), 2_000) * (0.5 + Math.random())));
      } finally {
        c.release();
      }
    }
  }

  async putDocument(doc: DocumentRecord, parts?: Iterable<DocumentPart>): Promise<{ replaced: boolean; annotations: AnnotationCounts }> {
    // Parts extracted as they are read (an iterator, not an array) can be read once: a retry after
    // a deadlock would find them used.
    const once = parts !== undefined && !Array.isArray(parts);
    let started = false;
    return this.write([doc.name, doc.id], async (c) => {
      if (once && started) throw new DyadError('DB_BUSY', `${doc.name}: the transaction had to be retried after the document's annotations were read; ingest it again`);
      started = true;
      // Decided inside the transaction: another process may have stored it since we looked.
      const touched = new Set<string>();
      const old = await c.query<{ id: string }>('SELECT id FROM documents WHERE name = $1 OR id = $2', [doc.name, doc.id]);
      for (const { id } of old.rows) for (const b of await bucketsOf(c, id)) touched.add(b);
      const gone = await c.query('DELETE FROM documents WHERE name = $1 OR id = $2', [doc.name, doc.id]);
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
      const b = doc.blocks;
      if (b.length) {
        await c.query(
          `INSERT INTO blocks (doc_id, seq, type, start, "end", level, label, rows, header)
           SELECT $1, s - 1, t, st, en, lv, lb, rw, hd FROM unnest($2::text[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[], $8::boolean[]) WITH ORDINALITY AS x(t, st, en, lv, lb, rw, hd, s)`,
          [
            doc.id,
            b.map((x) => x.type),
            b.map((x) => x.start),
            b.map((x) => x.end),
            b.map((x) => x.level ?? null),
            b.map((x) => x.label ?? null),
            b.map((x) => (x.rows ? JSON.stringify(x.rows) : null)),
            b.map((x) => (x.header === undefined ? null : x.header)),
          ],
        );
      }
      const s = doc.sentences;
      if (s.length) {
        await c.query(`INSERT INTO sentences (doc_id, seq, block, start, "end") SELECT $1, s - 1, bl, st, en FROM unnest($2::int[], $3::int[], $4::int[]) WITH ORDINALITY AS x(bl, st, en, s)`, [
          doc.id,
          s.map((x) => x.block),
          s.map((x) => x.start),
          s.map((x) => x.end),
        ]);
      }
      const units = [...b.map((x) => ['paragraph', x] as const), ...s.map((x) => ['sentence', x] as const)];
      if (units.length) {
        const texts = units.map(([, x]) => doc.text.slice(x.start, x.end));
        await c.query(
          `INSERT INTO units (doc_id, unit, start, "end", text, tsv)
           SELECT $1, u, st, en, tx, to_tsvector('${TS_CONFIG}', tx) FROM unnest($2::text[], $3::int[], $4::int[], $5::text[]) AS x(u, st, en, tx)`,
          [doc.id, units.map(([u]) => u), units.map(([, x]) => x.start), units.map(([, x]) => x.end), texts],
        );
      }
      // A part at a time (a long document's sections, extracted as they are read), each written
      // and dropped before the next is extracted.
      const counts = noCounts();
      for (const part of numberedParts(doc, parts, counts)) {
        const a = annotationsOf(part.part);
        await c.query(`INSERT INTO annotation_layers (doc_id, layer, part, data) SELECT $1, l, $2, d FROM unnest($3::text[], $4::text[]) AS x(l, d)`, [
          doc.id,
          part.index,
          [...LAYERS],
          LAYERS.map((l) => JSON.stringify(a[l])),
        ]);
        for (const b of await addContributions(c, doc.id, doc.text, a, part.seqFrom)) touched.add(b);
      }
      // The knowledge the old and new document touch, reconciled again in the same transaction.
      await refresh(c, this.schema, touched);
      return { replaced: (gone.rowCount ?? 0) > 0, annotations: counts };
    });
  }

  async deleteDocument(nameOrId: string): Promise<boolean> {
    const row = await this.pool.query<{ id: string; name: string }>('SELECT id, name FROM documents WHERE name = $1 OR id = $1', [nameOrId]);
    if (!row.rows.length) return false;
    const { id, name } = row.rows[0]!;
    return this.write([name, id], async (c) => {
      const touched = await bucketsOf(c, id);
      const deleted = ((await c.query('DELETE FROM documents WHERE id = $1', [id])).rowCount ?? 0) > 0;
      await refresh(c, this.schema, touched);
      return deleted;
    });
  }

  async listEvents(filter: KnowledgeFilter = {}): Promise<KnowledgeList<KnowledgeEvent>> {
    return listKnowledge(this.pool, 'events', filter);
  }

  async listFacts(filter: KnowledgeFilter = {}): Promise<KnowledgeList<KnowledgeFact>> {
    return listKnowledge(this.pool, 'facts', filter);
  }

  async listEntities(filter: KnowledgeFilter = {}): Promise<KnowledgeList<KnowledgeEntity>> {
    return listKnowledge(this.pool, 'entities', filter);
  }

  async listConflicts(filter: Pick<KnowledgeFilter, 'docs' | 'offset' | 'limit'> = {}): Promise<KnowledgeList<Conflict>> {
    return listKnowledge(this.pool, 'conflicts', { ...filter, thirdParty: true });
  }

  async factUnits(options: { thirdParty?: boolean } = {}): Promise<string[]> {
    return factUnits(this.pool, options.thirdParty);
  }

  async seriesLines(): Promise<SeriesLineCount[]> {
    return seriesLines(this.pool);
  }

  async seriesPoints(line: SeriesLineKey): Promise<SeriesPointRow[]> {
    return seriesPoints(this.pool, line);
  }

  async factConflictMentions(): Promise<string[]> {
    return factConflictMentions(this.pool);
  }

  async factsByIds(ids: string[]): Promise<KnowledgeFact[]> {
    return factsByIds(this.pool, ids);
  }

  async getDerived(key: string): Promise<string | undefined> {
    return getDerived(this.pool, key);
  }

  async putDerived(key: string, data: string, version: string): Promise<boolean> {
    try {
      return await putDerived(this.pool, key, data, version);
    } catch (err) {
      // A read-only store (default_transaction_read_only) keeps nothing; the caller keeps its value in memory.
      if ((err as { code?: string }).code === '25006') return false;
      throw err;
    }
  }

  async dataVersion(): Promise<string> {
    const r = await this.pool.query<{ n: string }>('SELECT n::text AS n FROM data_version');
    return r.rows[0]?.n ?? '0';
  }

  /**
   * Nothing is ever left to reconcile here: writers run side by side, so each document refreshes
   * the buckets it touches in its own transaction, under their advisory locks (`knowledge.ts`),
   * and no bucket stays marked. Returns 0.
   */
  async reconcileKnowledge(): Promise<number> {
    return 0;
  }

  async getDocument(nameOrId: string, options: { layers?: readonly (keyof Annotations)[] } = {}): Promise<DocumentRecord | undefined> {
    const r = await this.pool.query<DocumentRow>('SELECT * FROM documents WHERE name = $1 OR id = $1', [nameOrId]);
    const row = r.rows[0];
    if (!row) return undefined;
    const [blockRows, sentenceRows, annotations] = await Promise.all([
      this.pool.query('SELECT * FROM blocks WHERE doc_id = $1 ORDER BY seq', [row.id]),
      this.pool.query<Sentence>('SELECT block, start, "end" FROM sentences WHERE doc_id = $1 ORDER BY seq', [row.id]),
      this.annotationsOf(row.id, options.layers),
    ]);
    const blocks = blockRows.rows.map((b): Block => ({
      type: b.type,
      start: b.start,
      end: b.end,
      ...(b.level !== null ? { level: b.level } : {}),
      ...(b.label !== null ? { label: b.label } : {}),
      ...(b.rows !== null ? { rows: JSON.parse(b.rows) } : {}),
      ...(b.header !== null ? { header: b.header } : {}),
    }));
    return {
      id: row.id,
      name: row.name,
      sha256: row.sha256,
      source: row.source,
      format: row.format,
      meta: JSON.parse(row.meta),
      text: row.text,
      blocks,
      sentences: sentenceRows.rows,
      warnings: JSON.parse(row.warnings),
      ingestedAt: row.ingested_at,
      pipelineVersion: row.pipeline_version,
      ...(annotations ? { annotations } : {}),
    };
  }

  /** A document's annotations (only `layers` when given, the others empty); undefined when it has none stored. */
  private async annotationsOf(docId: string, layers?: readonly (keyof Annotations)[]): Promise<Annotations | undefined> {
    const r = layers
      ? await this.pool.query<{ layer: keyof Annotations; data: string }>('SELECT layer, data FROM annotation_layers WHERE doc_id = $1 AND layer = ANY($2) ORDER BY layer, part', [docId, [...layers]])
      : await this.pool.query<{ layer: keyof Annotations; data: string }>('SELECT layer, data FROM annotation_layers WHERE doc_id = $1 ORDER BY layer, part', [docId]);
    if (!r.rows.length) return undefined;
    const out: Annotations = { times: [], entities: [], events: [], facts: [] };
    for (const row of r.rows) joinParts<unknown>(out[row.layer], row.data);
    return out;
  }

  async getAnnotations(nameOrId: string): Promise<Annotations | undefined> {
    const r = await this.pool.query<{ id: string }>('SELECT id FROM documents WHERE name = $1 OR id = $1', [nameOrId]);
    const id = r.rows[0]?.id;
    return id === undefined ? undefined : ((await this.annotationsOf(id)) ?? { times: [], entities: [], events: [], facts: [] });
  }

  async listAnnotations<L extends keyof Annotations>(layer: L, filter: { docs?: string[]; kind?: string } = {}): Promise<{ doc: string; annotation: Annotations[L][number] }[]> {
    const params: unknown[] = [layer];
    let where = 'a.layer = $1';
    if (filter.docs?.length) {
      params.push(filter.docs);
      where += ' AND (d.name = ANY($2) OR d.id = ANY($2))';
    }
    const r = await this.pool.query<{ name: string; data: string }>(
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

  private async summaries(where: string, params: unknown[]): Promise<DocumentSummary[]> {
    // COLLATE "C": byte order, as SQLite orders names.
    const r = await this.pool.query(`${SUMMARY_SQL} ${where} ORDER BY d.name COLLATE "C"`, params);
    return r.rows.map(summaryFromRow);
  }

  async getSummary(nameOrId: string): Promise<DocumentSummary | undefined> {
    return (await this.summaries('WHERE d.name = $1 OR d.id = $1', [nameOrId]))[0];
  }

  async findBySha256(sha256: string): Promise<DocumentSummary | undefined> {
    return (await this.summaries('WHERE d.sha256 = $1', [sha256]))[0];
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return this.summaries('', []);
  }

  async search(query: ParsedQuery, request: SearchRequest): Promise<SearchResult> {
    const unit = request.unit ?? 'paragraph';
    const params: unknown[] = [unit];
    const where = ['TRUE'];
    const ts = toTsQuery(query, 2);
    params.push(...ts.params);
    const param = (v: unknown): string => {
      params.push(v);
      return `$${params.length}`;
    };
    if (request.docs?.length) {
      const p = param(request.docs);
      where.push(`(d.name = ANY(${p}) OR d.id = ANY(${p}))`);
    }
    if (request.kind) where.push(`d.kind = ${param(request.kind)}`);
    if (request.yearFrom !== undefined) where.push(`d.year >= ${param(request.yearFrom)}`);
    if (request.yearTo !== undefined) where.push(`d.year <= ${param(request.yearTo)}`);
    const from = `FROM (SELECT ${ts.sql} AS q) q JOIN units u ON u.unit = $1 AND u.tsv @@ q.q JOIN documents d ON d.id = u.doc_id WHERE ${where.join(' AND ')}`;
    // `count: false` (ask's hits): the total is left uncounted, a pass over every match.
    const total = request.count === false ? -1 : (await this.pool.query<{ n: number }>(`SELECT count(*)::int AS n ${from}`, params)).rows[0]!.n;
    const limit = param(request.limit ?? 20);
    const offset = param(request.offset ?? 0);
    const words = param(
      query.anyOf
        .flat()
        .filter((t) => !t.prefix)
        .map((t) => t.text)
        .join(' '),
    );
    // Rank and page in SQL; the headline (snippet and highlights) only for the page's hits.
    const opts = `'StartSel=${'\u0002'}, StopSel=${'\u0003'}`;
    type Row = { name: string; doc_id: string; start: number; end: number; text: string; rank: number; marked: string; snippet: string };
    // limit 0 asks for the count alone (ask's word rarities): nothing to rank.
    const top =
      request.limit === 0
        ? { rows: [] as Row[] }
        : await this.pool.query<Row>(
            `WITH ${bm25Ctes('$1', words)}
       SELECT p.*, ${
         // marks: false (ask's hits): no headlines, the costliest part of a page.
         request.marks === false
           ? `'' AS marked, '' AS snippet`
           : `ts_headline('${TS_CONFIG}', p.text, p.q, ${opts}, HighlightAll=true') AS marked,
              ts_headline('${TS_CONFIG}', p.text, p.q, ${opts}, MaxWords=32, MinWords=12, MaxFragments=0') AS snippet`
       }
       FROM (SELECT d.name, d.id AS doc_id, u.start, u."end", u.text, q.q, ${RANK} AS rank ${from.replace(' JOIN units u', ' CROSS JOIN st JOIN units u')}
             ORDER BY rank DESC, d.name COLLATE "C", u.start LIMIT ${limit} OFFSET ${offset}) p
       ORDER BY p.rank DESC, p.name COLLATE "C", p.start`,
            params,
          );
    const hits: SearchHit[] = top.rows.map((r) => {
      if (request.marks === false) return { doc: r.name, docId: r.doc_id, unit, start: r.start, end: r.end, quote: r.text, score: Math.round(r.rank * 1e4) / 1e4, snippet: '', highlights: [] };
      const plain = r.snippet.replace(/[\u0002\u0003]/g, '');
      const at = r.text.indexOf(plain);
      const snippet = (at > 0 ? '…' : '') + r.snippet + (at >= 0 && at + plain.length < r.text.trimEnd().length ? '…' : '');
      return {
        doc: r.name,
        docId: r.doc_id,
        unit,
        start: r.start,
        end: r.end,
        quote: r.text,
        score: Math.round(r.rank * 1e4) / 1e4,
        snippet: markSnippet(snippet),
        highlights: markedSpans(r.marked).map((h) => ({ start: r.start + h.start, end: r.start + h.end })),
      };
    });
    return { query: request.query, terms: queryTerms(query), total, hits };
  }

  async check(): Promise<string[]> {
    const problems: string[] = [];
    const q = async (sql: string): Promise<number> => (await this.pool.query<{ n: number }>(sql)).rows[0]!.n;
    const orphans = await q('SELECT count(*)::int AS n FROM units u WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = u.doc_id)');
    if (orphans) problems.push(`${orphans} units without a document`);
    const stale = await q(`SELECT count(*)::int AS n FROM units WHERE tsv <> to_tsvector('${TS_CONFIG}', text)`);
    if (stale) problems.push(`${stale} units whose search index differs from their text`);
    const blocks = await q(
      `SELECT count(*)::int AS n FROM blocks b WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.doc_id = b.doc_id AND u.unit = 'paragraph' AND u.start = b.start AND u."end" = b."end")`,
    );
    if (blocks) problems.push(`${blocks} blocks missing from the paragraph index`);
    const sentences = await q(
      `SELECT count(*)::int AS n FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.doc_id = s.doc_id AND u.unit = 'sentence' AND u.start = s.start AND u."end" = s."end")`,
    );
    if (sentences) problems.push(`${sentences} sentences missing from the sentence index`);
    const extra = await q(`SELECT (SELECT count(*) FROM units)::int - (SELECT count(*) FROM blocks)::int - (SELECT count(*) FROM sentences)::int AS n`);
    if (extra > 0) problems.push(`${extra} index entries without a block or sentence`);
    return problems;
  }

  /**
   * Writes a consistent copy of the store's schema with pg_dump (custom format, one snapshot,
   * so others may write meanwhile; restore with pg_restore). Without pg_dump on the PATH the
   * answer is NOT_SUPPORTED. The dump goes to a temporary file renamed at the end.
   */
  async backup(path: string, options: { overwrite?: boolean } = {}): Promise<void> {
    if (existsSync(path) && !options.overwrite) {
      throw new DyadError('FILE_EXISTS', `${path}: the file exists; nothing was written`, { file: path });
    }
    const partial = `${path}.partial-${process.pid}`;
    try {
      mkdirSync(dirname(path), { recursive: true });
      await new Promise<void>((resolve, reject) => {
        execFile('pg_dump', ['--format=custom', `--schema=${this.schema}`, `--file=${partial}`, `--dbname=${this.connectionString}`], (err, _out, stderr) =>
          err ? reject(Object.assign(err, { stderr })) : resolve(),
        );
      });
      renameSync(partial, path);
    } catch (err) {
      rmSync(partial, { force: true });
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && (err as { path?: string }).path === 'pg_dump') {
        throw new DyadError('NOT_SUPPORTED', `${path}: a PostgreSQL backup needs pg_dump on the PATH (Debian: apt-get install postgresql-client-15); nothing was written`, { file: path, cause: err });
      }
      if (err instanceof DyadError) throw err;
      const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim();
      throw new DyadError('UNREADABLE_PATH', `${path}: cannot write the backup (${stderr || (err as Error).message})`, { file: path, cause: err });
    }
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

guardStore(PostgresStore.prototype, (store: PostgresStore) => store.location, pgFailure);
