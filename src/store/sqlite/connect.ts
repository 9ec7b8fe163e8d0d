import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DyadError } from '../../model/errors.js';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, readsAsIs } from './schema.js';
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

/**
 * Pages of write-ahead log after which a commit copies them into the database (SQLite's default
 * is 1,000, 4 MB). Each such checkpoint syncs the log and the database to disk and copies every
 * page changed since the last one, however often it changed: a document's transaction changes
 * pages all over the contributions' bucket index and the full-text segments, and at 1,000 pages
 * ingest checkpointed every other document (generated 10,000 paragraphs, `--jobs 2`: a third of
 * the writer's time in COMMIT, waiting on the disk). At 16,384 (64 MB of log at most) the
 * checkpoints are a sixteenth as many and a page changed by several documents between two is
 * copied once. A process that crashes loses no committed document (the log is replayed); with
 * `synchronous = NORMAL`, as before, a power cut may lose the commits since the last checkpoint.
 */
export const CHECKPOINT_PAGES = 16_384;

export function openOnce(path: string, readonly: boolean, timeoutMs: number): Database.Database {
  // Read before SQLite touches the files: whether the file is the one a clean close left.
  const trusted = !readonly && path !== ':memory:' && cleanSinceStamp(path);
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
    if (!readonly && !trusted) verify(db, path);
  } catch (err) {
    db.close();
    throw isBusy(err) ? err : sqliteFailure(err, path);
  }
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  if (!readonly) db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
  return db;
}

/**
 * `PRAGMA quick_check` reads every page: pages overwritten with garbage are otherwise found
 * only by the query that happens to read them (a `docs` listing may not), so a damaged file is
 * refused at a writable open, before anything is written into it. It takes about 15 ms per MB of
 * database (half a minute and more on a database of gigabytes), so it runs only on a file that
 * may have changed outside Dyad: read-only opens (every read command, `serve`) skip it and rely
 * on the query that reads a damaged page answering DB_CORRUPT, and a writable open skips it when
 * the file is exactly as the last clean close left it (see {@link stampClean}).
 */
function verify(db: Database.Database, path: string): void {
  const result = db.pragma('quick_check', { simple: true }) as string;
  if (result !== 'ok') {
    throw new DyadError('DB_CORRUPT', `${path}: the database is damaged (quick_check: ${result.split('\n').slice(0, 3).join('; ')})`, { file: path });
  }
}

/** The stamp beside a database, named as SQLite names its own `-wal` and `-shm` files. */
export const stampPath = (path: string): string => `${path}-verified`;

/** What identifies one state of a file: any write, truncation or replacement changes it. */
function identity(path: string): string | undefined {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return undefined;
  }
}

/**
 * After the last writable connection closed cleanly (SQLite checkpointed and removed the `-wal`
 * file), the database file's identity is written beside it: the next writable open that finds
 * the file unchanged and no `-wal` needs no quick_check. A kill during a write leaves a `-wal`;
 * any other change to the file (a copy over it, bytes overwritten, a truncation) changes its size,
 * mtime or ctime; both make the next writable open check every page again. File times are coarse
 * (a few milliseconds), so a stamp counts only when it is strictly newer than the database: a
 * write in the same tick as the stamp cannot pass for the stamped state. A stamp that cannot be
 * written only costs that check.
 */
export function stampClean(path: string): void {
  if (path === ':memory:') return;
  const stamp = stampPath(path);
  try {
    const id = existsSync(`${path}-wal`) ? undefined : identity(path);
    if (!id) return rmSync(stamp, { force: true });
    for (let attempt = 0; attempt < 5; attempt++) {
      writeFileSync(stamp, `${id}\n`);
      if (newer(stamp, path)) return;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 4); // the next tick of the file clock
    }
    rmSync(stamp, { force: true });
  } catch {
    // the folder became read-only, or the file went away: the next open checks
  }
}

const newer = (a: string, b: string): boolean => statSync(a, { bigint: true }).mtimeNs > statSync(b, { bigint: true }).mtimeNs;

function cleanSinceStamp(path: string): boolean {
  try {
    if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) return false;
    const id = identity(path);
    return id !== undefined && readFileSync(stampPath(path), 'utf8').trim() === id && newer(stampPath(path), path);
  } catch {
    return false;
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
  // Read-only, a file older only by migrations that rewrite nothing is read as it is (a writer upgrades it when it next opens it).
  if (readonly && readsAsIs(version)) return;
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
