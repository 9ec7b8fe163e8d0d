import Database from 'better-sqlite3';
import { mkdirSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Block, DocumentRecord, DocumentSummary, Sentence } from '../../model/document.js';
import type { Annotations, EntityMention } from '../../model/annotation.js';
import type { SearchRequest, SearchResult } from '../../model/search.js';
import { DyadError } from '../../model/errors.js';
import { parseQuery, type ParsedQuery } from '../../query/search-query.js';
import type { Store } from '../store.js';
import { mentionsWithin, namesEntity } from './mentions.js';
import { FtsSearch } from './search.js';
import { storedAnnotations, type StoredDoc } from './layers.js';
import { Statements } from './statements.js';
import { DEFAULT_BUSY, retryBusy, retryBusySync, type BusyPolicy } from './busy.js';
import { blockFromRow, publicationYear, recordFromRows, summaryFromRow, type DocumentRow } from './rows.js';
import { sqliteFailure } from './failures.js';
import { guardStore } from '../guard.js';
import { eachReleased } from '../../model/released.js';
import { byDocument, encodePart, isEncoded, LAYERS, noCounts, numberedParts, type AnnotationCounts, type DocumentPart, type LayerData } from '../parts.js';
import { assertWritable, openOnce, stampClean } from './connect.js';
import { bucketsOf, entitySharesOf, insertContributions, isDirty, markDirty, refreshDeleted, refreshDirty } from './knowledge.js';
import { factUnits, listKnowledge } from './knowledge-list.js';
import { checkCounts, putDocumentCounts, SUMMARY_COUNTS } from './counts.js';
import { factConflictMentions, factsByIds, getDerived, putDerived, seriesLines, seriesPoints } from './aggregates.js';
import type { SeriesLineCount, SeriesLineKey, SeriesPointRow } from '../../model/aggregates.js';
import type { Conflict, KnowledgeEntity, KnowledgeEvent, KnowledgeFact, KnowledgeFilter, KnowledgeList } from '../../model/knowledge.js';

export interface SqliteStoreOptions {
  /** Open an existing database only; never create one. */
  readonly?: boolean;
  /** Waiting for other writers (default: 5 s busy timeout, 8 attempts). */
  busy?: BusyPolicy;
}

/**
 * Opens (creating when needed) a Dyad SQLite database and brings its schema up to date.
 * Refuses a database written by a newer Dyad, and a SQLite file that is not a Dyad database.
 * @example const store = openSqliteStore('data/dyad.db')
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  if (options.readonly && path !== ':memory:' && !existsSync(path)) {
    throw new DyadError('DB_OPEN_FAILED', `${path}: no such database; build one with \`dyad ingest FILES --db ${path}\``, { file: path });
  }
  if (path !== ':memory:' && !options.readonly) assertWritable(path);
  // Another process may be creating or migrating the same file: wait for it, then look again.
  const busy = options.busy ?? DEFAULT_BUSY;
  const db = retryBusySync(path, () => openOnce(path, options.readonly ?? false, busy.timeoutMs), busy.attempts);
  return new SqliteStore(db, path, busy.attempts);
}

const FTS_TABLES = ['paragraph_fts', 'sentence_fts'] as const;

/** An annotation's kind: event type, fact indicator, entity kind, or time granularity. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an annotation of any layer, read by the field its layer names
function kindOf(layer: keyof Annotations, a: Record<string, any>): string {
  if (layer === 'events') return a.type;
  if (layer === 'facts') return a.indicator;
  if (layer === 'entities') return a.kind;
  return a.granularity;
}

export class SqliteStore implements Store {
  readonly backend = 'sqlite';

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
    private readonly busyAttempts = DEFAULT_BUSY.attempts,
  ) {
    this.statements = new Statements(db);
    this.fts = new FtsSearch(this.statements);
  }

  private readonly statements: Statements;
  private readonly fts: FtsSearch;

  /** Writes this connection committed: SQLite's data_version counts only other connections' commits. */
  private writes = 0;

  async dataVersion(): Promise<string> {
    return `${this.db.pragma('data_version', { simple: true }) as number}.${this.writes}`;
  }

  async schemaVersion(): Promise<number> {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async putDocument(doc: DocumentRecord, parts?: Iterable<DocumentPart>): Promise<{ replaced: boolean; annotations: AnnotationCounts }> {
    const db = this.db;
    const insertDoc = db.prepare(
      `INSERT INTO documents (id, name, sha256, source, format, meta, kind, year, text, warnings, ingested_at, pipeline_version)
       VALUES (@id, @name, @sha256, @source, @format, @meta, @kind, @year, @text, @warnings, @ingestedAt, @pipelineVersion)`,
    );
    const insertBlock = db.prepare(`INSERT INTO blocks (doc_id, seq, type, start, "end", level, label, rows, header) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertSentence = db.prepare(`INSERT INTO sentences (doc_id, seq, block, start, "end") VALUES (?, ?, ?, ?, ?)`);
    const insertUnit = db.prepare(`INSERT INTO units (doc_id, unit, start, "end") VALUES (?, ?, ?, ?)`);
    const insertLayer = db.prepare(`INSERT INTO annotation_layers (doc_id, layer, part, data) VALUES (?, ?, ?, ?)`);
    // Parts extracted as they are read (an iterator, not an array) can be read once.
    const once = parts !== undefined && !Array.isArray(parts);
    let started = false;
    const insertFts = {
      paragraph: db.prepare(`INSERT INTO paragraph_fts (rowid, text) VALUES (?, ?)`),
      sentence: db.prepare(`INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)`),
    };
    const write = db.transaction(() => {
      // The parts are extracted as they are read: once begun, a retry would find them used.
      if (once && started) throw new DyadError('DB_BUSY', `${doc.name}: the database was busy after the document's annotations were read; ingest it again`);
      started = true;
      // Decided inside the transaction: another process may have stored it since we looked.
      const touched = new Set<string>();
      const byName = this.deleteSync(doc.name, touched);
      const replaced = this.deleteSync(doc.id, touched) || byName;
      // The knowledge the old and new document touch is marked in the same transaction, and
      // reconciled once for many documents (reconcileKnowledge, or the next read); the new
      // document's a part at a time, so a long one's buckets are not all held until the end.
      markDirty(db, touched);
      insertDoc.run({
        ...doc,
        meta: JSON.stringify(doc.meta),
        kind: doc.meta.kind ?? doc.format,
        year: publicationYear(doc.meta.date),
        warnings: JSON.stringify(doc.warnings),
      });
      const writeBlocks = (blocks: Block[], first: number) =>
        blocks.forEach((b, i) => {
          insertBlock.run(doc.id, first + i, b.type, b.start, b.end, b.level ?? null, b.label ?? null, b.rows ? JSON.stringify(b.rows) : null, b.header === undefined ? null : Number(b.header));
          const { lastInsertRowid } = insertUnit.run(doc.id, 'paragraph', b.start, b.end);
          insertFts.paragraph.run(lastInsertRowid, doc.text.slice(b.start, b.end));
        });
      let sentenceSeq = 0;
      const writeSentences = (sentences: Sentence[]) =>
        sentences.forEach((s) => {
          insertSentence.run(doc.id, sentenceSeq++, s.block, s.start, s.end);
          const { lastInsertRowid } = insertUnit.run(doc.id, 'sentence', s.start, s.end);
          insertFts.sentence.run(lastInsertRowid, doc.text.slice(s.start, s.end));
        });
      writeBlocks(doc.blocks, 0);
      // A part at a time (a long document's sections, extracted as they are read), each written
      // and dropped before the next is extracted: memory holds one section's annotations, and
      // of a long text one section's blocks and sentences (`PartStructure`).
      const counts = noCounts();
      // (`eachReleased`: a `for…of` would hold the part before while the next is extracted.)
      eachReleased(numberedParts(doc, parts, counts), ({ part, index, seqFrom }) => {
        if (part.structure) writeBlocks(part.structure.blocks, part.structure.firstBlock);
        // Encoded where it was extracted (a worker thread), or here.
        const encoded = isEncoded(part) ? part : encodePart(doc.text, part, seqFrom);
        for (const layer of LAYERS) insertLayer.run(doc.id, layer, index, encoded.layers[layer]);
        markDirty(db, insertContributions(db, doc.id, encoded.contributions));
        if (part.structure) writeSentences(part.structure.sentences);
      });
      writeSentences(doc.sentences);
      putDocumentCounts(db, doc.id, doc.text);
      return { replaced, annotations: counts };
    });
    // BEGIN IMMEDIATE takes the write lock before reading, so the busy timeout applies; a
    // deferred BEGIN that reads first fails at once (SQLITE_BUSY) when another writer committed.
    const out = await retryBusy(doc.name, () => write.immediate(), this.busyAttempts);
    this.writes++;
    return out;
  }

  /** Deletes a document; the knowledge buckets it touched are added to `touched`, for the caller to refresh. */
  private deleteSync(nameOrId: string, touched: Set<string>): boolean {
    const row = this.db.prepare('SELECT id FROM documents WHERE name = ? OR id = ?').get(nameOrId, nameOrId) as { id: string } | undefined;
    if (!row) return false;
    for (const b of bucketsOf(this.db, row.id)) touched.add(b);
    for (const fts of FTS_TABLES) this.db.prepare(`DELETE FROM ${fts} WHERE rowid IN (SELECT id FROM units WHERE doc_id = ?)`).run(row.id);
    this.db.prepare('DELETE FROM documents WHERE id = ?').run(row.id);
    return true;
  }

  async deleteDocument(nameOrId: string): Promise<boolean> {
    // Reconciled in the same transaction, as PostgreSQL does: a delete is one document, not a run
    // to reconcile once at its end, and a read-only reader (`dyad serve` on a read-only file, the
    // ask worker) cannot reconcile, so marks left here had it read the deleted document's counts.
    // The entities it named are updated from their stored items, its share (read before the delete) taken out
    // (`refreshDeleted`): not every mention of each read again. The rest, and entities it cannot do, are marked and reconciled.
    const remove = this.db.transaction(() => {
      const touched = new Set<string>();
      const row = this.db.prepare('SELECT id, name FROM documents WHERE name = ? OR id = ?').get(nameOrId, nameOrId) as { id: string; name: string } | undefined;
      const removed = row && entitySharesOf(this.db, row.id);
      const deleted = row !== undefined && this.deleteSync(row.id, touched);
      const done = row && removed ? refreshDeleted(this.db, row.name, removed) : new Set<string>();
      markDirty(
        this.db,
        [...touched].filter((b) => !done.has(b)),
      );
      refreshDirty(this.db);
      return deleted;
    });
    const deleted = await retryBusy(nameOrId, () => remove.immediate(), this.busyAttempts);
    if (deleted) this.writes++;
    return deleted;
  }

  async reconcileKnowledge(): Promise<number> {
    if (this.db.readonly || !isDirty(this.db)) return 0;
    const run = this.db.transaction(() => refreshDirty(this.db));
    const n = await retryBusy(this.location, () => run.immediate(), this.busyAttempts);
    this.writes++;
    return n;
  }

  async listEvents(filter: KnowledgeFilter = {}): Promise<KnowledgeList<KnowledgeEvent>> {
    await this.reconcileKnowledge();
    return listKnowledge(this.db, 'events', filter, await this.dataVersion());
  }

  async listFacts(filter: KnowledgeFilter = {}): Promise<KnowledgeList<KnowledgeFact>> {
    await this.reconcileKnowledge();
    return listKnowledge(this.db, 'facts', filter, await this.dataVersion());
  }

  async listEntities(filter: KnowledgeFilter = {}): Promise<KnowledgeList<KnowledgeEntity>> {
    await this.reconcileKnowledge();
    return listKnowledge(this.db, 'entities', filter, await this.dataVersion());
  }

  async listConflicts(filter: Pick<KnowledgeFilter, 'docs' | 'offset' | 'limit'> = {}): Promise<KnowledgeList<Conflict>> {
    await this.reconcileKnowledge();
    return listKnowledge(this.db, 'conflicts', { ...filter, thirdParty: true }, await this.dataVersion());
  }

  async factUnits(options: { thirdParty?: boolean } = {}): Promise<string[]> {
    await this.reconcileKnowledge();
    return factUnits(this.db, options.thirdParty);
  }

  async seriesLines(): Promise<SeriesLineCount[]> {
    await this.reconcileKnowledge();
    return seriesLines(this.db);
  }

  async seriesPoints(line: SeriesLineKey): Promise<SeriesPointRow[]> {
    await this.reconcileKnowledge();
    return seriesPoints(this.db, line);
  }

  async factConflictMentions(): Promise<string[]> {
    await this.reconcileKnowledge();
    return factConflictMentions(this.db);
  }

  async factsByIds(ids: string[]): Promise<KnowledgeFact[]> {
    await this.reconcileKnowledge();
    return factsByIds(this.db, ids);
  }

  async getDerived(key: string): Promise<string | undefined> {
    return getDerived(this.db, key);
  }

  async putDerived(key: string, data: string, version: string): Promise<boolean> {
    if (this.db.readonly) return false;
    // One writer at a time: under the write lock, nothing can change between this check and the commit.
    const keep = this.db.transaction(() => {
      if (`${this.db.pragma('data_version', { simple: true }) as number}.${this.writes}` !== version || isDirty(this.db)) return false;
      putDerived(this.db, key, data);
      return true;
    });
    return retryBusy(this.location, () => keep.immediate(), this.busyAttempts);
  }

  async getDocument(nameOrId: string, options: { layers?: readonly (keyof Annotations)[] } = {}): Promise<DocumentRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM documents WHERE name = ? OR id = ?').get(nameOrId, nameOrId) as DocumentRow | undefined;
    if (!row) return undefined;
    const blocks = (this.db.prepare('SELECT * FROM blocks WHERE doc_id = ? ORDER BY seq').all(row.id) as Record<string, unknown>[]).map(blockFromRow);
    const sentences = this.db.prepare('SELECT block, start, "end" FROM sentences WHERE doc_id = ? ORDER BY seq').all(row.id) as Sentence[];
    return recordFromRows(row, blocks, sentences, storedAnnotations(this.statements, row, this.location, options.layers));
  }

  async getAnnotations(nameOrId: string, options: { layers?: readonly (keyof Annotations)[] } = {}): Promise<Annotations | undefined> {
    const row = this.db.prepare('SELECT id, name, ingested_at FROM documents WHERE name = ? OR id = ?').get(nameOrId, nameOrId) as StoredDoc | undefined;
    return row ? (storedAnnotations(this.statements, row, this.location, options.layers, true) ?? { times: [], entities: [], events: [], facts: [] }) : undefined;
  }

  async mentionsWithin(docId: string, start: number, end: number, prefix: string): Promise<EntityMention[]> {
    return mentionsWithin(this.statements, docId, start, end, prefix);
  }

  async namesEntity(docId: string, entity: string): Promise<boolean> {
    return namesEntity(this.statements, docId, entity);
  }

  async listAnnotations<L extends keyof Annotations>(layer: L, filter: { docs?: string[]; kind?: string } = {}): Promise<{ doc: string; annotation: Annotations[L][number] }[]> {
    const where = ['a.layer = @layer'];
    const params: Record<string, unknown> = { layer };
    if (filter.docs?.length) {
      const names = filter.docs.map((_, i) => `@doc${i}`).join(', ');
      where.push(`(d.name IN (${names}) OR d.id IN (${names}))`);
      filter.docs.forEach((d, i) => (params[`doc${i}`] = d));
    }
    const rows = this.db.prepare(`SELECT d.name, a.data FROM annotation_layers a JOIN documents d ON d.id = a.doc_id WHERE ${where.join(' AND ')} ORDER BY d.name, a.part`).all(params) as {
      name: string;
      data: LayerData;
    }[];
    return byDocument(rows).flatMap(([name, items]) =>
      // Document order: by start, ties in the order the pipeline wrote them (a stable sort).
      (items as Annotations[L][number][])
        .filter((a) => !filter.kind || kindOf(layer, a) === filter.kind)
        .sort((a, b) => a.start - b.start)
        .map((annotation) => ({ doc: name, annotation })),
    );
  }

  private summaries(where: string, ...params: unknown[]): DocumentSummary[] {
    const rows = this.db
      .prepare(
        // Counted when the document was written (schema 8): the listing reads no block, sentence or text (nor the columns stored after it).
        `SELECT d.id, d.name, d.sha256, d.source, d.format, d.meta, ${SUMMARY_COUNTS}
         FROM documents d JOIN document_listing c ON c.doc_id = d.id ${where} ORDER BY d.name`,
      )
      .all(...params) as (DocumentRow & Record<string, number>)[];
    return rows.map(summaryFromRow);
  }

  async getSummary(nameOrId: string): Promise<DocumentSummary | undefined> {
    return this.summaries('WHERE d.name = ? OR d.id = ?', nameOrId, nameOrId)[0];
  }

  async findBySha256(sha256: string): Promise<DocumentSummary | undefined> {
    return this.summaries('WHERE d.sha256 = ?', sha256)[0];
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return this.summaries('');
  }

  async search(query: ParsedQuery, request: SearchRequest): Promise<SearchResult> {
    return this.fts.search(query, request, await this.dataVersion());
  }

  async wordFrequencies(words: readonly string[], unit: 'paragraph' | 'sentence'): Promise<number[]> {
    // In process: one search a word costs no round trip.
    const version = await this.dataVersion();
    return words.map((w) => {
      const query = `"${w.replace(/"/g, '')}"`;
      return this.fts.search(parseQuery(query), { query, unit, limit: 0, offset: 0 }, version).total;
    });
  }

  async check(): Promise<string[]> {
    const problems: string[] = [];
    const result = this.db.pragma('integrity_check', { simple: true }) as string;
    if (result !== 'ok') problems.push(`integrity_check: ${result}`);
    const fk = this.db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`${fk.length} rows break foreign keys`);
    for (const [fts, unit] of [
      ['paragraph_fts', 'paragraph'],
      ['sentence_fts', 'sentence'],
    ] as const) {
      const orphans = (this.db.prepare(`SELECT count(*) AS n FROM ${fts} WHERE rowid NOT IN (SELECT id FROM units WHERE unit = ?)`).get(unit) as { n: number }).n;
      if (orphans) problems.push(`${orphans} rows of ${fts} without a ${unit}`);
      const missing = (this.db.prepare(`SELECT count(*) AS n FROM units WHERE unit = ? AND id NOT IN (SELECT rowid FROM ${fts})`).get(unit) as { n: number }).n;
      if (missing) problems.push(`${missing} ${unit}s missing from ${fts}`);
    }
    problems.push(...checkCounts(this.db));
    return problems;
  }

  async backup(path: string, options: { overwrite?: boolean } = {}): Promise<void> {
    if (existsSync(path) && !options.overwrite) {
      throw new DyadError('FILE_EXISTS', `${path}: the file exists; nothing was written`, { file: path });
    }
    // SQLite's online backup copies a consistent snapshot while others write. It goes to a
    // temporary file renamed at the end, so an existing file is replaced whole or not at all.
    const partial = `${path}.partial-${process.pid}`;
    try {
      mkdirSync(dirname(path), { recursive: true });
      await this.db.backup(partial);
      // A WAL left beside the file replaced would be replayed into the copy: remove it.
      for (const side of ['-wal', '-shm', '-verified']) rmSync(path + side, { force: true });
      renameSync(partial, path);
    } catch (err) {
      rmSync(partial, { force: true });
      if (err instanceof DyadError || (err as { code?: unknown }).code?.toString().startsWith('SQLITE')) throw err;
      throw new DyadError('UNREADABLE_PATH', `${path}: cannot write the backup (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { file: path, cause: err });
    }
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    const writable = !this.db.readonly && !this.db.memory;
    this.db.close();
    if (writable) stampClean(this.location);
  }
}

guardStore(SqliteStore.prototype, (store: SqliteStore) => store.location, sqliteFailure);
