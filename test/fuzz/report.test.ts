import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FUZZ } from './arbitraries.js';

/** A failed fuzz run names the minimal input that fails and how to replay it (session 31). */
describe('a failed fuzz run', () => {
  it('prints the minimal failing input, escaped, with the command that replays it', () => {
    const run = () =>
      fc.assert(
        fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (t) => {
          expect(t.includes('\n')).toBe(false);
        }),
        { ...FUZZ, seed: 31, numRuns: 2000 },
      );
    expect(run).toThrow(/Minimal failing input \(seed 31, after \d+ runs, shrunk \d+ times\):\n {2}\[0\] "\\n"\nReplay it: DYAD_FUZZ_SEED=31 DYAD_FUZZ_PATH="[\d:]+" npx vitest run/);
  });

  it('says nothing when the property holds', () => {
    expect(() =>
      fc.assert(
        fc.property(fc.nat(), (n) => n >= 0),
        { ...FUZZ, numRuns: 50 },
      ),
    ).not.toThrow();
  });
});
