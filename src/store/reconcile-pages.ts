import { dependents, ENTITY_MENTIONS, sources, type ContributionRow } from '../reconcile/index.js';

/**
 * How both stores cut a reconcile of many changed buckets into bounded pieces (SQLite's
 * end-of-run `refreshDirty`, PostgreSQL's per-document `refresh`): changed buckets taken a page
 * at a time, expanded to the item buckets that depend on them (each once), and reconciled in
 * batches of at most `BATCH` buckets whose sources hold at most `BATCH_ROWS` contributions.
 * What a batch reads is bounded however large the document that changed them.
 */

/** Changed buckets taken at a time (SQLite reads its marks this many a query). */
export const DIRTY_PAGE = 5_000;
/** Buckets read per query: a document touches thousands, and one query each costs more than the rows. */
export const BATCH = 500;
/**
 * Contributions read per batch, at most (unless one bucket alone has more): a long document's
 * buckets hold hundreds of thousands, and reading a batch of 500 buckets at once held them all.
 */
export const BATCH_ROWS = 5_000;

/**
 * The item buckets of changed buckets (`dependents`), each once, in the order of the changed
 * buckets, over any number of calls (pages). Only a telling bucket (`te|`) has dependents other
 * than itself, conflict buckets (`cf|`), which hold no contributions and so are never changed
 * themselves: those alone are remembered to give each once (a few per event type and year).
 */
export class ItemBuckets {
  private readonly given = new Set<string>();

  *of(changed: Iterable<string>): Generator<string> {
    for (const d of changed) {
      for (const b of dependents(d)) {
        if (b !== d && this.given.has(b)) continue;
        if (b !== d) this.given.add(b);
        yield b;
      }
    }
  }
}

/** What an iterable gives, `size` at a time. */
export function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const x of items) {
    chunk.push(x);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/**
 * The contributions a batch reads of a bucket that holds `n`: all of an event, fact or telling
 * bucket; of an entity's, the first ENTITY_MENTIONS only (its count, documents and spellings are
 * aggregated apart). Both stores weigh their batches by it.
 */
export function rowsRead(bucket: string, n: number): number {
  return bucket.startsWith('en|') ? Math.min(n, ENTITY_MENTIONS) : n;
}

/**
 * Cuts item buckets, given a window at a time with the contribution counts of their sources,
 * into batches of at most `maxBuckets` buckets and `maxRows` contributions (a bucket with more
 * is a batch of its own); `end` gives the last.
 */
export class Batches {
  private batch: string[] = [];
  private rows = 0;

  constructor(
    private readonly maxRows = BATCH_ROWS,
    private readonly maxBuckets = BATCH,
  ) {}

  *take(window: readonly string[], rowsOf: ReadonlyMap<string, number>): Generator<string[]> {
    for (const b of window) {
      const w = sources(b).reduce((n, x) => n + (rowsOf.get(x) ?? 0), 0);
      if (this.batch.length && (this.batch.length >= this.maxBuckets || this.rows + w > this.maxRows)) yield this.cut();
      this.batch.push(b);
      this.rows += w;
    }
  }

  *end(): Generator<string[]> {
    if (this.batch.length) yield this.cut();
  }

  private cut(): string[] {
    const out = this.batch;
    this.batch = [];
    this.rows = 0;
    return out;
  }
}

/** The distinct sources of a window of item buckets (whose contributions are counted). */
/** Document names in the order both stores read them (bytewise, as SQLite orders text and PostgreSQL `COLLATE "C"`). */
export const docOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Corpus order: document name (`docOrder`), then place in the document. */
export const corpusOrder = (a: ContributionRow, b: ContributionRow): number => (a.doc === b.doc ? a.seq - b.seq : docOrder(a.doc, b.doc));

export const sourcesOf = (window: readonly string[]): string[] => [...new Set(window.flatMap(sources))];
