import type { DocumentRecord, DocumentSummary } from '../model/document.js';
import type { Annotations } from '../model/annotation.js';
import type { SearchRequest, SearchResult } from '../model/search.js';
import { DyadError } from '../model/errors.js';
import type { Store } from '../store/store.js';
import { ingest, type IngestOptions, type IngestReport } from '../ingest/ingest.js';
import { parseQuery } from '../query/search-query.js';
import { queryEntities, queryEvents, queryFacts, type AnnotationQuery, type KnowledgeEntity, type KnowledgeEvent, type KnowledgeFact } from './annotation-queries.js';

export const MAX_LIMIT = 100;
export const MAX_OFFSET = 10_000;

/**
 * The one engine the CLI, the HTTP API and the web page are thin clients of.
 * @example const dyad = new Engine(openSqliteStore('data/dyad.db')); await dyad.search({ query: 'ODA' })
 */
export class Engine {
  constructor(readonly store: Store) {}

  ingest(paths: string[], options: Omit<IngestOptions, 'store'> = {}): Promise<IngestReport> {
    return ingest(paths, { ...options, store: this.store });
  }

  listDocuments(): Promise<DocumentSummary[]> {
    return this.store.listDocuments();
  }

  /** A document by name or id; NOT_FOUND names what was asked for. */
  async document(nameOrId: string): Promise<DocumentRecord> {
    const doc = await this.store.getDocument(nameOrId);
    if (!doc) throw new DyadError('NOT_FOUND', `no document named "${nameOrId}"`);
    return doc;
  }

  async summary(nameOrId: string): Promise<DocumentSummary> {
    const doc = await this.store.getSummary(nameOrId);
    if (!doc) throw new DyadError('NOT_FOUND', `no document named "${nameOrId}"`);
    return doc;
  }

  /** Full-text search with BM25 ranking; limits are checked here so every client gets the same. */
  async search(request: SearchRequest): Promise<SearchResult> {
    const limit = request.limit ?? 20;
    const offset = request.offset ?? 0;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new DyadError('BAD_REQUEST', `limit must be an integer from 1 to ${MAX_LIMIT}, not ${limit}`);
    if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) throw new DyadError('BAD_REQUEST', `offset must be an integer from 0 to ${MAX_OFFSET}, not ${offset}`);
    if (request.yearFrom !== undefined && request.yearTo !== undefined && request.yearFrom > request.yearTo) {
      throw new DyadError('BAD_REQUEST', `year range ${request.yearFrom}–${request.yearTo} is empty`);
    }
    if (request.docs?.length) {
      for (const d of request.docs) await this.summary(d);
    }
    return this.store.search(parseQuery(request.query), { ...request, limit, offset });
  }

  /** A document's annotations (times, entities, events, facts). */
  async annotations(nameOrId: string): Promise<Annotations> {
    const a = await this.store.getAnnotations(nameOrId);
    if (!a) throw new DyadError('NOT_FOUND', `no document named "${nameOrId}"`);
    return a;
  }

  events(q: AnnotationQuery = {}): Promise<KnowledgeEvent[]> {
    return queryEvents(this.store, q);
  }

  facts(q: AnnotationQuery = {}): Promise<KnowledgeFact[]> {
    return queryFacts(this.store, q);
  }

  entities(q: AnnotationQuery = {}): Promise<KnowledgeEntity[]> {
    return queryEntities(this.store, q);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
