import { DyadError } from '../../model/errors.js';

/**
 * PostgreSQL's failures as catalogue errors naming the store: a server that cannot be reached
 * or refuses the login (DB_OPEN_FAILED), a full disk (DB_FULL), a read-only connection or
 * standby (DB_READ_ONLY), damaged data (DB_CORRUPT), a lock or statement timeout (DB_BUSY).
 * Anything else is returned as it is. SQLSTATEs: https://www.postgresql.org/docs/15/errcodes-appendix.html
 * @example pgFailure(Object.assign(new Error('could not extend file'), { code: '53100' }), 'postgres://h/db') // → DyadError DB_FULL
 */
export function pgFailure(err: unknown, location: string): unknown {
  if (err instanceof DyadError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return err;
  const detail = (err as Error).message;
  const opts = { file: location, cause: err };
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH'].includes(code) || code.startsWith('08') || code.startsWith('28') || code === '3D000' || code === '57P03') {
    return new DyadError('DB_OPEN_FAILED', `${location}: cannot reach the PostgreSQL database (${code}: ${detail})`, opts);
  }
  if (code === '53100' || code === '53200') {
    return new DyadError('DB_FULL', `${location}: the PostgreSQL server is out of disk space or memory (${detail}); the last document was not stored`, opts);
  }
  if (code === '25006') {
    return new DyadError('DB_READ_ONLY', `${location}: the connection is read-only (${detail}); nothing was changed`, opts);
  }
  if (code === 'XX001' || code === 'XX002') {
    return new DyadError('DB_CORRUPT', `${location}: PostgreSQL reports damaged data (${detail}); restore from a backup`, opts);
  }
  if (code === '55P03' || code === '57014') {
    return new DyadError('DB_BUSY', `${location}: a lock or statement timeout ended the request (${detail}); try again`, opts);
  }
  return err;
}

/** Deadlock and serialisation failures: the transaction can run again as it is. */
export function isRetryable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}
