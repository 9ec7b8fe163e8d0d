import { describe, expect, it, beforeAll, vi } from 'vitest';
import { z } from 'zod';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { Engine } from '../src/knowledge/engine.js';
import { createApp } from '../src/serve/http/app.js';
import { exampleOf, ROUTES } from '../src/serve/http/routes.js';
import { API_CSP, MAX_URL_LENGTH } from '../src/serve/http/guards.js';
import { webPage } from '../src/web/page.js';
import { CORPUS } from './helpers/tmp.js';

const failure = z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string(), hint: z.string() }).strict() }).strict();

describe('HTTP API refuses what it cannot answer, in the envelope', () => {
  const engine = new Engine(openSqliteStore(':memory:'));
  const app = createApp(engine);
  const doc = '001_686ad31db21acba9.txt';
  let fact = '';
  const get = async (path: string, init?: RequestInit) => {
    const res = await app.request(path, init);
    return { res, body: (await res.json()) as any }; // a JSON body, read loosely: the assertions check its shape
  };

  beforeAll(async () => {
    await engine.ingest([CORPUS]);
    fact = (await engine.facts({ limit: 1 }))[0]!.id;
  });

  it('answers 405 with Allow to other methods on the web page, and HEAD like GET on every route', async () => {
    const { res, body } = await get('/', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(failure.parse(body).error.code).toBe('METHOD_NOT_ALLOWED');
    for (const path of ['/', ...ROUTES.map((r) => exampleOf(r, { doc, fact }))]) expect((await app.request(path, { method: 'HEAD' })).status, `HEAD ${path}`).toBe(200);
  });

  it('refuses an unknown parameter on every route, naming the ones it takes', async () => {
    for (const route of ROUTES) {
      const path = exampleOf(route, { doc, fact });
      const { res, body } = await get(path + (path.includes('?') ? '&' : '?') + 'colour=red');
      expect(res.status, path).toBe(400);
      expect(body.error.message, path).toContain('"colour"');
      for (const name of Object.keys(route.params.shape)) expect(body.error.message, path).toContain(name);
    }
  });

  it('refuses unknown values, naming the allowed ones', async () => {
    const cases: [string, string][] = [
      ['/api/events?type=nonsense', 'leader_visit'],
      ['/api/facts?unit=EUROS', 'USD'],
      ['/api/entities?type=planet', 'organisation'],
      ['/api/search?q=ODA&unit=word', 'sentence'],
      ['/api/events?offset=-1', 'offset'],
    ];
    for (const [path, allowed] of cases) {
      const { res, body } = await get(path);
      expect(res.status, path).toBe(400);
      expect(failure.parse(body).error.code).toBe('BAD_REQUEST');
      expect(body.error.message, path).toContain(allowed);
    }
  });

  it('refuses malformed percent-encoding instead of searching it literally, and an over-long URL', async () => {
    for (const path of ['/api/search?q=%ff%fe', '/api/search?q=ODA%2', `/api/docs/${doc}%E0%A4`]) {
      const { res, body } = await get(path);
      expect(res.status, path).toBe(400);
      expect(body.error.message).toMatch(/percent-encoding/);
    }
    expect((await get('/api/search?q=Vi%E1%BB%87t')).res.status).toBe(200);
    const { res, body } = await get('/api/search?q=ODA&doc=' + 'a'.repeat(MAX_URL_LENGTH));
    expect(res.status).toBe(414);
    expect(failure.parse(body).error.code).toBe('URI_TOO_LONG');
  });

  it('pages events, facts and entities with offset, and counts them all in meta.total', async () => {
    for (const kind of ['events', 'facts', 'entities']) {
      const all = await get(`/api/${kind}`);
      expect(all.body.meta.total).toBe(all.body.data.length);
      expect(all.body.data.length, kind).toBeGreaterThan(10);
      const page = await get(`/api/${kind}?offset=4&limit=3`);
      expect(page.body.data, kind).toEqual(all.body.data.slice(4, 7));
      expect(page.body.meta).toEqual({ count: 3, total: all.body.data.length, offset: 4, limit: 3 });
      const past = await get(`/api/${kind}?offset=${all.body.data.length}`);
      expect(past.body).toMatchObject({ ok: true, data: [], meta: { total: all.body.data.length } });
    }
  });

  it('filters facts by unit', async () => {
    const { body } = await get('/api/facts?unit=USD');
    expect(body.data.length).toBeGreaterThan(3);
    for (const f of body.data) expect(f.unit).toBe('USD');
  });

  it('describes offset and the filters in OpenAPI', async () => {
    const { body } = await get('/api/openapi.json');
    for (const path of ['/api/events', '/api/facts', '/api/entities']) {
      const names = body.paths[path].get.parameters.map((p: { name: string }) => p.name);
      expect(names, path).toEqual(expect.arrayContaining(['type', 'offset', 'limit']));
    }
    expect(body.paths['/api/facts'].get.parameters.map((p: { name: string }) => p.name)).toContain('unit');
    const type = body.paths['/api/events'].get.parameters.find((p: { name: string }) => p.name === 'type');
    expect(type.schema.enum).toContain('leader_visit');
  });

  it("sends a Content-Security-Policy allowing only the page's own files: no inline script or style at all", async () => {
    const res = await app.request('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    const html = webPage();
    // The page holds no inline script or style, so the policy needs no hash and no 'unsafe-inline'.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son\w+=/);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toMatch(/style-src 'self';/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|sha256-|data:|\*/);
    // The scripts and styles the page loads are served from this origin, with their content type.
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(1);
    for (const a of assets) {
      const r = await app.request(a);
      expect(r.status, a).toBe(200);
      expect(r.headers.get('content-type'), a).toMatch(/javascript|css|svg/);
    }
    expect((await app.request('/assets/..%2Fpackage.json')).status).toBe(404);
    expect((await app.request('/api/docs')).headers.get('content-security-policy')).toBe(API_CSP);
  });

  it('shows no server file path in any answer', async () => {
    const root = CORPUS.replace(/\/$/, '');
    for (const route of ROUTES) {
      const text = await (await app.request(exampleOf(route, { doc, fact }))).text();
      expect(text, route.path).not.toContain(root);
      expect(text, route.path).not.toContain(process.cwd());
    }
    const docs = (await get('/api/docs')).body.data as { name: string; source: string }[];
    for (const d of docs) expect(d.source).toBe(d.name);
  });

  it('answers QUERY_TIMEOUT when an answer takes too long', async () => {
    const stuck = Object.create(engine) as Engine;
    stuck.listDocuments = () => new Promise(() => {});
    const res = await createApp(stuck, { timeoutMs: 20 }).request('/api/docs');
    expect(res.status).toBe(503);
    expect(failure.parse(await res.json()).error.code).toBe('QUERY_TIMEOUT');
  });

  it('keeps server details out of an internal error', async () => {
    const broken = Object.create(engine) as Engine;
    broken.listDocuments = () => Promise.reject(new Error('SQLITE_CORRUPT at /srv/secret/kb.db'));
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await createApp(broken).request('/api/docs');
    expect(log).toHaveBeenCalled(); // the details go to the server's log
    log.mockRestore();
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('/srv/secret');
    expect(JSON.parse(text).error.code).toBe('INTERNAL');
  });
});
