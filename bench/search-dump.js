// Before/after comparison of search and `ask` on one database: every hit (document, span, score,
// snippet, highlights), every total and every answer as JSON, with the CPU time of each
// (`process.cpuUsage()`), written as JSON lines; `--compare A B` then says what differs and the
// overlap of the two top tens, and the CPU of each run side by side.
// Usage: node bench/search-dump.js DB OUT.jsonl [--queries 300] [--questions 60]
//        node bench/search-dump.js --compare A.jsonl B.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { openStore } from '../dist/store/open.js';
import { Engine } from '../dist/knowledge/engine.js';
import { evalQuestions, queryMix } from './generate.js';

const opt = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function cpuSummary(rows) {
  const cpu = rows.map((r) => r.cpu).sort((a, b) => a - b);
  return `CPU mean ${(cpu.reduce((a, b) => a + b, 0) / cpu.length).toFixed(2)}, p50 ${pct(cpu, 50).toFixed(2)}, p95 ${pct(cpu, 95).toFixed(1)}, p99 ${pct(cpu, 99).toFixed(1)}, max ${cpu.at(-1).toFixed(1)} ms`;
}

function compare(a, b) {
  const read = (f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
  const [ra, rb] = [read(a), read(b)];
  let differ = 0;
  let overlap = 0;
  let n = 0;
  for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
    const [x, y] = [ra[i], rb[i]];
    if (JSON.stringify(x?.result) !== JSON.stringify(y?.result)) {
      differ++;
      if (differ <= 10) console.log(`differs: ${x?.kind} #${i}`);
    }
    if (x?.kind === 'search' && y?.kind === 'search') {
      const key = (h) => `${h.doc}:${h.start}`;
      const top = new Set(x.result.hits.slice(0, 10).map(key));
      const other = y.result.hits.slice(0, 10).map(key);
      if (top.size || other.length) {
        n++;
        overlap += top.size ? other.filter((k) => top.has(k)).length / Math.max(top.size, other.length) : 0;
      }
    }
  }
  for (const kind of ['search', 'ask']) {
    console.log(`${kind}: ${a} ${cpuSummary(ra.filter((r) => r.kind === kind))}`);
    console.log(`${kind}: ${b} ${cpuSummary(rb.filter((r) => r.kind === kind))}`);
  }
  console.log(`${differ} of ${ra.length} results differ; search top-10 overlap ${(overlap / (n || 1)).toFixed(4)} over ${n} queries`);
}

if (process.argv[2] === '--compare') {
  compare(process.argv[3], process.argv[4]);
} else {
  const [db, out] = process.argv.slice(2);
  const queries = queryMix(Number(opt('--queries', 300)));
  const all = evalQuestions();
  const step = Math.max(1, Math.floor(all.length / Number(opt('--questions', 60))));
  const questions = all.filter((_, i) => i % step === 0);
  const engine = new Engine(await openStore(db, { readonly: true }));
  const rows = [];
  const run = async (kind, items, f, warm = 20) => {
    for (const x of items.slice(0, warm)) await f(x);
    for (const x of items) {
      const c0 = process.cpuUsage();
      const result = await f(x);
      const c = process.cpuUsage(c0);
      rows.push({ kind, cpu: (c.user + c.system) / 1000, result });
    }
  };
  const load0 = loadavg()[0].toFixed(1);
  await run('search', queries, (q) => engine.search({ query: q, unit: 'paragraph', limit: 10 }));
  await run('ask', questions, (q) => engine.ask(q));
  await engine.close();
  writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  for (const kind of ['search', 'ask']) console.log(`${kind} (load ${load0}–${loadavg()[0].toFixed(1)}): ${cpuSummary(rows.filter((r) => r.kind === kind))}`);
}
