import type Database from 'better-sqlite3';

/** FTS5's bm25() k1: a term's share of a passage's score is below idf × (k1 + 1), whatever its frequency and the passage's length. */
const K1 = 1.2;

/** A row of an FTS5 table with its rank (FTS5's bm25(): negative, lower is better). */
export interface RankedRow {
  rid: number;
  rank: number;
}

/** What the top-k of an OR query needs to know of the index: its row count and how many rows hold a term. */
export interface TermStats {
  /** Rows of the FTS5 table, as its bm25() counts them. */
  rows: number;
  /** Rows holding the term (an FTS5 MATCH expression of one term). */
  df(term: string): number;
}

/**
 * The number of rows of an FTS5 table as its bm25() reads it: the first varint of the averages
 * record (id 1 of its `_data` table), so no pass over the rows.
 * @example ftsRowCount(db, 'sentence_fts') // → 412883
 */
export function ftsRowCount(db: Database.Database, fts: string): number {
  const row = db.prepare(`SELECT block FROM ${fts}_data WHERE id = 1`).get() as { block: Buffer } | undefined;
  if (!row) return 0;
  // SQLite's varint: 7 bits a byte, high bit set while more follow, the ninth byte whole.
  let n = 0;
  for (let i = 0; i < 9 && i < row.block.length; i++) {
    const b = row.block[i]!;
    if (i === 8) return n * 256 + b;
    n = n * 128 + (b & 0x7f);
    if (!(b & 0x80)) return n;
  }
  return n;
}

/** FTS5's idf of a term held by `df` of `rows` rows (fts5_aux.c: never below 1e-6). */
export function ftsIdf(rows: number, df: number): number {
  const idf = Math.log((rows - df + 0.5) / (df + 0.5));
  return idf <= 0 ? 1e-6 : idf;
}

/**
 * The `k` best rows of an OR of single terms (`terms`, FTS5 MATCH expressions, in the query's
 * order; `not`, an FTS5 suffix such as ` NOT "x"`), each ranked as FTS5 ranks the whole OR,
 * without ranking every row that holds a common term (MaxScore, Turtle and Flood 1995).
 *
 * A term adds less than idf × (k1 + 1) to any row's score, so a row holding only terms whose
 * bounds sum below the k-th best score found so far cannot enter the top k. The rows holding the
 * other ("essential") terms are ranked exactly by FTS5 in two queries: the OR of the essential
 * terms ranks the rows that hold no other term (bm25() sums each term's share; a term a row does
 * not hold adds nothing), and `(essential) AND (others)` ranks the rows that also hold another
 * (its bm25() sums every term of the query). The essential terms start with the rarest and grow
 * until the bound holds. Equal to the top k of `ORDER BY rank` up to the order in which the
 * terms' shares are added (the last bit of a sum); rows tied at the k-th are all kept beyond it.
 * @example orTopK(db, 'sentence_fts', ['"treaty"', '"the"'], '', 40, stats) // → [{ rid: 81, rank: -9.2 }, …] (best first)
 */
export function orTopK(db: Database.Database, fts: string, terms: string[], not: string, k: number, stats: TermStats): RankedRow[] {
  const info = terms.map((t, i) => {
    const df = stats.df(t);
    return { i, df, bound: ftsIdf(stats.rows, df) * (K1 + 1) };
  });
  // Ascending bounds: the commonest terms first, the candidates to leave out.
  const ascending = [...info].sort((a, b) => a.bound - b.bound || b.df - a.df || a.i - b.i);
  const essential = new Set<number>();
  // Terms no row holds cost nothing; then the rarest until they hold a few times k rows.
  let held = 0;
  for (const t of [...ascending].reverse()) {
    if (t.df === 0) essential.add(t.i);
    else if (held < 4 * k) {
      essential.add(t.i);
      held += t.df;
    }
  }
  const rank = db.prepare(`SELECT rowid AS rid, rank FROM ${fts} WHERE ${fts} MATCH ?`);
  for (;;) {
    const ess = terms.filter((_, i) => essential.has(i));
    const rest = terms.filter((_, i) => !essential.has(i));
    const scores = new Map<number, number>();
    for (const r of rank.all(`(${ess.join(' OR ')})${not}`) as RankedRow[]) scores.set(r.rid, r.rank);
    if (rest.length && scores.size) for (const r of rank.all(`((${ess.join(' OR ')}) AND (${rest.join(' OR ')}))${not}`) as RankedRow[]) scores.set(r.rid, r.rank);
    const rows = [...scores].map(([rid, rank]) => ({ rid, rank })).sort((a, b) => a.rank - b.rank || a.rid - b.rid);
    if (!rest.length) return keepTies(rows, k);
    // The k-th best score found is at most the k-th best of all: a bound below it excludes a row.
    const threshold = rows.length >= k ? -rows[k - 1]!.rank : 0;
    let sum = 0;
    let cut = 0;
    while (cut < ascending.length && (sum + ascending[cut]!.bound) * (1 + 1e-9) < threshold) sum += ascending[cut++]!.bound;
    const needed = ascending.slice(cut).filter((t) => !essential.has(t.i));
    if (!needed.length) return keepTies(rows, k);
    for (const t of needed) essential.add(t.i);
  }
}

/** The first k rows and every row tied with the k-th. */
function keepTies(rows: RankedRow[], k: number): RankedRow[] {
  let end = Math.min(k, rows.length);
  while (end > 0 && end < rows.length && rows[end]!.rank === rows[end - 1]!.rank) end++;
  return rows.slice(0, end);
}
