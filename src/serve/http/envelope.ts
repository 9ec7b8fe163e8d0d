import { DyadError, toDyadError } from '../../model/errors.js';

/** The one JSON shape of every API response and of every CLI `--json` output. */
export type Envelope<T> =
  | { ok: true; data: T; meta?: Record<string, unknown> }
  | { ok: false; error: { code: string; message: string; hint: string; file?: string } };

export function success<T>(data: T, meta?: Record<string, unknown>): Envelope<T> {
  return meta ? { ok: true, data, meta } : { ok: true, data };
}

export function failure(err: unknown): Envelope<never> {
  const e: DyadError = toDyadError(err);
  return { ok: false, error: e.toJSON() };
}
