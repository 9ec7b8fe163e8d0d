import { describe, expect, it, beforeAll } from 'vitest';
import { z } from 'zod';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { Engine } from '../src/knowledge/engine.js';
import { createApp } from '../src/serve/http/app.js';
import { exampleOf, ROUTES, WRITE_ROUTES } from '../src/serve/http/routes.js';
import { CORPUS } from './helpers/tmp.js';

const envelope = z.union([
  z.object({ ok: z.literal(true), data: z.unknown(), meta: z.record(z.string(), z.unknown()).optional() }).strict(),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string(), hint: z.string(), file: z.string().optional() }).strict() }).strict(),
]);

describe('HTTP API', () => {
  const engine = new Engine(openSqliteStore(':memory:'));
  const app = createApp(engine);
  const doc = '001_686ad31db21acba9.txt';
  let fact = '';
  let spec: { paths: Record<string, unknown> };

  beforeAll(async () => {
    await engine.ingest([CORPUS]);
    fact = (await engine.facts({ limit: 1 }))[0]!.id;
    spec = (await (await app.request('/api/openapi.json')).json()) as typeof spec;
  });

  it('describes itself in OpenAPI 3.1, every route and only those', () => {
    expect((spec as unknown as { openapi: string }).openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths).sort()).toEqual([...ROUTES, ...WRITE_ROUTES].map((r) => r.openapiPath).sort());
    for (const r of WRITE_ROUTES) expect(Object.keys(spec.paths[r.openapiPath] as object), r.path).toEqual(['post']);
    const appRoutes = new Set(app.routes.filter((r) => r.path.startsWith('/api')).map((r) => r.path.replace(/:(\w+)/g, '{$1}')));
    expect([...appRoutes].sort()).toEqual(Object.keys(spec.paths).sort());
  });

  it('answers every described route with the envelope (walking the OpenAPI paths)', async () => {
    for (const route of ROUTES) {
      const res = await app.request(exampleOf(route, { doc, fact }));
      expect(res.status, route.path).toBe(200);
      if (route.download) {
        // A file, not the envelope: one of the described content types, sent as an attachment.
        expect(route.download, route.path).toContain(res.headers.get('content-type'));
        expect(res.headers.get('content-disposition'), route.path).toMatch(/^attachment; filename="dyad-[\w.-]+"$/);
        expect((await res.text()).length, route.path).toBeGreaterThan(0);
      } else {
        expect(res.headers.get('content-type')).toMatch(/application\/json/);
        const body = await res.json();
        if (route.path !== '/api/openapi.json') expect(envelope.safeParse(body).success, route.path).toBe(true);
      }
      // Read-only: any other method is 405 with Allow, in the envelope.
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
        const other = await app.request(exampleOf(route, { doc, fact }), { method });
        expect(other.status, `${method} ${route.path}`).toBe(405);
        expect(other.headers.get('allow'), `${method} ${route.path}`).toBe('GET, HEAD');
        expect(((await other.json()) as { error: { code: string } }).error.code).toBe('METHOD_NOT_ALLOWED');
      }
    }
  });

  it('answers errors with the same envelope and the right status', async () => {
    const cases: [string, number, string][] = [
      ['/api/nowhere', 404, 'NOT_FOUND'],
      ['/api/docs/missing.txt', 404, 'NOT_FOUND'],
      ['/api/search', 400, 'BAD_REQUEST'],
      ['/api/search?q=ODA&limit=1000', 400, 'BAD_REQUEST'],
      ['/api/search?q=' + 'x'.repeat(600), 400, 'BAD_REQUEST'],
      ['/api/search?q=-China', 400, 'BAD_QUERY'],
      ['/api/search?q=ODA&from=2020&to=2010', 400, 'BAD_REQUEST'],
      [`/api/docs/${doc}?include=everything`, 400, 'BAD_REQUEST'],
    ];
    for (const [path, status, code] of cases) {
      const res = await app.request(path);
      expect(res.status, path).toBe(status);
      const body = (await res.json()) as { error: { code: string } };
      expect(envelope.safeParse(body).success, path).toBe(true);
      expect(body.error.code, path).toBe(code);
    }
  });

  it('gives a document with its structure, and search hits with exact offsets into its text', async () => {
    const text = ((await (await app.request(`/api/docs/${doc}/text`)).json()) as { data: { text: string } }).data.text;
    const body = (await (await app.request(`/api/docs/${doc}`)).json()) as { data: { blocks: { start: number; end: number; type: string }[] } };
    const heading = body.data.blocks.find((b) => b.type === 'heading' && text.slice(b.start, b.end) === '1.2. Cambodian Peace');
    expect(heading).toBeDefined();
    const search = (await (await app.request('/api/search?q=Cambod*&unit=sentence&doc=' + doc)).json()) as {
      data: { hits: { start: number; end: number; quote: string; highlights: { start: number; end: number }[] }[] };
    };
    expect(search.data.hits.length).toBeGreaterThan(3);
    for (const h of search.data.hits) {
      expect(text.slice(h.start, h.end)).toBe(h.quote);
      for (const m of h.highlights) expect(text.slice(m.start, m.end)).toMatch(/^Cambod/);
    }
  });

  it('serves document text as JSON only, never as markup', async () => {
    const res = await app.request(`/api/docs/${doc}/text`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers a question at /api/ask in the envelope, and refuses a missing or empty q', async () => {
    const res = await app.request(`/api/ask?q=${encodeURIComponent('When did Prince and Princess Akishino visit Vietnam?')}`);
    const body = (await res.json()) as { ok: boolean; data: { status: string; answer: string; citations: { doc: string; start: number; end: number; quote: string }[] } };
    expect(body.ok).toBe(true);
    expect(body.data).toMatchObject({ status: 'answered', answer: 'June 1999' });
    const text = (await engine.document(body.data.citations[0]!.doc)).text;
    for (const c of body.data.citations) expect(c.quote).toBe(text.slice(c.start, c.end));
    expect((await app.request('/api/ask')).status).toBe(400);
    expect((await app.request('/api/ask?q=')).status).toBe(400);
    const conflicts = (await (await app.request('/api/conflicts')).json()) as { ok: boolean; meta: { count: number } };
    expect(conflicts).toMatchObject({ ok: true });
  });

  it('pages /api/conflicts with offset and limit, meta.total counting them all', async () => {
    const whole = (await (await app.request('/api/conflicts')).json()) as { data: unknown[]; meta: { total: number } };
    expect(whole.meta.total).toBe(whole.data.length);
    const page = (await (await app.request('/api/conflicts?offset=1&limit=1')).json()) as { data: unknown[]; meta: Record<string, number> };
    expect(page.meta).toMatchObject({ count: Math.min(1, whole.data.length - 1), total: whole.data.length, offset: 1, limit: 1 });
    expect(page.data).toEqual(whole.data.slice(1, 2));
    expect((await app.request('/api/conflicts?limit=0')).status).toBe(400);
    expect((await app.request('/api/conflicts?page=2')).status).toBe(400);
    expect((await app.request('/api/conflicts?doc=no-such-report.txt')).status).toBe(404);
  });
});
