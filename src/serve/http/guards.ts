import type { MiddlewareHandler } from 'hono';
import { DyadError } from '../../model/errors.js';

/** Longest request URL answered (path and query); beyond it, 414. Node refuses 16 KiB of request line and headers before this runs. */
export const MAX_URL_LENGTH = 8 * 1024;

/** Longest a request may take to answer; beyond it, 503 QUERY_TIMEOUT. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/** The API's own responses are JSON: nothing in them may load or run. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/**
 * The web app's policy: scripts, styles and fonts only from this origin's files (no inline script
 * or style at all, so markup that slipped into the page could run nothing), requests to this
 * origin only.
 */
export const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Refuses an over-long URL (414) and malformed percent-encoding (400), which Hono would otherwise pass on undecoded ("%ff" searched literally). */
export const checkUrl: MiddlewareHandler = async (c, next) => {
  const url = c.req.url;
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  const pathAndQuery = pathStart < 0 ? '/' : url.slice(pathStart);
  if (pathAndQuery.length > MAX_URL_LENGTH) {
    throw new DyadError('URI_TOO_LONG', `the request URL is ${pathAndQuery.length} characters, over the ${MAX_URL_LENGTH} this API reads`);
  }
  try {
    decodeURIComponent(pathAndQuery);
  } catch {
    throw new DyadError('BAD_REQUEST', 'the URL has malformed percent-encoding: each %XX must be two hex digits, together encoding UTF-8 (encodeURIComponent does it)');
  }
  await next();
};

/**
 * Answers QUERY_TIMEOUT when a request takes longer than `ms`. The work itself is not stopped
 * (SQLite calls are synchronous); the client gets an answer and its connection back.
 */
export function timeout(ms: number): MiddlewareHandler {
  return async (_c, next) => {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DyadError('QUERY_TIMEOUT', `the answer took longer than ${ms / 1000} s`)), ms);
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  };
}
