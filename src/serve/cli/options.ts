/** What every `dyad` command shares: the --db option, number and size arguments, and opening the engine around an action. */
import { Option } from 'commander';
import { Engine } from '../../knowledge/engine.js';
import { openStore, defaultDbPath } from '../../store/open.js';
import { DyadError } from '../../model/errors.js';
import { reportError, usage, EXIT } from './output.js';

export interface Common {
  db: string;
  json?: boolean;
}

export function dbOption(): Option {
  return new Option('--db <path>', 'database: a SQLite file, or a postgres://user@host/db URL (?schema=NAME picks the PostgreSQL schema, default dyad)').default(
    defaultDbPath(),
    'DYAD_DB if set, else data/dyad.db',
  );
}

export function intArg(name: string) {
  return (v: string): number => {
    if (!/^-?\d+$/.test(v)) throw usage(`${name} must be a whole number, not "${v}"`);
    return Number(v);
  };
}

/**
 * A size in bytes from "200M", "1.5G", "512K", "64" (MiB when no unit is given, as before).
 * @example sizeArg('--max-size')('200M') // → 209715200
 */
export function sizeArg(name: string) {
  return (v: string): number => {
    const m = /^(\d+(?:\.\d+)?)\s*(K|M|G)?(?:i?B)?$/i.exec(v.trim());
    if (!m || Number(m[1]) <= 0) throw usage(`${name} must be a size such as 64, 200M or 1.5G, not "${v}"`);
    const unit = { K: 1024, M: 1048576, G: 1073741824 }[(m[2] ?? 'M').toUpperCase() as 'K' | 'M' | 'G'];
    return Math.round(Number(m[1]) * unit);
  };
}

/** The store `dyad serve` reads and ingests uploads into; a database it may not write is served read-only (uploads then fail with DB_READ_ONLY). */
export async function openWritableOrReadOnly(db: string) {
  try {
    return await openStore(db, { readonly: false });
  } catch (err) {
    if (err instanceof DyadError && err.code === 'DB_READ_ONLY') return openStore(db, { readonly: true });
    throw err;
  }
}

/** Opens the engine, runs `fn`, closes it; errors become the exit code. */
export async function withEngine(opts: Common, fn: (engine: Engine) => Promise<number | void>, readonly = true): Promise<number> {
  let engine: Engine | undefined;
  try {
    engine = new Engine(await openStore(opts.db, { readonly }));
    return (await fn(engine)) ?? EXIT.OK;
  } catch (err) {
    return reportError(opts, err);
  } finally {
    await engine?.close();
  }
}

/** Where a command file adds its commands: the program, and how an action sets the exit code. */
export type SetExit = (code: number) => void;
