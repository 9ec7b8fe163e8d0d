import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { parseQuery } from '../src/query/search-query.js';
import { BIN } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

/** Runs the built CLI and resolves with its exit code and parsed --json output. */
function ingestProcess(args: string[]): Promise<{ code: number | null; json: any; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', ...args, '--json', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    child.on('close', (code) => {
      let json: unknown;
      try {
        json = JSON.parse(stdout);
      } catch {
        json = undefined;
      }
      resolve({ code, json, stderr });
    });
  });
}

/** A word the stemmer keeps whole and no other document holds: letters only. */
const marker = (i: number) => 'zq' + [...String(i).padStart(3, '0')].map((d) => 'abcdefghij'[Number(d)]).join('') + 'marker';

describe('many writers on one database', () => {
  it('four ingest processes at once: every document lands exactly once, none fails, the index is whole', async () => {
    const dir = tempDir();
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    const N = 40;
    const files: string[] = [];
    for (let i = 0; i < N; i++) {
      const file = join(inputs, `doc-${String(i).padStart(3, '0')}.txt`);
      writeFileSync(file, `# Note ${i}\n\nJapan resumed its ODA to Viet Nam in November 1992 (${marker(i)}).\n\nA second paragraph about trade in 2019.\n`);
      files.push(file);
    }
    const db = join(dir, 'kb.db');
    // Two walk the folder in name order, two take the files in reverse: they meet in the middle.
    const runs = await Promise.all([
      ingestProcess([inputs, '--db', db]),
      ingestProcess([inputs, '--db', db]),
      ingestProcess([...files].reverse().concat('--db', db)),
      ingestProcess([...files].reverse().concat('--db', db)),
    ]);
    for (const r of runs) {
      expect(r.stderr).not.toMatch(/INTERNAL|locked/);
      expect(r.code).toBe(0);
      expect(r.json.data.totals.failed).toBe(0);
    }
    // Each document is added by exactly one process; the others find it unchanged or replace it.
    expect(runs.reduce((n, r) => n + r.json.data.totals.added, 0)).toBe(N);

    const store = openSqliteStore(db, { readonly: true });
    try {
      expect(await store.check()).toEqual([]);
      const docs = await store.listDocuments();
      expect(docs.map((d) => d.name)).toEqual(files.map((f) => f.slice(inputs.length + 1)));
      for (const [i, d] of docs.entries()) {
        expect(d.counts.paragraphs).toBe(2);
        for (const unit of ['paragraph', 'sentence'] as const) {
          const r = await store.search(parseQuery(marker(i)), { query: marker(i), unit, limit: 5, offset: 0 });
          expect(
            r.hits.map((h) => h.doc),
            `${unit} ${marker(i)}`,
          ).toEqual([d.name]);
        }
      }
    } finally {
      await store.close();
    }
  }, 120_000);
});
