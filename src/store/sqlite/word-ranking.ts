import type { ParsedQuery } from '../../query/search-query.js';
import { ftsTerm } from './fts.js';
import type { Statements } from './statements.js';
import { WordTerms, wordAdds, type TableStats } from './word-terms.js';

/** A phrase's rows (ascending) and what it adds to each row's score: FTS5's bm25() of the phrase alone, negated. */
interface PhraseRows {
  rows: Int32Array;
  adds: Float64Array;
}

/** A row of the ranked top: its FTS5 rowid and its rank (the negated BM25, as FTS5's `rank`). */
export interface RankedRow {
  rid: number;
  rank: number;
}

/** How much a WordRanking keeps, and when it reads every row's length. */
export interface WordRankingOptions {
  /**
   * Rows of phrases kept between queries (a rowid and a double each): 4,000,000, 48 MB. At
   * 100,000 paragraphs (383,000 sentences) one common word holds 10,000–45,000 rows and the words
   * of 242 questions 1.8 million in all: 1,000,000 dropped words that the next questions read
   * again (a pass over the word's instances each), for 20 % of `ask`'s CPU (DESIGN.md, Session 45).
   */
  most: number;
  /**
   * Rows ranked by bm25() in a data version after which every row's length is read (one pass over
   * `_docsize`: 110–140 ms of CPU at 500,000 rows, what bm25() takes for about 100,000 rows) and a
   * one-term word's terms are computed from how often it is in each row instead (a third to a half
   * of bm25()'s CPU): 100,000, so the pass is made once it is about paid for.
   */
  lengthsAfter: number;
}

const DEFAULTS: WordRankingOptions = { most: 4_000_000, lengthsAfter: 100_000 };

/**
 * The BM25 ranking of an OR of words and phrases (`ask`'s query of a question), computed from
 * each phrase's rows instead of by FTS5's `ORDER BY rank`, which scores every match of the
 * whole expression at each query (about 1.6 µs a match at 100,000 paragraphs). FTS5's bm25() of
 * an expression is a sum over its phrases in their order, each phrase adding
 * `idf × tf × (k1 + 1) / (tf + k1 × (1 − b + b × len / avglen))` (0 where it is absent), and
 * each term of that sum is what bm25() gives the phrase queried alone: so each phrase is
 * ranked alone once per data version (its rows kept, least recently used dropped first, at
 * most `most` rows), and a query adds up its phrases' terms in the expression's order, the
 * same doubles in the same order, hence the same ranks and ties as FTS5's. Once many rows were
 * ranked in a data version (`lengthsAfter`), a word of one index term gets its terms from how
 * often it is in each row and the rows' lengths (word-terms.ts), computed as bm25() does.
 * @example new WordRanking(statements).top('sentence_fts', parseQuery('"ODA" OR loan'), 40, version) // → { rows: [{ rid, rank }, …], all }
 */
export class WordRanking {
  private version = '';
  private readonly phrases = new Map<string, PhraseRows>();
  private kept = 0;
  /** Each row's sum so far, and the query that last touched it (so the arrays are not cleared between queries). */
  private sums = new Float64Array(0);
  private touchedBy = new Uint32Array(0);
  private query = 0;
  /** Rows ranked by bm25() in this data version, and the rows' lengths once read (with the table's statistics). */
  private ranked = 0;
  private readonly lengths = new Map<string, { lengths: Int32Array; stats: TableStats } | undefined>();
  private readonly terms: WordTerms;
  private readonly options: WordRankingOptions;

  constructor(
    private readonly statements: Statements,
    options: Partial<WordRankingOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.terms = new WordTerms(statements);
  }

  /** Whether a query is ranked here: groups of one term each (an OR of words and phrases), no prefix, nothing excluded. */
  static fits(query: ParsedQuery): boolean {
    return query.not.length === 0 && query.anyOf.every((g) => g.length === 1 && !g[0]!.prefix);
  }

  /** The number of rows a one-term query matches, when that term's rows are kept (a count needs no pass then); else undefined. */
  count(fts: string, query: ParsedQuery, version: string): number | undefined {
    this.at(version);
    if (query.anyOf.length !== 1 || !WordRanking.fits(query)) return undefined;
    return this.phrases.get(`${fts}\u0000${ftsTerm(query.anyOf[0]![0]!)}`)?.rows.length;
  }

  /**
   * The `k` best rows of the query by rank, with every row that ties with the k-th (the caller
   * orders ties by document and place), and `all`, the number of rows that match.
   */
  top(fts: string, query: ParsedQuery, k: number, version: string): { rows: RankedRow[]; all: number } {
    this.at(version);
    const lists = query.anyOf.map((g) => this.phrase(fts, ftsTerm(g[0]!), g[0]!.text));
    const touched = this.add(lists);
    const sums = this.sums;
    const least = kthLargest(touched, sums, k);
    const rows: RankedRow[] = [];
    for (const rid of touched) if (sums[rid]! >= least) rows.push({ rid, rank: -sums[rid]! });
    return { rows, all: touched.length };
  }

  /** Forgets the kept phrases when the data changed. */
  private at(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.phrases.clear();
    this.lengths.clear();
    this.kept = 0;
    this.ranked = 0;
  }

  /** A phrase's rows and terms: kept, or computed (then kept). */
  private phrase(fts: string, term: string, text: string): PhraseRows {
    const key = `${fts}\u0000${term}`;
    const known = this.phrases.get(key);
    if (known) {
      // Most recently used last: the first key is the one to drop.
      this.phrases.delete(key);
      this.phrases.set(key, known);
      return known;
    }
    const p = this.fromCounts(fts, text) ?? this.rankedAlone(fts, term);
    if (p.rows.length > this.options.most) return p;
    this.phrases.set(key, p);
    for (this.kept += p.rows.length; this.kept > this.options.most;) {
      const [oldest, rows] = this.phrases.entries().next().value!;
      this.phrases.delete(oldest);
      this.kept -= rows.rows.length;
    }
    return p;
  }

  /** A phrase ranked alone by FTS5: its rows and what bm25() gives each. */
  private rankedAlone(fts: string, term: string): PhraseRows {
    const found = this.statements.get(`SELECT rowid, bm25(${fts}) FROM ${fts} WHERE ${fts} MATCH ?`).raw().all(term) as [number, number][];
    this.ranked += found.length;
    const p: PhraseRows = { rows: new Int32Array(found.length), adds: new Float64Array(found.length) };
    found.forEach(([rid, bm25], i) => {
      p.rows[i] = rid;
      p.adds[i] = -bm25;
    });
    return p;
  }

  /**
   * A word of one index term, its terms computed as bm25() computes them from how often it is in
   * each row and the rows' lengths, once those are read (`lengthsAfter`); else undefined.
   */
  private fromCounts(fts: string, text: string): PhraseRows | undefined {
    if (!this.lengths.has(fts) && this.ranked >= this.options.lengthsAfter) {
      const stats = this.terms.stats(fts);
      this.lengths.set(fts, stats ? { lengths: this.terms.lengths(fts), stats } : undefined);
    }
    const read = this.lengths.get(fts);
    if (!read) return undefined;
    const terms = this.terms.terms(fts, text);
    if (terms.length !== 1) return undefined;
    const { rows, tf } = this.terms.counts(fts, terms[0]!);
    const idf = this.terms.idf(read.stats.rows, rows.length);
    const adds = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) adds[i] = wordAdds(idf, tf[i]!, read.lengths[rows[i]!]!, read.stats);
    return { rows, adds };
  }

  /** Adds the phrases' terms to their rows' sums, in the expression's order; returns the rows touched. */
  private add(lists: PhraseRows[]): number[] {
    let size = 1;
    for (const { rows } of lists) for (let i = 0; i < rows.length; i++) if (rows[i]! >= size) size = rows[i]! + 1;
    if (size > this.sums.length || this.query === 0xffffffff) {
      const n = Math.max(size, this.sums.length * 2);
      this.sums = new Float64Array(n);
      this.touchedBy = new Uint32Array(n);
      this.query = 0;
    }
    const q = ++this.query;
    const { sums, touchedBy } = this;
    const touched: number[] = [];
    for (const { rows, adds } of lists) {
      for (let i = 0; i < rows.length; i++) {
        const rid = rows[i]!;
        if (touchedBy[rid] !== q) {
          touchedBy[rid] = q;
          sums[rid] = 0;
          touched.push(rid);
        }
        sums[rid] = sums[rid]! + adds[i]!;
      }
    }
    return touched;
  }
}

/** The k-th largest of the rows' sums (a min-heap of k); -Infinity when there are fewer than k rows. */
export function kthLargest(rows: number[], sums: Float64Array, k: number): number {
  if (k <= 0) return Infinity;
  if (rows.length < k) return -Infinity;
  const heap = new Float64Array(k);
  let size = 0;
  for (const rid of rows) {
    const s = sums[rid]!;
    if (size < k) {
      // Sift up.
      let i = size++;
      while (i > 0 && heap[(i - 1) >> 1]! > s) {
        heap[i] = heap[(i - 1) >> 1]!;
        i = (i - 1) >> 1;
      }
      heap[i] = s;
    } else if (s > heap[0]!) {
      // Replace the least and sift down.
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= k) break;
        const c = l + 1 < k && heap[l + 1]! < heap[l]! ? l + 1 : l;
        if (heap[c]! >= s) break;
        heap[i] = heap[c]!;
        i = c;
      }
      heap[i] = s;
    }
  }
  return heap[0]!;
}
