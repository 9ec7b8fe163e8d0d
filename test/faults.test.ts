import { describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync, existsSync, mkdirSync, openSync, closeSync, writeFileSync, writeSync, truncateSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openSqliteStore, SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { Engine } from '../src/knowledge/engine.js';
import { createApp } from '../src/serve/http/app.js';
import { sampleDocument } from './store-conformance.js';
import { BIN, dyad } from './helpers/cli.js';
import { CORPUS, tempDir } from './helpers/tmp.js';

const dir = tempDir('dyad-faults-');
const PARAGRAPH = 'Japan resumed its ODA to Viet Nam in November 1992, and Prime Minister Vo Van Kiet visited Tokyo in March 1993. ';

/** A real database of `n` documents, big enough to have pages past the first few. */
async function realDatabase(name: string, n = 3): Promise<string> {
  const path = join(dir, name);
  const store = openSqliteStore(path);
  for (let i = 0; i < n; i++) await store.putDocument(sampleDocument(`doc-${i}.txt`, `# Document ${i}\n\n` + (PARAGRAPH.repeat(10) + '\n\n').repeat(20)));
  await store.close();
  return path;
}

function overwrite(path: string, at: number, bytes: number): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(bytes, 0xa5), 0, bytes, at);
  closeSync(fd);
}

describe('a damaged database is refused with DB_CORRUPT', () => {
  const damages: [string, (path: string) => void][] = [
    ['a text file', (p) => writeFileSync(p, 'this is not a database, just some text that is long enough to be read as a header.\n'.repeat(100))],
    ['a database truncated to half', (p) => truncateSync(p, Math.floor(statSync(p).size / 2))],
    ['a database truncated inside its header', (p) => truncateSync(p, 60)],
    ['a header overwritten', (p) => overwrite(p, 0, 100)],
  ];

  it.each(damages)('%s: by the store, and by `dyad docs` (exit 1, the envelope under --json)', async (_, damage) => {
    const path = await realDatabase(`damaged-${Math.random().toString(36).slice(2)}.db`);
    damage(path);
    expect(() => openSqliteStore(path)).toThrow(expect.objectContaining({ code: 'DB_CORRUPT', file: path, message: expect.stringContaining(path) }));
    expect(() => openSqliteStore(path, { readonly: true })).toThrow(expect.objectContaining({ code: 'DB_CORRUPT' }));
    const r = dyad(['docs', '--db', path, '--json']);
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT', hint: expect.stringContaining('backup') } });
    const human = dyad(['docs', '--db', path]);
    expect(human.code).toBe(1);
    expect(human.stderr).toMatch(/^dyad: DB_CORRUPT: .*damaged-/);
    expect(human.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace: a refused file is not a crash
  });

  it('pages overwritten with garbage, which no listing reads: a writable open (an ingest) refuses the file, a read-only one reads what it can', async () => {
    const path = await realDatabase(`pages-${Math.random().toString(36).slice(2)}.db`);
    overwrite(path, 4096 * 8, 4096 * 4);
    expect(() => openSqliteStore(path)).toThrow(expect.objectContaining({ code: 'DB_CORRUPT', file: path }));
    const r = dyad(['ingest', CORPUS, '--db', path, '--json']);
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
    expect(() => openSqliteStore(path, { readonly: true }).close()).not.toThrow();
    const check = dyad(['check', '--db', path, '--json']);
    expect(check.code).toBe(1);
    expect(check.json).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT', file: path } });
  });

  it('`dyad check` on a sound database: exit 0, no problems', async () => {
    const path = await realDatabase(`sound-${Math.random().toString(36).slice(2)}.db`);
    const r = dyad(['check', '--db', path, '--json']);
    expect(r.code).toBe(0);
    expect(r.json).toEqual({ ok: true, data: { db: path, problems: [] } });
  });

  it('a file as the last clean close left it is not read page by page again; bytes overwritten with the mtime put back still are', async () => {
    const path = await realDatabase(`stamp-${Math.random().toString(36).slice(2)}.db`);
    expect(existsSync(`${path}-verified`)).toBe(true);
    const spy = vi.spyOn(Database.prototype, 'pragma');
    const quickChecks = () => spy.mock.calls.filter(([source]) => source.startsWith('quick_check')).length;
    try {
      await openSqliteStore(path).close();
      expect(quickChecks()).toBe(0);
      const { atime, mtime } = statSync(path);
      overwrite(path, 4096 * 8, 4096 * 4);
      utimesSync(path, atime, mtime); // the change time still moves
      expect(() => openSqliteStore(path)).toThrow(expect.objectContaining({ code: 'DB_CORRUPT', file: path }));
      expect(quickChecks()).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('a -wal left by a writer that did not close (killed) makes the next writable open check every page', async () => {
    const path = await realDatabase(`wal-${Math.random().toString(36).slice(2)}.db`);
    const writer = new Database(path);
    writer.pragma('journal_mode = WAL');
    writer.prepare("UPDATE documents SET kind = 'changed' WHERE rowid = 1").run(); // stays in the -wal while the connection is open
    const spy = vi.spyOn(Database.prototype, 'pragma');
    try {
      await openSqliteStore(path).close();
      expect(spy.mock.calls.filter(([source]) => source.startsWith('quick_check'))).toHaveLength(1);
      expect(existsSync(`${path}-verified`)).toBe(false); // another connection still holds the -wal: no stamp
    } finally {
      spy.mockRestore();
      writer.close();
    }
  });

  it('a page found damaged by a query (not at open) is DB_CORRUPT naming the file, not a raw SQLite error', async () => {
    const path = await realDatabase('late.db');
    const raw = new Database(path);
    const root = (raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'documents'").get() as { rootpage: number }).rootpage;
    raw.close();
    overwrite(path, (root - 1) * 4096, 4096);
    // Constructed on the connection directly, past the check at open, as if damaged since.
    const store = new SqliteStore(new Database(path, { readonly: true }), path);
    await expect(store.listDocuments()).rejects.toMatchObject({ code: 'DB_CORRUPT', file: path });
    await expect(store.getDocument('doc-0.txt')).rejects.toMatchObject({ code: 'DB_CORRUPT' });
    await store.close();
  });
});

describe('a database damaged under a running server', () => {
  it('answers DB_CORRUPT in the envelope, naming the database without its folder', async () => {
    const path = await realDatabase('served.db');
    const raw = new Database(path);
    const root = (raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'documents'").get() as { rootpage: number }).rootpage;
    raw.close();
    overwrite(path, (root - 1) * 4096, 4096);
    const app = createApp(new Engine(new SqliteStore(new Database(path, { readonly: true }), path)));
    const res = await app.request('/api/docs');
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT', message: expect.stringContaining('served.db') } });
    expect(JSON.stringify(body)).not.toContain(dir);
  });
});

describe('a database that cannot be written', () => {
  it('refuses a write with DB_READ_ONLY naming the file, keeps what is stored, and still reads (meaningful as root: a read-only connection)', async () => {
    const path = await realDatabase('ro.db', 2);
    const store = openSqliteStore(path, { readonly: true });
    await expect(store.putDocument(sampleDocument('new.txt', 'Viet Nam joined ASEAN in 1995.'))).rejects.toMatchObject({ code: 'DB_READ_ONLY', file: path, message: expect.stringContaining(path) });
    await expect(store.deleteDocument('doc-0.txt')).rejects.toMatchObject({ code: 'DB_READ_ONLY' });
    const inputs = join(dir, 'ro-in');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a.txt'), 'Viet Nam joined ASEAN in July 1995.');
    writeFileSync(join(inputs, 'b.txt'), 'Japan and Viet Nam upgraded their ties in November 2023.');
    // The run stops at the first document: the database, not the document, failed.
    await expect(new Engine(store).ingest([inputs])).rejects.toMatchObject({ code: 'DB_READ_ONLY' });
    expect((await store.listDocuments()).map((d) => d.name)).toEqual(['doc-0.txt', 'doc-1.txt']);
    expect((await new Engine(store).search({ query: 'ODA' })).total).toBeGreaterThan(0);
    await store.close();
    const reopened = openSqliteStore(path);
    expect(await reopened.check()).toEqual([]);
    expect((await reopened.listDocuments()).length).toBe(2);
    await reopened.close();
  });

  // As root, permissions stop nothing: the CLI then runs as `nobody` (runuser), so the test still means something.
  const root = process.getuid?.() === 0;
  const runuser = root ? spawnSync('runuser', ['--help']).status === 0 : false;
  it.skipIf(process.platform === 'win32' || (root && !runuser))(
    '`dyad ingest` into a file and folder without write permission: DB_READ_ONLY naming the file; docs, search, events still work',
    async () => {
      const base = mkdtempSync(join(tmpdir(), 'dyad-locked-'));
      try {
        const folder = join(base, 'locked');
        mkdirSync(folder);
        const path = join(folder, 'kb.db');
        const store = openSqliteStore(path);
        await store.putDocument(sampleDocument('a.txt', 'Japan resumed ODA to Viet Nam in November 1992. Prime Minister Vo Van Kiet visited Japan in March 1993.'));
        await store.close();
        const input = join(base, 'one.txt');
        writeFileSync(input, 'Viet Nam joined ASEAN in July 1995.');
        chmodSync(base, 0o755);
        chmodSync(input, 0o644);
        chmodSync(path, 0o444);
        chmodSync(folder, 0o555);
        const cli = (args: string[]) => {
          const r = root ? spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, BIN, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
          return { code: r.status, stdout: r.stdout, stderr: r.stderr };
        };
        const r = cli(['ingest', input, '--db', path, '--json']);
        expect(r.code).toBe(1);
        expect(JSON.parse(r.stdout).error).toMatchObject({ code: 'DB_READ_ONLY', file: path });
        const docs = cli(['docs', '--db', path, '--json']);
        expect(docs.code, docs.stderr).toBe(0);
        expect(JSON.parse(docs.stdout).data.map((d: { name: string }) => d.name)).toEqual(['a.txt']);
        expect(JSON.parse(cli(['search', 'ODA', '--db', path, '--json']).stdout).data.total).toBe(1);
        expect(cli(['events', '--db', path, '--json']).code).toBe(0);
      } finally {
        chmodSync(join(base, 'locked'), 0o755);
        rmSync(base, { recursive: true, force: true });
      }
    },
  );
});

describe('dyad backup', () => {
  it('copies the database while another process ingests into it; the copy opens and passes integrity_check', async () => {
    const inputs = join(dir, 'bk-in');
    mkdirSync(inputs);
    for (let i = 0; i < 30; i++) writeFileSync(join(inputs, `doc-${String(i).padStart(2, '0')}.txt`), `# Document ${i}\n\n` + (PARAGRAPH.repeat(10) + '\n\n').repeat(20));
    const db = join(dir, 'bk.db');
    const child = spawn(process.execPath, [BIN, 'ingest', inputs, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
    // Back up once a few documents are in, while the writer goes on.
    const copy = join(dir, 'bk-copy.db');
    let backedUp: Promise<ReturnType<typeof dyad>> | undefined;
    await new Promise<void>((resolve) => {
      let seen = 0;
      child.stderr.on('data', (chunk: Buffer) => {
        seen += (chunk.toString().match(/\] added /g) ?? []).length;
        if (seen >= 2 && !backedUp) {
          backedUp = Promise.resolve(dyad(['backup', copy, '--db', db, '--json']));
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    const r = await backedUp!;
    await new Promise((done) => (child.exitCode !== null ? done(null) : child.on('exit', done)));
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ ok: true, data: { backup: copy } });
    const raw = new Database(copy, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const store = openSqliteStore(copy, { readonly: true });
    expect(await store.check()).toEqual([]);
    const n = (await store.listDocuments()).length;
    expect(n).toBeGreaterThanOrEqual(2);
    for (const d of await store.listDocuments()) expect(d.counts.sentences).toBe(1 + 20 * 10);
    await store.close();
  });

  it('refuses to overwrite a file unless --force, which replaces it whole', async () => {
    const db = await realDatabase('bk2.db', 1);
    const target = join(dir, 'existing.db');
    writeFileSync(target, 'precious');
    const refused = dyad(['backup', target, '--db', db, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.json.error).toMatchObject({ code: 'FILE_EXISTS' });
    expect(existsSync(target) && statSync(target).size).toBe(8);
    const forced = dyad(['backup', target, '--db', db, '--force']);
    expect(forced.code).toBe(0);
    const store = openSqliteStore(target, { readonly: true });
    expect((await store.listDocuments()).map((d) => d.name)).toEqual(['doc-0.txt']);
    await store.close();
  });

  it('backs up an in-memory store through the Store interface', async () => {
    const store = openSqliteStore(':memory:');
    await store.putDocument(sampleDocument('a.txt', 'Viet Nam joined ASEAN in 1995.'));
    const target = join(dir, 'mem-copy.db');
    await store.backup(target);
    await expect(store.backup(target)).rejects.toMatchObject({ code: 'FILE_EXISTS', file: target });
    await store.close();
    copyFileSync(target, target + '.2');
    const copy = openSqliteStore(target + '.2');
    expect((await copy.listDocuments()).map((d) => d.name)).toEqual(['a.txt']);
    await copy.close();
  });
});

describe('a full disk', () => {
  it.skipIf(process.platform === 'win32')(
    '`dyad ingest` under a file-size limit (ulimit -f): DB_FULL, and the database opens with everything stored before',
    async () => {
      const db = join(dir, 'full.db');
      const small = join(dir, 'small.txt');
      writeFileSync(small, 'Japan resumed ODA to Viet Nam in November 1992.');
      expect(dyad(['ingest', small, '--db', db, '-q']).code).toBe(0);
      const big = join(dir, 'big.txt');
      writeFileSync(big, '# Big\n\n' + Array.from({ length: 300 }, (_, i) => PARAGRAPH.repeat(8) + `Paragraph ${i}.\n\n`).join(''));
      // 256 KiB: more than the database holds now, less than the big document needs.
      const r = spawnSync('sh', ['-c', 'ulimit -f 256; exec "$0" "$@"', process.execPath, BIN, 'ingest', big, '--db', db, '--json', '-q'], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: 'DB_FULL', file: db } });
      const store = openSqliteStore(db);
      expect(await store.check()).toEqual([]);
      expect((await store.listDocuments()).map((d) => d.name)).toEqual(['small.txt']);
      await store.close();
      // Without the limit the same ingest goes through.
      expect(dyad(['ingest', big, '--db', db, '--json', '-q']).json.data.totals).toMatchObject({ added: 1, failed: 0 });
    },
    180_000,
  );
});
