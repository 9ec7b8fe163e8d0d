import { describe, expect, it, afterAll } from 'vitest';
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { Engine } from '../src/knowledge/engine.js';
import { createApp } from '../src/serve/http/app.js';
import { clientErrorResponse, listen, parsePort } from '../src/serve/http/server.js';
import { dyad } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { BIN } from './helpers/cli.js';

/** One raw request to 127.0.0.1:port; resolves with status, headers and body. */
function raw(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A port some other program holds. */
function occupy(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}

describe('the HTTP server (Node, 127.0.0.1)', () => {
  const engine = new Engine(openSqliteStore(':memory:'));
  const started = listen(createApp(engine), { host: '127.0.0.1', port: 0 });
  afterAll(async () => {
    const { server } = await started;
    await new Promise((r) => server.close(r));
  });

  it("answers headers or a request line over Node's limit in the envelope (431, 414), not an empty body", async () => {
    const { port } = await started;
    const long = await raw(port, '/api/search?q=' + 'a'.repeat(100 * 1024));
    expect(long.status).toBe(414);
    expect(JSON.parse(long.body)).toMatchObject({ ok: false, error: { code: 'URI_TOO_LONG' } });
    const headers = await raw(port, '/api/health', { 'x-padding': 'a'.repeat(20 * 1024) });
    expect(headers.status).toBe(431);
    expect(headers.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(headers.body)).toMatchObject({ ok: false, error: { code: 'HEADERS_TOO_LARGE', hint: expect.any(String) } });
    expect((await raw(port, '/api/health')).status).toBe(200);
  });

  it('tells an over-long request line from over-large headers, and a slow request, by what Node read', () => {
    const overflow = (raw: string) => Object.assign(new Error('Header overflow'), { code: 'HPE_HEADER_OVERFLOW', rawPacket: Buffer.from(raw) });
    const cases: [Error, number, string][] = [
      [overflow('GET /api/search?q=' + 'a'.repeat(20_000)), 414, 'URI_TOO_LONG'],
      [overflow('GET /api/health HTTP/1.1\r\nCookie: ' + 'a'.repeat(20_000)), 431, 'HEADERS_TOO_LARGE'],
      [overflow('a'.repeat(20_000)), 431, 'HEADERS_TOO_LARGE'],
      [Object.assign(new Error('timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), 408, 'REQUEST_TIMEOUT'],
      [Object.assign(new Error('Parse Error'), { code: 'HPE_INVALID_METHOD' }), 400, 'BAD_REQUEST'],
    ];
    for (const [err, status, code] of cases) {
      const r = clientErrorResponse(err);
      expect(r.status, code).toBe(status);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code } });
    }
  });

  it('refuses a port in use and an invalid port with their own codes', async () => {
    const other = await occupy();
    try {
      await expect(listen(createApp(engine), { host: '127.0.0.1', port: other.port })).rejects.toMatchObject({ code: 'PORT_IN_USE' });
    } finally {
      other.server.close();
    }
    for (const bad of ['99999', '-1', '80a', '']) expect(() => parsePort(bad), bad).toThrow(expect.objectContaining({ code: 'INVALID_PORT' }));
    expect(parsePort('0')).toBe(0);
  });

  it('dyad serve exits 2 with PORT_IN_USE or INVALID_PORT, no stack trace', async () => {
    const db = join(tempDir(), 'kb.db');
    expect(dyad(['ingest', '--db', db, '--quiet', join(new URL('../corpus/vietnam-japan/', import.meta.url).pathname, '003_54b582bcc5d920ee.txt')]).code).toBe(0);
    const invalid = dyad(['serve', '--db', db, '--port', '99999', '--json']);
    expect(invalid.code).toBe(2);
    expect(invalid.json.error.code).toBe('INVALID_PORT');
    const other = await occupy();
    try {
      const inUse = dyad(['serve', '--db', db, '--host', '127.0.0.1', '--port', String(other.port)]);
      expect(inUse.code).toBe(2);
      expect(inUse.stderr).toContain('PORT_IN_USE');
      expect(inUse.stderr).not.toMatch(/\n\s+at /);
    } finally {
      other.server.close();
    }
  });

  it('dyad serve prints its upload token (DYAD_TOKEN, --token over it), takes an upload with it into the database, and refuses a short token', async () => {
    const db = join(tempDir(), 'kb.db');
    expect(dyad(['ingest', '--db', db, '--quiet', join(new URL('../corpus/vietnam-japan/', import.meta.url).pathname, '003_54b582bcc5d920ee.txt')]).code).toBe(0);
    const short = dyad(['serve', '--db', db, '--port', '0', '--token', 'abc', '--json']);
    expect(short.code).toBe(2);
    expect(short.stderr + short.stdout).toContain('--token');
    const server = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--json', '--token', 'from-the-flag-1234'], {
      env: { ...process.env, DYAD_TOKEN: 'from-the-environment-5678' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const started = await new Promise<{ url: string; token: string }>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (c: Buffer) => {
          out += c;
          try {
            resolve(JSON.parse(out).data);
          } catch {
            /* not whole yet */
          }
        });
        server.on('exit', (code) => reject(new Error(`dyad serve exited ${code}`)));
      });
      expect(started.token).toBe('from-the-flag-1234');
      const upload = (token: string) => {
        const f = new FormData();
        f.append('file', new Blob(['In May 2022 the two prime ministers met in Tokyo and agreed on a digital partnership.\n']), 'tokyo-meeting.txt');
        return fetch(`${started.url}api/documents`, { method: 'POST', body: f, headers: { Authorization: `Bearer ${token}` } });
      };
      expect((await upload('from-the-environment-5678')).status).toBe(403);
      const ok = await upload(started.token);
      expect(ok.status).toBe(200);
      const docs = (await (await fetch(`${started.url}api/docs`)).json()) as { data: { name: string }[] };
      expect(docs.data.map((d) => d.name)).toContain('tokyo-meeting.txt');
    } finally {
      server.kill('SIGTERM');
    }
  });
});
