import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DyadError } from '../../model/errors.js';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import { isBusy } from './busy.js';
import { sqliteFailure } from './failures.js';

/**
 * A WAL database in a folder this process may not write cannot be read in place: SQLite must
 * create its `-shm` file beside it (SQLITE_READONLY_DIRECTORY). Reading is still promised, so
 * the file is read into memory, marked as a rollback-journal database (header bytes 18–19) so
 * SQLite reads it without a WAL. A `-wal` file holding changes would be missed: refused.
 */
function inMemoryCopy(path: string, cause: unknown): Database.Database {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new DyadError('DB_READ_ONLY', `${path}: its folder is not writable and its -wal file holds changes not yet in the database; open it once where it can be written`, { file: path, cause });
  }
  try {
    const bytes = readFileSync(path);
    if (bytes.length >= 20) bytes[18] = bytes[19] = 1;
    return new Database(bytes, { readonly: true });
  } catch (err) {
    const mapped = sqliteFailure(err, path);
    throw mapped instanceof DyadError ? mapped : new DyadError('DB_OPEN_FAILED', `${path}: cannot read the database (${(err as Error).message})`, { file: path, cause: err });
  }
}

/**
 * Refuses, before anything is read, a database file or folder this process may not write:
 * SQLite would otherwise open it read-only without a word and fail at the first write. (As
 * root the check passes; SQLite's own SQLITE_READONLY is then mapped to the same error.)
 */
export function assertWritable(path: string): void {
  const target = existsSync(path) ? path : dirname(path);
  try {
    accessSync(target, constants.W_OK);
    // WAL writes `-wal` and `-shm` files beside the database.
    if (target === path) accessSync(dirname(path), constants.W_OK);
  } catch (err) {
    throw new DyadError(
      'DB_READ_ONLY',
      `${path}: ${target === path ? 'the database file or its folder' : 'the folder'} is not writable (${(err as NodeJS.ErrnoException).code}); nothing was changed`,
      { file: path, cause: err },
    );
  }
}

export function openOnce(path: string, readonly: boolean, timeoutMs: number): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly, timeout: timeoutMs });
    db.pragma('journal_mode = WAL');
  } catch (err) {
    db?.close();
    if (isBusy(err)) throw err;
    if (readonly && (err as { code?: unknown }).code === 'SQLITE_READONLY_DIRECTORY') db = inMemoryCopy(path, err);
    else {
      const mapped = sqliteFailure(err, path);
      if (mapped instanceof DyadError) throw mapped;
      throw new DyadError('DB_OPEN_FAILED', `${path}: cannot open the database (${(err as Error).message})`, { file: path, cause: err });
    }
  }
  try {
    migrate(db, path, readonly);
    if (!readonly) verify(db, path);
  } catch (err) {
    db.close();
    throw isBusy(err) ? err : sqliteFailure(err, path);
  }
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  return db;
}

/**
 * `PRAGMA quick_check` reads every page: pages overwritten with garbage are otherwise found
 * only by the query that happens to read them (a `docs` listing may not), so a damaged file is
 * refused at a writable open, before anything is written into it. It takes about 15 ms per MB of
 * database, so read-only opens (every read command, `serve`) skip it and rely on the query that
 * reads a damaged page answering DB_CORRUPT.
 */
function verify(db: Database.Database, path: string): void {
  const result = db.pragma('quick_check', { simple: true }) as string;
  if (result !== 'ok') {
    throw new DyadError('DB_CORRUPT', `${path}: the database is damaged (quick_check: ${result.split('\n').slice(0, 3).join('; ')})`, { file: path });
  }
}

function migrate(db: Database.Database, path: string, readonly: boolean): void {
  let version: number;
  let appId: number;
  try {
    version = db.pragma('user_version', { simple: true }) as number;
    appId = db.pragma('application_id', { simple: true }) as number;
  } catch (err) {
    if (isBusy(err)) throw err;
    const mapped = sqliteFailure(err, path);
    if (mapped instanceof DyadError) throw mapped;
    throw new DyadError('DB_OPEN_FAILED', `${path}: not a SQLite database (${(err as Error).message})`, { file: path, cause: err });
  }
  const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
  if (appId !== APPLICATION_ID && (tables > 0 || version > 0)) {
    throw new DyadError('DB_OPEN_FAILED', `${path}: a SQLite database, but not one of Dyad's`, { file: path });
  }
  if (version > SCHEMA_VERSION) {
    throw new DyadError('SCHEMA_VERSION_UNKNOWN', `${path}: database schema version ${version} is newer than this Dyad knows (${SCHEMA_VERSION})`, { file: path });
  }
  if (version === SCHEMA_VERSION) return;
  if (readonly) {
    throw new DyadError('DB_OPEN_FAILED', `${path}: database schema version ${version} needs upgrading to ${SCHEMA_VERSION}; open it once without read-only`, { file: path });
  }
  // IMMEDIATE: the write lock first, then the version read again, so two processes opening a
  // new database at once migrate it once (the second finds it done).
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    for (let v = current; v < SCHEMA_VERSION; v++) MIGRATIONS[v]!(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
