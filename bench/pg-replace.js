// What replacing (and deleting) stored documents costs a PostgreSQL store: the statements of each
// `putDocument` of a changed text (the document's last paragraph dropped) and each `deleteDocument`,
// counted and grouped by shape, with the rows they return and their time. Two builds compare by
// running this file of each on the same files (DESIGN.md, Session 23: a replaced document's entities).
// Usage: npm run build && node bench/pg-replace.js 'postgres://…' DIR [--replace 5] [--top 8]
// (DIR: e.g. `node bench/generate.js DIR 10000 20`). Each run ingests DIR into a schema of its own and drops it.
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { timeReplaceAndDelete } from './replace-files.js';
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

const schema = `bench_replace_${process.pid}`;
const store = await openPostgresStore(url, { schema });
try {
  await timeReplaceAndDelete(store, dir, { shapes, count: (on) => (counting = on), n: opt('--replace', 5), top: opt('--top', 8) });
} finally {
  await store.close();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
}
