import { isAbsolute, win32 } from 'node:path';
import { lexiconHash } from '../lexicon.js';
import type { DocumentRecord, DocumentSummary } from '../model/document.js';
import type { Annotations } from '../model/annotation.js';
import type { SearchRequest, SearchResult } from '../model/search.js';
import { DyadError } from '../model/errors.js';
import { ENTITY_KINDS } from '../model/annotation.js';
import { eventTypes } from '../extract/events/event-types.js';
import type { Store } from '../store/store.js';
import { ingest, type IngestOptions, type IngestReport } from '../ingest/ingest.js';
import { parseQuery } from '../query/search-query.js';
import { queryTimes, TIMEX_TYPES, type KnowledgeTime } from './time-queries.js';
import { AskCorpus } from './ask/corpus.js';
import { answerQuestion } from './ask/answer.js';
import { answerFromState } from './ask/state-answers.js';
import type { Answer } from './ask/types.js';
import type { Conflict } from './ask/conflicts.js';
import { checkAt, relationshipState, stateAt } from './state/state.js';
import { limitCitations, seriesOf } from './state/series.js';
import { checkSeriesQuery, headlineFromStore, indicatorsOfLines, orderLines } from './state/series-store.js';
import type { SeriesLineCount } from '../model/aggregates.js';
import type { IndicatorSummary, RelationshipState, Series, StateSummary } from './state/types.js';
import { checkPage, oneOf, page, stored, type ListQuery, type Page } from './pages.js';
import { knowledgeFilter, type KnowledgeEntity, type KnowledgeEvent, type KnowledgeFact } from './annotation-queries.js';

export const MAX_LIMIT = 100;
export const MAX_OFFSET = 10_000;
/** Longest question `ask` takes. */
export const MAX_QUESTION_LENGTH = 500;
export { MAX_LIST_LIMIT, MAX_LIST_OFFSET, type ListQuery, type Page } from './pages.js';

/** Headline series: at most this many lines. */
export const MAX_HEADLINE = 12;
/** Citations a series point carries unless more (or fewer) are asked: `citationCount` counts them all, `fact(id)` pages through them. */
export const POINT_CITATIONS = 10;
/** The kept state's format: change it with what `relationshipState` computes, so a kept state of older code is not read. */
export const STATE_FORMAT = 1;

/** The event types of the lexicon in use. */
export function eventTypeIds(): string[] {
  return eventTypes().types.map((t) => t.id);
}

/**
 * A document's source as clients see it. Sources are stored relative to what was ingested
 * (`sub/a.pdf`); databases written before held the absolute path on the machine that ingested
 * them, of which only the file name is shown, so no answer reveals a server's paths.
 * @example shownSource('/home/ann/papers/a.pdf') // → 'a.pdf'; shownSource('sub/a.pdf') // → 'sub/a.pdf'
 */
export function shownSource(source: string): string {
  return isAbsolute(source) || win32.isAbsolute(source) ? win32.basename(source) : source;
}

function withShownSource<T extends { source: string }>(doc: T): T {
  return { ...doc, source: shownSource(doc.source) };
}

/**
 * The one engine the CLI, the HTTP API and the web page are thin clients of.
 * @example const dyad = new Engine(openSqliteStore('data/dyad.db')); await dyad.search({ query: 'ODA' })
 */
export class Engine {
  /** What the answerer has read from the store; dropped when an ingest changes it. */
  private askCorpus?: AskCorpus;
  /** The whole state and every series line, built once; dropped when an ingest changes the store. */
  private stateCache?: Promise<RelationshipState>;
  /** Series lines built, by indicator ('' for every line); the store's counted lines; the passages fact conflicts cite. */
  private seriesCache = new Map<string, Promise<Series[]>>();
  private linesCache?: Promise<SeriesLineCount[]>;
  private flaggedCache?: Promise<Set<string>>;
  private headlineCache = new Map<number, Promise<Series[]>>();

  /** The store's data version the derived caches were built from (see `fresh`). */
  private seenVersion?: string;

  constructor(readonly store: Store) {}

  /**
   * Drops what was derived from the store (answers' corpus, state, series) when the store has
   * changed since, whoever changed it: another process's ingest, or an upload served elsewhere.
   */
  private async fresh(): Promise<void> {
    const v = await this.store.dataVersion();
    if (this.seenVersion !== undefined && v !== this.seenVersion) this.dropDerived();
    this.seenVersion = v;
  }

  async ingest(paths: string[], options: Omit<IngestOptions, 'store'> = {}): Promise<IngestReport> {
    this.dropDerived();
    const report = await ingest(paths, { ...options, store: this.store });
    // Once for the whole run: a document's buckets are shared with the documents before it.
    await this.store.reconcileKnowledge();
    this.dropDerived();
    // The state and the counted lines of figures for the next reader (a read-only `dyad serve` cannot keep them): built once per run that changed something.
    if (report.items.some((i) => i.status === 'added' || i.status === 'replaced')) await this.keepDerived();
    return report;
  }

  /**
   * Builds the relationship's state and the counted lines of figures and keeps them in the store
   * for the next reader, unless the store keeps them already at its data version (what `ingest`
   * does at the end of a run, and `dyad worker` when its queue runs empty).
   * @example await dyad.keepDerived() // a later `dyad serve` reads the state instead of building it
   */
  async keepDerived(): Promise<void> {
    await this.fresh();
    await this.state();
    await this.lines();
  }

  /**
   * Answers a question with citations, or says the corpus does not answer it (README, "Answers").
   * `refuseBelow` overrides the calibrated refusal threshold (the eval's `--sweep` calibrates it).
   * @example await dyad.ask('When did Vietnam and Japan establish diplomatic relations?') // → { status: 'answered', answer: 'September 1973 (1973-09)', … }
   */
  async ask(question: string, id: string | null = null, options: { refuseBelow?: number } = {}): Promise<Answer> {
    const q = question.trim();
    if (!q) throw new DyadError('BAD_REQUEST', 'the question is empty');
    if (q.length > MAX_QUESTION_LENGTH) throw new DyadError('BAD_REQUEST', `the question is ${q.length} characters long; the limit is ${MAX_QUESTION_LENGTH}`);
    await this.fresh();
    // A comparison of two years or a count per period is read from the series and the state when they hold it.
    const structured = await answerFromState(this, q, id);
    if (structured) return structured;
    this.askCorpus ??= new AskCorpus(this.store);
    return answerQuestion(this.askCorpus, q, id, options.refuseBelow);
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return (await this.store.listDocuments()).map(withShownSource);
  }

  /** A document by name or id; NOT_FOUND names what was asked for. */
  async document(nameOrId: string): Promise<DocumentRecord> {
    const doc = await this.store.getDocument(nameOrId);
    if (!doc) throw new DyadError('NOT_FOUND', `no document named "${nameOrId}"`);
    return withShownSource(doc);
  }

  async summary(nameOrId: string): Promise<DocumentSummary> {
    const doc = await this.store.getSummary(nameOrId);
    if (!doc) throw new DyadError('NOT_FOUND', `no document named "${nameOrId}"`);
    return withShownSource(doc);
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

  /** Mentions that cannot both be true (README, "Conflicts"): each claim with its citations, as the store keeps them. */
  async conflicts(): Promise<Conflict[]> {
    return (await this.store.listConflicts()).items;
  }

  /**
   * A page of conflicts (`offset`/`limit`, `doc`: those citing one of these documents) and how many there are in all.
   * @example await dyad.conflictPage({ limit: 5 }) // → { items: [5 conflicts], total: 12, offset: 0, limit: 5 }
   */
  async conflictPage(q: Pick<ListQuery, 'doc' | 'offset' | 'limit'> = {}): Promise<Page<Conflict>> {
    const p = checkPage(q);
    if (q.doc?.length) for (const d of q.doc) await this.summary(d);
    return stored(await this.store.listConflicts({ ...(q.doc?.length ? { docs: q.doc } : {}), ...p }), p);
  }

  /** Events (a page of them with `offset`/`limit`); an unknown type is refused, naming the lexicon's. */
  async events(q: ListQuery = {}): Promise<KnowledgeEvent[]> {
    return (await this.eventPage(q)).items;
  }

  async eventPage(q: ListQuery = {}): Promise<Page<KnowledgeEvent>> {
    if (q.type !== undefined) oneOf('event type', q.type, eventTypeIds());
    const p = checkPage(q);
    return stored(await this.store.listEvents(knowledgeFilter({ ...q, ...p })), p);
  }

  async facts(q: ListQuery = {}): Promise<KnowledgeFact[]> {
    return (await this.factPage(q)).items;
  }

  /** Facts; a unit no stored fact uses is refused, naming those that are used. */
  async factPage(q: ListQuery = {}): Promise<Page<KnowledgeFact>> {
    const p = checkPage(q);
    const facts = await this.store.listFacts(knowledgeFilter({ ...q, ...p }));
    if (q.unit !== undefined && !facts.total) oneOf('unit', q.unit, await this.store.factUnits());
    return stored(facts, p);
  }

  async entities(q: ListQuery = {}): Promise<KnowledgeEntity[]> {
    return (await this.entityPage(q)).items;
  }

  /** Entities; an unknown kind is refused, naming the kinds. */
  async entityPage(q: ListQuery = {}): Promise<Page<KnowledgeEntity>> {
    if (q.type !== undefined) oneOf('entity kind', q.type, ENTITY_KINDS);
    const p = checkPage(q);
    return stored(await this.store.listEntities(knowledgeFilter({ ...q, ...p }, false)), p);
  }

  /** Time expressions with their EDTF and TIMEX3 values; `type` is a TIMEX3 type (DATE, TIME, DURATION, SET). */
  async timePage(q: ListQuery = {}): Promise<Page<KnowledgeTime>> {
    if (q.type !== undefined) oneOf('TIMEX3 type', q.type, TIMEX_TYPES);
    if (q.doc?.length) for (const d of q.doc) await this.summary(d);
    return page(await queryTimes(this.store, q), q);
  }

  /**
   * The state of the relationship (README, "State and series"): pairs, partnership level over time,
   * standing mechanisms, visits and agreements, each cited; with `at` (EDTF), what was true then.
   * Built once and shared until an ingest: callers must not change what they get.
   * @example await dyad.state('2008') // → { at: '2008', pairs: [...], partnership: [...], … }
   */
  async state(at?: string): Promise<RelationshipState> {
    checkAt(at);
    await this.fresh();
    this.stateCache ??= this.keptState().catch((err) => {
      this.stateCache = undefined;
      throw err;
    });
    const whole = await this.stateCache;
    return at ? stateAt(whole, at) : whole;
  }

  /**
   * The whole state as the store keeps it (built by the last writer that asked, dropped by any
   * change to events, entities or documents), else built and kept for the next process.
   */
  private keptState(): Promise<RelationshipState> {
    return this.keptDerived(`state|${STATE_FORMAT}|${lexiconHash()}`, () => relationshipState(this));
  }

  /** What `build` derives from the store, as the store keeps it for `key`, else built and kept (when the store can write). */
  private async keptDerived<T>(key: string, build: () => Promise<T>): Promise<T> {
    const version = await this.store.dataVersion();
    const kept = await this.store.getDerived(key);
    if (kept !== undefined) return JSON.parse(kept) as T;
    const value = await build();
    // Keeping it is a saving, not a result: a store that cannot write it now (busy, full) is asked again by the next process.
    await this.store.putDerived(key, JSON.stringify(value), version).catch(() => false);
    return value;
  }

  /**
   * The state without its cited lists: pairs, partnership steps, visits per decade and office, and
   * how many mechanisms and agreements there are (what the web overview draws).
   * @example await dyad.stateSummary() // → { at: null, pairs: [...], partnership: [...], visits: { count: 12, byDecade: {...}, byOffice: {...} }, mechanisms: 3, agreements: 9 }
   */
  async stateSummary(at?: string): Promise<StateSummary> {
    const s = await this.state(at);
    return {
      at: s.at,
      pairs: s.pairs,
      // A step's first citation (the overview links it); `cited` says how many passages tell it.
      partnership: s.partnership.map((p) => ({ ...p, citations: p.citations.slice(0, 1), cited: p.citations.length })),
      visits: { count: s.visits.items.length, byDecade: s.visits.byDecade, byOffice: s.visits.byOffice },
      mechanisms: s.mechanisms.length,
      agreements: s.agreements.length,
    };
  }

  /**
   * The `n` headline lines: amounts (not ranks or percentages) with at least three periods, the
   * most periods first, one point per period (its first value; `conflict` when the period's values
   * differ), each point without its citations (the whole series has them).
   * @example await dyad.headlineSeries(4) // → [{ indicator: 'trade', unit: 'USD', points: [{ period: '2010', value: 7.3e9, citations: [] }, …] }, …]
   */
  async headlineSeries(n: number): Promise<Series[]> {
    if (!Number.isInteger(n) || n < 1 || n > MAX_HEADLINE) throw new DyadError('BAD_REQUEST', `headline must be an integer from 1 to ${MAX_HEADLINE}, not ${n}`);
    await this.fresh();
    return this.kept(this.headlineCache, n, async () => headlineFromStore(this.store, await this.lines(), n, () => this.flagged()));
  }

  /**
   * Series of figures: one indicator's (all without one), in one unit when asked, with every
   * indicator that has figures. An indicator or unit without figures is BAD_REQUEST naming those
   * with. The indicators come from the store's counts; one indicator's lines read its facts only.
   * Each point carries its first `citations` passages (default `POINT_CITATIONS`; `Infinity` for all)
   * and `citationCount`; `fact(point.fact)` pages through the rest.
   * @example await dyad.series('trade') // → { series: [{ indicator: 'trade', unit: 'USD', points: [...] }], indicators: [...] }
   */
  async series(indicator?: string, unit?: string, citations: number = POINT_CITATIONS): Promise<{ series: Series[]; indicators: IndicatorSummary[] }> {
    if (!(citations >= 0)) throw new DyadError('BAD_REQUEST', `citations must be 0 or more, not ${citations}`);
    const lines = await this.lines();
    checkSeriesQuery(lines, indicator, unit);
    const built = await this.kept(this.seriesCache, indicator ?? '', async () => seriesOf(await this.facts(indicator === undefined ? {} : { type: indicator }), await this.flagged()));
    const picked = built.filter((s) => unit === undefined || s.unit === unit);
    return { series: limitCitations(picked, Number.isFinite(citations) ? citations : undefined), indicators: indicatorsOfLines(lines) };
  }

  /**
   * One reconciled fact (a series point's `fact`) with a page of its passages (`offset`/`limit` over
   * its mentions, `total` counting them all); an unknown id is NOT_FOUND.
   * @example await dyad.fact('fa-98a18baaecb2', { offset: 10, limit: 10 }) // → { fact: { id, indicator, …, mentions: [10] }, total: 37, offset: 10, limit: 10 }
   */
  async fact(id: string, q: { offset?: number; limit?: number } = {}): Promise<{ fact: KnowledgeFact; total: number; offset: number; limit?: number }> {
    const p = checkPage(q);
    const [f] = await this.store.factsByIds([id]);
    if (!f) throw new DyadError('NOT_FOUND', `no fact with id "${id}" (a series point's \`fact\`, or a fact's \`id\` in the facts list)`);
    const end = p.limit === undefined ? undefined : p.offset + p.limit;
    return { fact: { ...f, mentions: f.mentions.slice(p.offset, end) }, total: f.mentions.length, offset: p.offset, ...(p.limit !== undefined ? { limit: p.limit } : {}) };
  }

  /**
   * The indicators with figures (their units, points and lines), from the store's counts: no fact is read.
   * @example await dyad.indicators() // → [{ indicator: 'trade', units: ['USD'], points: 14, lines: 2 }, …]
   */
  async indicators(): Promise<IndicatorSummary[]> {
    return indicatorsOfLines(await this.lines());
  }

  /** The store's counted lines of figures, in the series' order, read once per data version. */
  private async lines(): Promise<SeriesLineCount[]> {
    await this.fresh();
    this.linesCache ??= this.keptDerived(`series-lines|${STATE_FORMAT}`, async () => orderLines(await this.store.seriesLines())).catch((err) => {
      this.linesCache = undefined;
      throw err;
    });
    return this.linesCache;
  }

  /** The passages conflicts of figures cite (a point citing one is flagged), read once per data version. */
  private flagged(): Promise<Set<string>> {
    this.flaggedCache ??= this.store.factConflictMentions().then(
      (keys) => new Set(keys),
      (err) => {
        this.flaggedCache = undefined;
        throw err;
      },
    );
    return this.flaggedCache;
  }

  /** What `build` gives for `key`, built once (a failure is not kept). */
  private kept<K, T>(cache: Map<K, Promise<T>>, key: K, build: () => Promise<T>): Promise<T> {
    let p = cache.get(key);
    if (!p) {
      p = build().catch((err) => {
        cache.delete(key);
        throw err;
      });
      cache.set(key, p);
    }
    return p;
  }

  /** Forgets what was derived from the store (answers' corpus, state, series): an ingest changed it. */
  private dropDerived(): void {
    this.askCorpus = undefined;
    this.stateCache = undefined;
    this.seriesCache.clear();
    this.linesCache = undefined;
    this.flaggedCache = undefined;
    this.headlineCache.clear();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
