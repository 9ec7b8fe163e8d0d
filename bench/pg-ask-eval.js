// The dev questions (test/data/eval/dev, asked of corpus/vietnam-japan, as `npm run eval` asks
// them of SQLite) asked of a PostgreSQL store: right and right+cited, on SQLite and on
// PostgreSQL with the store's ranking and with other numbers of passages ranked (store/postgres/search.ts).
// Usage: npm run build && node bench/pg-ask-eval.js postgres://user@host/db [N ...]
// (each N a number of passages ranked to try besides the store's RANKED; Infinity ranks every match).
// It ingests into a throw-away schema, dropped at the end.
import { fileURLToPath } from 'node:url';
import { Engine } from '../dist/knowledge/engine.js';
import { openSqliteStore } from '../dist/store/sqlite/sqlite-store.js';
import { openPostgresStore } from '../dist/store/postgres/postgres-store.js';
import { qaParts, scoreAnswer } from '../dist/eval/qa.js';

const url = process.argv[2] ?? process.env.DYAD_TEST_PG;
if (!url) {
  console.error('usage: node bench/pg-ask-eval.js postgres://… [N …]');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const dev = qaParts(root, fileURLToPath(new URL('../../shared/eval', import.meta.url))).find((p) => p.name === 'dev');
const schema = `askeval_${process.pid}`;

async function score(label, engine) {
  let right = 0;
  let cited = 0;
  for (const q of dev.questions) {
    const r = await scoreAnswer(engine, q, await engine.ask(q.question, q.id));
    right += Number(r.right);
    cited += Number(r.cited);
  }
  console.log(`${label.padEnd(40)} right ${right}/${dev.questions.length}, right+cited ${cited}/${dev.questions.length}`);
}

const sqlite = new Engine(openSqliteStore(':memory:'));
await sqlite.ingest([dev.texts]);
await score('SQLite', sqlite);
const store = await openPostgresStore(url, { schema });
try {
  const engine = new Engine(store);
  await engine.ingest([dev.texts]);
  await score('PostgreSQL (the store)', engine);
  for (const spec of process.argv.slice(3)) {
    // A fresh engine (its caches empty) over the store ranking this many passages.
    const { PgSearch } = await import('../dist/store/postgres/search.js');
    store.searcher = new PgSearch(store.pool, Number(spec));
    await score(`PostgreSQL, ${spec} passages ranked`, new Engine(store));
  }
} finally {
  await store.select(`DROP SCHEMA ${schema} CASCADE`).catch(() => {});
  await store.close();
}
