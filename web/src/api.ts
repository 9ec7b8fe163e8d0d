import type { Envelope } from './types.js';

/** An error envelope from the API, kept with its code so views can say what went wrong. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint = '',
    readonly status = 0,
  ) {
    super(message);
  }
}

const cache = new Map<string, Promise<{ data: unknown; meta: Envelope<unknown>['meta'] }>>();

/**
 * GETs an API route and unwraps the envelope; answers are cached for the page's life (the
 * knowledge base changes only through an upload, which calls `forget()`).
 * @example const { data } = await get<DocSummary[]>('/api/docs')
 */
export function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<{ data: T; meta: Envelope<T>['meta'] }> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const url = qs.size ? `${path}?${qs}` : path;
  let hit = cache.get(url);
  if (!hit) {
    hit = (async () => {
      const res = await fetch(url, { headers: { Accept: 'application/json' } });
      const body = (await res.json()) as Envelope<unknown>;
      if (!body.ok || body.data === undefined) throw new ApiError(body.error?.code ?? 'ERROR', body.error?.message ?? `${url}: ${res.status}`, body.error?.hint, res.status);
      return { data: body.data, meta: body.meta };
    })();
    cache.set(url, hit);
    hit.catch(() => cache.delete(url));
  }
  return hit as Promise<{ data: T; meta: Envelope<T>['meta'] }>;
}

/**
 * Whether this server has a route (the `state` routes may not be there yet), read from the route
 * list `GET /api` gives, so no probe shows up as a failed request.
 */
export async function has(path: string): Promise<boolean> {
  const { data } = await get<{ routes: { path: string }[] }>('/api');
  return data.routes.some((r) => r.path === path);
}

/** Drops every cached answer: after an upload the knowledge base has changed. */
export function forget(): void {
  cache.clear();
}

/** A document's stored text, which every citation's offsets refer to. */
export async function docText(name: string): Promise<string> {
  const { data } = await get<{ text: string }>(`/api/docs/${encodeURIComponent(name)}/text`);
  return data.text;
}
