import type pg from 'pg';
import type { QueryTerm, SearchHit, SearchRequest, SearchResult } from '../../model/search.js';
import type { ParsedQuery } from '../../query/search-query.js';
import { parseQuery, queryTerms } from '../../query/search-query.js';
import { markedSpans, markSnippet } from '../marks.js';
import { TS_CONFIG } from './schema.js';
import { toTsQuery } from './tsquery.js';

/** BM25's parameters, as SQLite's bm25() uses them. */
const K1 = 1.2;
const B = 0.75;

/**
 * Passages ranked for a query of several OR groups: its rarest groups are taken while their
 * passages number at most this many (at least one group); the next ones only when the page is not
 * full. At 10,000 paragraphs this keeps 97 % of the exact top 40 of `ask`'s queries at half the time
 * (bench/rank-overlap.js --scale; DESIGN.md, Session 13).
 */
export const RANKED = 2_000;

/**
 * SQL of the tsquery that matches a lexeme as it is (no stemming, no operators): the lexeme quoted as tsquery input quotes it
 * (a quote doubled, a backslash escaped), so any lexeme the configuration gives, quotes and backslashes included, reads back whole.
 * @example LEXEME_QUERY('w.lexeme') // → SQL of e.g. 'o''neil'::tsquery for the lexeme o'neil
 */
export const LEXEME_QUERY = (sql: string): string => `('''' || replace(replace(${sql}, '\\', '\\\\'), '''', '''''') || '''')::tsquery`;

/** Totals and word statistics kept per data version (at most this many of each). */
const KEPT = 2_000;

/** A group of the query (all of its terms): its lexemes and how many passages hold its rarest. */
interface Group {
  terms: QueryTerm[];
  lexemes: string[];
  df: number;
}

type Row = { name: string; doc_id: string; start: number; end: number; text: string; rank: number; marked: string; snippet: string };

/**
 * The lexeme of a query that is one word and nothing else (no prefix, exclusion or filter): its
 * total is that lexeme's passage frequency, counted once for both (ask counts each question word,
 * then ranks passages by the same words). A word the parser splits or repeats gives more than one
 * token, and is counted as a phrase.
 */
function oneWord(query: ParsedQuery, groups: Group[], filters: number): string | undefined {
  return filters ? undefined : oneLexeme(query, groups);
}

/**
 * The key a search's total is kept under: the query, the filters' SQL and their values ("d.year >= $3" and "d.year <= $3" with 2020
 * are two counts).
 * @example totalKey('$2::tsquery', 'TRUE', ['sentence', 'japan']) // → '["$2::tsquery","TRUE",["sentence","japan"]]'
 */
function totalKey(sql: string, filters: string, params: unknown[]): string {
  return JSON.stringify([sql, filters, params]);
}

/** The lexeme of a query that is one word, whatever its filters: the passages it matches are those whose tsvector holds the lexeme. */
function oneLexeme(query: ParsedQuery, groups: Group[]): string | undefined {
  const term = query.anyOf.length === 1 && query.anyOf[0]!.length === 1 && !query.not.length ? query.anyOf[0]![0]! : undefined;
  if (!term || term.prefix || term.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length !== 1) return undefined;
  return groups[0]!.lexemes.length === 1 ? groups[0]!.lexemes[0] : undefined;
}

/**
 * Full-text search of a PostgreSQL store, ranked by BM25 as SQLite's FTS5 ranks (k1 1.2, b 0.75;
 * DESIGN.md "PostgreSQL"). Candidates come from the GIN index (`@@`); the collection statistics
 * (passages, mean length) and each word's passage frequency are counted once per data version and
 * unit and kept here, so a query sends its words' statistics as parameters instead of counting
 * them; only the candidates are ranked. A query of several OR groups (`ask` sends up to 30 words)
 * ranks the passages of its rarest groups, at most RANKED of them while the page fills.
 */
/** What ranks a page: each query word's IDF and the unit's mean passage length, as counted for this search. */
interface Weights {
  idf: Map<string, number>;
  avglen: number;
}

export class PgSearch {
  /** The data version the kept statistics and totals were counted at. */
  private version = '';
  private readonly stats = new Map<string, { n: number; avglen: number }>();
  private readonly df = new Map<string, number>();
  private readonly totals = new Map<string, number>();

  constructor(
    private readonly pool: pg.Pool,
    /** The passages ranked for a query of several OR groups (Infinity ranks every match: the exact page, as bench/rank-overlap.js compares). */
    private readonly most: number = RANKED,
  ) {}

  async search(query: ParsedQuery, request: SearchRequest): Promise<SearchResult> {
    const unit = request.unit ?? 'paragraph';
    const groups = await this.groups(query);

    const params: unknown[] = [unit];
    const param = (v: unknown): string => {
      params.push(v);
      return `$${params.length}`;
    };
    const ts = toTsQuery(query, 2);
    params.push(...ts.params);
    const where: string[] = [];
    if (request.docs?.length) {
      const p = param(request.docs);
      where.push(`(d.name = ANY(${p}) OR d.id = ANY(${p}))`);
    }
    if (request.kind) where.push(`d.kind = ${param(request.kind)}`);
    if (request.yearFrom !== undefined) where.push(`d.year >= ${param(request.yearFrom)}`);
    if (request.yearTo !== undefined) where.push(`d.year <= ${param(request.yearTo)}`);
    // A count without filters reads no document row (nor, where its pages are all visible, a unit's).
    const documents = where.length ? ' JOIN documents d ON d.id = u.doc_id' : '';
    const filters = where.length ? where.join(' AND ') : 'TRUE';

    // `count: false` (ask's hits): the total is left uncounted, a pass over every match. Kept per query, filters and data version.
    let total = -1;
    if (request.count !== false) {
      const key = totalKey(ts.sql, filters, params);
      total = this.totals.get(key) ?? -1;
      const word = total < 0 ? oneWord(query, groups, where.length) : undefined;
      if (word) {
        total = (await this.count(unit, [word])).get(word)!;
      } else if (total < 0) {
        total = (await this.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM units u${documents} WHERE u.unit = $1 AND u.tsv @@ (${ts.sql}) AND ${filters}`, params)).rows[0]!.n;
        this.keep(this.totals, key, total);
      }
    }
    // limit 0 asks for the count alone (ask's word rarities): nothing to rank.
    if (request.limit === 0) return { query: request.query, terms: queryTerms(query), total, hits: [] };

    const { df, n, ...weights } = await this.idf(unit, groups);
    // A group of prefixes alone (or of no word) may hold any passage: it counts as all of them; another holds at most its rarest word's.
    for (const g of groups) g.df = g.lexemes.length ? Math.min(...g.lexemes.map((l) => df.get(l)!)) : n;
    const rows = await this.ranked(query, request, groups, weights, params, filters);
    const hits: SearchHit[] = rows.map((r) => {
      const base = { doc: r.name, docId: r.doc_id, unit, start: r.start, end: r.end, quote: r.text, score: Math.round(r.rank * 1e4) / 1e4 };
      if (request.marks === false) return { ...base, snippet: '', highlights: [] };
      const plain = r.snippet.replace(/[\u0002\u0003]/g, '');
      const at = r.text.indexOf(plain);
      const snippet = (at > 0 ? '…' : '') + r.snippet + (at >= 0 && at + plain.length < r.text.trimEnd().length ? '…' : '');
      return { ...base, snippet: markSnippet(snippet), highlights: markedSpans(r.marked).map((h) => ({ start: r.start + h.start, end: r.start + h.end })) };
    });
    return { query: request.query, terms: queryTerms(query), total, hits };
  }

  /**
   * The query's groups with their lexemes, read with the data version (one statement): the kept
   * statistics and totals are dropped when it has changed.
   */
  private async groups(...queries: ParsedQuery[]): Promise<Group[]> {
    const groups: Group[] = queries.flatMap((q) => q.anyOf.map((terms) => ({ terms, lexemes: [], df: Infinity })));
    const head = await this.pool.query<{ version: string; lexemes: string[][] }>(
      `SELECT (SELECT n::text FROM data_version) AS version,
         coalesce((SELECT json_agg(tsvector_to_array(to_tsvector('${TS_CONFIG}', w)) ORDER BY i) FROM unnest($1::text[]) WITH ORDINALITY AS x(w, i)), '[]') AS lexemes`,
      [
        groups.map((g) =>
          g.terms
            .filter((t) => !t.prefix)
            .map((t) => t.text)
            .join(' '),
        ),
      ],
    );
    const { version, lexemes } = head.rows[0]!;
    if (version !== this.version) {
      this.version = version;
      this.stats.clear();
      this.df.clear();
      this.totals.clear();
    }
    groups.forEach((g, i) => (g.lexemes = lexemes[i] ?? []));
    return groups;
  }

  /**
   * The passages of the unit holding each word, as the total of a search for `"word"`, in two round
   * trips whatever the number of words: the lexemes with the data version, then the counts not
   * kept (a word of one lexeme by its passage frequency, kept with the IDF's; any other as a phrase).
   */
  async wordFrequencies(words: readonly string[], unit: 'paragraph' | 'sentence'): Promise<number[]> {
    const queries = words.map((w) => parseQuery(`"${w.replace(/"/g, '')}"`));
    const phrase = (q: ParsedQuery): string | undefined => (q.anyOf.length === 1 && q.anyOf[0]!.length === 1 && !q.not.length && !q.anyOf[0]![0]!.prefix ? q.anyOf[0]![0]!.text : undefined);
    if (queries.some((q) => !phrase(q))) return Promise.all(queries.map(async (q, i) => (await this.search(q, { query: words[i]!, unit, limit: 0, offset: 0 })).total));
    const groups = await this.groups(...queries);
    const lexemes = queries.map((q, i) => oneWord(q, [groups[i]!], 0));
    const key = (q: ParsedQuery): string => {
      const ts = toTsQuery(q, 2);
      return totalKey(ts.sql, 'TRUE', [unit, ...ts.params]);
    };
    const phrases = [...new Set(queries.filter((q, i) => !lexemes[i] && !this.totals.has(key(q))).map((q) => phrase(q)!))];
    const [counted, df] = await Promise.all([
      phrases.length
        ? this.pool.query<{ w: string; n: number }>(
            `SELECT w, (SELECT count(*) FROM units u WHERE u.unit = $1 AND u.tsv @@ phraseto_tsquery('${TS_CONFIG}', w))::int AS n FROM unnest($2::text[]) AS x(w)`,
            [unit, phrases],
          )
        : undefined,
      this.count(
        unit,
        lexemes.filter((l): l is string => !!l),
      ),
    ]);
    const byPhrase = new Map(counted?.rows.map((r) => [r.w, r.n]));
    return queries.map((q, i) => {
      if (lexemes[i]) return df.get(lexemes[i])!;
      const n = this.totals.get(key(q)) ?? byPhrase.get(phrase(q)!)!;
      this.keep(this.totals, key(q), n);
      return n;
    });
  }

  /**
   * The page, ranked over the passages of the query's rarest groups while they number at most
   * `most` (a passage that holds none of them but only commoner words is left out: the
   * approximation), then of more groups (four times the passages each round) while the page is
   * not full, until every group is taken.
   */
  private async ranked(query: ParsedQuery, request: SearchRequest, groups: Group[], weights: Weights, base: unknown[], filters: string): Promise<Row[]> {
    const limit = request.limit ?? 20;
    const order = [...groups].sort((a, b) => a.df - b.df);
    let taken = 0;
    let sum = 0;
    let budget = this.most;
    for (;;) {
      while (taken < order.length && (taken === 0 || sum + order[taken]!.df <= budget)) sum += order[taken++]!.df;
      const all = taken === order.length;
      const rows = await this.page(query, request, all ? undefined : order.slice(0, taken), weights, base, filters);
      if (all || rows.length === limit) return rows;
      budget = Math.max(budget * 4, sum + order[taken]!.df); // at least one group more
    }
  }

  /**
   * One ranked page over the passages matching the query (and, when given, any of `within`, the
   * groups ranked this round).
   */
  private async page(query: ParsedQuery, request: SearchRequest, within: Group[] | undefined, { idf, avglen: meanLength }: Weights, base: unknown[], filters: string): Promise<Row[]> {
    const params = [...base];
    const param = (v: unknown): string => {
      params.push(v);
      return `$${params.length}`;
    };
    const ts = toTsQuery(query, 2);
    let match = `(${ts.sql})`;
    if (within) {
      // A passage holding any of these groups matches the query unless the query excludes words.
      const cand = toTsQuery({ anyOf: within.map((g) => g.terms), not: query.not }, params.length + 1);
      params.push(...cand.params);
      match = cand.sql;
    }
    const weights = param([...idf.values()]);
    const avglen = param(meanLength);
    const limit = param(request.limit ?? 20);
    const offset = param(request.offset ?? 0);
    // Each query word in the passage: its idf (by its place in the word list) · tf·(k1+1) / (tf + k1·(1−b+b·len/avglen)).
    const bm25 = (weight: string, tf: string): string => `${weight} * (${tf} * ${K1 + 1}) / (${tf} + ${K1} * (${1 - B} + ${B} * (u."end" - u.start) / ${avglen}::float8))`;
    const words = param([...idf.keys()]);
    // A word's count in the passage: its row of unit_repeats, else 1, read by the table's key (lexeme, passage): one probe a word and
    // match, computed once (OFFSET 0 keeps the planner from copying the probe into both places bm25 reads it, and from scanning the
    // passage's every repeated word to join them; DESIGN.md, Session 45).
    const counted = `unnest(${words}::text[]) WITH ORDINALITY w(lexeme, i)
        CROSS JOIN LATERAL (SELECT coalesce((SELECT r.tf FROM unit_repeats r WHERE r.lexeme = w.lexeme AND r.unit_id = u.id), 1) AS tf OFFSET 0) t`;
    const sum = `coalesce(sum(${bm25(`(${weights}::float8[])[w.i]`, 't.tf')} ORDER BY w.lexeme COLLATE "C"), 0)`;
    // One group (one word, or words and phrases that must all be there): every match holds each of its words, so no match's tsvector
    // is read (most are TOASTed). Several groups: a match holds some of them, each word's presence a lookup in the passage's tsvector
    // (`@@` of the lexeme alone) rather than the unnesting of its every lexeme and position (DESIGN.md, Session 45). Either way the
    // terms are summed in the tsvector's order (bytewise), as unnest(u.tsv) gives them, so the scores are the same to the last bit.
    const rank = query.anyOf.length === 1 ? `(SELECT ${sum} FROM ${counted})` : `(SELECT ${sum} FROM ${counted} WHERE u.tsv @@ ${LEXEME_QUERY('w.lexeme')})`;
    const opts = `'StartSel=${'\u0002'}, StopSel=${'\u0003'}`;
    // marks: false (ask's hits): no headlines, the costliest part of a page.
    const marks =
      request.marks === false
        ? `'' AS marked, '' AS snippet`
        : `ts_headline('${TS_CONFIG}', p.text, p.q, ${opts}, HighlightAll=true') AS marked,
           ts_headline('${TS_CONFIG}', p.text, p.q, ${opts}, MaxWords=32, MinWords=12, MaxFragments=0') AS snippet`;
    // The planner puts the rows of an OR of many words at several times what they are and would read
    // the whole table (a unit's row holds its text and tsvector) rather than the GIN index's matches:
    // at 10,000 paragraphs 364 ms against 56 ms for the same 3,009 sentences.
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN; SET LOCAL enable_seqscan = off');
      const sql = `SELECT p.*, ${marks}
       FROM (SELECT d.name, d.id AS doc_id, u.start, u."end", u.text, q.q, ${rank} AS rank
             FROM (SELECT ${ts.sql} AS q, ${match} AS m) q JOIN units u ON u.unit = $1 AND u.tsv @@ q.m JOIN documents d ON d.id = u.doc_id WHERE ${filters}
             ORDER BY rank DESC, d.name COLLATE "C", u.start LIMIT ${limit} OFFSET ${offset}) p
       ORDER BY p.rank DESC, p.name COLLATE "C", p.start`;
      const r = await c.query<Row>(sql, params);
      await c.query('COMMIT');
      return r.rows;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  /**
   * Each query word's IDF in the unit, with its passage frequency and the unit's passages, counted only when not kept at this data
   * version; read from what was counted, not from the kept maps, which a concurrent search may have cleared or another call evicted.
   */
  private async idf(unit: string, groups: Group[]): Promise<{ idf: Map<string, number>; df: Map<string, number>; n: number; avglen: number }> {
    const words = [...new Set(groups.flatMap((g) => g.lexemes))];
    const [stats, df] = await Promise.all([this.stats.get(unit) ?? this.unitStats(unit), this.count(unit, words)]);
    this.keep(this.stats, unit, stats);
    const n = stats.n;
    return { idf: new Map(words.map((w) => [w, Math.log(1 + (n - df.get(w)! + 0.5) / (df.get(w)! + 0.5))])), df, n, avglen: stats.avglen };
  }

  /**
   * The passages of the unit holding each lexeme, those not kept at this data version counted (and kept): the result is read from
   * the returned map, which neither a concurrent search's clearing nor eviction past KEPT can empty.
   */
  private async count(unit: string, lexemes: string[]): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    for (const w of lexemes) {
      const kept = this.df.get(`${unit}\u0000${w}`);
      if (kept !== undefined) found.set(w, kept);
    }
    const missing = [...new Set(lexemes.filter((w) => !found.has(w)))];
    if (!missing.length) return found;
    const counts = await this.pool.query<{ lexeme: string; df: number }>(
      `SELECT l.lexeme, (SELECT count(*) FROM units v WHERE v.unit = $1 AND v.tsv @@ ${LEXEME_QUERY('l.lexeme')})::float8 AS df FROM unnest($2::text[]) AS l(lexeme)`,
      [unit, missing],
    );
    for (const r of counts.rows) {
      found.set(r.lexeme, r.df);
      this.keep(this.df, `${unit}\u0000${r.lexeme}`, r.df);
    }
    return found;
  }

  /** The unit's passages and their mean length. Every block is a paragraph unit and every sentence a sentence unit, same spans: their narrow tables are counted rather than the units'. */
  private async unitStats(unit: string): Promise<{ n: number; avglen: number }> {
    const rows = await this.pool.query<{ n: number; avglen: number }>(
      `SELECT count(*)::float8 AS n, coalesce(avg("end" - start), 1)::float8 AS avglen FROM ${unit === 'sentence' ? 'sentences' : 'blocks'}`,
    );
    return rows.rows[0]!;
  }

  /** Keeps a value, the oldest going when more than KEPT are. */
  private keep<V>(map: Map<string, V>, key: string, value: V): void {
    map.delete(key);
    map.set(key, value);
    if (map.size > KEPT) map.delete(map.keys().next().value!);
  }
}
