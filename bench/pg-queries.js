// Every SQL statement a PostgreSQL store's searches and `ask`s send, timed and grouped by shape:
// calls a search or ask, total and slowest milliseconds, rows; with --explain, the slowest call of
// each of the costliest shapes run again under EXPLAIN (ANALYZE, BUFFERS), in a transaction with
// the settings its own set (SET LOCAL), then rolled back.
// Usage: npm run build && node bench/pg-queries.js 'postgres://…?schema=S' [--queries 300] [--questions 60] [--explain 6] [--top 15]
// (a store ingested before: bench/scale.js --keep). Read-only: nothing is written to the store.
import pg from 'pg';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { openStore } from '../dist/store/open.js';
import { Engine } from '../dist/knowledge/engine.js';
import { evalQuestions, queryMix } from './generate.js';

const opt = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};
const url = process.argv[2];
if (!url?.startsWith('postgres')) {
  console.error("usage: node bench/pg-queries.js 'postgres://…?schema=S' [--queries 300] [--questions 60] [--explain 6] [--top 15]");
  process.exit(2);
}

/** Statements by shape (the SQL, spaces collapsed), each call's time, rows and parameters, per phase. */
const shapes = new Map();
let phase = 'open';
/** The SET LOCAL a client's open transaction made, replayed before an EXPLAIN of its statements. */
const settings = new WeakMap();
const shape = (sql) => sql.replace(/\s+/g, ' ').replace(/\$\d+/g, '$').trim();

const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, callback) {
  const sql = typeof config === 'string' ? config : config?.text;
  if (typeof values === 'function') [values, callback] = [undefined, values];
  if (typeof sql !== 'string') return query.call(this, config, values, callback);
  if (/^\s*(BEGIN|COMMIT|ROLLBACK)/i.test(sql)) {
    settings.set(this, /SET LOCAL/i.test(sql) ? sql.replace(/^\s*BEGIN;?/i, '') : '');
    return query.call(this, config, values, callback);
  }
  const local = settings.get(this) ?? '';
  const t0 = performance.now();
  const record = (r) => {
    const key = `${phase}\u0000${shape(sql)}`;
    const s = shapes.get(key) ?? shapes.set(key, { phase, sql: shape(sql), calls: [] }).get(key);
    s.calls.push({ ms: performance.now() - t0, rows: r?.rowCount ?? r?.rows?.length ?? 0, sql, values: values ?? config.values, local });
  };
  // pg-pool's query() passes a callback; a client's own query() returns a promise.
  if (callback) return query.call(this, config, values, (err, r) => (record(r), callback(err, r)));
  return query.call(this, config, values).then((r) => (record(r), r));
};

const queries = queryMix(Number(opt('--queries', 300)));
const all = evalQuestions();
const step = Math.max(1, Math.floor(all.length / Number(opt('--questions', 60))));
const questions = all.filter((_, i) => i % step === 0);
const engine = new Engine(await openStore(url, { readonly: true }));
const counts = { search: queries.length, ask: questions.length };
const load0 = loadavg()[0].toFixed(1);
phase = 'warm';
for (const q of queries.slice(0, 20)) await engine.search({ query: q, unit: 'paragraph', limit: 10 });
for (const q of questions.slice(0, 5)) await engine.ask(q);
phase = 'search';
for (const q of queries) await engine.search({ query: q, unit: 'paragraph', limit: 10 });
phase = 'ask';
for (const q of questions) await engine.ask(q);
phase = 'explain';

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const rows = [...shapes.values()]
  .filter((s) => s.phase === 'search' || s.phase === 'ask')
  .map((s) => {
    const ms = s.calls.map((c) => c.ms).sort((a, b) => a - b);
    return { ...s, total: ms.reduce((a, b) => a + b, 0), p95: pct(ms, 95), max: ms.at(-1), slowest: s.calls.reduce((a, b) => (b.ms > a.ms ? b : a)) };
  })
  .sort((a, b) => b.total - a.total);
console.log(`${url.replace(/\/\/[^@]*@/, '//')} (load ${load0}–${loadavg()[0].toFixed(1)}): ${counts.search} searches, ${counts.ask} asks`);
console.log('| phase | calls an op | total ms an op | p95 ms | max ms | rows (mean) | statement |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows.slice(0, Number(opt('--top', 15)))) {
  const n = counts[r.phase];
  const meanRows = r.calls.reduce((a, c) => a + c.rows, 0) / r.calls.length;
  console.log(`| ${r.phase} | ${(r.calls.length / n).toFixed(2)} | ${(r.total / n).toFixed(2)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${meanRows.toFixed(1)} | ${r.sql.slice(0, 160)} |`);
}

const explain = Number(opt('--explain', 0));
if (explain) {
  const base = new URL(url);
  const schema = base.searchParams.get('schema') ?? 'dyad';
  base.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: base.href, options: `-c search_path=${schema},public` });
  await client.connect();
  for (const r of rows.slice(0, explain)) {
    const c = r.slowest;
    await query.call(client, `BEGIN;${c.local}`);
    const plan = await query.call(client, `EXPLAIN (ANALYZE, BUFFERS) ${c.sql}`, c.values);
    await query.call(client, 'ROLLBACK');
    console.log(`\n## ${r.phase}: ${c.ms.toFixed(1)} ms, ${c.rows} rows — ${r.sql.slice(0, 300)}\nparameters: ${JSON.stringify(c.values ?? []).slice(0, 400)}`);
    console.log(plan.rows.map((p) => p['QUERY PLAN']).join('\n'));
  }
  await client.end();
}
await engine.close();
