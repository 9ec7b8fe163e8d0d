import { describe, expect, it, beforeAll } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { ingest, type IngestProgress, type IngestReport } from '../src/ingest/ingest.js';
import { dyad } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

// Invented reports on other pairs of states, in the manner of news and briefings.
const DOCS: Record<string, string> = {
  'a-fisheries.md':
    '# Fisheries talks\n\nPeru and Chile signed a fisheries agreement in Lima on 12 May 2015, after two years of talks over the anchovy catch off Arica.\n\nA year later, the Chilean foreign minister visited Lima and pledged US$40 million for a joint research vessel.\n',
  'b-border.txt':
    'Norway and Sweden reopened the border crossing at Svinesund in June 2021. Trade across it fell by 18 percent in 2020, the customs office said.\n\nIn March 2022 the two governments agreed to share the cost of a new bridge, about NOK 350 million.\n',
  'c-summit.md':
    '# Summit in Nairobi\n\nKenya and Tanzania held a summit in Nairobi in October 2019. The presidents signed three agreements on energy, roads and trade.\n\nTanzania protested in January 2020 against the seizure of 200 trucks at the border, and Kenya released them a week later.\n',
  'd-loan.txt':
    'In 2008 Argentina lent Bolivia US$450 million for a gas pipeline. The loan was repaid in 2014.\n\nOn 3 April 2016 the Bolivian president visited Buenos Aires; the two sides discussed a second pipeline, which was postponed in 2018.\n',
  'e-copy.txt':
    'In 2008 Argentina lent Bolivia US$450 million for a gas pipeline. The loan was repaid in 2014.\n\nOn 3 April 2016 the Bolivian president visited Buenos Aires; the two sides discussed a second pipeline, which was postponed in 2018.\n',
  'f-empty.txt': '',
  'g-binary.txt': '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\r',
  'h-slides.pptx': 'PK\u0003\u0004',
};

/** Everything a report says but the file paths' folder (each run has its own copy of the inputs). */
const items = (r: IngestReport, dir: string) => JSON.parse(JSON.stringify(r.items).replaceAll(dir, 'DIR'));

describe('ingest with worker threads (--jobs)', () => {
  const dir = tempDir();
  const runs: Record<number, { report: IngestReport; db: string; inputs: string; progress: IngestProgress[] }> = {};

  beforeAll(async () => {
    for (const jobs of [1, 2]) {
      const inputs = join(dir, `in-${jobs}`);
      mkdirSync(inputs);
      for (const [name, text] of Object.entries(DOCS)) writeFileSync(join(inputs, name), name === 'g-binary.txt' ? Buffer.from(text, 'latin1') : text);
      const db = join(dir, `kb-${jobs}.db`);
      const store = openSqliteStore(db);
      const progress: IngestProgress[] = [];
      const report = await ingest([inputs], { store, jobs, now: () => new Date('2024-01-02T03:04:05Z'), onProgress: (p) => progress.push(p) });
      await store.close();
      runs[jobs] = { report, db, inputs, progress };
    }
  }, 120_000);

  it('stores exactly what one thread stores: documents, annotations and reconciled knowledge', async () => {
    const one = openSqliteStore(runs[1]!.db, { readonly: true });
    const two = openSqliteStore(runs[2]!.db, { readonly: true });
    const names = (await one.listDocuments()).map((d) => d.name);
    expect(names).toEqual(['a-fisheries.md', 'b-border.txt', 'c-summit.md', 'd-loan.txt']);
    expect((await two.listDocuments()).map((d) => d.name)).toEqual(names);
    let annotations = 0;
    for (const name of names) {
      const a = await one.getAnnotations(name);
      expect(await two.getAnnotations(name)).toEqual(a);
      annotations += a!.events.length + a!.facts.length + a!.times.length;
      const { source: _s1, ...d1 } = (await one.getDocument(name))!;
      const { source: _s2, ...d2 } = (await two.getDocument(name))!;
      expect(d2).toEqual(d1);
    }
    expect(annotations).toBeGreaterThan(20);
    expect(await two.listEvents({})).toEqual(await one.listEvents({}));
    expect(await two.listFacts({})).toEqual(await one.listFacts({}));
    await one.close();
    await two.close();
  });

  it('reports every input the same, errors naming the file, in input order', () => {
    const one = items(runs[1]!.report, runs[1]!.inputs);
    expect(items(runs[2]!.report, runs[2]!.inputs)).toEqual(one);
    const codes = Object.fromEntries(runs[2]!.report.items.map((i) => [i.name, i.error?.code ?? i.status]));
    expect(codes).toEqual({
      'a-fisheries.md': 'added',
      'b-border.txt': 'added',
      'c-summit.md': 'added',
      'd-loan.txt': 'added',
      'e-copy.txt': 'DUPLICATE_CONTENT',
      'f-empty.txt': 'EMPTY_DOCUMENT',
      'g-binary.txt': 'BINARY_CONTENT',
    });
    expect(runs[2]!.report.skipped.map((f) => f.replace(runs[2]!.inputs, ''))).toEqual(['/h-slides.pptx']);
    for (const item of runs[2]!.report.items.filter((i) => i.error)) expect(item.error!.message).toContain(item.file);
    // Progress: each document done once, counting up.
    expect(runs[2]!.progress.filter((p) => p.item).map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('the CLI takes --jobs, finds everything unchanged on a second run, and refuses a bad --jobs naming it', () => {
    const again = dyad(['ingest', runs[2]!.inputs, '--db', runs[2]!.db, '--jobs', '2', '--json']);
    expect(again.json.data.totals).toMatchObject({ added: 0, unchanged: 4, failed: 3 });
    const zero = dyad(['ingest', runs[2]!.inputs, '--db', runs[2]!.db, '--jobs', '0']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--jobs must be at least 1');
    const queued = dyad(['ingest', runs[2]!.inputs, '--db', runs[2]!.db, '--jobs', '2', '--queue']);
    expect(queued.code).toBe(2);
    expect(queued.stderr).toContain('--jobs is for an ingest in this process');
  });
});
