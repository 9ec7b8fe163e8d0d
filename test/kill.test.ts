import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { BIN, dyad } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

/** A folder of `docs` text files, each a heading and `paragraphs` paragraphs of `sentence` said `times` times; and a database path beside it. */
function inputFolder(docs: number, paragraphs: number, times: number, sentence: string): { inputs: string; db: string } {
  const dir = tempDir();
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  for (let i = 0; i < docs; i++) writeFileSync(join(inputs, `doc-${String(i).padStart(2, '0')}.txt`), `# Document ${i}\n\n` + (sentence.repeat(times) + '\n\n').repeat(paragraphs));
  return { inputs, db: join(dir, 'kb.db') };
}

describe('a process killed during ingest', () => {
  it('leaves a database that opens, is consistent, and takes the same ingest again', async () => {
    const { inputs, db } = inputFolder(60, 40, 20, 'Japan resumed its ODA to Viet Nam in November 1992, and Prime Minister Vo Van Kiet visited Tokyo in March 1993. ');
    // Two worker threads extract ahead while the main thread stores: a kill leaves the same whole documents.
    const child = spawn(process.execPath, [BIN, 'ingest', inputs, '--db', db, '--jobs', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    // Kill it once a few documents are in: mid-run, most likely mid-transaction.
    await new Promise<void>((resolve) => {
      let seen = 0;
      child.stderr.on('data', (chunk: Buffer) => {
        seen += (chunk.toString().match(/\] added /g) ?? []).length;
        if (seen >= 3 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    await new Promise((r) => child.on('exit', r));
    const store = openSqliteStore(db);
    expect(await store.check()).toEqual([]);
    const partial = (await store.listDocuments()).length;
    expect(partial).toBeGreaterThanOrEqual(3);
    expect(partial).toBeLessThan(60);
    for (const d of await store.listDocuments()) expect(d.counts.sentences).toBe(1 + 40 * 20);
    await store.close();
    const again = dyad(['ingest', inputs, '--db', db, '--json']);
    expect(again.code).toBe(0);
    expect(again.json.data.totals).toMatchObject({ added: 60 - partial, unchanged: partial, failed: 0 });
  }, 300_000); // two ingests of 60 documents: about 60 s on a 2-core machine shared with other jobs, up to 180 s at load 15–20

  it('survives kill -9 at several points in a row, each leaving a whole database, and ends with every document once', async () => {
    const { inputs, db } = inputFolder(30, 30, 15, 'Peru and Chile signed a fisheries agreement in Lima in May 2015, and the Chilean president visited Lima in June 2016. ');
    // Fixed delays, so a failure can be run again: early (opening, migrating), mid-document, later.
    let killed = 0;
    for (const delay of [60, 250, 700, 1200, 1900]) {
      const child = spawn(process.execPath, [BIN, 'ingest', inputs, '--db', db], { stdio: 'ignore' });
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      const signal = await new Promise((r) => child.on('exit', (_code, sig) => r(sig)));
      clearTimeout(timer);
      if (signal === 'SIGKILL') killed++;
      const store = openSqliteStore(db);
      expect(await store.check()).toEqual([]);
      // A document is there whole or not at all.
      for (const d of await store.listDocuments()) expect(d.counts.sentences).toBe(1 + 30 * 15);
      await store.close();
    }
    expect(killed).toBeGreaterThan(1);
    const last = dyad(['ingest', inputs, '--db', db, '--json']);
    expect(last.code).toBe(0);
    expect(last.json.data.totals.failed).toBe(0);
    expect(last.json.data.totals.added + last.json.data.totals.unchanged).toBe(30);
    const store = openSqliteStore(db, { readonly: true });
    expect((await store.listDocuments()).length).toBe(30);
    await store.close();
  }, 180_000); // 15 s idle; 66 s seen at load 18
});
