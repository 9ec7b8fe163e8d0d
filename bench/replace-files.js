// What bench/pg-replace.js and bench/sqlite-replace.js share: a file's stored record and parts as
// `dyad ingest` analyses it, the files of a folder, the ones chosen to replace and delete, and the
// statements counted by shape reported per document, and the timed run itself.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyse } from '../dist/ingest/analyse.js';

/** A stored record and its parts from a file's bytes, as `dyad ingest` analyses it. */
export async function recordOf(name, bytes) {
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

/** The folder's text files in name order. */
export function textFiles(dir) {
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort();
}

/** `n` files spread over the folder, and each one's record with its last paragraph dropped (the changed text). */
export async function changedFiles(dir, files, n) {
  const step = Math.max(1, Math.floor(files.length / n));
  const chosen = files.filter((_, i) => i % step === 0).slice(0, n);
  const changed = [];
  for (const f of chosen) {
    const text = readFileSync(join(dir, f), 'utf8');
    changed.push(await recordOf(f, Buffer.from(text.slice(0, text.trimEnd().lastIndexOf('\n\n')))));
  }
  return { chosen, changed };
}

/**
 * Prints what `shapes` (statement shape → {calls, rows, ms}) counted for `n` documents in `t` ms, the
 * `top` costliest shapes after it, and clears it; `extra(sum, n)` may add words to the summary line.
 */
export function reportShapes(shapes, what, n, t, top, extra = () => '') {
  const all = [...shapes.entries()];
  const sum = (k, only = () => true) => all.filter(([sql]) => only(sql)).reduce((s, [, x]) => s + x[k], 0);
  console.log(
    `${what}: ${(sum('calls') / n).toFixed(1)} statements, ${Math.round(sum('rows') / n)} rows returned${extra(sum, n)}, ${(t / n).toFixed(0)} ms a document (load ${loadavg()[0].toFixed(1)})`,
  );
  for (const [sql, s] of all.sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) {
    console.log(`  ${(s.calls / n).toFixed(1)} calls, ${Math.round(s.rows / n)} rows, ${(s.ms / n).toFixed(1)} ms: ${sql.slice(0, 110)}`);
  }
  shapes.clear();
}

/**
 * Stores every file of `dir`, then times replacing `n` of them with a changed text and deleting them, reporting the
 * statements `shapes` counted while `count(true)` was on. `reconcile` (SQLite) reconciles after the first ingest and
 * after each replace, as a delete does (a run of many replaces reconciles once at its end).
 */
export async function timeReplaceAndDelete(store, dir, { shapes, count, n: wanted, top, reconcile = false, extra }) {
  const files = textFiles(dir);
  for (const f of files) {
    const d = await recordOf(f, readFileSync(join(dir, f)));
    await store.putDocument(d.record, d.parts);
  }
  if (reconcile) await store.reconcileKnowledge();
  const n = Math.min(wanted, files.length);
  const { chosen, changed } = await changedFiles(dir, files, n);
  count(true);
  let t0 = performance.now();
  for (const d of changed) {
    await store.putDocument(d.record, d.parts);
    if (reconcile) await store.reconcileKnowledge();
  }
  reportShapes(shapes, `replace (${n} of ${files.length} files)`, n, performance.now() - t0, top, extra);
  t0 = performance.now();
  for (const f of chosen) await store.deleteDocument(f);
  reportShapes(shapes, `delete (${n})`, n, performance.now() - t0, top, extra);
  count(false);
}
