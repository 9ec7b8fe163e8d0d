// The scale table (issue 13): for N generated paragraphs, ingest MB/s and paragraphs/s, CPU time,
// peak memory, database size, and search and `ask` p50/p95/p99, on SQLite (`dyad ingest --jobs J`)
// and on PostgreSQL (`dyad ingest --queue`, then W `dyad worker --exit-when-idle` processes).
// Each ingest is the real command in a process of its own, under GNU time for its CPU and peak RSS.
// Usage: node bench/scale.js [--scale 10000,100000] [--jobs 1,2] [--pg URL] [--workers 1,2,4]
//        [--queries 500] [--questions 120] [--files 100] [--out FILE.json] [--json] [--keep DIR] [--jobs none] [--no-pg-latency]
//        [--dir DIR]   (ingest the files of DIR, e.g. `node bench/generate.js DIR 10000`, instead of generating)
//        node bench/scale.js --measure DB   (search and ask latencies alone, on a database ingested before, with CPU time a query;
//        DB a SQLite file or a postgres:// URL with ?schema=scale_N_wW)
// Without --pg (or DYAD_BENCH_PG), the PostgreSQL rows are skipped. Each PostgreSQL run uses its own
// schema (scale_N_wW) of the database the URL names, dropped first. A PostgreSQL row also gives each
// worker's peak RSS, the server's CPU seconds and peak memory when it runs on this machine
// (bench/pg-server.js), pg_database_size, and what the workers' connections were doing (busyIn).
// Search and ask latencies are measured on the finished store of the first --jobs (SQLite) and of
// the first --workers (PostgreSQL, unless --no-pg-latency), before it is dropped: a run without
// --keep deletes its databases and drops its schemas at the end. --keep DIR keeps the SQLite files
// in DIR and the PostgreSQL schemas, and prints each kept store's location, for --measure later.
// --json prints the rows as JSON instead of the table.
import { execFileSync, spawn } from 'node:child_process';
import { binFlags } from './bin-flags.js';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { openStore } from '../dist/store/open.js';
import { Engine } from '../dist/knowledge/engine.js';
import { evalQuestions, generateCorpus, queryMix } from './generate.js';
import { watchServer } from './pg-server.js';

// --help prints the usage above; an option it does not name is refused (a typo must not start an hour of benchmarking).
const HEADER = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
const USAGE = HEADER.slice(
  0,
  HEADER.findIndex((l) => !l.startsWith('//')),
)
  .map((l) => l.slice(3))
  .join('\n');
const OPTIONS = ['--scale', '--jobs', '--pg', '--workers', '--queries', '--questions', '--files', '--out', '--json', '--keep', '--no-pg-latency', '--dir', '--measure'];
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = process.argv.slice(2).filter((a) => a.startsWith('-') && !OPTIONS.includes(a));
if (unknown.length) {
  console.error(`bench/scale.js: unknown option ${unknown.join(', ')}\n\n${USAGE}`);
  process.exit(2);
}

const BIN = fileURLToPath(new URL('../bin/dyad.js', import.meta.url));
const TIME = '/usr/bin/time';
const opt = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};
const list = (s) => s.split(',').map(Number);
const SCALES = list(opt('--scale', '10000,100000'));
const JOBS = opt('--jobs') === 'none' ? [] : list(opt('--jobs', '1,2'));
const WORKERS = list(opt('--workers', '1,2,4'));
const PG = opt('--pg', process.env.DYAD_BENCH_PG);
const QUERIES = Number(opt('--queries', 500));
const QUESTIONS = Number(opt('--questions', 120));
const FILES = Number(opt('--files', 100));
const OUT = opt('--out');
const KEEP = opt('--keep');
const MEASURE = opt('--measure');
const DIR = opt('--dir');
const JSON_OUT = process.argv.includes('--json');

const work = KEEP ?? mkdtempSync(join(tmpdir(), 'dyad-scale-'));
mkdirSync(work, { recursive: true });
const results = [];
const mb = (b) => b / 1048576;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const load = () => loadavg()[0].toFixed(1);

/** Runs `node bin/dyad.js ARGS` under GNU time; resolves with its wall seconds, CPU seconds, peak RSS and stdout. */
function dyadTimed(args) {
  const stats = join(work, `time-${process.hrtime.bigint()}.txt`);
  const t0 = performance.now();
  const child = spawn(TIME, ['-f', '%M %U %S', '-o', stats, process.execPath, ...binFlags(BIN), BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (b) => (out += b));
  child.stderr.on('data', (b) => (err += b));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => {
      const secs = (performance.now() - t0) / 1000;
      if (code !== 0) return reject(new Error(`dyad ${args.join(' ')} exited ${code}: ${err.slice(-2000)}`));
      const [rssKb, user, sys] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      resolve({ secs, cpu: user + sys, rssMb: rssKb / 1024, out });
    }),
  );
}

/** search (paragraphs, top 10) and ask latencies on a store, each after a warm-up of 20 untimed. */
async function latencies(location) {
  const engine = new Engine(await openStore(location, { readonly: true }));
  const time = async (items, run) => {
    for (const x of items.slice(0, 20)) await run(x);
    const times = [];
    const cpu = [];
    for (const x of items) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await run(x);
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    // CPU time of the process per item beside wall time: on a loaded machine the wall clock says more of the load than of the code.
    return { p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), cpuMean: cpu.reduce((a, b) => a + b, 0) / cpu.length, cpuP95: pct(cpu, 95) };
  };
  let hits = 0;
  const search = await time(queryMix(QUERIES), async (q) => (hits += (await engine.search({ query: q, unit: 'paragraph', limit: 10 })).hits.length));
  const all = evalQuestions();
  const step = Math.max(1, Math.floor(all.length / QUESTIONS));
  const ask = await time(
    all.filter((_, i) => i % step === 0),
    (q) => engine.ask(q),
  );
  await engine.close();
  return { search, ask, hitsPerQuery: hits / (QUERIES + 20) };
}

async function sqliteRuns(n, dir, bytes, paragraphs) {
  for (const jobs of JOBS) {
    const db = join(work, `n${n}-j${jobs}.db`);
    rmSync(db, { force: true });
    const loadBefore = load();
    const r = await dyadTimed(['ingest', dir, '--db', db, '--jobs', String(jobs), '-q', '--json']);
    const report = JSON.parse(r.out).data;
    if (report.totals.failed) throw new Error(`${report.totals.failed} documents failed`);
    const size = ['', '-wal'].reduce((s, ext) => s + (existsSync(db + ext) ? statSync(db + ext).size : 0), 0);
    const lat = jobs === JOBS[0] ? await latencies(db) : undefined;
    results.push({ store: 'SQLite', n, config: `--jobs ${jobs}`, mb: mb(bytes), paragraphs, ...r, out: undefined, dbMb: mb(size), load: `${loadBefore}–${load()}`, ...lat });
    print(results.at(-1));
    if (!KEEP) rmSync(db, { force: true });
    else process.stderr.write(`kept: ${db} (node bench/scale.js --measure ${db})\n`);
  }
}

async function pgQuery(url, sql, params) {
  const { default: pg } = await import('pg');
  const base = new URL(url);
  base.search = '';
  const client = new pg.Client({ connectionString: base.href });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function pgRuns(n, dir, bytes, paragraphs) {
  for (const workers of WORKERS) {
    const schema = `scale_${n}_w${workers}`;
    await pgQuery(PG, `DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
    const url = `${PG}${PG.includes('?') ? '&' : '?'}schema=${schema}`;
    const loadBefore = load();
    const enqueue = await dyadTimed(['ingest', dir, '--db', url, '--queue', '--json']);
    const server = await watchServer(PG);
    const t0 = performance.now();
    const runs = await Promise.all(Array.from({ length: workers }, () => dyadTimed(['worker', '--db', url, '--exit-when-idle', '--json'])));
    const secs = enqueue.secs + (performance.now() - t0) / 1000;
    const watched = await server.stop();
    const [{ database }] = await pgQuery(PG, 'SELECT pg_database_size(current_database())::bigint AS database');
    const [{ size }] = await pgQuery(
      PG,
      `SELECT sum(pg_total_relation_size(c.oid))::bigint AS size FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1 AND c.relkind IN ('r', 'm')`,
      [schema],
    );
    const lat = workers === WORKERS[0] && !process.argv.includes('--no-pg-latency') ? await latencies(url) : undefined;
    results.push({
      store: 'PostgreSQL',
      n,
      config: `${workers} worker${workers > 1 ? 's' : ''}`,
      mb: mb(bytes),
      paragraphs,
      secs,
      cpu: enqueue.cpu + runs.reduce((s, r) => s + r.cpu, 0),
      rssMb: Math.max(...runs.map((r) => r.rssMb)),
      workerRssMb: runs.map((r) => Math.round(r.rssMb)),
      workerCpu: runs.map((r) => Number(r.cpu.toFixed(1))),
      serverCpu: watched.cpu,
      serverMb: watched.peakMb,
      busyIn: watched.busyIn,
      dbMb: mb(Number(size)),
      databaseMb: mb(Number(database)),
      load: `${loadBefore}–${load()}`,
      ...lat,
    });
    print(results.at(-1));
    if (!KEEP) await pgQuery(PG, `DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
    else process.stderr.write(`kept: ${url} (node bench/scale.js --measure '${url}')\n`);
  }
}

const ms = (l) => (l ? `${l.p50.toFixed(1)} / ${l.p95.toFixed(1)} / ${l.p99.toFixed(1)}` : '');
const HEAD = [
  'store',
  'paragraphs',
  'ingest by',
  'MB',
  'ingest s',
  'MB/s',
  'paragraphs/s',
  'CPU s',
  'peak RSS MB',
  'server CPU s',
  'server peak MB',
  'DB MB',
  'search p50/95/99 ms',
  'ask p50/95/99 ms',
  'load avg',
];
const num = (x, digits) => (x === undefined || x === null ? '' : x.toFixed(digits));
function cells(r) {
  return [
    r.store,
    r.n.toLocaleString('en-US'),
    r.config,
    r.mb.toFixed(1),
    r.secs.toFixed(1),
    (r.mb / r.secs).toFixed(2),
    Math.round(r.paragraphs / r.secs).toLocaleString('en-US'),
    r.cpu.toFixed(1),
    r.workerRssMb ? r.workerRssMb.join(', ') : r.rssMb.toFixed(0),
    num(r.serverCpu, 1),
    num(r.serverMb, 0),
    r.databaseMb ? `${r.dbMb.toFixed(1)} (database ${r.databaseMb.toFixed(1)})` : r.dbMb.toFixed(1),
    ms(r.search),
    ms(r.ask),
    r.load,
  ];
}
function print(r) {
  process.stderr.write(`${cells(r).join(' | ')}${r.busyIn ? ` | busy in ${JSON.stringify(r.busyIn)}` : ''}\n`);
}

if (MEASURE) {
  const l = await latencies(MEASURE);
  const cpu = (x) => `CPU mean ${x.cpuMean.toFixed(2)}, p95 ${x.cpuP95.toFixed(1)} ms`;
  console.log(`${MEASURE} (load ${load()}): search p50/95/99 ${ms(l.search)} ms (${cpu(l.search)}; ${l.hitsPerQuery.toFixed(1)} hits a query), ask p50/95/99 ${ms(l.ask)} ms (${cpu(l.ask)})`);
  process.exit(0);
}

try {
  for (const n of SCALES) {
    const dir = DIR ?? join(work, `gen-${n}`);
    if (!existsSync(dir)) generateCorpus(dir, n, Math.min(FILES, n));
    const bytes = readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
    await sqliteRuns(n, dir, bytes, n);
    if (PG) await pgRuns(n, dir, bytes, n);
  }
} finally {
  if (!KEEP) rmSync(work, { recursive: true, force: true });
}

const cpus = execFileSync('nproc', { encoding: 'utf8' }).trim();
if (JSON_OUT) {
  console.log(JSON.stringify({ node: process.version, cores: Number(cpus), files: FILES, queries: QUERIES, questions: QUESTIONS, rows: results }, null, 2));
  process.exit(0);
}
console.log(`Dyad scale bench — node ${process.version}, ${cpus} cores; generated text (bench/generate.js, seed 42, ${FILES} files); ${QUERIES} queries, ${QUESTIONS} questions`);
console.log('| ' + HEAD.join(' | ') + ' |');
console.log('|' + HEAD.map(() => '---').join('|') + '|');
for (const r of results) console.log('| ' + cells(r).join(' | ') + ' |');
if (OUT) writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n');
