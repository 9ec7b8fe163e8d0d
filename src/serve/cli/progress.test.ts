import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressReporter } from './progress.js';

describe('progress of an ingest in a log (not a terminal)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('tells how much of a long document is done, pass by pass, then the item', () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    const isTTY = process.stderr.isTTY;
    process.stderr.isTTY = false;
    try {
      const progress = progressReporter(false);
      const chars = 3 * 1048576;
      progress.update({ done: 0, total: 1, file: '/data/report.md' });
      progress.update({ done: 0, total: 1, file: '/data/report.md', section: { pass: 'actors', done: 1, total: 3, charsDone: 1048576, chars } });
      progress.update({ done: 0, total: 1, file: '/data/report.md', section: { pass: 'extract', done: 3, total: 3, charsDone: chars, chars } });
      progress.update({ done: 0, total: 1, file: '/data/short.md', section: { pass: 'extract', done: 1, total: 1, charsDone: 10, chars: 10 } });
      progress.update({ done: 1, total: 1, file: '/data/report.md', item: { file: '/data/report.md', name: 'report.md', status: 'added', counts: { blocks: 9, sentences: 40 }, warnings: [] } });
      progress.stop();
    } finally {
      process.stderr.isTTY = isTTY;
    }
    expect(lines).toEqual([
      '[0/1] report.md: section 1: 1.0/3.0 MB (33 %) read for actors\n',
      '[0/1] report.md: section 3/3: 3.0/3.0 MB (100 %) extracted\n',
      '[1/1] added report.md (40 sentences)\n',
    ]);
  });
});
