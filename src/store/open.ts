import { join } from 'node:path';
import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

/** The database used when neither --db nor DYAD_DB says otherwise. */
export function defaultDbPath(): string {
  return process.env.DYAD_DB || join('data', 'dyad.db');
}

/**
 * Opens the store a location names. Today every location is a SQLite file; a
 * `postgres://` location will select the PostgreSQL backend when it exists.
 */
export function openStore(location: string = defaultDbPath(), options: { readonly?: boolean } = {}): Store {
  return openSqliteStore(location, options);
}
