import { mkdtempSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openSqliteStore } from '../dist/store/sqlite/sqlite-store.js';
import { Engine } from '../dist/knowledge/engine.js';
import { STAGES } from '../dist/extract/pipeline.js';
import { generateCorpus } from './generate.js';
const dir = mkdtempSync('/tmp/xb-'); generateCorpus(dir, 2000, 2);
const e = new Engine(openSqliteStore(':memory:'));
await e.ingest(['../corpus/vietnam-japan/002_454348380e1e048a.txt'.replace('..','/work/main'), dir]);
for (const d0 of await e.listDocuments()) {
  const d = await e.document(d0.name);
  const input = { text: d.text, blocks: d.blocks, sentences: d.sentences, documentDate: d.meta.date };
  const found = { times: [], entities: [], events: [], facts: [] };
  const out = [];
  for (const s of STAGES) { const t = performance.now(); s.run(input, found); out.push(s.name + ' ' + (performance.now() - t).toFixed(0)); }
  console.log(d0.name, out.join(', '));
}
