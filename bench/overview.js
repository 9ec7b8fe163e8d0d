// The relationship at a glance on a database: how long the web overview's API calls and the CLI's
// state and series commands take, each in a new process (cold) and, for the API, again on the same
// server (warm). Usage: node bench/overview.js DB [--indicator ID] [--no-cli] [--full]
// `--full` also times the whole state and every series line (slow on a big database).
import { spawnSync } from 'node:child_process';
import { binFlags } from './bin-flags.js';
import { startServer } from './load.js';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { get } from 'node:http';

const BIN = fileURLToPath(new URL('../bin/dyad.js', import.meta.url));
const args = process.argv.slice(2);
const db = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--indicator');
if (!db) {
  console.error('usage: node bench/overview.js DB [--indicator ID] [--no-cli] [--full]');
  process.exit(2);
}
const indicator = args.includes('--indicator') ? args[args.indexOf('--indicator') + 1] : 'trade';
const FULL = args.includes('--full');

/** The overview's requests (web/src/views/overview.ts and web/src/data.ts), all at once as the page sends them. */
const OVERVIEW = ['/api/docs', '/api/state?summary=true', '/api/events?limit=1', '/api/facts?limit=1', '/api/entities?limit=1', '/api/conflicts?limit=1', '/api/series?headline=4'];

/** One GET, timed to its last byte (node:http: no header timeout, a cold build may take minutes). */
function timed(base, path) {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    get(base + path, (res) => {
      let bytes = 0;
      res.on('data', (b) => (bytes += b.length));
      res.on('end', () => resolve({ path, status: res.statusCode, ms: performance.now() - t0, bytes }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** The overview's requests in parallel: the time until the last answers, and each one's. */
async function overview(base) {
  const t0 = performance.now();
  const each = await Promise.all(OVERVIEW.map((p) => timed(base, p)));
  return { all: performance.now() - t0, each };
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const rows = [];
const row = (what, cold, warm, note = '') => rows.push([what, cold, warm, note]);

const { child, url } = await startServer(db);
const base = url.replace(/\/$/, '');
const cold = await overview(base);
const warm = await overview(base);
row('overview (all requests, in parallel)', fmt(cold.all), fmt(warm.all));
for (let i = 0; i < OVERVIEW.length; i++) row(`  ${OVERVIEW[i]}`, fmt(cold.each[i].ms), fmt(warm.each[i].ms), `${(cold.each[i].bytes / 1024).toFixed(1)} KB, ${cold.each[i].status}`);
if (FULL) {
  for (const p of ['/api/state', `/api/series?indicator=${indicator}`, '/api/series']) {
    const a = await timed(base, p);
    const b = await timed(base, p);
    row(`  ${p}`, fmt(a.ms), fmt(b.ms), `${(a.bytes / 1024).toFixed(1)} KB, ${a.status}`);
  }
}
child.kill('SIGTERM');

if (!args.includes('--no-cli')) {
  const commands = [
    ['state', '--summary', '--json'],
    ['series', '--headline', '4', '--json'],
    ['series', indicator, '--json'],
  ];
  if (FULL) commands.push(['state', '--json'], ['series', '--json']);
  // `dyad docs --json`: what starting the CLI and opening the database cost, for scale. CPU (user + system, GNU time) beside the wall time: the machine is shared.
  for (const c of [['docs', '--json'], ...commands]) {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...binFlags(BIN), BIN, ...c, '--db', db], { maxBuffer: 1 << 30 });
    const [user, sys] = r.stderr.toString().trim().split('\n').at(-1).split(' ').map(Number);
    row(`dyad ${c.join(' ')}`, fmt(performance.now() - t0), '', `CPU ${(user + sys).toFixed(2)} s, ${(r.stdout.length / 1024).toFixed(1)} KB, exit ${r.status}`);
  }
}

const load = (await import('node:os')).loadavg()[0].toFixed(1);
console.log(`| what (${db}, load average ${load}) | cold | warm | note |\n|---|---|---|---|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
