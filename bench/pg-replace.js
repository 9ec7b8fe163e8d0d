// What replacing (and deleting) stored documents costs a PostgreSQL store: the statements of each
// `putDocument` of a changed text (the document's last paragraph dropped) and each `deleteDocument`,
// counted and grouped by shape, with the rows they return and their time. Two builds compare by
// running this file of each on the same files (DESIGN.md, Session 23: a replaced document's entities).
// Usage: npm run build && node bench/pg-replace.js 'postgres://…' DIR [--replace 5] [--top 8]
// (DIR: e.g. `node bench/generate.js DIR 10000 20`). Each run ingests DIR into a schema of its own and drops it.
import pg from 'pg';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyse } from '../dist/ingest/analyse.js';
import { openPostgresStore } from '../dist/store/postgres/postgres-store.js';

const [url, dir] = process.argv.slice(2);
const opt = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
if (!url?.startsWith('postgres') || !dir) {
  console.error("usage: node bench/pg-replace.js 'postgres://…' DIR [--replace 5] [--top 8]");
  process.exit(2);
}

/** Statements by shape (spaces collapsed) while `counting`: calls, rows returned, milliseconds. */
const shapes = new Map();
let counting = false;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, callback) {
  const sql = typeof config === 'string' ? config : config?.text;
  if (!counting || typeof sql !== 'string' || /^\s*(BEGIN|COMMIT|ROLLBACK)/i.test(sql)) return query.call(this, config, values, callback);
  if (typeof values === 'function') [values, callback] = [undefined, values];
  const t0 = performance.now();
  const key = sql.replace(/\s+/g, ' ').trim();
  const record = (r) => {
    const s = shapes.get(key) ?? shapes.set(key, { calls: 0, rows: 0, ms: 0 }).get(key);
    s.calls++;
    s.rows += r?.rowCount ?? r?.rows?.length ?? 0;
    s.ms += performance.now() - t0;
  };
  if (callback) return query.call(this, config, values, (err, r) => (record(r), callback(err, r)));
  return query.call(this, config, values).then((r) => (record(r), r));
};

/** A stored record and its parts from a file's bytes, as `dyad ingest` analyses it. */
async function recordOf(name, bytes) {
  const a = await analyse({ path: name, source: name, name, meta: {} }, bytes);
  const id = Buffer.from(name + bytes.length)
    .toString('hex')
    .padEnd(16, '0')
    .slice(-16);
  const record = {
    id,
    name,
    sha256: id + bytes.length,
    source: name,
    format: a.loaded.format,
    meta: a.meta,
    text: a.loaded.text,
    blocks: a.blocks,
    sentences: a.sentences,
    warnings: a.loaded.warnings,
  };
  return { record: { ...record, ingestedAt: '2026-01-01T00:00:00.000Z', pipelineVersion: 'bench' }, parts: [...a.parts] };
}

const files = readdirSync(dir)
  .filter((f) => /\.(md|txt)$/.test(f))
  .sort();
const schema = `bench_replace_${process.pid}`;
const store = await openPostgresStore(url, { schema });
try {
  for (const f of files) {
    const d = await recordOf(f, readFileSync(join(dir, f)));
    await store.putDocument(d.record, d.parts);
  }
  const n = Math.min(opt('--replace', 5), files.length);
  const step = Math.max(1, Math.floor(files.length / n));
  const chosen = files.filter((_, i) => i % step === 0).slice(0, n);
  const report = (what, t) => {
    const all = [...shapes.values()];
    const sum = (k) => all.reduce((s, x) => s + x[k], 0);
    console.log(`${what}: ${(sum('calls') / n).toFixed(1)} statements, ${Math.round(sum('rows') / n)} rows returned, ${(t / n).toFixed(0)} ms a document (load ${loadavg()[0].toFixed(1)})`);
    for (const [sql, s] of [...shapes].sort((a, b) => b[1].ms - a[1].ms).slice(0, opt('--top', 8))) {
      console.log(`  ${(s.calls / n).toFixed(1)} calls, ${Math.round(s.rows / n)} rows, ${(s.ms / n).toFixed(1)} ms: ${sql.slice(0, 110)}`);
    }
    shapes.clear();
  };
  const changed = [];
  for (const f of chosen) {
    const text = readFileSync(join(dir, f), 'utf8');
    changed.push(await recordOf(f, Buffer.from(text.slice(0, text.trimEnd().lastIndexOf('\n\n')))));
  }
  counting = true;
  let t0 = performance.now();
  for (const d of changed) await store.putDocument(d.record, d.parts);
  report(`replace (${n} of ${files.length} files)`, performance.now() - t0);
  t0 = performance.now();
  for (const f of chosen) await store.deleteDocument(f);
  report(`delete (${n})`, performance.now() - t0);
  counting = false;
} finally {
  await store.close();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
}
