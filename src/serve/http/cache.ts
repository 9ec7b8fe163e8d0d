import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../../store/store.js';

/** Answers kept (default), and the most bytes they may hold together: the cache's memory is bounded, whatever the corpus. */
export const CACHE_ENTRIES = 1000;
export const CACHE_BYTES = 64 * 1024 * 1024;
/** An answer longer than this is not kept (a whole document's text, a page of 10,000 events). */
const MAX_ENTRY_BYTES = 1024 * 1024;

/** Routes whose answers depend on more than the stored data (the queue's state) or are files sent in pieces. */
const UNCACHED = /^\/api\/(?:health|jobs|export\/)/;

interface Entry {
  version: string;
  body: string;
  type: string;
}

/**
 * Conditional requests and a small cache of answers, both keyed to the store's data version
 * (`Store.dataVersion`), so neither can serve what a write has changed: every JSON answer of a
 * GET carries `ETag: W/"<server>-<version>"` and `Cache-Control: no-cache`; a request whose
 * `If-None-Match` holds it gets 304 without running the route; the last `entries` answers
 * (at most `bytes` in all, each at most 1 MiB) are sent again as they are while the version
 * stays the same. The server part of the tag is new at each start (a restarted server's
 * versions count again from the start).
 * @example app.use('*', conditional(engine.store))
 */
export function conditional(store: Store, options: { entries?: number; bytes?: number } = {}): MiddlewareHandler {
  const server = randomBytes(6).toString('base64url');
  const entries = options.entries ?? CACHE_ENTRIES;
  const budget = options.bytes ?? CACHE_BYTES;
  const cache = new Map<string, Entry>();
  let bytes = 0;
  const drop = (key: string) => {
    const e = cache.get(key);
    if (!e) return;
    bytes -= e.body.length;
    cache.delete(key);
  };
  return async (c, next) => {
    if (c.req.method !== 'GET' || !c.req.path.startsWith('/api') || UNCACHED.test(c.req.path)) return next();
    const version = await store.dataVersion();
    const etag = `W/"${server}-${version}"`;
    const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
    const asked = c.req.header('If-None-Match');
    if (asked && asked.split(',').some((t) => t.trim() === etag || t.trim() === '*')) return c.body(null, 304, headers);
    const key = c.req.url;
    const hit = cache.get(key);
    if (hit && hit.version === version) {
      // Most recently used last: the first key is the one to evict.
      cache.delete(key);
      cache.set(key, hit);
      return c.body(hit.body, 200, { ...headers, 'Content-Type': hit.type });
    }
    await next();
    const type = c.res.headers.get('Content-Type') ?? '';
    if (c.res.status !== 200 || !type.startsWith('application/json')) return;
    for (const [k, v] of Object.entries(headers)) c.res.headers.set(k, v);
    const body = await c.res.clone().text();
    if (body.length > MAX_ENTRY_BYTES) return;
    drop(key);
    cache.set(key, { version, body, type });
    bytes += body.length;
    for (const k of cache.keys()) {
      if (cache.size <= entries && bytes <= budget) break;
      drop(k);
    }
  };
}
