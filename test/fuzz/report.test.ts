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
    expect(run).toThrow(/Minimal failing input \(seed 31, after \d+ runs, shrunk \d+ times\):\n {2}\[0\] "\\n"\nReplay it: DYAD_FUZZ_SEED=31 DYAD_FUZZ_PATH="[\d:]+" /);
    // The real file and the one property that failed, not "<this file>" (issue 11).
    expect(run).toThrow(
      'DYAD_FUZZ_TEST="a failed fuzz run > prints the minimal failing input, escaped, with the command that replays it" npx vitest run test/fuzz/report.test.ts -t "prints the minimal failing input, escaped, with the command that replays it"',
    );
  });

  it('replays DYAD_FUZZ_PATH only in the property DYAD_FUZZ_TEST names', () => {
    const saved = { path: process.env.DYAD_FUZZ_PATH, test: process.env.DYAD_FUZZ_TEST };
    try {
      process.env.DYAD_FUZZ_PATH = '7:0';
      process.env.DYAD_FUZZ_TEST = expect.getState().currentTestName;
      expect({ ...FUZZ }.path).toBe('7:0');
      // Must-not: another property of the same run (here, a name that is not this test's) keeps its own inputs.
      process.env.DYAD_FUZZ_TEST = 'a failed fuzz run > says nothing when the property holds';
      expect({ ...FUZZ }.path).toBeUndefined();
    } finally {
      for (const [key, value] of [
        ['DYAD_FUZZ_PATH', saved.path],
        ['DYAD_FUZZ_TEST', saved.test],
      ] as const)
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
    }
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
