import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Issue 14's bound on peak memory for one big document: a generated 5 MB Markdown document is
 * ingested end to end (`--jobs 1`'s path: load, segment, extract a section at a time, store,
 * index) in a process of its own (bench/big-file.js, after `npm run build`), and its peak resident
 * memory is checked against the bound the README states (`peakBoundMb` in bench/big-file.js: 400 MB + 4× the
 * file). The 5 MB document peaked at 312 MB of the 420 allowed; memory only, no timing.
 */
describe('one big document in bounded memory', () => {
  it('a 5 MB document peaks under 400 MB + 4× the file', { timeout: 900_000 }, () => {
    const script = fileURLToPath(new URL('../bench/big-file.js', import.meta.url));
    const out = execFileSync(process.execPath, [script, '5'], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out.trim().split('\n').pop()!) as { mb: number; maxRssMb: number; boundMb: number; sentences: number; events: number };
    expect(r.mb).toBeGreaterThan(4.9);
    expect(r.sentences).toBeGreaterThan(0);
    expect(r.events).toBeGreaterThan(0);
    expect(r.boundMb).toBeCloseTo(400 + 4 * r.mb, 6);
    expect(r.maxRssMb).toBeLessThanOrEqual(r.boundMb);
  });
});
