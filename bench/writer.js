// The storing thread's CPU alone: every file of DIR analysed once (not timed), then the analyses
// stored into a fresh SQLite database ROUNDS times (`putDocument` for each document, then the
// reconcile and the close), with the CPU of each step (`process.cpuUsage()`, this thread only:
// nothing else runs). What `dyad ingest --jobs N`'s one writer costs per MB, apart from the
// extraction in the workers and from the load of a shared machine; two builds compare by running
// this file of each (DESIGN.md, Session 20).
// Usage: node bench/writer.js DIR [ROUNDS=3]   (DIR: e.g. `node bench/generate.js DIR 10000`)
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../dist/ingest/analyse.js';
import { openSqliteStore } from '../dist/store/sqlite/sqlite-store.js';

const [dir, rounds = '3'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/writer.js DIR [ROUNDS=3]');
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((f) => /\.(md|txt)$/.test(f))
  .sort();
const docs = [];
let bytes = 0;
for (const name of files) {
  const path = join(dir, name);
  const b = readFileSync(path);
  bytes += b.length;
  const a = await analyse({ path, source: name, name, meta: {} }, b);
  const id = String(docs.length).padStart(16, '0');
  const record = { id, name, sha256: id, source: name, format: a.loaded.format, meta: a.meta, text: a.loaded.text, blocks: a.blocks, sentences: a.sentences, warnings: a.loaded.warnings };
  docs.push({ record: { ...record, ingestedAt: '2026-01-01T00:00:00.000Z', pipelineVersion: 'bench' }, parts: [...a.parts] });
}
const work = mkdtempSync(join(tmpdir(), 'dyad-writer-'));
const seconds = (c) => (c.user + c.system) / 1e6;
const mb = bytes / 1048576; // as bench/generate.js counts them
console.log(`${files.length} files, ${mb.toFixed(2)} MB`);
for (let r = 0; r < Number(rounds); r++) {
  const db = join(work, `r${r}.db`);
  // The store may release what it is given: each round stores copies.
  const copies = structuredClone(docs);
  const store = openSqliteStore(db);
  const c0 = process.cpuUsage();
  for (const { record, parts } of copies) await store.putDocument(record, parts);
  const put = seconds(process.cpuUsage(c0));
  await store.reconcileKnowledge();
  const reconciled = seconds(process.cpuUsage(c0));
  await store.close();
  const all = seconds(process.cpuUsage(c0));
  console.log(
    `round ${r + 1}: putDocument ${put.toFixed(2)} s, reconcile ${(reconciled - put).toFixed(2)} s, close ${(all - reconciled).toFixed(2)} s of CPU: ${(all / mb).toFixed(2)} s/MB; database ${(statSync(db).size / 1e6).toFixed(1)} MB; load ${loadavg()[0].toFixed(1)}`,
  );
}
rmSync(work, { recursive: true, force: true });
