import { h } from './dom.js';

/**
 * The formats `GET /api/export/{kind}` writes, as the server's registry lists them
 * (src/export/registry.ts; test/web-data.test.ts fails when the two differ).
 */
export const EXPORT_FORMATS = {
  events: ['csv', 'jsonl', 'timelinejs'],
  facts: ['csv', 'jsonl'],
  conflicts: ['csv', 'jsonl'],
  entities: ['graphml'],
  sources: ['csl-json', 'bibtex'],
} as const;

export type ExportKind = keyof typeof EXPORT_FORMATS;

const LABEL: Record<string, string> = { csv: 'CSV', jsonl: 'JSON Lines', timelinejs: 'TimelineJS', graphml: 'GraphML', 'csl-json': 'CSL-JSON', bibtex: 'BibTeX' };

/**
 * The address of one export of a view: its kind, format and the view's filters the export takes.
 * @example exportHref('events', 'csv', { type: 'leader_visit', actor: '' }) // → '/api/export/events?format=csv&type=leader_visit'
 */
export function exportHref(kind: ExportKind, format: string, filters: Record<string, string | undefined> = {}): string {
  const qs = new URLSearchParams({ format });
  for (const [k, v] of Object.entries(filters)) if (v) qs.set(k, v);
  return `/api/export/${kind}?${qs}`;
}

/**
 * Links that download what a view shows, in each format of its kind, with the view's filters
 * (the server sends each as an attachment, named for the kind). `note` says what the export does not narrow.
 */
export function exportLinks(kind: ExportKind, filters: Record<string, string | undefined> = {}, note = ''): HTMLElement {
  const links = EXPORT_FORMATS[kind].flatMap((format, i) => [
    i ? ' · ' : '',
    h('a', { href: exportHref(kind, format, filters), download: '', 'data-export': kind, 'data-format': format }, LABEL[format] ?? format),
  ]);
  return h('p', { class: 'exports' }, `Download ${kind === 'sources' ? 'the documents' : `these ${kind}`}: `, ...links, note ? h('span', { class: 'meta' }, ` (${note})`) : null);
}
