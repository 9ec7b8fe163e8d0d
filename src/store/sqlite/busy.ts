import { DyadError } from '../../model/errors.js';

/**
 * How long SQLite itself waits for another connection's lock before answering SQLITE_BUSY
 * (better-sqlite3's `timeout`). Writers take the lock at BEGIN IMMEDIATE, so a wait happens
 * there, where SQLite can still wait, and never halfway through a transaction.
 */
export const BUSY_TIMEOUT_MS = 5_000;

/** Attempts, each after the busy timeout and a longer pause: about 50 s in all at worst. */
export const BUSY_ATTEMPTS = 8;

/** How patient a store is with other writers (tests make it impatient). */
export interface BusyPolicy {
  timeoutMs: number;
  attempts: number;
}

export const DEFAULT_BUSY: BusyPolicy = { timeoutMs: BUSY_TIMEOUT_MS, attempts: BUSY_ATTEMPTS };

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, …), and SQLITE_LOCKED. */
export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** Pause before attempt `n` (1-based): 50, 100, 200 … 2000 ms, with jitter so writers do not retry in step. */
export function backoffMs(n: number): number {
  return Math.min(50 * 2 ** (n - 1), 2_000) * (0.5 + Math.random());
}

function busyError(what: string, attempts: number, err: unknown): DyadError {
  return new DyadError('DB_BUSY', `${what}: the database stayed locked by another writer through ${attempts} attempts`, { cause: err });
}

/**
 * Runs a write, again after a pause when another process holds the database: bounded, so a
 * stuck writer ends in DB_BUSY, never in an endless loop.
 * @example await retryBusy('a.txt', () => db.transaction(write).immediate())
 */
export async function retryBusy<T>(what: string, fn: () => T, attempts = BUSY_ATTEMPTS): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return fn();
    } catch (err) {
      if (!isBusy(err)) throw err;
      if (n >= attempts) throw busyError(what, attempts, err);
      await new Promise((resolve) => setTimeout(resolve, backoffMs(n)));
    }
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** `retryBusy` for synchronous callers (opening a database): it blocks the thread while it waits. */
export function retryBusySync<T>(what: string, fn: () => T, attempts = BUSY_ATTEMPTS): T {
  for (let n = 1; ; n++) {
    try {
      return fn();
    } catch (err) {
      if (!isBusy(err)) throw err;
      if (n >= attempts) throw busyError(what, attempts, err);
      Atomics.wait(sleeper, 0, 0, backoffMs(n));
    }
  }
}
