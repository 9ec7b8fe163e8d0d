// The load row of `npm run bench`: N concurrent HTTP clients for a duration against `dyad serve`
// on a database, a mix of /api/events, /api/facts, /api/search and /api/ask; requests/s,
// p50/p95/p99 per route, errors, and the server's memory before and after.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { rng } from './generate.js';

const BIN = fileURLToPath(new URL('../bin/dyad.js', import.meta.url));

/** Resident memory of a process, in MB (Linux /proc; null elsewhere). */
function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Starts `dyad serve` on a free port; resolves with its URL and process. DYAD_BENCH_SERVER_NODE
 * gives the server's own node flags (`--cpu-prof --cpu-prof-dir=DIR`: where a request's time goes
 * under load; node refuses them in NODE_OPTIONS); `serveArgs`, more of `dyad serve`'s own
 * (`--ask-workers 2`).
 */
export function startServer(db, serveArgs = []) {
  const flags = (process.env.DYAD_BENCH_SERVER_NODE ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...flags, BIN, 'serve', '--db', db, '--port', '0', '--json', ...serveArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b) => {
      out += b;
      // The address is printed as an envelope ({ ok, data: { url } }), possibly over several lines.
      const m = /"url":\s*"([^"]+)"/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.stderr.on('data', (b) => process.stderr.write(b));
    child.once('exit', (code) => reject(new Error(`dyad serve exited with ${code} before listening: ${out}`)));
    // Never outlive the bench.
    process.once('exit', () => child.kill('SIGKILL'));
  });
}

/** The requests of the mix, one route in turn per request, with varied parameters (seeded). */
function requestMix(searchQueries, questions, only) {
  const r = rng(11);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const routes = [
    ['events', () => `/api/events?limit=20&offset=${Math.floor(r() * 200)}${r() < 0.5 ? `&from=${1973 + Math.floor(r() * 50)}` : ''}${r() < 0.3 ? '&actor=Japan' : ''}`],
    ['facts', () => `/api/facts?limit=20&offset=${Math.floor(r() * 200)}${r() < 0.5 ? `&from=${1973 + Math.floor(r() * 50)}&to=${2000 + Math.floor(r() * 25)}` : ''}`],
    ['search', () => `/api/search?q=${encodeURIComponent(pick(searchQueries))}&limit=10`],
    ['ask', () => `/api/ask?q=${encodeURIComponent(pick(questions))}`],
  ].filter(([name]) => !only || only.includes(name));
  let i = 0;
  return () => {
    const [name, path] = routes[i++ % routes.length];
    return [name, path()];
  };
}

/**
 * Runs `clients` concurrent clients for `seconds` against a server on `db`, `rounds` times with
 * `pause` seconds of quiet after each; returns bench rows. The server's resident memory is read
 * before, after each round and after each pause: flat across rounds means the load leaves nothing
 * behind that grows (issue 14 part 4), whatever V8 keeps for its heap after the first.
 * @example await loadBench('gen.db', { clients: 64, seconds: 60, searchQueries, questions, label: 'generated', rounds: 3 })
 */
export async function loadBench(db, { clients = 64, seconds = 60, searchQueries, questions, label, routes, rounds = 1, pause = 10, serveArgs = [] }) {
  const { child, url } = await startServer(db, serveArgs);
  const base = url.replace(/\/$/, '');
  const next = requestMix(searchQueries, questions, routes);
  const stats = new Map();
  // One request of each route first, untimed: the first reads of a large database come from disk
  // and build what the server keeps per data version (the lists' summary); 64 clients arriving at
  // once would otherwise all wait behind that, and the tail would measure the start, not the load.
  const warm0 = performance.now();
  const seen = new Set();
  for (let tries = 0; tries < 16 && seen.size < (routes?.length ?? 4); tries++) {
    const [name, path] = next();
    if (seen.has(name)) continue;
    seen.add(name);
    await fetch(base + path)
      .then((res) => res.arrayBuffer())
      .catch(() => undefined);
  }
  const warmSecs = (performance.now() - warm0) / 1000;
  const before = rssMb(child.pid);
  let end = 0;
  const client = async () => {
    while (performance.now() < end) {
      const [name, path] = next();
      const s = stats.get(name) ?? { times: [], errors: 0 };
      stats.set(name, s);
      const t0 = performance.now();
      try {
        const res = await fetch(base + path);
        const body = await res.json();
        if (!res.ok || body.ok === false) s.errors++;
      } catch {
        s.errors++;
      }
      s.times.push(performance.now() - t0);
    }
  };
  let secs = 0;
  const memory = [];
  for (let round = 1; round <= rounds; round++) {
    const t0 = performance.now();
    end = t0 + seconds * 1000;
    await Promise.all(Array.from({ length: clients }, client));
    secs += (performance.now() - t0) / 1000;
    memory.push(rssMb(child.pid));
    if (rounds > 1) {
      await new Promise((resolve) => setTimeout(resolve, pause * 1000));
      memory.push(rssMb(child.pid));
    }
  }
  const after = memory[0];
  // The server closes once its clients' keep-alive connections do; do not wait for that.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
  const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  const rows = [];
  let total = 0;
  let errors = 0;
  const every = [...stats.values()].flatMap((s) => s.times).sort((a, b) => a - b);
  for (const [name, s] of stats) {
    s.times.sort((a, b) => a - b);
    total += s.times.length;
    errors += s.errors;
    rows.push([
      `load ${label}: /api/${name}`,
      `${clients} clients, ${secs.toFixed(0)} s${rounds > 1 ? ` in ${rounds} rounds` : ''}, mix of ${stats.size} routes`,
      `${(s.times.length / secs).toFixed(1)} req/s, p50 ${pct(s.times, 50).toFixed(0)} ms, p95 ${pct(s.times, 95).toFixed(0)} ms, p99 ${pct(s.times, 99).toFixed(0)} ms, ${s.errors} errors`,
    ]);
  }
  const mb = (v) => (v === null ? 'n/a' : v.toFixed(0));
  const mem =
    before === null
      ? 'n/a'
      : rounds > 1
        ? `server RSS ${mb(before)} MB before; after each round / after its ${pause} s pause: ${Array.from({ length: rounds }, (_, i) => `${mb(memory[2 * i])} / ${mb(memory[2 * i + 1])}`).join(', ')} MB`
        : `server RSS ${mb(before)} MB before, ${mb(after)} MB after`;
  rows.push([
    `load ${label}: all routes`,
    `${clients} clients, ${secs.toFixed(0)} s, after one untimed request of each route (${warmSecs.toFixed(1)} s)`,
    `${(total / secs).toFixed(1)} req/s, ${total} requests, p50 ${pct(every, 50).toFixed(0)} ms, p95 ${pct(every, 95).toFixed(0)} ms, ${errors} errors, ${mem}`,
  ]);
  return rows;
}
