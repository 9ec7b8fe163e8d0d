import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { ingest, type IngestOptions } from '../src/ingest/ingest.js';
import { tempDir } from './helpers/tmp.js';
import { reclaim } from '../src/ingest/analyse.js';

// `ingest`'s calls of `reclaim` counted (the original still runs); analyse.ts's own calls between sections are not these.
vi.mock('../src/ingest/analyse.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/ingest/analyse.js')>();
  return { ...original, reclaim: vi.fn(original.reclaim) };
});

/** A short report on a pair of states nobody tuned to, a few paragraphs long. */
const REPORT = [
  '# Chile and New Zealand',
  'In April 2015, the trade minister of New Zealand visited Santiago and met his Chilean counterpart. The two sides agreed to review their dairy quotas.',
  'Chilean exports of wine to New Zealand reached US$35 million in 2016. New Zealand opened an agricultural office in Santiago in March 2017.',
  'In September 2018, Chile and New Zealand signed an arrangement on Antarctic logistics in Punta Arenas. About 1,200 Chilean students held working-holiday visas in 2019.',
  'The two governments held talks on fisheries in Wellington in November 2020, and New Zealand pledged NZ$4 million for ocean research in 2021.',
].join('\n\n');

/**
 * The full (mark-compact) collections that began between the last section's extraction of the document and the report of
 * its being stored, when `ingest` reads `file` with `options`.
 */
async function collectionsAfterLastSection(file: string, options: Omit<IngestOptions, 'store'>): Promise<number> {
  const store = openSqliteStore(join(tempDir(), 'db.sqlite'));
  const majors: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if ((e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors.push(e);
  });
  observer.observe({ entryTypes: ['gc'] });
  let extracted = 0;
  let done = 0;
  try {
    const report = await ingest([file], {
      ...options,
      store,
      onProgress: (p) => {
        if (p.section?.pass === 'extract' && p.section.done === p.section.total) extracted = performance.now();
        if (p.item) done = performance.now();
      },
    });
    expect(report.items[0]).toMatchObject({ status: 'added' });
    // The observer is told of collections after they end, a turn of the event loop later.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    observer.disconnect();
    await store.close();
  }
  expect(extracted).toBeGreaterThan(0);
  expect(done).toBeGreaterThan(extracted);
  return majors.filter((e) => e.startTime > extracted && e.startTime < done).length;
}

describe('what a long document let go of is given back once it is stored', () => {
  beforeEach(() => vi.mocked(reclaim).mockClear());

  it('collects fully after a document of several sections is stored, before the run goes on', async () => {
    const file = join(tempDir(), 'chile-nz.md');
    writeFileSync(file, REPORT);
    expect(await collectionsAfterLastSection(file, { sectionChars: 200 })).toBeGreaterThanOrEqual(1);
    expect(vi.mocked(reclaim)).toHaveBeenCalledTimes(1);
  });

  it('does not collect after a document of one section', async () => {
    const file = join(tempDir(), 'chile-nz-short.md');
    writeFileSync(file, REPORT);
    // Counted by the calls, not by the collections: V8 may run a full collection of its own in that window.
    await collectionsAfterLastSection(file, {});
    expect(vi.mocked(reclaim)).not.toHaveBeenCalled();
  });
});
