import pg from 'pg';
import { factConflictMentions, factsByIds, getDerived, putDerived, seriesLines, seriesPoints } from './aggregates.js';
import type { SeriesLineCount, SeriesLineKey, SeriesPointRow } from '../../model/aggregates.js';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DocumentRecord, DocumentSummary } from '../../model/document.js';
import type { Annotations, EntityMention } from '../../model/annotation.js';
import type { SearchRequest, SearchResult } from '../../model/search.js';
import { DyadError } from '../../model/errors.js';
import type { ParsedQuery } from '../../query/search-query.js';
import type { Store } from '../store.js';
import { summaryFromRow } from '../sqlite/rows.js';
import { LOCK_CLASS, REPEATS_FROM, TS_CONFIG } from './schema.js';
import { prepare, redactUrl, splitSchema } from './connect.js';
import { PgSearch } from './search.js';
import { insertRows, insertStructure, listAnnotations, mentionsWithin, namesEntity, readDocument, storedAnnotations } from './documents.js';
import { isRetryable, pgFailure } from './failures.js';
import { annotationsOf, LAYERS, noCounts, numberedParts, type AnnotationCounts, type DocumentPart, type NumberedPart, type PartStructure } from '../parts.js';
import { END, pull } from '../../model/released.js';
import { guardStore } from '../guard.js';
import { AddedDocument } from '../entity-merge.js';
import {
  bucketsOf,
  contributionColumns,
  insertContributions,
  type ContributionColumns,
  documentLock,
  drainDirty,
  entitySharesOf,
  factUnits,
  itemBuckets,
  listKnowledge,
  markDirty,
  mergeReplaced,
  reconcileDirty,
  type ChangedDocument,
  type RefreshSizes,
} from './knowledge.js';
import type { Conflict, KnowledgeEntity, KnowledgeEvent, KnowledgeFact, KnowledgeFilter, KnowledgeList } from '../../model/knowledge.js';

export { isPostgresUrl, redactUrl } from './connect.js';

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
    let drop = true;
    try {
      drop = await prepare(client, schema, location, options.readonly ?? false);
    } finally {
      client.release(drop);
    }
  } catch (err) {
    await pool.end().catch(() => {});
    throw pgFailure(err, location);
  }
  return new PostgresStore(pool, location, schema, connectionString);
}

const SUMMARY_SQL = `SELECT d.id, d.name, d.sha256, d.source, d.format, d.meta, d.warnings, d.ingested_at, d.pipeline_version, length(d.text) AS chars,
   (SELECT count(*)::int FROM blocks b WHERE b.doc_id = d.id) AS n_blocks,
   (SELECT count(*)::int FROM blocks b WHERE b.doc_id = d.id AND b.type IN ('paragraph', 'list-item')) AS n_paragraphs,
   (SELECT count(*)::int FROM blocks b WHERE b.doc_id = d.id AND b.type = 'heading') AS n_headings,
   (SELECT count(*)::int FROM blocks b WHERE b.doc_id = d.id AND b.type = 'footnote') AS n_footnotes,
   (SELECT count(*)::int FROM blocks b WHERE b.doc_id = d.id AND b.type = 'table') AS n_tables,
   (SELECT count(*)::int FROM sentences s WHERE s.doc_id = d.id) AS n_sentences
 FROM documents d`;

/**
 * Characters of prepared parts (`PreparedPart`: layers' JSON and contributions' columns) a
 * `putDocument` holds before its transaction opens, past which it reads the rest inside it. They
 * come to 10–13 characters a character of text (a generated 0.14 MB document: 1.57 M; the corpus's
 * three largest reports, 41–139 K of text: 10–13×): 32 Mi holds a document of about 2.5–3 MB of
 * text whole, and bounds a larger one's held parts to that plus one part (a section, 1 MiB of text).
 */
export const PREFETCH_CHARS = 1 << 25;

/** A part made ready to write before the transaction: its layers' JSON and its contributions' columns, and their size in characters. */
interface PreparedPart {
  index: number;
  structure?: PartStructure;
  layers: string[];
  rows: ContributionColumns;
  chars: number;
}

/** One part extracted (when it is a lazily extracted section) and made ready to write; a new document's entity mentions kept in `added`. */
function preparePart(doc: DocumentRecord, numbered: NumberedPart, added: AddedDocument): PreparedPart {
  const a = annotationsOf(numbered.part);
  const layers = LAYERS.map((l) => JSON.stringify(a[l]));
  const rows = contributionColumns(doc.text, a, numbered.seqFrom, added);
  let chars = 0;
  for (const x of layers) chars += x.length;
  for (let i = 0; i < rows.data.length; i++) chars += rows.data[i]!.length + rows.bucket[i]!.length;
  return { index: numbered.index, structure: numbered.part.structure, layers, rows, chars };
}

export class PostgresStore implements Store {
  readonly backend = 'postgres';
  private readonly searcher: PgSearch;

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    /** The PostgreSQL schema (namespace) holding this store. */
    readonly schema: string,
    /** The connection string without Dyad's `schema` parameter (the job queue connects with it). */
    readonly connectionString: string,
  ) {
    this.searcher = new PgSearch(pool);
  }

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
  private async write<T>(keys: string[], fn: (c: pg.PoolClient) => Promise<T>, wrote?: (out: T) => boolean): Promise<T> {
    return this.transaction(async (c) => {
      for (const k of [...new Set(keys)].sort()) await c.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [LOCK_CLASS, documentLock(this.schema, k)]);
      return fn(c);
    }, wrote);
  }

  /** Runs `fn` in one transaction that counts one write (`data_version`) when `wrote` says so (by default unless it gives `undefined`), again (bounded) when it lost a deadlock. */
  private readonly transaction = async <T>(fn: (c: pg.PoolClient) => Promise<T>, wrote: (out: T) => boolean = (out) => out !== undefined): Promise<T> => {
    for (let n = 1; ; n++) {
      const c = await this.pool.connect();
      try {
        await c.query('BEGIN');
        const out = await fn(c);
        // Last, so a writer waits for no lock while holding this row (no deadlock), and readers see the new version with the data.
        if (wrote(out)) await c.query('UPDATE data_version SET n = n + 1');
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
  };

  /** The sizes of the reconcile transactions after a document is stored (tests make them small). */
  refreshSizes?: RefreshSizes;

  /** Characters of prepared parts a `putDocument` holds before its transaction opens (`PREFETCH_CHARS`; tests make it small). */
  prefetchChars = PREFETCH_CHARS;

  async putDocument(doc: DocumentRecord, parts?: Iterable<DocumentPart>): Promise<{ replaced: boolean; annotations: AnnotationCounts }> {
    // Every part is extracted and made ready to send before the transaction opens (DESIGN.md, Session 42): a
    // transaction left open while a part is extracted holds a connection idle in transaction, and its
    // document's lock, for the seconds extraction takes. Bounded: past `prefetchChars` characters of
    // prepared parts, the rest are read inside the transaction, one at a time, as before.
    const counts = noCounts();
    const added = new AddedDocument(doc.name);
    const numbered = numberedParts(doc, parts, counts);
    const ready: PreparedPart[] = [];
    let held = 0;
    let more = true;
    while (held < this.prefetchChars) {
      const next = pull(numbered, (n) => preparePart(doc, n, added));
      if (next === END) {
        more = false;
        break;
      }
      held += next.chars;
      ready.push(next);
    }
    // Parts read inside the transaction can be read once: a retry after a deadlock would find them used.
    let readInside = false;
    const stored = await this.write([doc.name, doc.id], async (c) => {
      if (readInside) throw new DyadError('DB_BUSY', `${doc.name}: the transaction had to be retried after the document's annotations were read; ingest it again`);
      // Decided inside the transaction: another process may have stored it since we looked.
      const touched = new Set<string>();
      const old = await c.query<{ id: string; name: string }>('SELECT id, name FROM documents WHERE name = $1 OR id = $2', [doc.name, doc.id]);
      for (const { id } of old.rows) for (const b of await bucketsOf(c, id)) touched.add(b);
      // The entities are updated from their stored items: a new document's mentions added, a
      // replaced one's old share (same name: the same place in corpus order) taken out. Another
      // document of the same content (an id, not a name, that matches) is read in full.
      const sameName = old.rows.length === 1 && old.rows[0]!.name === doc.name;
      const changed: ChangedDocument | undefined = !old.rows.length ? { doc: doc.name, added } : sameName ? { doc: doc.name, added, removed: await entitySharesOf(c, old.rows[0]!.id) } : undefined;
      const gone = await c.query('DELETE FROM documents WHERE name = $1 OR id = $2', [doc.name, doc.id]);
      await insertRows(c, doc);
      // A long text's blocks and sentences come a section at a time with its parts.
      let sentences = doc.sentences.length;
      const writePart = async (part: PreparedPart) => {
        if (part.structure) {
          await insertStructure(c, doc, part.structure, sentences);
          sentences += part.structure.sentences.length;
        }
        await c.query(`INSERT INTO annotation_layers (doc_id, layer, part, data) SELECT $1, l, $2, d FROM unnest($3::text[], $4::text[]) AS x(l, d)`, [doc.id, part.index, [...LAYERS], part.layers]);
        for (const b of await insertContributions(c, doc.id, part.rows)) touched.add(b);
      };
      for (const part of ready) await writePart(part);
      // Past the bound: a part at a time, each written and dropped before the next is extracted.
      // Only a part read here makes a retry impossible: finding the end alone (the bound reached with no part left) does not.
      while (more) {
        const next = pull(numbered, (n) => preparePart(doc, n, added));
        if (next === END) more = false;
        else {
          readInside = true;
          await writePart(next);
        }
      }
      // The knowledge the old and new document touch, marked dirty here and reconciled after this
      // transaction, in short ones (a hot bucket locked for one batch, not for the whole document),
      // but the entities of a replaced text: merged here (`mergeReplaced`), the only place where
      // the stored row is known to hold the old text's share and not the new one's.
      const buckets = await mergeReplaced(
        c,
        this.schema,
        old.rows.map((r) => r.id),
        itemBuckets(touched),
        changed,
        this.refreshSizes,
      );
      await markDirty(c, doc.id, buckets);
      // After the transaction only a new document's entities are merged (`mergedEntity` reads in full one that already counts it); the rest are read in full.
      return { out: { replaced: (gone.rowCount ?? 0) > 0, annotations: counts }, buckets, changed: changed?.removed ? undefined : changed };
    });
    await reconcileDirty(this.transaction, this.schema, doc, stored.buckets, stored.changed, this.refreshSizes);
    return stored.out;
  }

  /**
   * Deletes a document as `putDocument` stores one (DESIGN.md, Session 42): a short transaction
   * under its name and id locks deletes its rows, takes its share out of the entities it names
   * (under their locks, as a replacement's; when it names more than `MAX_BUCKET_LOCKS`, only that many,
   * the busiest, so the whole knowledge is never locked) and marks the other buckets dirty; those are then reconciled
   * in short transactions, read in full. A crash between the two leaves the marks, which a drain reconciles.
   * The name is looked up again under the locks: a replacement stored meanwhile under another id is
   * the document deleted (its locks taken in turn), not a miss.
   */
  async deleteDocument(nameOrId: string): Promise<boolean> {
    const find = async (c: pg.PoolClient | pg.Pool) => (await c.query<{ id: string; name: string }>('SELECT id, name FROM documents WHERE name = $1 OR id = $1', [nameOrId])).rows;
    let rows = await find(this.pool);
    for (let attempt = 1; ; attempt++) {
      if (!rows.length) return false;
      const { id, name } = rows[0]!;
      const out = await this.write<{ buckets: string[] } | { moved: { id: string; name: string }[] }>(
        [name, id],
        async (c) => {
          const now = await find(c);
          if (!now.some((r) => r.id === id && r.name === name)) return { moved: now };
          const touched = await bucketsOf(c, id);
          // Its entities updated from their stored items with its share taken out (`replacedEntity` with no new text), here,
          // under their locks, as a replaced text's (`mergeReplaced`): a difference applied after the transaction could be
          // applied twice. Not when it still has buckets marked (its writer stopped: the stored rows may hold an older text's
          // share, or none), and when it names more entities than a transaction locks one by one, only the busiest it can lock: the rest are read in full after.
          const marked = (await c.query('SELECT 1 FROM knowledge_dirty WHERE doc_id = $1 LIMIT 1', [id])).rowCount;
          const removed = marked ? undefined : await entitySharesOf(c, id);
          await c.query('DELETE FROM documents WHERE id = $1', [id]);
          // Its marks (a stopped writer's, of a text before this one too) are taken over with the buckets it touched.
          const buckets = await mergeReplaced(c, this.schema, [id], itemBuckets(touched), removed && { doc: name, removed }, this.refreshSizes);
          await markDirty(c, id, buckets);
          return { buckets };
        },
        (out) => 'buckets' in out,
      );
      if ('buckets' in out) {
        await reconcileDirty(this.transaction, this.schema, { id, name }, out.buckets, undefined, this.refreshSizes);
        return true;
      }
      if (attempt >= RETRY_ATTEMPTS) throw new DyadError('DB_BUSY', `${nameOrId}: stored again under another id by other writers at every attempt to delete it; try again`);
      rows = out.moved;
    }
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
   * Writers run side by side: each document marks the buckets it touches dirty in its own
   * transaction and reconciles them right after, under their advisory locks (`knowledge.ts`), so
   * a bucket stays marked only when its writer stopped between the two (a killed worker). Those are
   * reconciled here (a worker does it when idle); returns how many buckets.
   */
  async reconcileKnowledge(): Promise<number> {
    // A look first: a read-only store (and one with nothing left) opens no transaction.
    if (!(await this.pool.query('SELECT 1 FROM knowledge_dirty LIMIT 1')).rowCount) return 0;
    return drainDirty(this.transaction, this.schema, this.refreshSizes);
  }

  async getDocument(nameOrId: string, options: { layers?: readonly (keyof Annotations)[] } = {}): Promise<DocumentRecord | undefined> {
    return readDocument(this.pool, nameOrId, options.layers);
  }

  async getAnnotations(nameOrId: string, options: { layers?: readonly (keyof Annotations)[] } = {}): Promise<Annotations | undefined> {
    const r = await this.pool.query<{ id: string; name: string }>('SELECT id, name FROM documents WHERE name = $1 OR id = $1', [nameOrId]);
    const row = r.rows[0];
    return row === undefined ? undefined : ((await storedAnnotations(this.pool, row.id, options.layers, row.name)) ?? { times: [], entities: [], events: [], facts: [] });
  }

  async mentionsWithin(docId: string, start: number, end: number, prefix: string): Promise<EntityMention[]> {
    return mentionsWithin(this.pool, docId, start, end, prefix);
  }

  async namesEntity(docId: string, entity: string): Promise<boolean> {
    return namesEntity(this.pool, docId, entity);
  }

  async listAnnotations<L extends keyof Annotations>(layer: L, filter: { docs?: string[]; kind?: string } = {}): Promise<{ doc: string; annotation: Annotations[L][number] }[]> {
    return listAnnotations(this.pool, layer, filter);
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
    return this.searcher.search(query, request);
  }

  async wordFrequencies(words: readonly string[], unit: 'paragraph' | 'sentence'): Promise<number[]> {
    return this.searcher.wordFrequencies(words, unit);
  }

  async check(): Promise<string[]> {
    const problems: string[] = [];
    const q = async (sql: string): Promise<number> => (await this.pool.query<{ n: number }>(sql)).rows[0]!.n;
    const orphans = await q('SELECT count(*)::int AS n FROM units u WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = u.doc_id)');
    if (orphans) problems.push(`${orphans} units without a document`);
    const stale = await q(`SELECT count(*)::int AS n FROM units WHERE tsv <> to_tsvector('${TS_CONFIG}', text)`);
    if (stale) problems.push(`${stale} units whose search index differs from their text`);
    const repeats = await q(
      `SELECT count(*)::int AS n FROM ((${REPEATS_FROM('units')} EXCEPT SELECT unit_id, lexeme, tf FROM unit_repeats) UNION ALL (SELECT unit_id, lexeme, tf FROM unit_repeats EXCEPT ${REPEATS_FROM('units')})) x`,
    );
    if (repeats) problems.push(`${repeats} words told more than once in a unit (unit_repeats) that differ from its search index`);
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
