import { DyadError } from '../model/errors.js';
import type { Engine } from '../knowledge/engine.js';
import { conflictsCsv, eventsCsv, factsCsv } from './csv.js';
import { conflictsJsonl, eventsJsonl, factsJsonl } from './jsonl.js';
import { eventsTimeline } from './timelinejs.js';
import { entitiesGraphml } from './graphml.js';
import { sourcesBibtex, sourcesCslJson } from './sources.js';
import { EXPORT_KINDS, type ExportFilters, type ExportFormat, type FilterName } from './types.js';

const LIST_FILTERS = ['type', 'from', 'to', 'actor', 'doc', 'thirdParty'] as const satisfies readonly FilterName[];
const FACT_FILTERS = [...LIST_FILTERS, 'unit'] as const satisfies readonly FilterName[];

/** Every kind in every format it is written in: the CLI, the API, the OpenAPI description and the README table come from here. */
export const EXPORTS: readonly ExportFormat[] = [
  {
    kind: 'events',
    format: 'csv',
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    filters: LIST_FILTERS,
    describe: 'one row per event; first citation in doc, start, end, quote; all in citations (JSON)',
    write: eventsCsv,
  },
  {
    kind: 'events',
    format: 'jsonl',
    contentType: 'application/x-ndjson; charset=utf-8',
    extension: 'jsonl',
    filters: LIST_FILTERS,
    describe: 'one event a line, as GET /api/events gives it (mentions are the citations)',
    write: eventsJsonl,
  },
  {
    kind: 'events',
    format: 'timelinejs',
    contentType: 'application/json; charset=utf-8',
    extension: 'timeline.json',
    filters: LIST_FILTERS,
    describe: 'TimelineJS3 JSON {title, events}: one slide per event, its quotes in the text',
    write: eventsTimeline,
  },
  { kind: 'facts', format: 'csv', contentType: 'text/csv; charset=utf-8', extension: 'csv', filters: FACT_FILTERS, describe: 'one row per fact; citations as for events', write: factsCsv },
  {
    kind: 'facts',
    format: 'jsonl',
    contentType: 'application/x-ndjson; charset=utf-8',
    extension: 'jsonl',
    filters: FACT_FILTERS,
    describe: 'one fact a line, as GET /api/facts gives it',
    write: factsJsonl,
  },
  {
    kind: 'conflicts',
    format: 'csv',
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    filters: [],
    describe: 'one row per claim (conflict_id, claim 1, 2, …); citations as for events',
    write: (engine) => conflictsCsv(engine),
  },
  {
    kind: 'conflicts',
    format: 'jsonl',
    contentType: 'application/x-ndjson; charset=utf-8',
    extension: 'jsonl',
    filters: [],
    describe: 'one conflict a line, as GET /api/conflicts gives it',
    write: (engine) => conflictsJsonl(engine),
  },
  {
    kind: 'entities',
    format: 'graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    extension: 'graphml',
    filters: LIST_FILTERS,
    describe: 'the actor network: a node per entity (label, entity, kind, country, count), an edge per pair of actors of one event (weight, events)',
    write: entitiesGraphml,
  },
  {
    kind: 'sources',
    format: 'csl-json',
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    extension: 'csl.json',
    filters: ['doc'],
    describe: 'the documents as CSL-JSON items (id: the document name), by citation-js',
    write: sourcesCslJson,
  },
  {
    kind: 'sources',
    format: 'bibtex',
    contentType: 'application/x-bibtex; charset=utf-8',
    extension: 'bib',
    filters: ['doc'],
    describe: 'the documents as BibTeX entries, written by citation-js',
    write: sourcesBibtex,
  },
];

/** The formats of each kind: "events: csv, jsonl, timelinejs; facts: csv, jsonl; …". */
export function exportTable(): string {
  return EXPORT_KINDS.map(
    (k) =>
      `${k}: ${EXPORTS.filter((e) => e.kind === k)
        .map((e) => e.format)
        .join(', ')}`,
  ).join('; ');
}

/** All format names, each once. */
export const EXPORT_FORMATS = [...new Set(EXPORTS.map((e) => e.format))];

/**
 * The exporter of a kind in a format; another is BAD_REQUEST naming the kinds and their formats.
 * @example exporter('events', 'csv').contentType // → 'text/csv; charset=utf-8'
 */
export function exporter(kind: string, format: string): ExportFormat {
  if (!(EXPORT_KINDS as readonly string[]).includes(kind)) throw new DyadError('BAD_REQUEST', `export kind "${kind}" is not one of: ${EXPORT_KINDS.join(', ')} (formats: ${exportTable()})`);
  const found = EXPORTS.find((e) => e.kind === kind && e.format === format);
  if (!found)
    throw new DyadError(
      'BAD_REQUEST',
      `format "${format}" is not one of ${kind}'s: ${EXPORTS.filter((e) => e.kind === kind)
        .map((e) => e.format)
        .join(', ')} (formats: ${exportTable()})`,
    );
  return found;
}

/** Filters the kind does not take are refused, naming those it does. */
function checkFilters(e: ExportFormat, filters: ExportFilters): void {
  const given = (Object.keys(filters) as FilterName[]).filter((k) => filters[k] !== undefined && !(k === 'doc' && !filters.doc?.length));
  const extra = given.filter((k) => !e.filters.includes(k));
  if (extra.length) throw new DyadError('BAD_REQUEST', `${e.kind} export does not take ${extra.join(', ')} (it takes ${e.filters.join(', ') || 'no filters'})`);
}

/** A file being written: how to send it and its pieces. */
export interface ExportStream {
  format: ExportFormat;
  /** `dyad-events.csv` */
  fileName: string;
  chunks: AsyncIterable<string>;
}

/**
 * Starts an export. The first piece is written before this returns, so a bad filter (an unknown
 * event type, an unknown document) is an error here, before anything is sent or a file created.
 * @example const { chunks } = await startExport(engine, 'events', 'csv', { from: '1990' }); for await (const s of chunks) out.write(s);
 */
export async function startExport(engine: Engine, kind: string, format: string, filters: ExportFilters): Promise<ExportStream> {
  const e = exporter(kind, format);
  checkFilters(e, filters);
  const it = e.write(engine, filters)[Symbol.asyncIterator]();
  const first = await it.next();
  async function* chunks(): AsyncGenerator<string> {
    if (first.done) return;
    yield first.value;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { format: e, fileName: `dyad-${e.kind}.${e.extension}`, chunks: chunks() };
}

export type { ExportFilters, ExportFormat, ExportKind } from './types.js';
