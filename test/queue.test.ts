import { describe, expect, it, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import { runWorker } from '../src/queue/queue.js';
import { BIN, dyad } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

/**
 * Queued ingest end to end: `dyad ingest --queue` into the PostgreSQL named by DYAD_TEST_PG,
 * two `dyad worker` processes, `dyad jobs`; and a worker killed with SIGKILL mid-document.
 * Each test uses a schema of its own (its queue in `<schema>_queue`), dropped at the end.
 */
const url = process.env.DYAD_TEST_PG;
const schemas: string[] = [];
function dbFor(name: string): string {
  const schema = `q_${process.pid}_${name}`;
  schemas.push(schema);
  return `${url}${url!.includes('?') ? '&' : '?'}schema=${schema}`;
}

const PARAGRAPHS = [
  'Peru and Chile signed a fisheries agreement in Lima in May 2015, after two years of talks between their ministries of production.',
  'The Chilean president visited Lima in June 2016 and met the Peruvian president at the Government Palace; the two announced a joint cabinet meeting for the following year.',
  'Trade between the two countries reached 3.2 billion dollars in 2017, according to the Peruvian Ministry of Foreign Trade and Tourism.',
  'In January 2014 the International Court of Justice ruled on the maritime boundary, and both governments said they would carry out the judgment gradually.',
];

/** A folder of text files written as news reports: `docs` files of `paragraphs` paragraphs each, and one file of binary bytes that no worker can read. */
function inputs(docs: number, paragraphs: number): string {
  const dir = join(tempDir(), 'in');
  mkdirSync(dir);
  for (let i = 0; i < docs; i++) {
    const body = Array.from({ length: paragraphs }, (_, p) => PARAGRAPHS[(i + p) % PARAGRAPHS.length]!.replace(/20(1\d)/, (_m, y) => `20${y} (report ${i}-${p})`));
    writeFileSync(join(dir, `report-${i}.txt`), `# Report ${i} on Peru and Chile\n\n${body.join('\n\n')}\n`);
  }
  return dir;
}

/** Runs `dyad worker` as a child process; resolves with its exit code and stdout. */
function worker(db: string, args: string[] = []): { child: ReturnType<typeof spawn>; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> } {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', db, '--json', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout })));
  return { child, done };
}

async function sql<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

describe.skipIf(!url)('queued ingest with workers (PostgreSQL; set DYAD_TEST_PG to run)', () => {
  afterAll(async () => {
    for (const s of schemas) await sql(`DROP SCHEMA IF EXISTS ${s} CASCADE; DROP SCHEMA IF EXISTS ${s}_queue CASCADE`);
  });

  it('stores every document once with two workers, and parks a document that fails three times with its error', async () => {
    const db = dbFor('two');
    const dir = inputs(6, 12);
    writeFileSync(join(dir, 'scan.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x00, 0x00, 0x07].concat(Array(200).fill(0))));
    const queued = dyad(['ingest', '--queue', dir, '--db', db, '--json']);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.json.data.totals).toMatchObject({ queued: 7, failed: 0 });
    const before = dyad(['jobs', '--db', db, '--json']).json.data;
    expect(before.counts.created).toBe(7);

    const [a, b] = [worker(db, ['--exit-when-idle']), worker(db, ['--exit-when-idle'])];
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    // Both workers took part (each prints a line per job it finished or failed).
    const lines = (s: string) =>
      s
        .split('\n')
        .filter((l) => l.startsWith('{"job"'))
        .map((l) => JSON.parse(l));
    const [ja, jb] = [lines(ra.stdout), lines(rb.stdout)];
    expect(ja.length).toBeGreaterThan(0);
    expect(jb.length).toBeGreaterThan(0);
    const stored = [...ja, ...jb]
      .filter((j) => j.item)
      .map((j) => j.item.name)
      .sort();
    expect(stored).toEqual(['report-0.txt', 'report-1.txt', 'report-2.txt', 'report-3.txt', 'report-4.txt', 'report-5.txt']);
    expect(
      [...ja, ...jb]
        .filter((j) => j.error)
        .map((j) => j.attempt)
        .sort(),
    ).toEqual([1, 2, 3]);

    const docs = dyad(['docs', '--db', db, '--json']).json.data;
    expect(docs.map((d: { name: string }) => d.name)).toEqual(stored);
    for (const d of docs) expect(d.counts.paragraphs).toBe(12);
    const jobs = dyad(['jobs', '--db', db, '--json']).json.data;
    expect(jobs.counts).toMatchObject({ created: 0, active: 0, retry: 0, completed: 6, failed: 1 });
    expect(jobs.progress).toEqual({ done: 6, total: 7 });
    expect(jobs.parked).toHaveLength(1);
    expect(jobs.parked[0]).toMatchObject({ name: 'scan.txt', attempts: 3, error: { code: 'BINARY_CONTENT' } });
    expect(jobs.parked[0].error.message).toContain('scan.txt');
    const search = dyad(['search', 'fisheries agreement', '--db', db, '--json']).json.data;
    expect(search.total).toBeGreaterThan(0);
    // The workers kept the relationship's state and the lines of figures at the data version they left, so the first reader builds nothing.
    const schema = new URL(db).searchParams.get('schema');
    const kept = await sql<{ key: string }>(`SELECT d.key FROM ${schema}.derived d, ${schema}.data_version v WHERE d.version = v.n ORDER BY d.key`);
    expect(kept.map((k) => k.key.split('|')[0])).toEqual(['series-lines', 'state']);
    // Stored documents' bytes are let go; the parked one keeps its bytes to be run again.
    const store = await openPostgresStore(db);
    expect(await store.check()).toEqual([]);
    expect((await store.select<{ n: number }>('SELECT count(*)::int AS n FROM ingest_blobs'))[0]!.n).toBe(1);
    await store.close();
  }, 300_000);

  it('loses nothing when a worker is killed mid-document: the job runs again and the document is stored once', async () => {
    const db = dbFor('kill');
    const dir = inputs(4, 100);
    // The killed worker's job runs again once this is up; it must exceed the time a live worker
    // takes over a document, or pg-boss would take the job from it too.
    const queued = dyad(['ingest', '--queue', dir, '--db', db, '--job-timeout', '30', '--json']);
    expect(queued.code, queued.stderr).toBe(0);
    const first = worker(db);
    // Kill it once it holds a job: between taking it and finishing it.
    const schema = new URL(db).searchParams.get('schema');
    // Generous: a loaded machine may take a while to start a worker (no timing is asserted).
    for (let i = 0; i < 4800; i++) {
      const active = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}_queue.job WHERE state = 'active'`).catch(() => [{ n: 0 }]);
      if (active[0]!.n > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    first.child.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    const killedAt = await sql<{ id: string }>(`SELECT id FROM ${schema}_queue.job WHERE state = 'active'`);
    expect(killedAt.length).toBe(1);

    const second = worker(db, ['--exit-when-idle']);
    expect((await second.done).code).toBe(0);
    const docs = dyad(['docs', '--db', db, '--json']).json.data;
    expect(docs.map((d: { name: string }) => d.name)).toEqual(['report-0.txt', 'report-1.txt', 'report-2.txt', 'report-3.txt']);
    for (const d of docs) expect(d.counts.paragraphs).toBe(100);
    const retried = await sql<{ state: string; retry_count: number }>(`SELECT state::text, retry_count FROM ${schema}_queue.job WHERE id = '${killedAt[0]!.id}'`);
    expect(retried[0]).toMatchObject({ state: 'completed' });
    expect(retried[0]!.retry_count).toBeGreaterThanOrEqual(1);
    const jobs = dyad(['jobs', '--db', db, '--json']).json.data;
    expect(jobs.counts).toMatchObject({ completed: 4, failed: 0, active: 0, retry: 0 });
    const store = await openPostgresStore(db);
    expect(await store.check()).toEqual([]);
    expect((await store.select<{ n: number }>('SELECT count(*)::int AS n FROM ingest_blobs'))[0]!.n).toBe(0);
    await store.close();
  }, 600_000);

  it('goes on when the drain at its start fails: the error is reported and the idle drain tries again', async () => {
    const store = await openPostgresStore(dbFor('startdrain'));
    const reconcile = store.reconcileKnowledge.bind(store);
    let calls = 0;
    store.reconcileKnowledge = async () => {
      if (calls++ === 0) throw new Error('the database is busy');
      return reconcile();
    };
    const errors: string[] = [];
    const result = await runWorker({ store, exitWhenIdle: true, pollSeconds: 0.05, onIdleError: (e) => errors.push((e as Error).message) });
    expect(result).toEqual({ done: 0, failed: 0 });
    expect(errors).toEqual(['the database is busy']);
    expect(calls).toBe(2);
    await store.close();
  }, 120_000);

  it('refuses --queue and reports no queue on a SQLite store', () => {
    const db = join(tempDir(), 'kb.db');
    const r = dyad(['ingest', '--queue', inputs(1, 2), '--db', db, '--json']);
    expect(r.code).toBe(2);
    expect(r.json.error.code).toBe('USAGE');
    expect(r.json.error.message).toContain('PostgreSQL');
    expect(dyad(['jobs', '--db', db, '--json']).json.data).toMatchObject({ available: false, counts: { created: 0 } });
  });
});
