import { join } from 'node:path';
import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import { isPostgresUrl, openPostgresStore } from './postgres/postgres-store.js';

/** The database used when neither --db nor DYAD_DB says otherwise. */
export function defaultDbPath(): string {
  return process.env.DYAD_DB || join('data', 'dyad.db');
}

/**
 * Opens the store a location names: a `postgres://` (or `postgresql://`) connection string
 * selects the PostgreSQL backend (its `?schema=NAME` the PostgreSQL schema holding the store,
 * default `dyad`); anything else is a SQLite file.
 * @example const store = await openStore(process.env.DYAD_DB ?? 'data/dyad.db')
 */
export async function openStore(location: string = defaultDbPath(), options: { readonly?: boolean } = {}): Promise<Store> {
  if (isPostgresUrl(location)) return openPostgresStore(location, options);
  return openSqliteStore(location, options);
}
