import { timingSafeEqual, createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DyadError } from '../../model/errors.js';
import type { Engine } from '../../knowledge/engine.js';
import type { IngestReport } from '../../ingest/ingest.js';

/** Largest upload request (all its files together); ingest's own per-file limit applies as well. */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

/** Compares digests, so the time taken says nothing about how much of the token matched. */
function sameToken(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * Refuses a write without the server's token (401) or with another one (403). With no token
 * configured, every write is refused: the server was started to read only.
 * @example app.post('/api/documents', requireToken('s3cret'), handler)
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!m) throw new DyadError('UNAUTHORIZED', `${c.req.method} ${c.req.path} writes to the knowledge base and needs the server's token (header Authorization: Bearer TOKEN); none was sent`);
    if (!token || !sameToken(m[1]!, token)) throw new DyadError('FORBIDDEN', `${c.req.method} ${c.req.path}: the token sent is not this server's`);
    await next();
  };
}

/** Refuses a request body over MAX_UPLOAD_BYTES before it is read whole. */
export const uploadLimit: MiddlewareHandler = bodyLimit({
  maxSize: MAX_UPLOAD_BYTES,
  onError: () => {
    throw new DyadError('FILE_TOO_LARGE', `the upload is over ${MAX_UPLOAD_BYTES / 1048576} MiB; send the files one at a time or split them`);
  },
});

/** What an upload answers: ingest's report, with file names instead of paths on this server. */
export type UploadReport = IngestReport;

/**
 * Ingests the files of a multipart request (field `file`, one or more) through the Engine: each
 * is written to a private temporary folder under its own base name, ingested, then removed.
 * Per-file errors (an unsupported type, an empty file) are items of the report, as in `dyad ingest`.
 */
export async function ingestUpload(engine: Engine, c: Context): Promise<UploadReport> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) throw new DyadError('BAD_REQUEST', `POST /api/documents takes multipart/form-data with one or more "file" fields, not "${type || 'no content type'}"`);
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch (err) {
    throw new DyadError('BAD_REQUEST', `the multipart body cannot be read (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
  const fields = form.file === undefined ? [] : Array.isArray(form.file) ? form.file : [form.file];
  const files = fields.filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f);
  if (!files.length) throw new DyadError('BAD_REQUEST', 'no "file" field with a file in the upload');
  const dir = mkdtempSync(join(tmpdir(), 'dyad-upload-'));
  try {
    const paths: string[] = [];
    const seen = new Set<string>();
    for (const f of files) {
      const name = basename(f.name.replace(/\\/g, '/'))
        .replace(/[\u0000-\u001f]/g, '')
        .trim();
      if (!name || name === '.' || name === '..') throw new DyadError('BAD_REQUEST', `an uploaded file has no usable name ("${f.name}")`);
      if (seen.has(name)) throw new DyadError('NAME_CONFLICT', `two uploaded files are both named "${name}"`);
      seen.add(name);
      const path = join(dir, name);
      writeFileSync(path, Buffer.from(await f.arrayBuffer()));
      paths.push(path);
    }
    const report = await engine.ingest(paths);
    // No answer holds a path on this server: the temporary folder is cut from names and messages.
    const strip = (s: string) => s.split(`${dir}/`).join('').split(dir).join('');
    return {
      ...report,
      items: report.items.map((i) => ({ ...i, file: basename(i.file), ...(i.error ? { error: { ...i.error, message: strip(i.error.message) } } : {}) })),
      skipped: report.skipped.map((s) => basename(s)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
