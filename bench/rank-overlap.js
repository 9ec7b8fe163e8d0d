// How far PostgreSQL's ranking agrees with SQLite's BM25: overlap@10 of the two stores' top ten
// passages for the search queries `ask` makes from the eval questions, on the bundled corpus.
// Usage: npm run build && node bench/rank-overlap.js postgres://user@host/db
// It writes into a throw-away schema (dropped at the end) and a temporary SQLite file.
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../dist/store/sqlite/sqlite-store.js';
import { openPostgresStore } from '../dist/store/postgres/postgres-store.js';
import { toTsQuery } from '../dist/store/postgres/tsquery.js';
import { ingest } from '../dist/ingest/ingest.js';
import { parseQuery } from '../dist/query/search-query.js';
import { parseQuestion } from '../dist/knowledge/ask/question.js';
import { searchQuery } from '../dist/knowledge/ask/retrieve.js';

const url = process.argv[2] ?? process.env.DYAD_TEST_PG;
if (!url) {
  console.error('usage: node bench/rank-overlap.js postgres://…');
  process.exit(2);
}
const CORPUS = fileURLToPath(new URL('../corpus/vietnam-japan/', import.meta.url));
const QA = fileURLToPath(new URL('../test/data/eval/dev/qa.jsonl', import.meta.url));
const K = 10;

const dir = mkdtempSync(join(tmpdir(), 'dyad-rank-'));
const schema = `rank_${process.pid}`;
const sqlite = openSqliteStore(join(dir, 'kb.db'));
const pgStore = await openPostgresStore(url, { schema });
try {
  await ingest([CORPUS], { store: sqlite });
  await ingest([CORPUS], { store: pgStore });
  const questions = readFileSync(QA, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).question);
  const queries = questions.map((q) => searchQuery(parseQuestion(q))).filter((q) => q.length > 0 && q.length <= 500);
  // Rankings of PostgreSQL to compare: [label, SQL rank expression over u.tsv and q.q].
  const variants = [
    ['ts_rank_cd, norm 1', 'ts_rank_cd(u.tsv, q.q, 1)'],
    ['ts_rank_cd, norm 0', 'ts_rank_cd(u.tsv, q.q, 0)'],
    ['ts_rank_cd, norm 2', 'ts_rank_cd(u.tsv, q.q, 2)'],
    ['ts_rank_cd, norm 32', 'ts_rank_cd(u.tsv, q.q, 32)'],
    ['ts_rank, norm 1', 'ts_rank(u.tsv, q.q, 1)'],
    ['ts_rank, norm 0', 'ts_rank(u.tsv, q.q, 0)'],
    ['BM25 in SQL (as the store)', 'BM25'],
  ];
  for (const unit of ['paragraph', 'sentence']) {
    const sums = new Map(variants.map(([label]) => [label, 0]));
    let storeSum = 0;
    let n = 0;
    for (const query of queries) {
      const parsed = parseQuery(query);
      const base = await sqlite.search(parsed, { query, unit, limit: K });
      if (!base.hits.length) continue;
      n++;
      const want = new Set(base.hits.map((h) => `${h.doc}@${h.start}`));
      const denom = Math.min(K, base.hits.length);
      const viaStore = await pgStore.search(parsed, { query, unit, limit: K });
      storeSum += viaStore.hits.filter((h) => want.has(`${h.doc}@${h.start}`)).length / denom;
      const ts = toTsQuery(parsed, 2);
      const words = parsed.anyOf
        .flat()
        .filter((t) => !t.prefix)
        .map((t) => t.text)
        .join(' ');
      for (const [label, rank0] of variants) {
        const w = `$${2 + ts.params.length}`;
        const rank =
          rank0 !== 'BM25'
            ? rank0
            : `(SELECT coalesce(sum(t.idf * (array_length(x.positions, 1) * 2.2) / (array_length(x.positions, 1) + 1.2 * (0.25 + 0.75 * (u."end" - u.start) / st.avglen))), 0) FROM unnest(u.tsv) x JOIN terms t ON t.lexeme = x.lexeme)`;
        const rows = await pgStore.select(
          `WITH st AS (SELECT count(*)::float8 AS n, avg(u."end" - u.start)::float8 AS avglen FROM units u WHERE u.unit = $1),
                terms AS (SELECT l.lexeme, ln(1 + (st.n - df.df + 0.5) / (df.df + 0.5)) AS idf
                  FROM unnest(tsvector_to_array(to_tsvector('dyad', ${w}))) AS l(lexeme) CROSS JOIN st
                  CROSS JOIN LATERAL (SELECT count(*)::float8 AS df FROM units v WHERE v.unit = $1 AND v.tsv @@ quote_literal(l.lexeme)::tsquery) df)
           SELECT d.name, u.start FROM (SELECT ${ts.sql} AS q) q CROSS JOIN st JOIN units u ON u.unit = $1 AND u.tsv @@ q.q JOIN documents d ON d.id = u.doc_id
           ORDER BY ${rank} DESC, d.name COLLATE "C", u.start LIMIT ${K}`,
          [unit, ...ts.params, words],
        );
        sums.set(label, sums.get(label) + rows.filter((r) => want.has(`${r.name}@${r.start}`)).length / denom);
      }
    }
    console.log(`${unit}s: ${n} queries with hits (of ${queries.length}), mean overlap@${K} with SQLite BM25`);
    console.log(`  PostgresStore.search (BM25 in SQL): ${(storeSum / n).toFixed(3)}`);
    for (const [label] of variants) console.log(`  ${label.padEnd(28)} ${(sums.get(label) / n).toFixed(3)}`);
  }
} finally {
  await pgStore.select(`DROP SCHEMA ${schema} CASCADE`).catch(() => {});
  await pgStore.close();
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
}
