import type pg from 'pg';
import { DyadError } from '../../model/errors.js';
import { PIPELINE_VERSION } from '../../version.js';
import { applyMigrations, currentVersion, LOCK_CLASS, SCHEMA_VERSION } from './schema.js';

/** A connection string as shown to users: without its password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '';
    return u.toString().replace(/:@/, '@');
  } catch {
    return url.replace(/:[^:@/]*@/, '@');
  }
}

/** Whether a --db location names a PostgreSQL database. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Splits Dyad's own `schema` parameter off a connection string. */
export function splitSchema(url: string, schema?: string): { connectionString: string; schema: string } {
  const u = new URL(url);
  const fromUrl = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  const name = schema ?? fromUrl ?? 'dyad';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new DyadError('USAGE', `${redactUrl(url)}: schema "${name}" must be lower-case letters, digits and _ (at most 63), starting with a letter or _`);
  }
  return { connectionString: u.toString(), schema: name };
}

/**
 * Brings the store's schema to SCHEMA_VERSION on `client` (migrating under an advisory lock, so
 * many processes opening a new database migrate it once), or refuses it. Resolves true when the
 * schema was not ready at the first look (this session migrated it or waited for another that
 * did): the caller then drops the connection rather than pool it, so no pooled session is one that
 * looked up its search path before the schema was there, nor one that could still hold the lock.
 */
export async function prepare(client: pg.PoolClient, schema: string, location: string, readonly: boolean): Promise<boolean> {
  const check = async (): Promise<number> => {
    const { version, foreignTables } = await currentVersion(client, schema);
    if (foreignTables > 0) {
      throw new DyadError('DB_OPEN_FAILED', `${location}: schema "${schema}" holds ${foreignTables} tables that are not Dyad's; choose another with ?schema=NAME`, { file: location });
    }
    if (version > SCHEMA_VERSION) {
      throw new DyadError('SCHEMA_VERSION_UNKNOWN', `${location}: schema "${schema}" is at version ${version}, newer than this Dyad knows (${SCHEMA_VERSION})`, { file: location });
    }
    return version;
  };
  const version = await check();
  if (version === SCHEMA_VERSION) return false;
  if (readonly) {
    throw new DyadError(
      'DB_OPEN_FAILED',
      version === 0
        ? `${location}: no Dyad store in schema "${schema}"; build one with \`dyad ingest FILES --db ${location}\``
        : `${location}: schema "${schema}" is at version ${version} and needs upgrading to ${SCHEMA_VERSION}; open it once without read-only`,
      { file: location },
    );
  }
  // One migrator at a time across every process; the others find the work done.
  await client.query('SELECT pg_advisory_lock($1, 0)', [LOCK_CLASS]);
  try {
    const again = await check();
    if (again === SCHEMA_VERSION) return true;
    await client.query('CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public');
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await applyMigrations(client, schema, again, PIPELINE_VERSION);
    return true;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1, 0)', [LOCK_CLASS]);
  }
}
