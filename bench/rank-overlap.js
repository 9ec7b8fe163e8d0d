// How far PostgreSQL's ranking agrees with SQLite's BM25: overlap@10 of the two stores' top ten
// passages for the search queries `ask` makes from the eval questions, on the bundled corpus.
// Usage: npm run build && node bench/rank-overlap.js postgres://user@host/db
// It writes into a throw-away schema (dropped at the end) and a temporary SQLite file.
//        node bench/rank-overlap.js --scale 'postgres://…?schema=S' --sqlite DB
// compares, on stores ingested before (bench/scale.js --keep), the store's ranking (the rarest OR
// groups ranked first, store/postgres/search.ts) with every match ranked (the exact page), and
// both with SQLite's (--ranked N: N passages ranked instead of the store's RANKED): overlap@10 of paragraph searches (bench/generate.js's query mix) and
// overlap@40 of `ask`'s sentence queries (test/data/eval/dev), with each ranking's time a query.
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

import { performance } from 'node:perf_hooks';
import { PgSearch } from '../dist/store/postgres/search.js';
import { queryMix } from './generate.js';

const opt = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
if (opt('--scale')) {
  await scaleOverlap(opt('--scale'), opt('--sqlite'));
  process.exit(0);
}

/** overlap@k of the store's ranking with the exact one and with SQLite's, and their times, on a generated set. */
async function scaleOverlap(pgUrl, sqlitePath) {
  const pgStore = await openPostgresStore(pgUrl, { readonly: true });
  const exact = new PgSearch(pgStore.pool, Infinity);
  // --ranked N: the store's ranking with another number of passages ranked than its own.
  const ranking = opt('--ranked') ? new PgSearch(pgStore.pool, Number(opt('--ranked'))) : pgStore;
  const sqlite = sqlitePath ? openSqliteStore(sqlitePath, { readonly: true }) : undefined;
  const questions = readFileSync(fileURLToPath(new URL('../test/data/eval/dev/qa.jsonl', import.meta.url)), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).question);
  const sets = [
    ['paragraph searches (query mix), top 10', queryMix(200), { unit: 'paragraph', limit: 10 }],
    [
      'ask sentence queries (dev questions), top 40',
      questions.map((q) => searchQuery(parseQuestion(q))).filter((q) => q.length > 0 && q.length <= 500),
      { unit: 'sentence', limit: 40, count: false, marks: false },
    ],
  ];
  const key = (h) => `${h.doc}@${h.start}`;
  const overlap = (a, b) => (b.length ? a.filter((h) => new Set(b.map(key)).has(key(h))).length / Math.min(b.length, a.length || 1) : 1);
  for (const [label, queries, req] of sets) {
    const sum = { exact: 0, sqliteStore: 0, sqliteExact: 0, same: 0, tStore: [], tExact: [] };
    for (const query of queries) {
      const parsed = parseQuery(query);
      const request = { query, offset: 0, ...req };
      let t0 = performance.now();
      const mine = (await ranking.search(parsed, request)).hits;
      sum.tStore.push(performance.now() - t0);
      t0 = performance.now();
      const all = (await exact.search(parsed, request)).hits;
      sum.tExact.push(performance.now() - t0);
      sum.exact += overlap(mine, all);
      sum.same += Number(mine.map(key).join() === all.map(key).join());
      if (sqlite) {
        const base = (await sqlite.search(parsed, request)).hits;
        sum.sqliteStore += overlap(mine, base);
        sum.sqliteExact += overlap(all, base);
      }
    }
    const n = queries.length;
    const p = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))].toFixed(0);
    console.log(`${label}: ${n} queries`);
    console.log(`  store vs every match ranked: overlap ${(sum.exact / n).toFixed(3)}, same page ${sum.same}/${n}`);
    if (sqlite) console.log(`  vs SQLite bm25(): store ${(sum.sqliteStore / n).toFixed(3)}, every match ranked ${(sum.sqliteExact / n).toFixed(3)}`);
    console.log(`  ms p50/p95/p99: store ${p(sum.tStore, 0.5)}/${p(sum.tStore, 0.95)}/${p(sum.tStore, 0.99)}, every match ranked ${p(sum.tExact, 0.5)}/${p(sum.tExact, 0.95)}/${p(sum.tExact, 0.99)}`);
  }
  await pgStore.close();
  sqlite?.close();
}

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
