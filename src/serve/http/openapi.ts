import { z } from 'zod';
import { DYAD_VERSION } from '../../version.js';
import { ERROR_CODES } from '../../model/errors.js';
import { ROUTES, WRITE_ROUTES } from './routes.js';

const envelope = {
  oneOf: [
    {
      type: 'object',
      required: ['ok', 'data'],
      properties: { ok: { const: true }, data: {}, meta: { type: 'object' } },
    },
    {
      type: 'object',
      required: ['ok', 'error'],
      properties: {
        ok: { const: false },
        error: {
          type: 'object',
          required: ['code', 'message', 'hint'],
          properties: { code: { enum: Object.keys(ERROR_CODES) }, message: { type: 'string' }, hint: { type: 'string' }, file: { type: 'string' } },
        },
      },
    },
  ],
};

/** The OpenAPI 3.1 description, generated from the route table and its zod parameter schemas. */
export function openapi(): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const route of ROUTES) {
    const schema = z.toJSONSchema(route.params, { io: 'input' }) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
    const parameters = [
      ...(route.pathParams ?? []).map((name) => {
        const doc = route.pathParamDocs?.[name];
        return { name, in: 'path', required: true, schema: { type: 'string', ...(doc?.enum ? { enum: doc.enum } : {}) }, description: doc?.description ?? 'Document name or id.' };
      }),
      ...Object.entries(schema.properties ?? {}).map(([name, s]) => {
        const { description, ...rest } = s;
        return { name, in: 'query', required: schema.required?.includes(name) ?? false, description, schema: rest };
      }),
    ];
    paths[route.openapiPath] = {
      get: {
        summary: route.summary,
        parameters,
        responses: {
          '200': route.download
            ? { description: 'The file (Content-Disposition: attachment)', content: Object.fromEntries(route.download.map((type) => [type.split(';')[0], { schema: { type: 'string' } }])) }
            : { description: 'Success', content: { 'application/json': { schema: { $ref: '#/components/schemas/Envelope' } } } },
          ...(route.download || route.path === '/api/jobs' || route.path === '/api/health'
            ? {}
            : {
                '304': {
                  description: "Not modified: the request's If-None-Match holds the ETag of the data the answer would be made from (every JSON answer carries one, with Cache-Control: no-cache)",
                  headers: { ETag: { schema: { type: 'string' } } },
                },
              }),
          ...(route.path === '/api/ask'
            ? {
                '503': {
                  description: 'OVERLOADED: as many questions are being answered and waiting as the server holds (`dyad serve --ask-workers`, `--ask-queue`); send it again after Retry-After seconds',
                  headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait before asking again.' } },
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/Envelope' } } },
                },
              }
            : {}),
          default: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Envelope' } } } },
        },
      },
    };
  }
  for (const route of WRITE_ROUTES) {
    paths[route.openapiPath] = {
      post: {
        summary: route.summary,
        security: [{ token: [] }],
        requestBody: {
          required: true,
          content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } } } } } },
        },
        responses: {
          '200': {
            description: 'The ingest report: one item per file, each added, replaced, unchanged or failed with its error',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Envelope' } } },
          },
          '401': { description: 'No token sent', content: { 'application/json': { schema: { $ref: '#/components/schemas/Envelope' } } } },
          '403': { description: "Another token than the server's", content: { 'application/json': { schema: { $ref: '#/components/schemas/Envelope' } } } },
          default: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Envelope' } } } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Dyad API', version: DYAD_VERSION, description: 'JSON API of a Dyad knowledge base, read-only but for uploads (which need the server token). Every response is an Envelope.' },
    paths,
    components: {
      schemas: { Envelope: envelope },
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'The token `dyad serve` prints at start (--token or DYAD_TOKEN sets it).' } },
    },
  };
}
