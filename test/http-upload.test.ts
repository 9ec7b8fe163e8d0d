import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { Engine } from '../src/knowledge/engine.js';
import { createApp } from '../src/serve/http/app.js';

const TOKEN = 'upload-test-token-81c2';
const NOTE = 'In April 2016 the two governments signed a memorandum on vocational training in Da Nang.\n';

function form(files: [string, string | Uint8Array][]): FormData {
  const f = new FormData();
  for (const [name, body] of files) f.append('file', new Blob([body as BlobPart]), name);
  return f;
}

describe('POST /api/documents: uploads through the Engine, only with the server token', () => {
  const engine = new Engine(openSqliteStore(':memory:'));
  const app = createApp(engine, { token: TOKEN });
  const post = async (body: FormData | string, headers: Record<string, string> = {}) => {
    const res = await app.request('/api/documents', { method: 'POST', body, headers });
    return {
      res,
      body: (await res.json()) as {
        ok: boolean;
        data?: { items: { name: string; status: string; file: string; error?: { code: string; message: string } }[] };
        error?: { code: string; message: string };
      },
    };
  };

  it('refuses a write without a token (401, with WWW-Authenticate) and with another token (403); nothing is stored', async () => {
    const none = await post(form([['note.txt', NOTE]]));
    expect(none.res.status).toBe(401);
    expect(none.body.error?.code).toBe('UNAUTHORIZED');
    expect(none.res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await post(form([['note.txt', NOTE]]), { Authorization: 'Bearer not-the-token' });
    expect(wrong.res.status).toBe(403);
    expect(wrong.body.error?.code).toBe('FORBIDDEN');
    expect(await engine.listDocuments()).toEqual([]);
  });

  it('refuses every write when the server has no token', async () => {
    const readOnly = createApp(engine);
    const res = await readOnly.request('/api/documents', { method: 'POST', body: form([['note.txt', NOTE]]), headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(403);
  });

  it('ingests the files with the token; a bad file is its own error item, naming it, with no server path', async () => {
    const { res, body } = await post(
      form([
        ['note.txt', NOTE],
        ['slides.pptx', 'PK'],
        ['empty.md', ''],
      ]),
      { Authorization: `Bearer ${TOKEN}` },
    );
    expect(res.status).toBe(200);
    const items = Object.fromEntries(body.data!.items.map((i) => [i.name, i]));
    expect(items['note.txt']).toMatchObject({ status: 'added', file: 'note.txt' });
    expect(items['slides.pptx']!.error?.code).toBe('UNSUPPORTED_TYPE');
    expect(items['empty.md']!.error?.code).toBe('EMPTY_DOCUMENT');
    expect(JSON.stringify(body)).not.toMatch(/dyad-upload-|\/tmp\//);
    expect((await engine.listDocuments()).map((d) => d.name)).toEqual(['note.txt']);
    // Reads stay open: the new document is searchable without a token.
    const hits = (await (await app.request('/api/search?q=vocational')).json()) as { data: { hits: { doc: string }[] } };
    expect(hits.data.hits.map((h) => h.doc)).toContain('note.txt');
  });

  it('refuses a body that is not multipart, or has no file, naming what it takes', async () => {
    const json = await post('{"file":"x"}', { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' });
    expect(json.res.status).toBe(400);
    expect(json.body.error?.message).toContain('multipart/form-data');
    const f = new FormData();
    f.append('title', 'no file here');
    const empty = await post(f, { Authorization: `Bearer ${TOKEN}` });
    expect(empty.res.status).toBe(400);
    expect(empty.body.error?.message).toContain('"file"');
  });

  it('answers other methods on the route with 405 and Allow: POST', async () => {
    const res = await app.request('/api/documents');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
});
