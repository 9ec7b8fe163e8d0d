// Export timings: every kind and format of a whole knowledge base, written in process.
// `npm run bench` runs exportBench on the generated corpus; `npm run bench:export` (this file
// alone) on the bundled corpus and a generated one of --paragraphs N (default 10,000).
// Usage: node bench/export.js [--paragraphs N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { openSqliteStore } from '../dist/store/sqlite/sqlite-store.js';
import { Engine } from '../dist/knowledge/engine.js';
import { EXPORTS, startExport } from '../dist/export/registry.js';
import { generateCorpus } from './generate.js';

const mb = (b) => (b / 1048576).toFixed(2);

/** Each export of the whole knowledge base: a row of seconds, megabytes and heap growth per kind and format. */
export async function exportBench(label, engine, row) {
  for (const e of EXPORTS) {
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    let bytes = 0;
    for await (const chunk of (await startExport(engine, e.kind, e.format, {})).chunks) bytes += Buffer.byteLength(chunk);
    const secs = (performance.now() - t0) / 1000;
    row(`export ${e.kind} ${e.format}`, label, `${secs.toFixed(2)} s, ${mb(bytes)} MB, heap +${mb(Math.max(0, process.memoryUsage().heapUsed - heap0))} MB`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--paragraphs');
  const paragraphs = i > 0 ? Number(process.argv[i + 1]) : 10_000;
  const rows = [];
  const row = (...r) => rows.push(r);
  const work = mkdtempSync(join(tmpdir(), 'dyad-bench-export-'));
  try {
    for (const [label, folder] of [
      ['bundled corpus', fileURLToPath(new URL('../corpus/vietnam-japan/', import.meta.url))],
      [`generated (${paragraphs} paragraphs)`, join(work, 'generated')],
    ]) {
      if (label.startsWith('generated')) generateCorpus(folder, paragraphs);
      const engine = new Engine(openSqliteStore(join(work, `${label.split(' ')[0]}.db`)));
      const t0 = performance.now();
      await engine.ingest([folder]);
      row('ingest', label, `${((performance.now() - t0) / 1000).toFixed(2)} s`);
      await exportBench(label, engine, row);
      await engine.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  row('peak memory', 'whole run (max RSS)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), 6));
  const line = (r) => '| ' + r.map((c, k) => c.padEnd(widths[k])).join(' | ') + ' |';
  console.log(`Dyad export benchmark — node ${process.version}, ${process.platform}/${process.arch}`);
  console.log(line(['what', 'input', 'figure']));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(r));
}
