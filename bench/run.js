// npm run bench: ingest throughput, search latency and peak memory on stated inputs.
// Usage: node bench/run.js [--paragraphs N] [--queries N] [--no-chrono] [--ask-only] [--web-only] [--no-big] [--big-100]
//        [--load-only] [--clients N[,N…]] [--seconds N] [--rounds N] [--load-paragraphs N] [--routes events,facts,search,ask] [--load-db FILE]
//        [--ask-workers N]
import { existsSync, mkdtempSync, rmSync, statSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { openSqliteStore } from '../dist/store/sqlite/sqlite-store.js';
import { Engine } from '../dist/knowledge/engine.js';
import { extract } from '../dist/extract/pipeline.js';
import * as chrono from 'chrono-node';
import { createApp } from '../dist/serve/http/app.js';
import { listen } from '../dist/serve/http/server.js';
import { exportBench } from './export.js';
import { evalQuestions, generateCorpus, queryMix } from './generate.js';
import { loadBench } from './load.js';

const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const PARAGRAPHS = arg('--paragraphs', 100_000);
const QUERIES = arg('--queries', 500);
const CHRONO = !process.argv.includes('--no-chrono');
/** Only the bundled corpus's ingest and the ask latency. */
const ASK_ONLY = process.argv.includes('--ask-only');
/** Only the web app's time to first view ready, on the bundled corpus. */
const WEB_ONLY = process.argv.includes('--web-only');
const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';
/** Big single documents: 1 and 10 MB unless --no-big; 100 MB with --big-100 (several minutes). */
const BIG = process.argv.includes('--no-big') ? [] : process.argv.includes('--big-100') ? [1, 10, 100] : [1, 10];
/** Only the load rows: a generated set of --load-paragraphs (default 100,000), each of --clients (32 and 64: issue 12's bound, then issue 14's) for --seconds (60). */
const LOAD_ONLY = process.argv.includes('--load-only');
const CLIENTS = process.argv.includes('--clients') ? process.argv[process.argv.indexOf('--clients') + 1].split(',').map(Number) : [32, 64];
const SECONDS = arg('--seconds', 60);
/** Load rounds of --seconds each, 10 s of quiet after each, the server's memory read after each (1: one round). */
const ROUNDS = arg('--rounds', 1);
const LOAD_PARAGRAPHS = arg('--load-paragraphs', PARAGRAPHS);
/** With --load-only: a database to load (built there from the generated set if it does not exist, and kept). */
const LOAD_DB = process.argv.includes('--load-db') ? process.argv[process.argv.indexOf('--load-db') + 1] : undefined;
/** The routes of the load mix (default all four). */
const ROUTES = process.argv.includes('--routes') ? process.argv[process.argv.indexOf('--routes') + 1].split(',') : undefined;
/** The load server's `--ask-workers` (default: `dyad serve`'s own). */
const SERVE_ARGS = process.argv.includes('--ask-workers') ? ['--ask-workers', process.argv[process.argv.indexOf('--ask-workers') + 1]] : [];
/** Questions a user asks of the generated set: every eighth eval question (bench/generate.js reads them). */
const LOAD_QUESTIONS = evalQuestions().filter((_, i) => i % 8 === 0);
const CORPUS = fileURLToPath(new URL('../corpus/vietnam-japan/', import.meta.url));

const rows = [];
const row = (what, input, figure) => rows.push([what, input, figure]);
const mb = (b) => (b / 1048576).toFixed(2);
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function folderBytes(dir) {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

async function ingestBench(label, folder, dbPath) {
  const engine = new Engine(openSqliteStore(dbPath));
  const bytes = folderBytes(folder);
  const t0 = performance.now();
  const report = await engine.ingest([folder]);
  const secs = (performance.now() - t0) / 1000;
  const docs = await engine.listDocuments();
  const paragraphs = docs.reduce((n, d) => n + d.counts.paragraphs, 0);
  const sentences = docs.reduce((n, d) => n + d.counts.sentences, 0);
  if (report.totals.failed) throw new Error(`${label}: ${report.totals.failed} failed`);
  row(
    `ingest ${label}`,
    `${docs.length} docs, ${mb(bytes)} MB, ${paragraphs} paragraphs, ${sentences} sentences`,
    `${secs.toFixed(2)} s = ${(bytes / 1048576 / secs).toFixed(2)} MB/s, ${Math.round(paragraphs / secs)} paragraphs/s`,
  );
  return engine;
}

/**
 * Times `run(document, pass)` over every stored document, `passes` times; returns the seconds each pass
 * took (loading a document from the store is not timed). With `held`, the documents are read
 * once and held in memory for all passes (a small input); else each is read again before each
 * pass, so memory holds one document's text and structure, not the corpus's.
 */
async function timePasses(engine, names, passes, run, held) {
  const docs = held ? await Promise.all(names.map((n) => engine.document(n))) : undefined;
  const times = [];
  for (let pass = 0; pass < passes; pass++) {
    let secs = 0;
    for (let i = 0; i < names.length; i++) {
      const d = docs ? docs[i] : await engine.document(names[i]);
      const t0 = performance.now();
      run(d, pass);
      secs += (performance.now() - t0) / 1000;
    }
    times.push(secs);
  }
  return times;
}

/**
 * The extraction pipeline alone on every stored document (text and structure read back from
 * the store, so loading and segmentation are not timed), and chrono-node's parse of the same
 * texts. Both run in this one process, so figures are per core. With `warm` > 0 (a small input,
 * held in memory) the first pass is reported as the cold figure; then, after `warm` passes that
 * let the JIT settle (the first passes are slower while V8 optimises), the median of `warm` more
 * passes is the warm one. A large input is timed once: its length amortises the
 * warm-up.
 */
async function extractionBench(label, engine, warm = 0) {
  const names = (await engine.listDocuments()).map((d) => d.name);
  let bytes = 0;
  let words = 0;
  let found = 0;
  let dates = 0;
  const extractTimes = await timePasses(
    engine,
    names,
    1 + 2 * warm,
    (d, pass) => {
      const a = extract({ text: d.text, blocks: d.blocks, sentences: d.sentences, documentDate: d.meta.date });
      if (pass > 0) return;
      bytes += Buffer.byteLength(d.text);
      words += d.text.split(/\s+/).filter(Boolean).length;
      found += a.times.length + a.entities.length + a.events.length + a.facts.length;
    },
    warm > 0,
  );
  const chronoTimes = CHRONO
    ? await timePasses(
        engine,
        names,
        1 + 2 * warm,
        (d, pass) => {
          const n = chrono.parse(d.text).length;
          if (pass === 0) dates += n;
        },
        warm > 0,
      )
    : [];
  const input = `${names.length} docs, ${mb(bytes)} MB, ${words} words`;
  const rate = (secs) => `${secs.toFixed(2)} s = ${(bytes / 1048576 / secs).toFixed(2)} MB/s, ${Math.round(words / secs)} words/s`;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const report = (what, times, tail) => {
    if (!warm) return row(what, input, `${rate(times[0])}, ${tail}`);
    row(`${what}, first pass (cold)`, input, `${rate(times[0])}, ${tail}`);
    row(`${what}, warm`, `${input}, median of ${warm} passes after ${warm} more`, `${rate(median(times.slice(1 + warm)))}, ${tail}`);
  };
  report(`extract ${label} (all 5 stages)`, extractTimes, `${found} annotations`);
  if (CHRONO) report(`chrono-node ${label} (dates only)`, chronoTimes, `${dates} dates`);
}

async function searchBench(label, engine, queries, unit) {
  const times = [];
  let hits = 0;
  for (const q of queries) {
    const t0 = performance.now();
    const r = await engine.search({ query: q, unit, limit: 10 });
    times.push(performance.now() - t0);
    hits += r.hits.length;
  }
  times.sort((a, b) => a - b);
  row(
    `search ${label} (${unit}, top 10)`,
    `${queries.length} queries, ${(hits / queries.length).toFixed(1)} hits avg`,
    `p50 ${pct(times, 50).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms, p99 ${pct(times, 99).toFixed(2)} ms`,
  );
}

/**
 * `ask` latency over the development questions (test/data/eval/dev/qa.jsonl) on the bundled
 * corpus, each question timed alone: the first pass on a fresh engine (what one `dyad ask`
 * costs, reading documents and word counts as it goes), then a second pass with them read.
 */
async function askBench(dbPath) {
  const questions = readFileSync(fileURLToPath(new URL('../test/data/eval/dev/qa.jsonl', import.meta.url)), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).question);
  const engine = new Engine(openSqliteStore(dbPath));
  for (const pass of ['first pass', 'second pass']) {
    const times = [];
    for (const q of questions) {
      const t0 = performance.now();
      await engine.ask(q);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    row(`ask bundled corpus, ${pass}`, `${questions.length} development questions`, `p50 ${pct(times, 50).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms, p99 ${pct(times, 99).toFixed(2)} ms`);
  }
  await engine.close();
}

const work = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
try {
  if (LOAD_ONLY) await loadOnly();
  else await everything();
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function loadOnly() {
  const db = LOAD_DB ?? join(work, 'generated.db');
  if (!existsSync(db)) {
    const genDir = join(work, 'generated');
    generateCorpus(genDir, LOAD_PARAGRAPHS);
    const engine = await ingestBench(`generated (${LOAD_PARAGRAPHS} paragraphs)`, genDir, db);
    await engine.close();
  }
  await loadRows(db);
}

/** The load rows on the generated set's database: each of --clients for --seconds, with the mix of routes and questions. */
async function loadRows(db) {
  for (const clients of CLIENTS)
    for (const r of await loadBench(db, {
      clients,
      seconds: SECONDS,
      searchQueries: queryMix(QUERIES),
      questions: LOAD_QUESTIONS,
      label: 'generated',
      routes: ROUTES,
      rounds: ROUNDS,
      serveArgs: SERVE_ARGS,
    }))
      row(...r);
}

async function everything() {
  const corpusEngine = await ingestBench('bundled corpus', CORPUS, join(work, 'corpus.db'));
  await webBench('bundled corpus', corpusEngine);
  if (WEB_ONLY) {
    await corpusEngine.close();
  } else if (!ASK_ONLY) {
    await extractionBench('bundled corpus', corpusEngine, 10);
    await searchBench('bundled corpus', corpusEngine, queryMix(QUERIES), 'paragraph');
  }
  if (!WEB_ONLY) {
    await corpusEngine.close();
    await askBench(join(work, 'corpus.db'));
  }
  if (!ASK_ONLY && !WEB_ONLY) await generatedBench();
  if (!ASK_ONLY && !WEB_ONLY) bigFileBench();
}

/**
 * The web app on localhost: from navigation to the view's `data-ready` (its data fetched and
 * drawn) in a fresh browser context (empty cache) each time, median of 3, for the overview
 * (the first view) and the timeline (every event). Needs Debian's chromium; skipped without it.
 */
async function webBench(label, engine) {
  if (!existsSync(CHROMIUM)) {
    row(`web: first view ready`, label, `skipped (no browser at ${CHROMIUM})`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const { server, port } = await listen(createApp(engine, { token: 'bench-token-0000' }), { host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    for (const view of ['overview', 'timeline']) {
      const times = [];
      for (let i = 0; i < 3; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const t0 = performance.now();
        await page.goto(`http://127.0.0.1:${port}/#/${view}`);
        await page.waitForSelector('.view[data-ready="true"]', { timeout: 120_000 });
        times.push(performance.now() - t0);
        await context.close();
      }
      times.sort((a, b) => a - b);
      row(`web: ${view} ready`, `${label}, localhost, cold cache`, `median ${times[1].toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`);
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function generatedBench() {
  const genDir = join(work, 'generated');
  const t0 = performance.now();
  generateCorpus(genDir, PARAGRAPHS);
  row('generate', `${PARAGRAPHS} paragraphs in 100 Markdown files (seed 42)`, `${((performance.now() - t0) / 1000).toFixed(2)} s`);
  const engine = await ingestBench(`generated`, genDir, join(work, 'generated.db'));
  await extractionBench('generated', engine);
  await searchBench('generated', engine, queryMix(QUERIES), 'paragraph');
  await searchBench('generated', engine, queryMix(QUERIES), 'sentence');
  await webBench('generated', engine);
  await exportBench('generated', engine, row);
  await engine.close();
  row('database size', 'generated corpus', `${mb(statSync(join(work, 'generated.db')).size)} MB`);
  await loadRows(join(work, 'generated.db'));
}
/**
 * One generated document of 1, 10 (and 100) MB, each ingested end to end in a child process
 * (bench/big-file.js), so its peak RSS is its own: time per MB should not grow with the size.
 */
function bigFileBench() {
  for (const size of BIG) {
    const out = execFileSync(process.execPath, [fileURLToPath(new URL('./big-file.js', import.meta.url)), String(size)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out.trim().split('\n').pop());
    row(
      `ingest one ${size} MB document`,
      `${r.mb.toFixed(2)} MB Markdown, ${r.sentences} sentences, ${r.events} events, ${r.facts} facts`,
      `${r.secs.toFixed(1)} s = ${(r.secs / r.mb).toFixed(2)} s/MB (CPU ${(r.cpuSecs / r.mb).toFixed(2)} s/MB), peak RSS ${r.maxRssMb.toFixed(0)} MB (bound ${r.boundMb.toFixed(0)} MB: ${r.maxRssMb <= r.boundMb ? 'met' : 'NOT met'})`,
    );
  }
}

row('peak memory', 'whole run (max RSS)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
const line = (r) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(`Dyad benchmark — node ${process.version}, ${process.platform}/${process.arch}, 1 process (single core)`);
console.log(line(['what', 'input', 'figure']));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
