// What replacing and deleting stored documents costs a SQLite store (the sibling of bench/pg-replace.js):
// the statements of each `putDocument` of a changed text (the document's last paragraph dropped) with the
// reconcile after them, and of each `deleteDocument`, counted and grouped by shape, with the rows they
// return (of SELECTs over contributions apart) and their time. Two builds compare by running this file
// of each on the same files (DESIGN.md, Session 26: a deleted document's entities on SQLite).
// Usage: npm run build && node bench/sqlite-replace.js DIR [--replace 5] [--top 8]
// (DIR: e.g. `node bench/generate.js DIR 4000 20`). Each run ingests DIR into a temporary file and removes it.
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyse } from '../dist/ingest/analyse.js';
import { openSqliteStore } from '../dist/store/sqlite/sqlite-store.js';

const [dir] = process.argv.slice(2);
const opt = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
if (!dir || dir.startsWith('--')) {
  console.error('usage: node bench/sqlite-replace.js DIR [--replace 5] [--top 8]');
  process.exit(2);
}

/** Statements by shape (spaces collapsed) while `counting`: calls, rows returned, milliseconds. */
const shapes = new Map();
let counting = false;
const proto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1'));
for (const method of ['run', 'get', 'all']) {
  const original = proto[method];
  proto[method] = function (...args) {
    if (!counting) return original.apply(this, args);
    const t0 = performance.now();
    const out = original.apply(this, args);
    const key = this.source.replace(/\s+/g, ' ').trim();
    const s = shapes.get(key) ?? shapes.set(key, { calls: 0, rows: 0, ms: 0 }).get(key);
    s.calls++;
    s.rows += method === 'all' ? out.length : method === 'get' ? Number(out !== undefined) : 0;
    s.ms += performance.now() - t0;
    return out;
  };
}

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
const tmp = mkdtempSync(join(tmpdir(), 'dyad-sqlite-replace-'));
const store = openSqliteStore(join(tmp, 'bench.db'));
try {
  for (const f of files) {
    const d = await recordOf(f, readFileSync(join(dir, f)));
    await store.putDocument(d.record, d.parts);
  }
  await store.reconcileKnowledge();
  const n = Math.min(opt('--replace', 5), files.length);
  const step = Math.max(1, Math.floor(files.length / n));
  const chosen = files.filter((_, i) => i % step === 0).slice(0, n);
  const report = (what, t) => {
    const all = [...shapes.entries()];
    const sum = (k, only = () => true) => all.filter(([sql]) => only(sql)).reduce((s, [, x]) => s + x[k], 0);
    const contributions = (sql) => /^SELECT\b/i.test(sql) && /\bcontributions\b/.test(sql);
    console.log(
      `${what}: ${(sum('calls') / n).toFixed(1)} statements, ${Math.round(sum('rows') / n)} rows returned (${Math.round(sum('rows', contributions) / n)} by SELECTs over contributions), ${(t / n).toFixed(0)} ms a document (load ${loadavg()[0].toFixed(1)})`,
    );
    for (const [sql, s] of all.sort((a, b) => b[1].ms - a[1].ms).slice(0, opt('--top', 8))) {
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
  // Each replace reconciled at once, as a delete is (a run of many reconciles once at its end).
  for (const d of changed) {
    await store.putDocument(d.record, d.parts);
    await store.reconcileKnowledge();
  }
  report(`replace (${n} of ${files.length} files)`, performance.now() - t0);
  t0 = performance.now();
  for (const f of chosen) await store.deleteDocument(f);
  report(`delete (${n})`, performance.now() - t0);
  counting = false;
} finally {
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
}
