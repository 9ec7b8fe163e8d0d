import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/knowledge/engine.js';
import { AskPool, AskQueue } from '../src/knowledge/ask-pool.js';
import type { Answer } from '../src/knowledge/ask/types.js';
import { fileEngine } from './helpers/ask.js';

const REPORT = `# Ghana and Portugal

In April 2015, Ghana and Portugal signed a memorandum on vocational training in Accra. The Portuguese secretary of state for cooperation visited Kumasi in October 2017.

Exports from Portugal to Ghana reached €48 million in 2016, and 1,200 Ghanaian students held Portuguese scholarships in 2018.
`;

const LATER = `# Ghana and Portugal, 2021

In June 2021, the two governments opened a joint business council in Lisbon. Its first session was held in Porto in March 2022.
`;

const SIGNED = 'When did Ghana and Portugal sign a memorandum on vocational training?';
const VISITED = 'Who visited Kumasi in October 2017?';
const EXPORTS = 'How much did Portugal export to Ghana in 2016?';
const COUNCIL = 'When did Ghana and Portugal open a joint business council?';

/** The real worker, as built (`npm run build`; the test suite runs after it). */
const BUILT_WORKER = new URL('../dist/knowledge/ask-worker.js', import.meta.url);

/** A queue whose answers are computed at once and held until `release()`: the first question keeps the one slot busy meanwhile. */
function heldQueue(engine: Engine, queue = 1) {
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  const asked: string[] = [];
  const q = new AskQueue(
    async (question) => {
      asked.push(question);
      const a = await engine.ask(question);
      await held;
      return a;
    },
    { concurrency: 1, queue },
  );
  return { q, asked, release: () => release() };
}

describe('a question asked again while it waits is answered once, for every caller (AskQueue)', () => {
  const { dir, db, engine } = fileEngine(REPORT);

  it('joins a waiting question: one answer for every caller, equal to the serial one, and no place taken in the queue', async () => {
    const { q, asked, release } = heldQueue(engine, 1);
    const first = q.ask(SIGNED);
    const repeats = [q.ask(VISITED), q.ask(VISITED), q.ask(VISITED)];
    expect(q.load).toEqual({ running: 1, waiting: 1 });
    // The queue is full: another question is refused, while the same one joins.
    await expect(q.ask(EXPORTS)).rejects.toMatchObject({ code: 'OVERLOADED' });
    repeats.push(q.ask(VISITED));
    expect(q.load).toEqual({ running: 1, waiting: 1 });
    release();
    const answers = await Promise.all(repeats);
    expect(asked).toEqual([SIGNED, VISITED]);
    const serial = await engine.ask(VISITED);
    for (const a of answers) expect(a).toEqual(serial);
    expect(serial.status).toBe('answered');
    expect(await first).toEqual(await engine.ask(SIGNED));
  });

  it('answers the other callers when one of them gives up, and drops the question when every caller has', async () => {
    const { q, asked, release } = heldQueue(engine, 4);
    const first = q.ask(SIGNED);
    const gone = new AbortController();
    const kept = q.ask(EXPORTS);
    const dropped = q.ask(EXPORTS, gone.signal);
    const both = [new AbortController(), new AbortController()];
    const abandoned = both.map((c) => q.ask(VISITED, c.signal));
    expect(q.load).toEqual({ running: 1, waiting: 2 });
    gone.abort();
    await expect(dropped).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
    expect(q.load).toEqual({ running: 1, waiting: 2 });
    for (const c of both) c.abort();
    for (const a of abandoned) await expect(a).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
    expect(q.load).toEqual({ running: 1, waiting: 1 });
    release();
    expect(await kept).toEqual(await engine.ask(EXPORTS));
    await first;
    expect(asked).toEqual([SIGNED, EXPORTS]);
  });

  it('never joins a question already being answered: asked again after a document is added, it reads that document', async () => {
    const { q, asked, release } = heldQueue(engine, 4);
    const before = q.ask(COUNCIL);
    // The first is being answered (read before the write); the repeat waits behind it and is answered on its own, after the write.
    await new Promise((r) => setTimeout(r, 50));
    writeFileSync(join(dir, 'later.md'), LATER);
    await engine.ingest([join(dir, 'later.md')]);
    const after = q.ask(COUNCIL);
    expect(q.load).toEqual({ running: 1, waiting: 1 });
    release();
    const [old, fresh] = await Promise.all([before, after]);
    expect(asked).toEqual([COUNCIL, COUNCIL]);
    expect(old.status).toBe('not_in_corpus');
    expect(fresh).toMatchObject({ status: 'answered', answer: 'June 2021' });
    expect(fresh.citations[0]).toEqual({ doc: 'later.md', start: 28, end: 104, quote: 'In June 2021, the two governments opened a joint business council in Lisbon.' });
  });

  it.skipIf(!existsSync(BUILT_WORKER))('answers many concurrent questions, repeated, in two built workers as the engine answers them one at a time', async () => {
    const pool = new AskPool({ location: db, concurrency: 2, queue: 64, workerUrl: BUILT_WORKER });
    try {
      const questions = [SIGNED, VISITED, EXPORTS, COUNCIL, VISITED, SIGNED, 'Which city hosted the first session of the business council?', EXPORTS, COUNCIL];
      const concurrent = await Promise.all(questions.map((question) => pool.ask(question)));
      const serial: Answer[] = [];
      for (const question of questions) serial.push(await engine.ask(question));
      expect(concurrent).toEqual(serial);
    } finally {
      await pool.close();
    }
  });
});
