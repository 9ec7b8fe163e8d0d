import type { Statements } from './statements.js';

/** BM25's constants as FTS5's bm25() has them. */
const K1 = 1.2;
const B = 0.75;

/** What FTS5's bm25() reads of a table once per query: its rows and its mean row length in tokens. */
export interface TableStats {
  rows: number;
  avgdl: number;
}

/**
 * What a word adds to a row's BM25, computed as FTS5's bm25() computes it (fts5_aux.c: the same
 * doubles in the same order), from the word's idf, its count in the row and the row's length.
 * @example wordAdds(idf, 1, 12, stats) // → the term bm25() gives the word alone, negated
 */
export function wordAdds(idf: number, tf: number, length: number, stats: TableStats): number {
  return idf * ((tf * (K1 + 1.0)) / (tf + K1 * (1 - B + (B * length) / stats.avgdl)));
}

/** Reads a SQLite varint (FTS5's records use SQLite's) from bytes: its value and the offset after it. */
function varint(byte: (i: number) => number, at: number): [number, number] {
  let v = 0;
  for (let i = 0; i < 8; i++) {
    const b = byte(at + i);
    v = v * 128 + (b & 0x7f);
    if (!(b & 0x80)) return [v, at + i + 1];
  }
  return [v * 256 + byte(at + 8), at + 9];
}

/** Pairs of numbers written "a b a b …" (SQLite's group_concat), each pair given to `each`. */
function pairs(text: string | null, each: (a: number, b: string) => void): void {
  if (!text) return;
  const parts = text.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) each(Number(parts[i]), parts[i + 1]!);
}

/**
 * A table's word statistics read as FTS5's bm25() reads them, for ranking a common word without
 * bm25() (which reads each row's length from `_docsize`, about 1 µs a row): the rows and tokens of
 * its averages record, every row's length (`_docsize`, read once), a word's idf (`ln` of SQLite,
 * the `log` FTS5 calls), a word's index terms (the table's tokenizer, run on a temporary FTS5
 * table) and how often a term is in each row (a temporary fts5vocab table of instances). Only
 * temporary tables: nothing is written to the store's file.
 */
export class WordTerms {
  private readonly made = new Set<string>();

  constructor(private readonly statements: Statements) {}

  /** The table's rows and mean length, from its averages record; undefined when it is empty. */
  stats(fts: string): TableStats | undefined {
    const block = (this.statements.get(`SELECT block FROM ${fts}_data WHERE id = 1`).get() as { block: Uint8Array } | undefined)?.block;
    if (!block?.length) return undefined;
    const [rows, at] = varint((i) => block[i]!, 0);
    const [tokens] = varint((i) => block[i]!, at);
    return rows > 0 ? { rows, avgdl: tokens / rows } : undefined;
  }

  /** Every row's length in tokens, by rowid (one pass over `_docsize`). */
  lengths(fts: string): Int32Array {
    const text = this.statements.get(`SELECT max(id) AS n, group_concat(id || ' ' || hex(sz), ' ') AS s FROM ${fts}_docsize`).get() as { n: number | null; s: string | null };
    const out = new Int32Array((text.n ?? 0) + 1);
    pairs(text.s, (id, hex) => (out[id] = varint((i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16), 0)[0]));
    return out;
  }

  /** A word's idf as bm25() has it: ln((N − n + 0.5) / (n + 0.5)), at least 1e-6. */
  idf(rows: number, hits: number): number {
    const idf = (this.statements.get('SELECT ln(?) AS x').get((rows - hits + 0.5) / (hits + 0.5)) as { x: number | null }).x ?? 0;
    return idf <= 0 ? 1e-6 : idf;
  }

  /** The index terms of a text, in order, as the table's tokenizer makes them. */
  terms(fts: string, text: string): string[] {
    const tokens = this.temporary(fts);
    // Emptied first: a text left by a call that failed half-way is not read again.
    this.statements.get(`DELETE FROM temp.${tokens}`).run();
    this.statements.get(`INSERT INTO temp.${tokens} (rowid, t) VALUES (1, ?)`).run(text);
    return this.statements.get(`SELECT term FROM temp.${tokens}_instances ORDER BY offset`).pluck().all() as string[];
  }

  /** The rows that hold an index term (ascending), with how many times each does. */
  counts(fts: string, term: string): { rows: Int32Array; tf: Int32Array } {
    this.temporary(fts);
    const text = this.statements
      .get(`SELECT count(*) AS n, group_concat(doc || ' ' || tf, ' ') AS s FROM (SELECT doc, count(*) AS tf FROM temp.dyad_${fts}_instances WHERE term = ? GROUP BY doc ORDER BY doc)`)
      .get(term) as { n: number; s: string | null };
    const out = { rows: new Int32Array(text.n), tf: new Int32Array(text.n) };
    let i = 0;
    pairs(text.s, (doc, tf) => {
      out.rows[i] = doc;
      out.tf[i++] = Number(tf);
    });
    return out;
  }

  /** Makes a table's temporary tables once a connection: its instances, and a table of its tokenizer to read a text's terms. */
  private temporary(fts: string): string {
    const tokens = `dyad_${fts}_tokens`;
    if (this.made.has(fts)) return tokens;
    const sql = (this.statements.get("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(fts) as { sql: string }).sql;
    const tokenize = /tokenize\s*=\s*('(?:[^']|'')*')/i.exec(sql)?.[1] ?? "'unicode61'";
    for (const create of [
      `CREATE VIRTUAL TABLE IF NOT EXISTS temp.dyad_${fts}_instances USING fts5vocab(main, '${fts}', 'instance')`,
      `CREATE VIRTUAL TABLE IF NOT EXISTS temp.${tokens} USING fts5(t, tokenize = ${tokenize})`,
      `CREATE VIRTUAL TABLE IF NOT EXISTS temp.${tokens}_instances USING fts5vocab(temp, '${tokens}', 'instance')`,
    ])
      this.statements.get(create).run();
    this.made.add(fts);
    return tokens;
  }
}
