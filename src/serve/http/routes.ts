import type { z } from 'zod';
import { EXPORTS, exportTable } from '../../export/registry.js';
import { EXPORT_KINDS } from '../../export/types.js';
import {
  conflictParams,
  exportParams,
  askParams,
  documentParams,
  entityParams,
  eventParams,
  factParams,
  noParams,
  oneFactParams,
  searchParams,
  timeParams,
  seriesParams,
  stateParams,
} from './params.js';

/** A route of the API: the app registers these and the OpenAPI description lists them, so neither can drift. */
export interface RouteSpec {
  path: string;
  /** OpenAPI path, `{name}` for Hono's `:name`. */
  openapiPath: string;
  summary: string;
  params: z.ZodObject;
  pathParams?: string[];
  /** Path parameters other than a document's name: what they mean and the values they take. */
  pathParamDocs?: Record<string, { description: string; enum?: readonly string[] }>;
  /** A route that sends a file, not the envelope (errors are still the envelope): the content types it may send. */
  download?: readonly string[];
  /** An example request used by the route-walking test (path params filled in). */
  example: string;
}

/**
 * A route's example request with its path parameters filled in (what the route-walking tests request).
 * @example exampleOf(route, { doc: 'a.txt', fact: 'fa-1' }) // → '/api/docs/a.txt?include=text,blocks,sentences'
 */
export function exampleOf(route: RouteSpec, fill: { doc: string; fact: string }): string {
  return route.example.replace('{doc}', encodeURIComponent(fill.doc)).replace('{fact}', encodeURIComponent(fill.fact));
}

export const ROUTES: RouteSpec[] = [
  { path: '/api', openapiPath: '/api', summary: 'What this API offers: its routes and the database it serves.', params: noParams, example: '/api' },
  { path: '/api/health', openapiPath: '/api/health', summary: 'Liveness and database status.', params: noParams, example: '/api/health' },
  { path: '/api/docs', openapiPath: '/api/docs', summary: 'All documents with their metadata and counts of paragraphs and sentences.', params: noParams, example: '/api/docs' },
  {
    path: '/api/docs/:name',
    openapiPath: '/api/docs/{name}',
    summary: 'One document: metadata, and its structure (blocks and sentences with offsets) and text on request.',
    params: documentParams,
    pathParams: ['name'],
    example: '/api/docs/{doc}?include=text,blocks,sentences',
  },
  {
    path: '/api/docs/:name/text',
    openapiPath: '/api/docs/{name}/text',
    summary: "A document's stored text, which every offset refers to.",
    params: noParams,
    pathParams: ['name'],
    example: '/api/docs/{doc}/text',
  },
  {
    path: '/api/events',
    openapiPath: '/api/events',
    summary: 'Dated, typed events with actors, merged across documents, each mention cited to its passage.',
    params: eventParams,
    example: '/api/events?type=leader_visit&from=1990&to=2000',
  },
  {
    path: '/api/facts',
    openapiPath: '/api/facts',
    summary: 'Quantitative facts (value in base units, unit, period, indicator, qualifier), each mention cited.',
    params: factParams,
    example: '/api/facts?actor=Japan&unit=USD&limit=5&offset=2',
  },
  {
    path: '/api/facts/:id',
    openapiPath: '/api/facts/{id}',
    summary: "One fact by its id (a series point's `fact`): its passages paged with `offset`/`limit`, `meta.total` counting them all.",
    params: oneFactParams,
    pathParams: ['id'],
    pathParamDocs: { id: { description: "The fact's id (`id` in /api/facts, `fact` on a series point)." } },
    example: '/api/facts/{fact}?limit=2',
  },
  {
    path: '/api/times',
    openapiPath: '/api/times',
    summary: 'Time expressions with their offsets, EDTF value and TimeML TIMEX3 type, value and mod.',
    params: timeParams,
    example: '/api/times?type=DATE&limit=5',
  },
  { path: '/api/entities', openapiPath: '/api/entities', summary: 'Actors resolved across spellings, with counts and mentions.', params: entityParams, example: '/api/entities?type=person&limit=5' },
  {
    path: '/api/docs/:name/annotations',
    openapiPath: '/api/docs/{name}/annotations',
    summary: "A document's annotations (times, entities, events, facts) with offsets into its text, for highlighting.",
    params: noParams,
    pathParams: ['name'],
    example: '/api/docs/{doc}/annotations',
  },
  {
    path: '/api/search',
    openapiPath: '/api/search',
    summary: 'Full-text search (BM25) over paragraphs or sentences, with exact offsets and quotes.',
    params: searchParams,
    example: '/api/search?q=partnership&limit=3',
  },
  {
    path: '/api/ask',
    openapiPath: '/api/ask',
    summary: 'An answer to a question, with citations: answered, conflict (each claim cited) or not_in_corpus.',
    params: askParams,
    example: '/api/ask?q=When%20did%20Vietnam%20join%20ASEAN%3F',
  },
  {
    path: '/api/conflicts',
    openapiPath: '/api/conflicts',
    summary: 'Mentions that cannot both be true (an event dated differently, a figure with different values), each claim cited; a page of them with `meta.total`.',
    params: conflictParams,
    example: '/api/conflicts?limit=5',
  },
  {
    path: '/api/export/:kind',
    openapiPath: '/api/export/{kind}',
    summary: `A file to download (Content-Disposition: attachment), streamed: ${exportTable()}. Errors are the envelope.`,
    params: exportParams,
    pathParams: ['kind'],
    pathParamDocs: { kind: { description: 'What to export; `sources` are the documents.', enum: EXPORT_KINDS } },
    download: [...new Set(EXPORTS.map((e) => e.contentType))],
    example: '/api/export/events?format=csv&from=1990&to=2000',
  },
  {
    path: '/api/state',
    openapiPath: '/api/state',
    summary: 'The state of the relationship: pairs, partnership level over time, standing mechanisms, visits (per decade and office), agreements; each item cited; `at` cuts it to a date.',
    params: stateParams,
    example: '/api/state?at=2010',
  },
  {
    path: '/api/series',
    openapiPath: '/api/series',
    summary:
      'Series of figures per indicator, unit, scope and direction: points ordered by period, values in base units and as stated, conflicts flagged, each cited (the first `citations` passages of a point, `citationCount` in all).',
    params: seriesParams,
    example: '/api/series?indicator=trade',
  },
  { path: '/api/jobs', openapiPath: '/api/jobs', summary: 'The ingest queue (PostgreSQL stores): jobs by state, progress, and parked jobs with their errors.', params: noParams, example: '/api/jobs' },
  { path: '/api/openapi.json', openapiPath: '/api/openapi.json', summary: 'This description (OpenAPI 3.1).', params: noParams, example: '/api/openapi.json' },
];

/** Routes that write: each takes POST with the server's token (README, "HTTP API" and "Web app"). */
export const WRITE_ROUTES: RouteSpec[] = [
  {
    path: '/api/documents',
    openapiPath: '/api/documents',
    summary:
      'Adds documents (multipart/form-data, one or more "file" fields: .txt, .md, .html, .pdf) through the same ingest as `dyad ingest`; needs Authorization: Bearer TOKEN (401 without, 403 with another).',
    params: noParams,
    example: '/api/documents',
  },
];
