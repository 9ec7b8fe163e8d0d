/**
 * The URL is the state: `#/view?key=value&…`. Every view, filter and selection is written
 * here, so any screen can be linked to and reloaded.
 */
export const VIEWS = ['overview', 'timeline', 'charts', 'ask', 'documents', 'actors', 'add'] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  params: URLSearchParams;
}

/** @example parseRoute('#/timeline?type=leader_visit') // → { view: 'timeline', params: type=leader_visit } */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const view = (VIEWS as readonly string[]).includes(path) ? (path as View) : 'overview';
  return { view, params: new URLSearchParams(query) };
}

export function href(view: View, params: Record<string, string | number | undefined> = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  return `#/${view}${qs.size ? `?${qs}` : ''}`;
}

/** Changes parameters of the current view (a filter, a selection); the router then renders again. */
export function update(changes: Record<string, string | undefined>): void {
  const { view, params } = parseRoute(location.hash);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === '') params.delete(k);
    else params.set(k, v);
  }
  const qs = params.toString();
  location.hash = `#/${view}${qs ? `?${qs}` : ''}`;
}
