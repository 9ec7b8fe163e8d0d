import { basename } from 'node:path';
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { DyadError } from '../../model/errors.js';
import { readJobs } from '../../queue/queue.js';
import type { Engine, Page } from '../../knowledge/engine.js';
import { DYAD_VERSION } from '../../version.js';
import { failure, pageMeta, success } from './envelope.js';
import { openapi } from './openapi.js';
import { ROUTES, WRITE_ROUTES } from './routes.js';
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
  seriesParams,
  stateParams,
  timeParams,
} from './params.js';
import { API_CSP, DEFAULT_TIMEOUT_MS, PAGE_CSP, checkUrl, timeout } from './guards.js';
import { webAsset, webPage } from '../../web/page.js';
import { ingestUpload, requireToken, uploadLimit } from './upload.js';
import { startExport } from '../../export/registry.js';
import { AskQueue, type Asker } from '../../knowledge/ask-pool.js';
import { conditional } from './cache.js';

/** Every route but the upload is read-only. */
const ALLOW = 'GET, HEAD';

/** Validates the query string; every problem is named, and an unknown parameter is answered with the ones the route takes. */
function parseParams<S extends z.ZodObject>(schema: S, c: Context): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (parsed.success) return parsed.data;
  const allowed = Object.keys(schema.shape);
  const problems = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (this route takes ${allowed.join(', ') || 'none'})`;
    }
    if (issue.code === 'invalid_value') return `parameter "${issue.path.join('.')}": not one of ${issue.values.join(', ')}`;
    return `parameter "${issue.path.join('.')}": ${issue.message}`;
  });
  throw new DyadError('BAD_REQUEST', problems.join('; '));
}

const docList = (doc: string | undefined) =>
  doc
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function listed<T>(p: Page<T>) {
  return success(p.items, pageMeta(p));
}

export interface AppOptions {
  /** Longest a request may take before the answer is QUERY_TIMEOUT (default 20 s). */
  timeoutMs?: number;
  /** The token writes (POST /api/documents) must carry; without one, every write is refused. */
  token?: string;
  /**
   * What answers `/api/ask`: `dyad serve` gives an `AskPool` (worker threads, so a question never
   * holds the event loop); the default answers in this process, one question at a time, 64 waiting.
   */
  asker?: Asker;
  /** Conditional requests and the answer cache (`cache.ts`); on by default. */
  cache?: boolean;
}

/** Seconds a client is told to wait (Retry-After) when the server holds all the questions it can. */
export const RETRY_AFTER_S = 2;

/**
 * The HTTP API as a Hono app: read-only JSON, one envelope for success and errors.
 * Test it in-process with `app.request('/api/docs')`.
 */
export function createApp(engine: Engine, options: AppOptions = {}): Hono {
  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof DyadError) {
      if (err.code === 'METHOD_NOT_ALLOWED') c.header('Allow', WRITE_ROUTES.some((r) => r.path === c.req.path) ? 'POST' : ALLOW);
      if (err.code === 'UNAUTHORIZED') c.header('WWW-Authenticate', 'Bearer realm="dyad"');
      if (err.code === 'OVERLOADED') c.header('Retry-After', String(RETRY_AFTER_S));
      // Only the code, message and hint: a `file` would be a path on this server, and so would
      // the database named in a store's message (DB_CORRUPT found by a query): its name only.
      const { code, hint } = err.toJSON();
      const message = err.file ? err.message.split(err.file).join(basename(err.file)) : err.message;
      return c.json({ ok: false, error: { code, message, hint } }, err.status as 400);
    }
    // The message of an unexpected error may hold paths or SQL; it goes to the log, not the client.
    console.error(err);
    return c.json(failure(new DyadError('INTERNAL', 'internal error; the server log has the details')), 500);
  });
  app.notFound((c) => c.json(failure(new DyadError('NOT_FOUND', `no route ${c.req.method} ${c.req.path}; see /api/openapi.json`)), 404));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', API_CSP);
  });
  app.use('*', checkUrl);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  app.use('*', timeout(timeoutMs));
  if (options.cache ?? true) app.use('*', conditional(engine.store));
  const asker = options.asker ?? new AskQueue((q) => engine.ask(q));

  const page = webPage();
  app.get('/', (c) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    return c.html(page);
  });
  app.get('/assets/:file', (c) => {
    const asset = webAsset(c.req.param('file'));
    if (!asset) throw new DyadError('NOT_FOUND', `no web asset "${c.req.param('file')}"; the page lists the ones it loads`);
    // Vite names every asset by its content hash, so a name never changes meaning.
    return c.body(new Uint8Array(asset.body), 200, { 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=31536000, immutable' });
  });
  app.post('/api/documents', requireToken(options.token), uploadLimit, async (c) => {
    parseParams(noParams, c);
    const report = await ingestUpload(engine, c);
    return c.json(success(report, { totals: report.totals }));
  });
  app.get('/api', (c) => {
    parseParams(noParams, c);
    return c.json(success({ name: 'Dyad', version: DYAD_VERSION, routes: ROUTES.map((r) => ({ path: r.openapiPath, summary: r.summary })) }));
  });
  app.get('/api/health', async (c) => {
    parseParams(noParams, c);
    return c.json(success({ status: 'ok', backend: engine.store.backend, schemaVersion: await engine.store.schemaVersion(), documents: (await engine.listDocuments()).length }));
  });
  app.get('/api/jobs', async (c) => {
    parseParams(noParams, c);
    const jobs = await readJobs(engine.store);
    return c.json(success(jobs));
  });
  app.get('/api/docs', async (c) => {
    parseParams(noParams, c);
    const docs = await engine.listDocuments();
    return c.json(success(docs, { count: docs.length }));
  });
  app.get('/api/docs/:name', async (c) => {
    const { include } = parseParams(documentParams, c);
    const parts = new Set(
      include
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
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
    parseParams(noParams, c);
    const doc = await engine.document(c.req.param('name'));
    return c.json(success({ name: doc.name, id: doc.id, text: doc.text }));
  });
  app.get('/api/events', async (c) => {
    const p = parseParams(eventParams, c);
    return c.json(listed(await engine.eventPage({ ...p, doc: docList(p.doc), thirdParty: p.thirdParty === 'true' })));
  });
  app.get('/api/facts', async (c) => {
    const p = parseParams(factParams, c);
    return c.json(listed(await engine.factPage({ ...p, doc: docList(p.doc), thirdParty: p.thirdParty === 'true' })));
  });
  app.get('/api/facts/:id', async (c) => {
    const p = parseParams(oneFactParams, c);
    const { fact, ...page } = await engine.fact(c.req.param('id'), p);
    return c.json(success(fact, { count: fact.mentions.length, total: page.total, offset: page.offset, ...(page.limit !== undefined ? { limit: page.limit } : {}) }));
  });
  app.get('/api/times', async (c) => {
    const p = parseParams(timeParams, c);
    return c.json(listed(await engine.timePage({ ...p, doc: docList(p.doc) })));
  });
  app.get('/api/entities', async (c) => {
    const p = parseParams(entityParams, c);
    return c.json(listed(await engine.entityPage({ ...p, doc: docList(p.doc) })));
  });
  app.get('/api/docs/:name/annotations', async (c) => {
    parseParams(noParams, c);
    const name = c.req.param('name');
    return c.json(success(await engine.annotations(name)));
  });
  app.get('/api/search', async (c) => {
    const p = parseParams(searchParams, c);
    const result = await engine.search({
      query: p.q,
      unit: p.unit,
      docs: docList(p.doc),
      kind: p.kind,
      yearFrom: p.from,
      yearTo: p.to,
      limit: p.limit,
      offset: p.offset,
    });
    return c.json(success(result, { total: result.total, limit: p.limit, offset: p.offset }));
  });
  app.get('/api/ask', async (c) => {
    const p = parseParams(askParams, c);
    // A question still waiting when its request times out is dropped, not answered for nobody.
    const signal = AbortSignal.timeout(timeoutMs);
    return c.json(success(await asker.ask(p.q, signal)));
  });
  app.get('/api/conflicts', async (c) => {
    const p = parseParams(conflictParams, c);
    return c.json(listed(await engine.conflictPage({ ...p, doc: docList(p.doc) })));
  });
  app.get('/api/export/:kind', async (c) => {
    const { format, thirdParty, doc, ...filters } = parseParams(exportParams, c);
    // Checked and begun before the answer starts, so a bad kind, format or filter is the envelope with its status.
    const {
      format: f,
      fileName,
      chunks,
    } = await startExport(engine, c.req.param('kind'), format, { ...filters, doc: docList(doc), thirdParty: thirdParty === undefined ? undefined : thirdParty === 'true' });
    const it = chunks[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const r = await it.next();
        if (r.done) controller.close();
        else controller.enqueue(encoder.encode(r.value));
      },
      async cancel() {
        await it.return?.(undefined);
      },
    });
    return c.body(body, 200, { 'Content-Type': f.contentType, 'Content-Disposition': `attachment; filename="${fileName}"` });
  });
  app.get('/api/state', async (c) => {
    const p = parseParams(stateParams, c);
    return c.json(success(p.summary === 'true' ? await engine.stateSummary(p.at) : await engine.state(p.at)));
  });
  app.get('/api/series', async (c) => {
    const p = parseParams(seriesParams, c);
    if (p.citations !== undefined && p.headline !== undefined) throw new DyadError('BAD_REQUEST', 'parameter "headline" gives points without citations: it does not take "citations"');
    if (p.headline !== undefined) {
      if (p.indicator !== undefined || p.unit !== undefined) throw new DyadError('BAD_REQUEST', 'parameter "headline" takes neither "indicator" nor "unit"');
      const lines = await engine.headlineSeries(p.headline);
      return c.json(success(lines, { count: lines.length }));
    }
    const data = await engine.series(p.indicator, p.unit, p.citations);
    return c.json(success(data.series, { count: data.series.length, indicators: data.indicators }));
  });
  app.get('/api/openapi.json', (c) => {
    parseParams(noParams, c);
    return c.json(openapi());
  });

  // Any other method on a route that exists: 405 with Allow, not 404 (GET and HEAD were answered above).
  for (const path of ['/', '/assets/:file', ...ROUTES.map((r) => r.path)]) {
    app.all(path, (c) => {
      throw new DyadError('METHOD_NOT_ALLOWED', `${c.req.method} ${c.req.path}: the API is read-only; this route answers ${ALLOW}`);
    });
  }
  for (const r of WRITE_ROUTES) {
    app.all(r.path, (c) => {
      throw new DyadError('METHOD_NOT_ALLOWED', `${c.req.method} ${c.req.path}: this route only takes POST (${r.summary})`);
    });
  }
  return app;
}
