import type { SearchHit, SearchRequest, SearchResult } from '../../model/search.js';
import { DyadError } from '../../model/errors.js';
import type { ParsedQuery } from '../../query/search-query.js';
import { queryTerms } from '../../query/search-query.js';
import { toFtsMatch, markedSpans, markSnippet } from './fts.js';
import type { Statements } from './statements.js';
import { WordRanking } from './word-ranking.js';

/** A hit of a search page, with its document, span, rank and FTS5's snippet and highlight. */
interface PageRow {
  rid: number;
  name: string;
  doc_id: string;
  start: number;
  end: number;
  rank: number;
  quote: string;
  snippet: string;
  marked: string;
}

/** A page's place and whether its hits get their marks. */
interface Paging {
  match: string;
  limit: number;
  offset: number;
  marks: boolean;
}

/** Rows read past a page's end while they tie with its last on rank (a run longer than this is ranked again over the join). */
const TIE_READ = 64;

/** The columns of a hit's text and marks: FTS5's snippet and highlight, or none (`marks: false`). */
function markColumns(fts: string, marks: boolean): string {
  return marks ? `text AS quote, snippet(${fts}, 0, char(2), char(3), '…', 32) AS snippet, highlight(${fts}, 0, char(2), char(3)) AS marked` : `text AS quote, '' AS snippet, '' AS marked`;
}

/**
 * Full-text search of a SQLite store: FTS5's BM25 over paragraphs or sentences, the page's
 * snippets and highlights, and the totals kept per query, filters and data version.
 */
export class FtsSearch {
  /** Search totals by query and filters, with the data version they were counted at (at most 2,000). */
  private readonly totals = new Map<string, { version: string; total: number }>();

  /** `ask`'s OR queries ranked from their phrases' kept rows (word-ranking.ts). */
  private readonly ranking: WordRanking;

  constructor(private readonly statements: Statements) {
    this.ranking = new WordRanking(statements);
  }

  search(query: ParsedQuery, request: SearchRequest, version: string): SearchResult {
    const unit = request.unit ?? 'paragraph';
    const fts = unit === 'sentence' ? 'sentence_fts' : 'paragraph_fts';
    const where: string[] = [`${fts} MATCH @match`];
    const params: Record<string, unknown> = { match: toFtsMatch(query), limit: request.limit ?? 20, offset: request.offset ?? 0 };
    if (request.docs?.length) {
      const names = request.docs.map((_, i) => `@doc${i}`).join(', ');
      where.push(`(d.name IN (${names}) OR d.id IN (${names}))`);
      request.docs.forEach((d, i) => (params[`doc${i}`] = d));
    }
    if (request.kind) {
      where.push('d.kind = @kind');
      params.kind = request.kind;
    }
    if (request.yearFrom !== undefined) {
      where.push('d.year >= @yearFrom');
      params.yearFrom = request.yearFrom;
    }
    if (request.yearTo !== undefined) {
      where.push('d.year <= @yearTo');
      params.yearTo = request.yearTo;
    }
    const from = `FROM ${fts} JOIN units u ON u.id = ${fts}.rowid JOIN documents d ON d.id = u.doc_id WHERE ${where.join(' AND ')}`;
    const filtered = where.length > 1;
    try {
      // Counted once per query and filters while the data stays the same (paging, repeated searches).
      const key = `${from}\u0000${JSON.stringify({ ...params, limit: 0, offset: 0 })}`;
      let total = this.totals.get(key)?.version === version ? this.totals.get(key)!.total : undefined;
      const paging = { ...(params as { match: string; limit: number; offset: number }), marks: request.marks !== false };
      // ask's hits (no count, no marks) of an OR of words: ranked from each word's kept rows.
      const byWords = !filtered && request.count === false && !paging.marks && paging.limit > 0 && WordRanking.fits(query);
      const { page, all } = (byWords ? this.topByWords(fts, query, paging, version) : undefined) ?? (filtered ? undefined : this.topByRank(fts, paging)) ?? this.topJoined(fts, from, paging);
      // count: false (ask's hits): the total is left uncounted, a pass over every match.
      if (request.count === false) total = -1;
      if (total === undefined) {
        // A page that ends before its limit holds the last match: the count is known without counting (a second pass over every match).
        // Every indexed unit has its row and document (check() verifies it), so without filters the count needs no join.
        total =
          all ??
          (filtered ? undefined : this.ranking.count(fts, query, version)) ??
          (this.statements.get(filtered ? `SELECT count(*) AS n ${from}` : `SELECT count(*) AS n FROM ${fts} WHERE ${fts} MATCH @match`).get(params) as { n: number }).n;
        this.totals.delete(key);
        this.totals.set(key, { version, total });
        if (this.totals.size > 2000) this.totals.delete(this.totals.keys().next().value!);
      }
      const hits: SearchHit[] = page.map((r) => ({
        doc: r.name,
        docId: r.doc_id,
        unit,
        start: r.start,
        end: r.end,
        quote: r.quote,
        score: Math.round(-r.rank * 1e4) / 1e4,
        snippet: markSnippet(r.snippet),
        highlights: markedSpans(r.marked).map((h) => ({ start: r.start + h.start, end: r.start + h.end })),
      }));
      return { query: request.query, terms: queryTerms(query), total, hits };
    } catch (err) {
      if (err instanceof Error && /fts5/i.test(err.message)) {
        throw new DyadError('BAD_QUERY', `query "${request.query}" cannot be searched: ${err.message}`, { cause: err });
      }
      throw err;
    }
  }

  /**
   * The page of hits ranked inside FTS5, ordered as the joined query orders them (rank, document
   * name, start), and `all`, the number of matches, when the rows read were all of them. FTS5
   * scores and sorts every match before it returns the first (`ORDER BY rank` with or without a
   * LIMIT costs the same), so when the rows after the k-th tie with it on rank they are read on
   * from the same pass, and of the tied run those first by name and start are kept; ranking every
   * match a second time over the join (topJoined, which this replaced for a third of `ask`'s
   * questions at 100,000 paragraphs) is left for a run of more than TIE_READ rows past the page
   * (each row read costs its snippet): then undefined.
   */
  private topByRank(fts: string, params: Paging): { page: PageRow[]; all?: number } | undefined {
    if (params.limit === 0) return { page: [] }; // a count only: nothing to rank
    const k = params.offset + params.limit;
    const rows: Omit<PageRow, 'name' | 'doc_id' | 'start' | 'end'>[] = [];
    let all: number | undefined;
    const ranked = this.statements.get(`SELECT rowid AS rid, rank, ${markColumns(fts, params.marks)} FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rank`).iterate(params.match) as IterableIterator<
      (typeof rows)[number]
    >;
    for (;;) {
      const next = ranked.next();
      if (next.done) {
        all = rows.length;
        break;
      }
      if (rows.length >= k && (next.value.rank !== rows[k - 1]!.rank || rows.length >= k + TIE_READ)) {
        ranked.return?.();
        if (next.value.rank === rows[k - 1]!.rank) return undefined;
        break;
      }
      rows.push(next.value);
    }
    const unitOf = this.statements.get('SELECT d.name, d.id AS doc_id, u.start, u."end" FROM units u JOIN documents d ON d.id = u.doc_id WHERE u.id = ?');
    const page = rows.map((r) => ({ ...r, ...(unitOf.get(r.rid) as { name: string; doc_id: string; start: number; end: number }) }));
    page.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || a.start - b.start);
    return { page: page.slice(params.offset, k), ...(all !== undefined ? { all } : {}) };
  }

  /** The page of an OR of words (WordRanking), ordered as the joined query orders them (rank, document name, start), with their text. */
  private topByWords(fts: string, query: ParsedQuery, params: Paging, version: string): { page: PageRow[]; all: number } {
    const k = params.offset + params.limit;
    const { rows, all } = this.ranking.top(fts, query, k, version);
    const rank = new Map(rows.map((r) => [r.rid, r.rank]));
    const units = this.statements
      .get('SELECT u.id AS rid, d.name, d.id AS doc_id, u.start, u."end" FROM units u JOIN documents d ON d.id = u.doc_id WHERE u.id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(rows.map((r) => r.rid))) as Omit<PageRow, 'rank' | 'quote' | 'snippet' | 'marked'>[];
    const ranked = units.map((u) => ({ ...u, rank: rank.get(u.rid)! }));
    ranked.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || a.start - b.start);
    return { page: this.decorated(fts, params, ranked.slice(params.offset, k)), all };
  }

  /** The page's rows with their text, FTS5's snippet and highlight (for these rows only). */
  private decorated(fts: string, params: Paging, rows: Omit<PageRow, 'quote' | 'snippet' | 'marked'>[]): PageRow[] {
    const decorate = params.marks
      ? this.statements.get(
          `SELECT ${markColumns(fts, true)} FROM ${fts} WHERE ${fts} MATCH ? AND rowid = CAST(? AS INTEGER)`, // a JS number binds as REAL, which FTS5 ignores as a rowid constraint
        )
      : this.statements.get(`SELECT ${markColumns(fts, false)} FROM ${fts} WHERE rowid = CAST(? AS INTEGER)`);
    return rows.map((r) => ({ ...r, ...(decorate.get(...(params.marks ? [params.match, r.rid] : [r.rid])) as { quote: string; snippet: string; marked: string }) }));
  }

  /**
   * The page of hits of a filtered query: ranked over the join, then snippets and highlights for the page only;
   * `all`, the number of matches, when the page ends before its limit after at least one hit (or from the first).
   */
  private topJoined(fts: string, from: string, params: Paging): { page: PageRow[]; all?: number } {
    const top = this.statements
      .get(`SELECT ${fts}.rowid AS rid, d.name, d.id AS doc_id, u.start, u."end", ${fts}.rank AS rank ${from} ORDER BY rank, d.name, u.start LIMIT @limit OFFSET @offset`)
      .all(params) as { rid: number; name: string; doc_id: string; start: number; end: number; rank: number }[];
    const page = this.decorated(fts, params, top);
    const ended = params.limit > 0 && top.length < params.limit && (top.length > 0 || params.offset === 0);
    return { page, ...(ended ? { all: params.offset + top.length } : {}) };
  }
}
