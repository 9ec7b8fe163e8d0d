import type { DocumentRecord, DocumentSummary } from '../model/document.js';
import type { Annotations, EntityMention } from '../model/annotation.js';
import type { AnnotationCounts, DocumentPart } from './parts.js';
import type { SearchRequest, SearchResult } from '../model/search.js';
import type { ParsedQuery } from '../query/search-query.js';
import type { Conflict, KnowledgeEntity, KnowledgeEvent, KnowledgeFact, KnowledgeFilter, KnowledgeList } from '../model/knowledge.js';
import type { SeriesLineCount, SeriesLineKey, SeriesPointRow } from '../model/aggregates.js';

/**
 * Everything Dyad keeps, behind one interface: callers never see SQL.
 * Each database has its own folder under store/ and must pass test/store-conformance.ts.
 * Methods are async so a networked backend (PostgreSQL) fits without touching callers.
 */
export interface Store {
  /** "sqlite", "postgres", ... */
  readonly backend: string;
  /** Where the data lives (a file path or a connection string without password). */
  readonly location: string;
  /**
   * Changes whenever what the store holds may have changed, by this process or another (a
   * SQLite connection's data_version and its own writes; PostgreSQL's committed write count):
   * what answers were derived from is still true while it stays the same. Cheap: callers ask it per request.
   */
  dataVersion(): Promise<string>;
  /** Schema version of the open database. */
  schemaVersion(): Promise<number>;
  /**
   * Stores a document with its structure and search index in one transaction, replacing any
   * document with the same name (`replaced` says whether there was one, as seen inside the
   * transaction). Either all of it is stored or none of it; concurrent writers are serialised.
   * Its annotations are `parts` when given (a long document's sections, in text order, at the
   * whole text's offsets: the store reads each inside the transaction, writes it and drops it
   * before reading the next, so an iterator that extracts a section when asked keeps one
   * section's annotations in memory; PostgreSQL first reads and prepares them before its
   * transaction opens, up to `PREFETCH_CHARS` characters of prepared parts, and only the rest
   * so), else `doc.annotations`. A part may come encoded
   * (`encodePart`: its layers' JSON and its contributions, made by the thread that extracted it),
   * so the storing thread only inserts. Returns how many of each layer were stored.
   * @example await store.putDocument(record, extractSections(input).parts) // → { replaced: false, annotations: { times: 812, entities: 1040, events: 96, facts: 230 } }
   */
  putDocument(doc: DocumentRecord, parts?: Iterable<DocumentPart>): Promise<{ replaced: boolean; annotations: AnnotationCounts }>;
  /**
   * Deletes a document (by name or id) and everything derived from it; the knowledge it touched is
   * reconciled before it returns (a read-only reader cannot). On PostgreSQL that reconcile runs after
   * the delete's own transaction, in short ones: until its buckets are reconciled, readers may still
   * see the deleted document's events and facts. A deleter killed in between leaves them (its buckets
   * marked) until a worker starts or idles or an ingest ends (`reconcileKnowledge`).
   */
  deleteDocument(nameOrId: string): Promise<boolean>;
  /**
   * A whole document by name or id. `layers` reads only those annotation layers (the others are
   * left empty): a question's retrieval needs a document's times, not its entities.
   * @example await store.getDocument('report.md', { layers: ['times'] }) // → { name: 'report.md', text, sentences, annotations: { times: [...], entities: [], events: [], facts: [] }, … }
   */
  getDocument(nameOrId: string, options?: { layers?: readonly (keyof Annotations)[] }): Promise<DocumentRecord | undefined>;
  /** A document's summary by name or id. */
  getSummary(nameOrId: string): Promise<DocumentSummary | undefined>;
  /** The document with these bytes, if any. */
  findBySha256(sha256: string): Promise<DocumentSummary | undefined>;
  /** All documents, ordered by name. */
  listDocuments(): Promise<DocumentSummary[]>;
  /** Full-text search; `query` is the parsed form of `request.query`. */
  search(query: ParsedQuery, request: SearchRequest): Promise<SearchResult>;
  /**
   * How many passages of the unit hold each word (searched as the phrase `"word"`), all words in one
   * call: the rarities `ask` weighs a question's words by, asked of a server in one round trip, not one a word.
   * @example await store.wordFrequencies(['cocoa', 'levy'], 'sentence') // → [3, 4]
   */
  wordFrequencies(words: readonly string[], unit: 'paragraph' | 'sentence'): Promise<number[]>;
  /**
   * A document's annotations, by name or id. `layers` reads only those layers (the others are left
   * empty), as `getDocument`'s: an answer's spans read a document's events and facts, and its
   * entities by place (`mentionsWithin`), never whole.
   */
  getAnnotations(nameOrId: string, options?: { layers?: readonly (keyof Annotations)[] }): Promise<Annotations | undefined>;
  /**
   * The entity mentions of a document (by id) whose entity id starts with `prefix` ('' for every
   * one) that lie inside [start, end], as stored, in document order: the states a sentence names
   * (`'country:'`), the names in a passage, found by place among the rows the knowledge is
   * reconciled from, without reading the document's annotations (a long document's entities layer
   * is megabytes of JSON).
   * @example await store.mentionsWithin(doc.id, 120, 240, 'country:') // → [{ entity: 'country:VNM', start: 131, end: 138, kind: 'country', … }]
   */
  mentionsWithin(docId: string, start: number, end: number, prefix: string): Promise<EntityMention[]>;
  /**
   * Whether a document (by id) names an entity: a mention of it, or, for a state
   * (`country:XXX`), of a person or body whose country it is (a mention's `country`).
   * @example await store.namesEntity(doc.id, 'country:NZL') // → false for an Australia–Japan fact sheet
   */
  namesEntity(docId: string, entity: string): Promise<boolean>;
  /** Annotations of one layer across documents (optionally only some documents, or one kind: an event type, entity kind or fact indicator). */
  listAnnotations<L extends keyof Annotations>(layer: L, filter?: { docs?: string[]; kind?: string }): Promise<{ doc: string; annotation: Annotations[L][number] }[]>;
  /**
   * Reconciles the knowledge of the documents put since it was last done (their
   * changed buckets are marked in their own transaction, so a crash loses none); returns the
   * number of buckets reconciled. The list methods below call it first on a writable store; an
   * ingest run calls it once at its end. A read-only store lists what was last reconciled.
   */
  reconcileKnowledge(): Promise<number>;
  /**
   * Reconciled events (see reconcileKnowledge),
   * filtered, in order of date then type then first mention, with the number the filter matches.
   * Reconciliation rules are those of src/reconcile/ (a backend calls them, it does not redo them).
   * @example await store.listEvents({ type: 'leader_visit', from: '1990', limit: 10 }) // → { items: [...], total: 37 }
   */
  listEvents(filter?: KnowledgeFilter): Promise<KnowledgeList<KnowledgeEvent>>;
  /** Reconciled facts, filtered (`unit` too), in order of indicator, period, then first mention. */
  listFacts(filter?: KnowledgeFilter): Promise<KnowledgeList<KnowledgeFact>>;
  /** Entities with their mention counts, filtered (`type` is the kind; dates do not apply), most mentioned first, then by name. */
  listEntities(filter?: KnowledgeFilter): Promise<KnowledgeList<KnowledgeEntity>>;
  /** Conflicts (events dated differently, figures that differ), event conflicts first, in the order their claims are first told; `docs` keeps those citing one of them. */
  listConflicts(filter?: Pick<KnowledgeFilter, 'docs' | 'offset' | 'limit'>): Promise<KnowledgeList<Conflict>>;
  /** The units stored facts use, sorted (of the pair's figures only, unless `thirdParty`). */
  factUnits(options?: { thirdParty?: boolean }): Promise<string[]>;
  /**
   * The pair's lines of figures (facts with a period, third-party ones left out), each counted:
   * points, distinct periods, its first fact. Kept at write time (DESIGN.md, "State and series"),
   * so the count does not read the facts.
   * @example await store.seriesLines() // → [{ indicator: 'trade', unit: 'USD', scope: 'annual', subject: '', direction: '', points: 14, periods: 12, first: 'fa-…', order: '…' }]
   */
  seriesLines(): Promise<SeriesLineCount[]>;
  /** The points of one line (any order), each with its value, period, place in the facts' order and mentions. */
  seriesPoints(line: SeriesLineKey): Promise<SeriesPointRow[]>;
  /** Every passage a conflict of figures cites, as "doc|start|end". */
  factConflictMentions(): Promise<string[]>;
  /** Facts by id, in the order asked; an id no fact has is left out. */
  factsByIds(ids: string[]): Promise<KnowledgeFact[]>;
  /**
   * A value derived from the stored knowledge and documents (the relationship's state, the
   * counted lines of figures), kept for `key` by `putDerived`, if nothing has changed since.
   */
  getDerived(key: string): Promise<string | undefined>;
  /**
   * Keeps a derived value for other processes, unless the store has changed since `version` (its
   * `dataVersion()` before the value was derived) or is read-only; returns whether it was kept.
   * A later write of knowledge or documents drops it in its own transaction (kill -9 safe).
   */
  putDerived(key: string, data: string, version: string): Promise<boolean>;
  /** Checks the database's integrity; returns the problems found (none when healthy). */
  check(): Promise<string[]>;
  /**
   * Writes a consistent copy of the database to `path` while others may be writing; refuses
   * (FILE_EXISTS) an existing file unless `overwrite`, which replaces it whole or not at all.
   */
  backup(path: string, options?: { overwrite?: boolean }): Promise<void>;
  close(): Promise<void>;
}
