import { DyadError } from '../../model/errors.js';

/**
 * SQLite's result codes for a damaged or foreign file, a file it may not write, and a full
 * disk, as catalogue errors naming the database. Anything else is returned as it is.
 * Corruption may surface at open, at the first query, or only when a damaged page is read,
 * so every store method passes its errors through here (see `guardStore` in ../guard.ts).
 * @example sqliteFailure(Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' }), 'kb.db') // → DyadError DB_CORRUPT
 */
export function sqliteFailure(err: unknown, path: string): unknown {
  if (err instanceof DyadError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return err;
  const detail = (err as Error).message;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new DyadError('DB_CORRUPT', `${path}: the database is damaged or not a SQLite file (${detail})`, { file: path, cause: err });
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new DyadError('DB_READ_ONLY', `${path}: the database cannot be written (${detail}); nothing was changed`, { file: path, cause: err });
  }
  // A file-size limit (ulimit -f, EFBIG) surfaces as SQLITE_FULL or as a write I/O error.
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC' || code === 'SQLITE_IOERR_TRUNCATE') {
    return new DyadError('DB_FULL', `${path}: the disk is full or the file reached its size limit (${detail}); the last document was not stored`, { file: path, cause: err });
  }
  return err;
}
