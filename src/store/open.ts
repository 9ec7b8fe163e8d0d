import { join } from 'node:path';
import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import { isPostgresUrl } from './postgres/connect.js';

/** The database used when neither --db nor DYAD_DB says otherwise. */
export function defaultDbPath(): string {
  return process.env.DYAD_DB || join('data', 'dyad.db');
}

/**
 * Opens the store a location names: a `postgres://` (or `postgresql://`) connection string
 * selects the PostgreSQL backend (its `?schema=NAME` the PostgreSQL schema holding the store,
 * default `dyad`); anything else is a SQLite file. The PostgreSQL backend and its driver are
 * imported here, when asked for: loading them cost every process 100–130 ms of CPU (DESIGN.md,
 * Session 30), a fifth of what a SQLite `dyad ingest` of a short document costs to start.
 * @example const store = await openStore(process.env.DYAD_DB ?? 'data/dyad.db')
 */
export async function openStore(location: string = defaultDbPath(), options: { readonly?: boolean } = {}): Promise<Store> {
  if (isPostgresUrl(location)) return (await import('./postgres/postgres-store.js')).openPostgresStore(location, options);
  return openSqliteStore(location, options);
}
