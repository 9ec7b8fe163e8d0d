import { z } from 'zod';
import { MAX_LIMIT, MAX_OFFSET } from '../../knowledge/engine.js';
import { MAX_QUERY_LENGTH } from '../../query/search-query.js';

/** Query parameters of each route, as zod schemas: the routes validate with them and the OpenAPI description is generated from them. */
export const searchParams = z.object({
  q: z.string().min(1).max(MAX_QUERY_LENGTH).describe('Search query: words, "phrases", prefix*, -excluded, OR.'),
  unit: z.enum(['paragraph', 'sentence']).default('paragraph').describe('Passages to rank: paragraphs or sentences.'),
  doc: z.string().optional().describe('Only these documents: names or ids, comma-separated.'),
  kind: z.string().optional().describe('Only documents of this kind (manifest `kind`, else the format).'),
  from: z.coerce.number().int().min(0).max(9999).optional().describe('Only documents published in or after this year.'),
  to: z.coerce.number().int().min(0).max(9999).optional().describe('Only documents published in or before this year.'),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(20).describe(`Hits per page (1–${MAX_LIMIT}).`),
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0).describe('Hits to skip.'),
});

export const documentParams = z.object({
  include: z.string().default('blocks,sentences').describe('Comma-separated parts to include: text, blocks, sentences.'),
});

export const noParams = z.object({});

export const annotationParams = z.object({
  type: z.string().max(100).optional().describe('Event type, fact indicator or entity kind.'),
  from: z.string().max(40).optional().describe('EDTF: only items dated on or after it.'),
  to: z.string().max(40).optional().describe('EDTF: only items dated on or before it.'),
  actor: z.string().max(200).optional().describe('Only items involving this actor (any spelling).'),
  doc: z.string().max(2000).optional().describe('Only these documents: names or ids, comma-separated.'),
  limit: z.coerce.number().int().min(1).max(10000).optional().describe('At most this many items.'),
});
