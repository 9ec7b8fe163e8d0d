import { beforeAll, expect } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { Engine } from '../../src/knowledge/engine.js';
import { startExport, type ExportFilters } from '../../src/export/registry.js';
import { tempDir } from './tmp.js';

/** Two short documents in the manner of a think-tank brief and a journal's research note; they disagree on a visit's month and on a figure. */
export const BRIEF = `# Japan & Viet Nam: Fifty Years of Partnership

Japan and Viet Nam established diplomatic relations on 21 September 1973.<sup>1</sup> Japan resumed its official development assistance to Viet Nam in November 1992.

In January 2017, Prime Minister Shinzo Abe visited Hanoi and met Prime Minister Nguyen Xuan Phuc.<img src=x onerror=alert(1)> The two leaders agreed to deepen the extensive strategic partnership.

In late 2012, Japan and Viet Nam signed an agreement on cooperation in nuclear energy.

In 2018, Japan's ODA to Viet Nam amounted to US$1.2 billion, the largest of any donor.
`;
export const NOTE = `Japan–Viet Nam Relations: A Research Note

Diplomatic relations between Japan and Viet Nam were established in September 1973.

Prime Minister Shinzo Abe visited Viet Nam in February 2017 and held talks with Prime Minister Nguyen Xuan Phuc in Hanoi.

Japanese ODA to Viet Nam reached US$1.6 billion in 2018, according to the embassy.
`;
export const MANIFEST = {
  format: 'dyad-manifest',
  version: 1,
  documents: [
    {
      file: 'brief.md',
      name: 'brief',
      title: 'Japan & Viet Nam: Fifty Years of Partnership',
      authors: [{ family: 'Nguyễn', given: 'Thị Lan' }, { literal: 'Institute for Asian Studies' }],
      cslType: 'report',
      publisher: 'Institute for Asian Studies',
      date: '2019-03',
      url: 'https://example.org/reports/japan-viet-nam?year=2019&lang=en',
      language: 'en',
    },
    {
      file: 'note.txt',
      name: 'note',
      title: 'Japan–Viet Nam Relations: A Research Note',
      authors: [{ family: 'Sato', given: 'Kenji' }],
      cslType: 'article-journal',
      venue: 'Journal of East Asian Affairs',
      pages: '45-67',
      date: '2014?',
    },
  ],
};

export const dir = tempDir('dyad-export-');
export const corpus = join(dir, 'corpus');

function writeCorpus(): void {
  mkdirSync(corpus, { recursive: true });
  writeFileSync(join(corpus, 'brief.md'), BRIEF);
  writeFileSync(join(corpus, 'note.txt'), NOTE);
  writeFileSync(join(corpus, 'dyad-manifest.json'), JSON.stringify(MANIFEST));
}

export const engine = new Engine(openSqliteStore(':memory:'));
export const texts = new Map<string, string>();

export async function exported(kind: string, format: string, filters: ExportFilters = {}): Promise<string> {
  let out = '';
  for await (const chunk of (await startExport(engine, kind, format, filters)).chunks) out += chunk;
  return out;
}

export const csvRows = (text: string) => parseCsv(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

/** A citation is the stored text at its offsets, exactly. */
export function expectExactCitation(c: { doc: string; start: number; end: number; quote: string }): void {
  expect(texts.get(c.doc)!.slice(c.start, c.end)).toBe(c.quote);
}

/** Writes the two documents and their manifest, and ingests them into the in-memory engine, before the file's tests. */
export function ingestFixture(): void {
  beforeAll(async () => {
    writeCorpus();
    const report = await engine.ingest([corpus]);
    expect(report.totals.failed).toBe(0);
    for (const name of ['brief', 'note']) texts.set(name, (await engine.document(name)).text);
  });
}
