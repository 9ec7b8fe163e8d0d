import type { Engine } from '../knowledge/engine.js';

/** What can be exported; `sources` are the documents. */
export const EXPORT_KINDS = ['events', 'facts', 'conflicts', 'entities', 'sources'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** The filters of the list queries (`dyad events`, `GET /api/events`, …) an export may take. */
export const FILTER_NAMES = ['type', 'from', 'to', 'actor', 'doc', 'thirdParty', 'unit'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface ExportFilters {
  type?: string;
  from?: string;
  to?: string;
  actor?: string;
  doc?: string[];
  thirdParty?: boolean;
  unit?: string;
}

/** One kind in one format: how it is sent and how it is written. */
export interface ExportFormat {
  kind: ExportKind;
  format: string;
  /** The HTTP Content-Type. */
  contentType: string;
  /** File name extension for Content-Disposition ("events.csv"). */
  extension: string;
  /** The filters this kind takes (another is refused, naming these). */
  filters: readonly FilterName[];
  /** What one item (row, line, element) is, for the README and the OpenAPI description. */
  describe: string;
  /** The file, a piece at a time. */
  write: (engine: Engine, filters: ExportFilters) => AsyncIterable<string>;
}

/** A citation as every export gives it: the passage's document, offsets into its stored text, and the exact quote. */
export interface Cited {
  doc: string;
  start: number;
  end: number;
  quote: string;
}

export const citation = (m: Cited): Cited => ({ doc: m.doc, start: m.start, end: m.end, quote: m.quote });
