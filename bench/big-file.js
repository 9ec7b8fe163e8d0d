// One big document ingested end to end (load, segment, extract, store, index) in a process of
// its own, so its peak memory is its own. Prints one JSON line: {mb, secs, cpuSecs, maxRssMb, ...}.
// Usage: node bench/big-file.js MB [md|txt|html]   (called by bench/run.js; the text is generated,
// seeded, as Markdown: `txt` stores the same text as plain text, `html` as <h1>/<h2>/<p> elements)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSqliteStore } from '../dist/store/sqlite/sqlite-store.js';
import { Engine } from '../dist/knowledge/engine.js';
import { generateCorpus, meanParagraphBytes } from './generate.js';
import { boundHeapGrowth } from '../dist/serve/cli/heap.js';

const mb = Number(process.argv[2]);
const format = process.argv[3] === '--generate-into' ? process.argv[5] : (process.argv[3] ?? 'md');
if (!(mb > 0) || !['md', 'txt', 'html'].includes(format)) throw new Error('usage: node bench/big-file.js MB [md|txt|html]');
/**
 * The peak memory one document's ingest stays under (extracted in this thread, as `dyad ingest` of
 * one file does), in MB of resident memory, for a file of `fileMb` MB: what a process that extracts
 * holds before any document (about 175 MB: code, lexicon, tagging model, SQLite), one 1 MiB
 * section's working set with the heap's growth over it (about 200 MB), and what grows with the file
 * (3.6 MB a MB from 10 to 100 MB: its text as a string, SQLite's copy of it as the row is written,
 * and more not yet accounted for). The run's end (its knowledge reconciled, the state built) has
 * to fit as well: it adds 60–75 MB over the live heap, and met the bound only once a full
 * collection after the document's store let go of the text and the last sections' garbage first
 * (10 MB: 428–479 MB at the end before, 363–393 MB after, still at the end). DESIGN.md,
 * Sessions 19 and 45.
 */
const BOUND_BASE_MB = 400;
const BOUND_PER_FILE_MB = 4;
const peakBoundMb = (fileMb) => BOUND_BASE_MB + BOUND_PER_FILE_MB * fileMb;
/** Bytes of a generated paragraph, on average (bench/generate.js). */
const PARAGRAPH_BYTES = meanParagraphBytes();
if (process.argv[3] === '--generate-into') {
  // The text is generated in a process of its own, so the generator's memory is not counted in the ingest's peak.
  const dir = process.argv[4];
  // The mean paragraph is an estimate (one pair's names are longer or shorter than the average): one draft, then the count scaled to the size asked.
  const draft = Math.round((mb * 1048576) / PARAGRAPH_BYTES);
  generateCorpus(dir, Math.round((draft * mb * 1048576) / generateCorpus(dir, draft, 1, 11)), 1, 11);
  const md = join(dir, 'gen-000.md');
  if (format === 'txt') writeFileSync(join(dir, 'gen-000.txt'), readFileSync(md));
  if (format === 'html') writeFileSync(join(dir, 'gen-000.html'), toHtml(readFileSync(md, 'utf8')));
  if (format !== 'md') rmSync(md);
  process.exit(0);
}
/** The generated Markdown as an HTML page: headings and paragraphs as elements, text escaped. */
function toHtml(md) {
  const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = md
    .split('\n\n')
    .filter((b) => b.trim())
    .map((b) => {
      const h = /^(#{1,6}) (.*)$/.exec(b.trim());
      return h ? `<h${h[1].length}>${escape(h[2])}</h${h[1].length}>` : `<p>${escape(b.trim())}</p>`;
    });
  return `<!DOCTYPE html>\n<html><head><title>Generated</title></head><body>\n${body.join('\n')}\n</body></html>\n`;
}

// The heap's growth bounded as `dyad ingest` bounds it (src/serve/cli/heap.ts).
boundHeapGrowth();
const work = mkdtempSync(join(tmpdir(), 'dyad-big-'));
try {
  const dir = join(work, 'doc');
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), String(mb), '--generate-into', dir, format], { stdio: 'inherit' });
  const file = join(dir, `gen-000.${format}`);
  const bytes = statSync(file).size;
  const engine = new Engine(openSqliteStore(join(work, 'big.db')));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await engine.ingest([file], { maxBytes: bytes + 1 });
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const item = report.items[0];
  if (item?.status !== 'added') throw new Error(`${file}: ${item?.status} ${item?.error?.message ?? ''}`);
  await engine.close();
  console.log(
    JSON.stringify({
      mb: bytes / 1048576,
      format,
      secs,
      cpuSecs: (cpu.user + cpu.system) / 1e6,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      boundMb: peakBoundMb(bytes / 1048576),
      sentences: item.counts?.sentences,
      events: item.counts?.events,
      facts: item.counts?.facts,
    }),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
