import type PgBoss from 'pg-boss';
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { DyadError, toDyadError, type ErrorCode } from '../model/errors.js';
import type { Store } from '../store/store.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import { DEFAULT_MAX_BYTES, ingestBytes, readFile, type IngestItem } from '../ingest/ingest.js';
import { loaderFor } from '../ingest/loaders/index.js';
import { walk, type Input } from '../ingest/walk.js';

/** The queue documents wait on. */
export const INGEST_QUEUE = 'ingest';
/** Attempts of a job before it is parked (state `failed`) with its last error. */
export const ATTEMPTS = 3;
/** Longest a worker may hold a job before it counts as failed and is run again (a killed worker's job). */
export const DEFAULT_JOB_TIMEOUT_S = 15 * 60;
/** How often some worker looks for jobs whose worker died (pg-boss maintenance). */
export const MAINTENANCE_S = 5;

/** What a queued job carries: the input as walked, and where its bytes are kept. */
export interface IngestJob {
  input: Input;
  blob: string;
  bytes: number;
  force?: boolean;
}

/**
 * Whether a store is PostgreSQL's. Told by its `backend`, not by its class: the PostgreSQL store
 * and pg-boss are imported only by a process that uses them (`openStore`, `startBoss`).
 */
function isPostgres(store: Store): store is PostgresStore {
  return store.backend === 'postgres';
}

/** The PostgreSQL store of a store, or USAGE: the queue lives in PostgreSQL. */
export function requirePostgres(store: Store, what: string): PostgresStore {
  if (!isPostgres(store)) {
    throw new DyadError('USAGE', `${what} needs a PostgreSQL store (--db postgres://…); ${store.location} is ${store.backend}`);
  }
  return store;
}

/** pg-boss on the store's database, its tables in the schema `<store schema>_queue`. */
async function startBoss(store: PostgresStore, options: { supervise: boolean }): Promise<PgBoss> {
  const { default: Boss } = await import('pg-boss');
  const boss = new Boss({
    connectionString: store.connectionString,
    schema: `${store.schema}_queue`,
    max: 3,
    supervise: options.supervise,
    schedule: false,
    maintenanceIntervalSeconds: MAINTENANCE_S,
    // Parked jobs stay visible in `dyad jobs` for a week.
    archiveFailedAfterSeconds: 7 * 24 * 3600,
  });
  boss.on('error', (err) => process.stderr.write(`dyad queue: ${(err as Error).message}\n`));
  try {
    await boss.start();
    if (!(await boss.getQueue(INGEST_QUEUE)))
      await boss.createQueue(INGEST_QUEUE).catch(async (err) => {
        if (!(await boss.getQueue(INGEST_QUEUE))) throw err;
      });
  } catch (err) {
    await boss.stop({ graceful: false, wait: false }).catch(() => {});
    throw new DyadError('DB_OPEN_FAILED', `${store.location}: cannot open the job queue (${(err as Error).message})`, { file: store.location, cause: err });
  }
  return boss;
}

export interface EnqueueReport {
  items: (IngestItem | (Omit<IngestItem, 'status'> & { status: 'queued'; job: string }))[];
  skipped: string[];
  totals: { queued: number; failed: number; bytes: number };
}

/**
 * Puts documents on the ingest queue: each file's bytes are kept in the database (so a worker
 * on any machine can read them) and a job names them. Inputs that cannot be read or are of an
 * unsupported type fail here, as `dyad ingest` would report them.
 * @example await enqueue(['corpus/'], { store }) // → { totals: { queued: 5, failed: 0, … } }
 */
/** What a failed job's output holds: our error ({ code, message }) or pg-boss's own ({ message }). */
interface JobOutput {
  code?: string;
  message?: string;
}

export async function enqueue(paths: string[], options: { store: Store; maxBytes?: number; force?: boolean; jobTimeoutSeconds?: number }): Promise<EnqueueReport> {
  const store = requirePostgres(options.store, 'ingest --queue');
  const walked = walk(paths);
  const report: EnqueueReport = { items: [], skipped: walked.skipped, totals: { queued: 0, failed: 0, bytes: 0 } };
  const fail = (file: string, name: string, err: unknown): void => {
    const e = toDyadError(err, file);
    report.items.push({ file, name, status: 'failed', warnings: [], error: { code: e.code, message: e.message, hint: e.hint } });
    report.totals.failed++;
  };
  for (const { path, error } of walked.errors) fail(path, basename(path), error);
  const boss = await startBoss(store, { supervise: false });
  try {
    const names = new Map<string, string>();
    for (const input of walked.inputs) {
      const other = names.get(input.name);
      if (other) {
        fail(input.path, input.name, new DyadError('NAME_CONFLICT', `${input.path}: the name "${input.name}" is already taken in this run by ${other}`, { file: input.path }));
        continue;
      }
      names.set(input.name, input.path);
      let bytes: Buffer;
      try {
        loaderFor(input.path); // an unsupported type fails here, not on a worker
        bytes = readFile(input.path, options.maxBytes ?? DEFAULT_MAX_BYTES);
      } catch (err) {
        fail(input.path, input.name, err);
        continue;
      }
      const blob = randomUUID();
      await store.putBlob(blob, bytes);
      const data: IngestJob = { input, blob, bytes: bytes.length, ...(options.force ? { force: true } : {}) };
      const job = await boss.send(INGEST_QUEUE, data as unknown as object, {
        retryLimit: ATTEMPTS - 1,
        retryDelay: 1,
        expireInSeconds: options.jobTimeoutSeconds ?? DEFAULT_JOB_TIMEOUT_S,
      });
      report.items.push({ file: input.path, name: input.name, status: 'queued', job: job!, bytes: bytes.length, warnings: [] });
      report.totals.queued++;
      report.totals.bytes += bytes.length;
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return report;
}

export interface WorkerOptions {
  store: Store;
  /** Stop when no job is waiting, running or due for a retry (batch use and tests). */
  exitWhenIdle?: boolean;
  /** Seconds between looks at an empty queue (default 1). */
  pollSeconds?: number;
  onJob?: (e: { job: string; item?: IngestItem; error?: { code: ErrorCode; message: string }; attempt: number }) => void;
  /** Aborting stops the worker after the document in hand. */
  signal?: AbortSignal;
  /**
   * Called when the queue is found empty after this worker stored something since the last call
   * (`dyad worker` keeps the relationship's state there for the next reader); an error it throws
   * is passed to `onIdleError` and the worker goes on.
   */
  onIdle?: () => Promise<void>;
  onIdleError?: (err: unknown) => void;
}

/**
 * Takes jobs from the ingest queue one at a time and loads, extracts and stores each document
 * (the document's transaction is the unit of work: a worker killed mid-document leaves
 * nothing, and its job runs again once its time is up; one killed after it, before the short
 * transactions that reconcile the document's buckets, leaves them marked dirty, and the next
 * worker that starts or finds the queue empty reconciles them). A job failing ATTEMPTS times is parked
 * with its error. Any number of workers on any number of machines may run at once.
 * @example await runWorker({ store, exitWhenIdle: true }) // → { done: 5, failed: 0 }
 */
export async function runWorker(options: WorkerOptions): Promise<{ done: number; failed: number }> {
  const store = requirePostgres(options.store, 'worker');
  const boss = await startBoss(store, { supervise: true });
  const counts = { done: 0, failed: 0 };
  let storedSinceIdle = false;
  let ranSinceIdle = false;
  const pause = (s: number) => new Promise((resolve) => setTimeout(resolve, s * 1000));
  try {
    // Buckets a stopped worker stored and did not reconcile (its job, run again, finds the document stored and unchanged).
    // A failure here (the database busy, a deadlock lost) stops no worker: the idle drain tries again.
    await store.reconcileKnowledge().catch((err) => {
      ranSinceIdle = true;
      options.onIdleError?.(err);
    });
    while (!options.signal?.aborted) {
      const [job] = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: 1, includeMetadata: true });
      if (!job) {
        // After any job (one that failed may have stored its document and not reconciled its buckets): what is left marked.
        if (ranSinceIdle) {
          ranSinceIdle = false;
          await store.reconcileKnowledge().catch((err) => options.onIdleError?.(err));
        }
        if (storedSinceIdle && options.onIdle) {
          storedSinceIdle = false;
          await options.onIdle().catch((err) => options.onIdleError?.(err));
        }
        if (options.exitWhenIdle && (await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })) === 0) break;
        await pause(options.pollSeconds ?? 1);
        continue;
      }
      const attempt = job.retryCount + 1;
      ranSinceIdle = true;
      try {
        const { input, blob } = job.data;
        const bytes = await store.getBlob(blob);
        if (!bytes) throw new DyadError('NOT_FOUND', `${input.path}: the queued bytes of "${input.name}" are gone (job ${job.id})`, { file: input.path });
        const item = await ingestBytes(input, bytes, { store, force: job.data.force });
        await store.dropBlob(blob);
        await boss.complete(INGEST_QUEUE, job.id, { status: item.status, id: item.id, counts: item.counts });
        counts.done++;
        if (item.status === 'added' || item.status === 'replaced') storedSinceIdle = true;
        options.onJob?.({ job: job.id, item, attempt });
      } catch (err) {
        const e = toDyadError(err, job.data.input?.path);
        await boss.fail(INGEST_QUEUE, job.id, { code: e.code, message: e.message, hint: e.hint, attempt });
        counts.failed++;
        options.onJob?.({ job: job.id, error: { code: e.code, message: e.message }, attempt });
      }
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return counts;
}

export interface JobsReport {
  queue: string;
  /** False for a store without a queue (SQLite: `dyad ingest` works in its own process); then every count is 0. */
  available: boolean;
  /** Jobs by state: created (waiting), retry (failed, to run again), active, completed, failed (parked). */
  counts: Record<'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed', number>;
  /** Documents stored and still to do. */
  progress: { done: number; total: number };
  /** Jobs that failed ATTEMPTS times, with their last error; and jobs failed once and waiting to run again. */
  parked: JobRow[];
  retrying: JobRow[];
}

export interface JobRow {
  id: string;
  name: string;
  file: string;
  state: string;
  attempts: number;
  error?: { code: string; message: string };
  createdAt: string;
  completedAt?: string;
}

/**
 * The queue's state, read from pg-boss's tables (live jobs and archived ones): counts by state,
 * progress, and every parked job with its error. A store without a queue reports zeros.
 */
export async function readJobs(store: Store): Promise<JobsReport> {
  const counts = { created: 0, retry: 0, active: 0, completed: 0, cancelled: 0, failed: 0 };
  const report: JobsReport = { queue: INGEST_QUEUE, available: isPostgres(store), counts, progress: { done: 0, total: 0 }, parked: [], retrying: [] };
  if (!isPostgres(store)) return report;
  const pgStore = store;
  const schema = `${pgStore.schema}_queue`;
  const exists = await pgStore.select<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = $1 AND tablename IN ('job', 'archive')`, [schema]);
  if (exists[0]!.n < 2) return report;
  const all = `(SELECT id, name, state, retry_count, data, output, created_on, completed_on FROM ${schema}.job
               UNION ALL SELECT id, name, state, retry_count, data, output, created_on, completed_on FROM ${schema}.archive) j`;
  for (const r of await pgStore.select<{ state: keyof typeof counts; n: number }>(`SELECT state::text, count(*)::int AS n FROM ${all} WHERE name = $1 GROUP BY state`, [INGEST_QUEUE])) {
    counts[r.state] = r.n;
  }
  report.progress = { done: counts.completed, total: Object.values(counts).reduce((a, b) => a + b, 0) - counts.cancelled };
  const rows = await pgStore.select<{ id: string; state: string; retry_count: number; data: IngestJob; output: JobOutput | { value?: JobOutput } | null; created_on: Date; completed_on: Date | null }>(
    `SELECT id, state::text, retry_count, data, output, created_on, completed_on FROM ${all} WHERE name = $1 AND state IN ('failed', 'retry') ORDER BY created_on, id`,
    [INGEST_QUEUE],
  );
  for (const r of rows) {
    // pg-boss's own timeout failure says { value: { message } }; ours { code, message, hint }.
    const out: JobOutput = (r.output && 'value' in r.output ? r.output.value : (r.output as JobOutput | null)) ?? {};
    const row: JobRow = {
      id: r.id,
      name: r.data?.input?.name ?? '',
      file: r.data?.input?.path ?? '',
      state: r.state,
      attempts: r.retry_count + 1,
      ...(out.message ? { error: { code: out.code ?? 'JOB_TIMEOUT', message: out.message } } : {}),
      createdAt: r.created_on.toISOString(),
      ...(r.completed_on ? { completedAt: r.completed_on.toISOString() } : {}),
    };
    (r.state === 'failed' ? report.parked : report.retrying).push(row);
  }
  return report;
}
