import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { DyadError } from '../../model/errors.js';
import type { Engine } from '../../knowledge/engine.js';
import { DYAD_VERSION } from '../../version.js';
import { failure, success } from './envelope.js';
import { openapi } from './openapi.js';
import { ROUTES } from './routes.js';
import { annotationParams, documentParams, searchParams } from './params.js';
import { webPage } from '../../web/page.js';

function parseParams<S extends z.ZodObject>(schema: S, c: Context): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DyadError('BAD_REQUEST', `parameter "${issue.path.join('.')}": ${issue.message}`);
  }
  return parsed.data;
}

/**
 * The HTTP API as a Hono app: read-only JSON, one envelope for success and errors.
 * Test it in-process with `app.request('/api/docs')`.
 */
export function createApp(engine: Engine): Hono {
  const app = new Hono();

  app.onError((err, c) => {
    const body = failure(err);
    const status = err instanceof DyadError ? err.status : 500;
    if (!(err instanceof DyadError)) console.error(err);
    return c.json(body, status as 400);
  });
  app.notFound((c) => c.json(failure(new DyadError('NOT_FOUND', `no route ${c.req.method} ${c.req.path}; see /api/openapi.json`)), 404));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });

  app.get('/', (c) => c.html(webPage()));
  app.get('/api', (c) =>
    c.json(success({ name: 'Dyad', version: DYAD_VERSION, routes: ROUTES.map((r) => ({ path: r.openapiPath, summary: r.summary })) })),
  );
  app.get('/api/health', async (c) =>
    c.json(success({ status: 'ok', backend: engine.store.backend, schemaVersion: await engine.store.schemaVersion(), documents: (await engine.listDocuments()).length })),
  );
  app.get('/api/docs', async (c) => {
    const docs = await engine.listDocuments();
    return c.json(success(docs, { count: docs.length }));
  });
  app.get('/api/docs/:name', async (c) => {
    const { include } = parseParams(documentParams, c);
    const parts = new Set(include.split(',').map((s) => s.trim()).filter(Boolean));
    for (const p of parts) if (!['text', 'blocks', 'sentences'].includes(p)) throw new DyadError('BAD_REQUEST', `include: unknown part "${p}" (text, blocks, sentences)`);
    const name = c.req.param('name');
    const summary = await engine.summary(name);
    const doc = await engine.document(name);
    return c.json(
      success({
        ...summary,
        ...(parts.has('text') ? { text: doc.text } : {}),
        ...(parts.has('blocks') ? { blocks: doc.blocks } : {}),
        ...(parts.has('sentences') ? { sentences: doc.sentences } : {}),
      }),
    );
  });
  app.get('/api/docs/:name/text', async (c) => {
    const doc = await engine.document(c.req.param('name'));
    return c.json(success({ name: doc.name, id: doc.id, text: doc.text }));
  });
  for (const kind of ['events', 'facts', 'entities'] as const) {
    app.get(`/api/${kind}`, async (c) => {
      const p = parseParams(annotationParams, c);
      const q = { type: p.type, from: p.from, to: p.to, actor: p.actor, doc: p.doc?.split(',').map((s) => s.trim()).filter(Boolean), limit: p.limit };
      const items = kind === 'events' ? await engine.events(q) : kind === 'facts' ? await engine.facts(q) : await engine.entities(q);
      return c.json(success(items, { count: items.length }));
    });
  }
  app.get('/api/docs/:name/annotations', async (c) => {
    const name = c.req.param('name');
    return c.json(success(await engine.annotations(name)));
  });
  app.get('/api/search', async (c) => {
    const p = parseParams(searchParams, c);
    const result = await engine.search({
      query: p.q,
      unit: p.unit,
      docs: p.doc?.split(',').map((s) => s.trim()).filter(Boolean),
      kind: p.kind,
      yearFrom: p.from,
      yearTo: p.to,
      limit: p.limit,
      offset: p.offset,
    });
    return c.json(success(result, { total: result.total, limit: p.limit, offset: p.offset }));
  });
  app.get('/api/openapi.json', (c) => c.json(openapi()));
  return app;
}
