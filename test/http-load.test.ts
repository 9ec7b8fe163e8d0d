import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { Engine } from '../src/knowledge/engine.js';
import { createApp, RETRY_AFTER_S } from '../src/serve/http/app.js';
import { AskPool, AskQueue } from '../src/knowledge/ask-pool.js';
import { tempDir } from './helpers/tmp.js';
import { fileEngine } from './helpers/ask.js';

const REPORT = `# Chile and Norway

In May 2011, Norway and Chile signed an agreement on fisheries research in Santiago. The foreign minister of Chile visited Oslo in September 2013.

Trade between Norway and Chile reached US$1.2 billion in 2010, and 3,000 Chilean students studied in Norway in 2012.
`;

const LATER = `# Chile and Norway, later

In March 2019, the president of Chile made a state visit to Norway, the first since 1994. The two governments signed a memorandum on salmon farming.
`;

const BLOCKED_WORKER = new URL('./helpers/blocked-ask-worker.mjs', import.meta.url);
/** The real worker, as built (`npm run build`; the test suite runs after it). */
const BUILT_WORKER = new URL('../dist/knowledge/ask-worker.js', import.meta.url);

describe('questions answered off the event loop, in a bounded queue', () => {
  const { db, engine } = fileEngine(REPORT);

  it('answers events while a worker is held by a question, refuses the question past the queue with 503 and Retry-After, then answers the rest', async () => {
    const gate = new Int32Array(new SharedArrayBuffer(8));
    const pool = new AskPool({ location: db, concurrency: 1, queue: 1, workerUrl: BLOCKED_WORKER, workerData: { gate: gate.buffer } });
    const app = createApp(engine, { asker: pool, cache: false });
    try {
      const first = app.request('/api/ask?q=When%20did%20Chile%20and%20Norway%20sign%20a%20fisheries%20agreement%3F');
      // Wait until the worker holds the question: its thread is now blocked.
      while (Atomics.load(gate, 1) < 1) await new Promise((r) => setTimeout(r, 10));
      const events = await app.request('/api/events');
      expect(events.status).toBe(200);
      const listed = (await events.json()) as { ok: boolean; data: { type: string; date: string }[] };
      expect(listed.ok).toBe(true);
      expect(listed.data.length).toBeGreaterThan(0);
      expect(pool.load).toEqual({ running: 1, waiting: 0 });
      const second = app.request('/api/ask?q=Who%20visited%20Oslo%3F');
      await new Promise((r) => setTimeout(r, 20));
      expect(pool.load).toEqual({ running: 1, waiting: 1 });
      const refused = await app.request('/api/ask?q=How%20many%20Chilean%20students%20studied%20in%20Norway%3F');
      expect(refused.status).toBe(503);
      expect(refused.headers.get('Retry-After')).toBe(String(RETRY_AFTER_S));
      expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'OVERLOADED', message: expect.stringContaining('1 wait') } });
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
      for (const [res, q] of [
        [await first, 'When did Chile and Norway sign a fisheries agreement?'],
        [await second, 'Who visited Oslo?'],
      ] as const) {
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({ ok: true, data: { question: q, status: 'not_in_corpus' } });
      }
      expect(Atomics.load(gate, 1)).toBe(2);
    } finally {
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
      await pool.close();
    }
  });

  it('drops a waiting question whose request timed out, and answers in the process when given no pool', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const asked: string[] = [];
    const queue = new AskQueue(
      async (q) => {
        asked.push(q);
        await held;
        return engine.ask(q);
      },
      { concurrency: 1, queue: 4 },
    );
    const first = queue.ask('When did Chile and Norway sign a fisheries agreement?');
    const gone = new AbortController();
    const dropped = queue.ask('Who visited Oslo?', gone.signal);
    gone.abort();
    await expect(dropped).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
    expect(queue.load).toEqual({ running: 1, waiting: 0 });
    release();
    expect((await first).status).toBe('answered');
    expect(asked).toEqual(['When did Chile and Norway sign a fisheries agreement?']);
  });

  it.skipIf(!existsSync(BUILT_WORKER))('answers in the built worker as the engine answers in the process', async () => {
    const pool = new AskPool({ location: db, workerUrl: BUILT_WORKER });
    try {
      for (const q of ['When did Chile and Norway sign a fisheries agreement?', 'How many Chilean students studied in Norway?']) {
        expect(await pool.ask(q)).toEqual(await engine.ask(q));
      }
      await expect(pool.ask('')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    } finally {
      await pool.close();
    }
  });
});

describe('conditional requests and the answer cache', () => {
  const dir = tempDir();
  const engine = new Engine(openSqliteStore(join(dir, 'dyad.db')));
  const app = createApp(engine);

  beforeAll(async () => {
    writeFileSync(join(dir, 'report.md'), REPORT);
    writeFileSync(join(dir, 'later.md'), LATER);
    await engine.ingest([join(dir, 'report.md')]);
  });
  afterAll(() => engine.close());

  it('tags answers with the data version, answers 304 to a matching If-None-Match, and a write changes both the tag and the answer', async () => {
    const first = await app.request('/api/events?limit=50');
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const before = (await first.json()) as { data: { date: string }[]; meta: { total: number } };
    // Sent again from the cache: the same bytes and tag.
    const again = await app.request('/api/events?limit=50');
    expect(again.headers.get('ETag')).toBe(etag);
    expect(await again.json()).toEqual(before);
    const unchanged = await app.request('/api/events?limit=50', { headers: { 'If-None-Match': etag } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    await engine.ingest([join(dir, 'later.md')]);
    const changed = await app.request('/api/events?limit=50', { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).not.toBe(etag);
    const after = (await changed.json()) as { data: { date: string }[]; meta: { total: number } };
    expect(after.meta.total).toBeGreaterThan(before.meta.total);
    expect(after.data.map((e) => e.date)).toContain('2019-03');
    // Errors are neither tagged nor kept.
    const bad = await app.request('/api/events?type=nonsense');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('ETag')).toBeNull();
  });
});
