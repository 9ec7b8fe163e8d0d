import type { Cite } from '@citation-js/core';
import type { Engine } from '../knowledge/engine.js';
import type { DocumentSummary } from '../model/document.js';
import { cslDateParts, edtfRange } from './edtf-parts.js';
import type { ExportFilters } from './types.js';

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), as much as Dyad fills in. */
export type CslItem = Record<string, unknown> & { id: string; type: string };

/**
 * A CSL date from a stored EDTF date: date-parts with the precision the source gives, a range
 * for an interval or unspecified digits ("197X": 1970 to 1979), only the known bound of an open
 * interval ("2023-11/..": November 2023), and `circa` for an uncertain or approximate one.
 * @example cslDate('2014?') // → { 'date-parts': [[2014]], circa: true }
 */
export function cslDate(edtf: string): Record<string, unknown> | undefined {
  const r = edtfRange(edtf);
  const bounds = [r.start, r.end].filter((p) => p !== null);
  if (!bounds.length) return undefined;
  return { 'date-parts': bounds.map(cslDateParts), ...(r.uncertain || r.approximate ? { circa: true } : {}) };
}

/**
 * A document's metadata (from its manifest entry, or what the loader found: an HTML title, PDF
 * info) as a CSL-JSON item whose `id` is the document's name.
 */
export function cslItem(d: DocumentSummary): CslItem {
  const m = d.meta;
  const issued = m.date ? cslDate(m.date) : undefined;
  const fields: Record<string, unknown> = {
    title: m.title ?? d.title,
    author: m.authors?.length ? m.authors : undefined,
    issued,
    'container-title': m.venue,
    publisher: m.publisher,
    page: m.pages,
    language: m.language,
    URL: m.url,
  };
  return { id: d.name, type: m.cslType ?? 'document', ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
}

/**
 * The documents as citation-js items, each with a citation key: citation-js's own label
 * (author, year, first title word: "Shiraishi2023Viet") in ASCII letters and digits, with a, b, …
 * added when two documents would share one.
 */
export async function citeSources(engine: Engine, q: ExportFilters): Promise<Cite> {
  // Loaded on the first sources export: citation-js takes about half a second to import, which every other command would pay.
  const { Cite } = await import('@citation-js/core');
  await import('@citation-js/plugin-bibtex');
  let docs = await engine.listDocuments();
  if (q.doc?.length) {
    const ids = new Set<string>();
    for (const d of q.doc) ids.add((await engine.summary(d)).id);
    docs = docs.filter((d) => ids.has(d.id));
  }
  const items = docs.map(cslItem);
  const labels = new Cite(items).format('label') as Record<string, string>;
  const used = new Map<string, number>();
  for (const item of items) {
    // BibTeX keys in plain ASCII letters and digits: "Nguyễn2019Japan–Viet" → "Nguyen2019JapanViet".
    const base = (labels[item.id] ?? item.id).normalize('NFD').replace(/[^A-Za-z0-9]/g, '') || 'source';
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    item['citation-key'] = n ? `${base}${String.fromCharCode(96 + n)}` : base;
  }
  return new Cite(items);
}

/** `sources` as CSL-JSON: an array of items, as citation-js normalises them. */
export async function* sourcesCslJson(engine: Engine, q: ExportFilters): AsyncGenerator<string> {
  yield JSON.stringify((await citeSources(engine, q)).format('data', { format: 'object' }), null, 2) + '\n';
}

/** `sources` as BibTeX, written by citation-js's BibTeX plugin (escaping, names and months are its). */
export async function* sourcesBibtex(engine: Engine, q: ExportFilters): AsyncGenerator<string> {
  yield (await citeSources(engine, q)).format('bibtex') as string;
}
