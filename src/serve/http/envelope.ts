import { DyadError, toDyadError } from '../../model/errors.js';

/** The one JSON shape of every API response and of every CLI `--json` output. */
export type Envelope<T> = { ok: true; data: T; meta?: Record<string, unknown> } | { ok: false; error: { code: string; message: string; hint: string; file?: string } };

export function success<T>(data: T, meta?: Record<string, unknown>): Envelope<T> {
  return meta ? { ok: true, data, meta } : { ok: true, data };
}

export function failure(err: unknown): Envelope<never> {
  const e: DyadError = toDyadError(err);
  return { ok: false, error: e.toJSON() };
}

/** `meta` of a page of events, facts or entities: `total` counts the whole list, so a client can page through it. */
export function pageMeta(p: { items: unknown[]; total: number; offset: number; limit?: number }): Record<string, unknown> {
  return { count: p.items.length, total: p.total, offset: p.offset, ...(p.limit !== undefined ? { limit: p.limit } : {}) };
}
