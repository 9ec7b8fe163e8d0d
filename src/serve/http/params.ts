import { z } from 'zod';
import { MAX_LIMIT, MAX_LIST_LIMIT, MAX_LIST_OFFSET, MAX_OFFSET, MAX_QUESTION_LENGTH, POINT_CITATIONS, eventTypeIds } from '../../knowledge/engine.js';
import { MAX_QUERY_LENGTH } from '../../query/search-query.js';
import { ENTITY_KINDS } from '../../model/annotation.js';
import { exportTable } from '../../export/registry.js';

/**
 * Query parameters of each route, as zod schemas: the routes validate with them and the OpenAPI
 * description is generated from them. Every schema is strict: an unknown parameter is a 400
 * naming the ones the route takes, never silently ignored.
 */
export const searchParams = z.strictObject({
  q: z.string().min(1).max(MAX_QUERY_LENGTH).describe('Search query: words, "phrases", prefix*, -excluded, OR.'),
  unit: z.enum(['paragraph', 'sentence']).default('paragraph').describe('Passages to rank: paragraphs or sentences.'),
  doc: z.string().optional().describe('Only these documents: names or ids, comma-separated.'),
  kind: z.string().optional().describe('Only documents of this kind (manifest `kind`, else the format).'),
  from: z.coerce.number().int().min(0).max(9999).optional().describe('Only documents published in or after this year.'),
  to: z.coerce.number().int().min(0).max(9999).optional().describe('Only documents published in or before this year.'),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(20).describe(`Hits per page (1–${MAX_LIMIT}).`),
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0).describe('Hits to skip.'),
});

export const askParams = z.strictObject({
  q: z.string().min(1).max(MAX_QUESTION_LENGTH).describe('The question, in plain English ("When did Vietnam join ASEAN?").'),
});

export const documentParams = z.strictObject({
  include: z.string().default('blocks,sentences').describe('Comma-separated parts to include: text, blocks, sentences.'),
});

export const noParams = z.strictObject({});

/** Filters and pages shared by events, facts and entities; `type` differs. */
const listParams = {
  from: z.string().max(40).optional().describe('EDTF: only items dated on or after it.'),
  to: z.string().max(40).optional().describe('EDTF: only items dated on or before it.'),
  actor: z.string().max(200).optional().describe('Only items involving this actor (any spelling).'),
  doc: z.string().max(2000).optional().describe('Only these documents: names or ids, comma-separated.'),
  limit: z.coerce.number().int().min(1).max(MAX_LIST_LIMIT).optional().describe(`At most this many items (1–${MAX_LIST_LIMIT}; default all). \`meta.total\` counts them all.`),
  offset: z.coerce.number().int().min(0).max(MAX_LIST_OFFSET).default(0).describe('Items to skip (with `limit`, a page).'),
};

/** Events and facts only: what a document about a pair tells of other countries is left out unless asked for. */
const thirdParty = z.enum(['true', 'false']).optional().describe('`true`: include what a document about a pair tells of other countries only (marked `thirdParty`).');

/** The event types of the lexicon in use: an unknown type is refused with this list. */

export const eventParams = z.strictObject({
  type: z
    .enum(eventTypeIds() as [string, ...string[]])
    .optional()
    .describe('Event type (lexicon/event-types.json).'),
  ...listParams,
  thirdParty,
});

export const factParams = z.strictObject({
  type: z.string().max(100).optional().describe('Indicator (lexicon/indicators.json, or a table column).'),
  unit: z.string().max(40).optional().describe('Unit (USD, JPY, persons, percent, …); one that no stored fact uses is refused with those that are.'),
  ...listParams,
  thirdParty,
});

export const timeParams = z.strictObject({
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']).optional().describe('TIMEX3 type.'),
  doc: listParams.doc,
  limit: listParams.limit,
  offset: listParams.offset,
});

export const entityParams = z.strictObject({
  type: z.enum(ENTITY_KINDS).optional().describe('Entity kind.'),
  ...listParams,
});

/** Exports: the format, and the list filters (each kind takes some of them; another is refused, naming those it takes). */
export const exportParams = z.strictObject({
  format: z.string().min(1).max(40).describe(`The format: ${exportTable()}.`),
  type: z.string().max(100).optional().describe('events: event type; facts: indicator; entities: the entity kind of the nodes.'),
  from: listParams.from,
  to: listParams.to,
  actor: listParams.actor,
  doc: listParams.doc,
  thirdParty,
  unit: factParams.shape.unit,
});

/** Conflicts: a page, and those citing some documents. */
export const conflictParams = z.strictObject({
  doc: listParams.doc,
  limit: listParams.limit,
  offset: listParams.offset,
});

export const stateParams = z.strictObject({
  at: z.string().max(40).optional().describe('EDTF: only what was true at the end of this date (2008, 2014-03).'),
  summary: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      '`true`: pairs, partnership steps (each with its first citation and `cited`, how many), visits per decade and office, and counts of visits, mechanisms and agreements, without the cited lists.',
    ),
});

export const seriesParams = z.strictObject({
  indicator: z.string().max(100).optional().describe('An indicator with figures (trade, oda_loans, visitors, …); one without is refused with those that have some. Without it, every line.'),
  unit: z.string().max(40).optional().describe('Only figures in this unit (USD, JPY, persons, …).'),
  headline: z.coerce
    .number()
    .int()
    .min(1)
    .max(12)
    .optional()
    .describe('Instead: the N lines of amounts (not ranks or percentages) with the most periods (three or more), one point per period, without citations (what an overview draws).'),
  citations: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_LIST_LIMIT)
    .optional()
    .describe(`At most this many citations a point (0–${MAX_LIST_LIMIT}; default ${POINT_CITATIONS}); \`citationCount\` counts them all and \`GET /api/facts/{fact}\` pages through them.`),
});

/** One fact: a page of its passages. */
export const oneFactParams = z.strictObject({
  limit: listParams.limit,
  offset: listParams.offset,
});
