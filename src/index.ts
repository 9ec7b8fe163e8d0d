/**
 * Dyad's public surface, for use as a library:
 * @example
 *   import { Engine, openStore } from 'dyad';
 *   const dyad = new Engine(await openStore('kb.db')); // or 'postgres://user@host/db'
 *   await dyad.ingest(['papers/']);
 *   const { items, total } = await dyad.eventPage({ type: 'leader_visit', limit: 10 });
 */
export { Engine, MAX_LIMIT, MAX_OFFSET, MAX_LIST_LIMIT, MAX_LIST_OFFSET, eventTypeIds, shownSource, type ListQuery, type Page } from './knowledge/engine.js';
export type { Answer, AnswerStatus, Citation, Claim } from './knowledge/ask/types.js';
export type { Conflict } from './knowledge/ask/conflicts.js';
export type { RelationshipState, StateSummary, Pair, PartnershipStep, Mechanism, Meeting, Visit, Agreement, Series, SeriesPoint, IndicatorSummary } from './knowledge/state/types.js';
export { MAX_QUESTION_LENGTH } from './knowledge/engine.js';
export type { AnnotationQuery, KnowledgeEntity, KnowledgeEvent, KnowledgeFact, Mention } from './knowledge/annotation-queries.js';
export { openStore, defaultDbPath } from './store/open.js';
export type { Store } from './store/store.js';
export type { KnowledgeFilter, KnowledgeList } from './model/knowledge.js';
export { ingest, DEFAULT_MAX_BYTES, type IngestItem, type IngestOptions, type IngestProgress, type IngestReport, type IngestStatus } from './ingest/ingest.js';
export { DyadError, ERROR_CODES, toDyadError, type ErrorCode } from './model/errors.js';
export type * from './model/document.js';
export type * from './model/annotation.js';
export { ENTITY_KINDS } from './model/annotation.js';
export type * from './model/search.js';
export { EXPORTS, exporter, startExport, type ExportFilters, type ExportFormat, type ExportKind, type ExportStream } from './export/registry.js';
export { createApp, type AppOptions } from './serve/http/app.js';
export { listen, parsePort } from './serve/http/server.js';
export { success, failure, type Envelope } from './serve/http/envelope.js';
export { run as runCli } from './serve/cli/main.js';
export { DYAD_VERSION, PIPELINE_VERSION } from './version.js';
