// What replacing and deleting stored documents costs a SQLite store (the sibling of bench/pg-replace.js):
// the statements of each `putDocument` of a changed text (the document's last paragraph dropped) with the
// reconcile after them, and of each `deleteDocument`, counted and grouped by shape, with the rows they
// return (of SELECTs over contributions apart) and their time. Two builds compare by running this file
// of each on the same files (DESIGN.md, Session 26: a deleted document's entities on SQLite).
// Usage: npm run build && node bench/sqlite-replace.js DIR [--replace 5] [--top 8]
// (DIR: e.g. `node bench/generate.js DIR 4000 20`). Each run ingests DIR into a temporary file and removes it.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { timeReplaceAndDelete } from './replace-files.js';
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

const tmp = mkdtempSync(join(tmpdir(), 'dyad-sqlite-replace-'));
const store = openSqliteStore(join(tmp, 'bench.db'));
try {
  const contributions = (sql) => /^SELECT\b/i.test(sql) && /\bcontributions\b/.test(sql);
  await timeReplaceAndDelete(store, dir, {
    shapes,
    count: (on) => (counting = on),
    n: opt('--replace', 5),
    top: opt('--top', 8),
    reconcile: true,
    extra: (sum, n) => ` (${Math.round(sum('rows', contributions) / n)} by SELECTs over contributions)`,
  });
} finally {
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
}
