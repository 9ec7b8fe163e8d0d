import { Worker } from 'node:worker_threads';
import { DyadError, ERROR_CODES, type ErrorCode } from '../model/errors.js';
import type { Answer } from './ask/types.js';

/** What answers questions for a server: in worker threads (`AskPool`) or in the process (`AskQueue`). */
export interface Asker {
  /**
   * Answers a question; refuses with OVERLOADED when `queue` questions already wait, and drops a
   * waiting question whose `signal` aborts (its request timed out) before it is begun.
   */
  ask(question: string, signal?: AbortSignal): Promise<Answer>;
  /** Questions being answered and waiting. */
  readonly load: { running: number; waiting: number };
  close(): Promise<void>;
}

export interface AskQueueOptions {
  /** Questions answered at once (default 1). */
  concurrency?: number;
  /** Questions that may wait; one more is refused with OVERLOADED (default 64). */
  queue?: number;
}

/** Questions that may wait by default: as many as the load bench's clients, so a full mix of them waits rather than fails. */
export const DEFAULT_ASK_QUEUE = 64;

/** A caller waiting on a question: its request, and what drops it when that request times out. */
interface Caller {
  resolve: (a: Answer) => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/** A question waiting to be begun, with every caller that asked it meanwhile. */
interface Waiting {
  question: string;
  callers: Caller[];
}

/**
 * A bounded queue in front of something that answers one question at a time per slot: at most
 * `concurrency` run, at most `queue` wait, the next is refused at once (OVERLOADED, 503 with
 * Retry-After), never left to pile up. A question asked again while it still waits (not yet
 * begun) joins the waiting one: it is answered once, for every caller, and takes no place in the
 * queue. Only a waiting question is joined, never one being answered: an answer begun before a
 * write (an upload) could miss it, while one begun after every caller asked reads what each of
 * them could see.
 * @example const q = new AskQueue((question) => engine.ask(question), { concurrency: 1, queue: 8 }); await q.ask('When did Chile and Norway sign a fisheries agreement?')
 */
export class AskQueue implements Asker {
  private running = 0;
  private readonly waiting: Waiting[] = [];
  /** The waiting questions by their text (each at most once in `waiting`). */
  private readonly waitingByQuestion = new Map<string, Waiting>();
  private readonly concurrency: number;
  private readonly limit: number;

  constructor(
    private readonly answer: (question: string, slot: number) => Promise<Answer>,
    options: AskQueueOptions = {},
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? 1);
    this.limit = Math.max(0, options.queue ?? DEFAULT_ASK_QUEUE);
  }

  get load() {
    return { running: this.running, waiting: this.waiting.length };
  }

  ask(question: string, signal?: AbortSignal): Promise<Answer> {
    const joined = this.waitingByQuestion.get(question);
    if (!joined && this.running >= this.concurrency && this.waiting.length >= this.limit) {
      return Promise.reject(new DyadError('OVERLOADED', `${this.running} questions are being answered and ${this.waiting.length} wait; the server takes no more`));
    }
    return new Promise<Answer>((resolve, reject) => {
      const w = joined ?? { question, callers: [] };
      const caller: Caller = { resolve, reject, ...(signal ? { signal } : {}) };
      if (signal) {
        caller.onAbort = () => {
          const i = w.callers.indexOf(caller);
          if (i >= 0) w.callers.splice(i, 1);
          // A question no caller waits for any more leaves the queue.
          if (!w.callers.length) this.drop(w);
          reject(new DyadError('QUERY_TIMEOUT', 'the question waited longer than the request may take and was given up before it was begun'));
        };
        signal.addEventListener('abort', caller.onAbort, { once: true });
      }
      w.callers.push(caller);
      if (joined) return;
      this.waiting.push(w);
      this.waitingByQuestion.set(question, w);
      this.next();
    });
  }

  /** Takes a question out of the queue (begun, or given up by every caller). */
  private drop(w: Waiting): void {
    const i = this.waiting.indexOf(w);
    if (i >= 0) this.waiting.splice(i, 1);
    if (this.waitingByQuestion.get(w.question) === w) this.waitingByQuestion.delete(w.question);
  }

  private slots: boolean[] = [];

  private next(): void {
    while (this.running < this.concurrency && this.waiting.length) {
      const w = this.waiting[0]!;
      this.drop(w);
      for (const c of w.callers) if (c.onAbort) c.signal!.removeEventListener('abort', c.onAbort);
      let slot = this.slots.findIndex((busy) => !busy);
      if (slot < 0) slot = this.slots.length;
      this.slots[slot] = true;
      this.running++;
      this.answer(w.question, slot)
        .then(
          (a) => w.callers.forEach((c) => c.resolve(a)),
          (e) => w.callers.forEach((c) => c.reject(e)),
        )
        .finally(() => {
          this.slots[slot] = false;
          this.running--;
          this.next();
        });
    }
  }

  async close(): Promise<void> {
    this.waitingByQuestion.clear();
    for (const w of this.waiting.splice(0)) for (const c of w.callers) c.reject(new DyadError('OVERLOADED', 'the server is stopping'));
  }
}

/** A message from an answering worker. */
export type WorkerReply = { id: number; answer: Answer } | { id: number; error: { code: string; message: string } };

export interface AskPoolOptions extends AskQueueOptions {
  /** The store each worker opens read-only (a SQLite file or a postgres:// URL). */
  location: string;
  /** The worker's script (default `ask-worker.js` beside this module); tests give their own. */
  workerUrl?: URL;
  /** More for the worker's `workerData` (beside `location`): what a test's own worker needs. */
  workerData?: Record<string, unknown>;
}

/**
 * Answers questions in worker threads, each with its own read-only connection to the store and
 * its own engine, so a question (CPU-bound: retrieval, scoring, reading documents) never holds
 * the server's event loop: events, facts and search answer while it runs. `concurrency` workers
 * (default 1), each answering one question at a time; `queue` more wait (default 64), the next
 * is refused with OVERLOADED. A worker that dies is replaced; its question fails with INTERNAL.
 * @example const pool = new AskPool({ location: 'data/dyad.db' }); await pool.ask('When did Chile and Norway sign a fisheries agreement?')
 */
export class AskPool implements Asker {
  private readonly workers: (Worker | undefined)[] = [];
  private readonly pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: unknown) => void }>();
  private ids = 0;
  private readonly queue: AskQueue;
  private closed = false;

  constructor(private readonly options: AskPoolOptions) {
    this.queue = new AskQueue((question, slot) => this.send(slot, question), options);
  }

  get load() {
    return this.queue.load;
  }

  ask(question: string, signal?: AbortSignal): Promise<Answer> {
    return this.queue.ask(question, signal);
  }

  private worker(slot: number): Worker {
    let w = this.workers[slot];
    if (w) return w;
    w = new Worker(this.options.workerUrl ?? new URL('./ask-worker.js', import.meta.url), { workerData: { ...this.options.workerData, location: this.options.location } });
    w.unref();
    w.on('message', (m: WorkerReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if ('answer' in m) p.resolve(m.answer);
      else p.reject(new DyadError((m.error.code in ERROR_CODES ? m.error.code : 'INTERNAL') as ErrorCode, m.error.message));
    });
    const lost = (err: unknown) => {
      if (this.workers[slot] !== w) return;
      this.workers[slot] = undefined;
      // Its question (one at a time) fails; the next question starts a new worker.
      for (const [id, p] of this.pending) {
        if (this.slotOf.get(id) === slot) {
          this.pending.delete(id);
          p.reject(new DyadError('INTERNAL', 'the worker answering the question stopped', { cause: err }));
        }
      }
    };
    w.on('error', lost);
    w.on('exit', (code) => lost(new Error(`exit ${code}`)));
    this.workers[slot] = w;
    return w;
  }

  private readonly slotOf = new Map<number, number>();

  private send(slot: number, question: string): Promise<Answer> {
    if (this.closed) return Promise.reject(new DyadError('OVERLOADED', 'the server is stopping'));
    const id = ++this.ids;
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.slotOf.set(id, slot);
      this.worker(slot).postMessage({ id, question });
    }).finally(() => this.slotOf.delete(id));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue.close();
    await Promise.all(this.workers.splice(0).map((w) => w?.terminate()));
  }
}
