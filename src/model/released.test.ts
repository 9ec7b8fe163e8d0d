import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { eachReleased, mapReleased } from './released.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Bytes of a section stand-in: 2,000,000 numbers. */
const SECTION_BYTES = 16e6;

/**
 * Sections of a long document stand-in, each a big array; when asked for the next, whether the
 * one before is still alive: the heap after a full collection is half a section or more above
 * what it was before the first (a WeakRef cannot tell: it keeps its target to the end of the job).
 */
function* sections(n: number, alive: boolean[]): Generator<{ index: number; numbers: number[] }> {
  const heap = () => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  const start = heap();
  for (let index = 0; index < n; index++) {
    if (index > 0) alive.push(heap() - start > SECTION_BYTES / 2);
    yield { index, numbers: new Array<number>(SECTION_BYTES / 8).fill(index + 0.5) };
  }
}

describe('mapReleased and eachReleased', () => {
  it('give every item in order, mapped', () => {
    expect([...mapReleased([1, 2, 3], (n) => n * 10)]).toEqual([10, 20, 30]);
    const seen: string[] = [];
    eachReleased(
      mapReleased(['a', 'b'], (s) => s.toUpperCase()),
      (s) => seen.push(s),
    );
    expect(seen).toEqual(['A', 'B']);
  });

  it('give nothing for nothing', () => {
    expect([...mapReleased([], (n: number) => n)]).toEqual([]);
    let calls = 0;
    eachReleased([], () => calls++);
    expect(calls).toBe(0);
  });

  it('hold no item, nor what it became, while the next is made (a chain of links, as ingest has)', () => {
    const alive: boolean[] = [];
    const encoded = mapReleased(
      mapReleased(sections(4, alive), (s) => ({ ...s, last: s.numbers[s.numbers.length - 1] })),
      (p) => ({ p }),
    );
    let written = 0;
    eachReleased(encoded, ({ p }) => (written += p.last === p.index + 0.5 ? 1 : 0));
    expect(written).toBe(4);
    expect(alive).toEqual([false, false, false]);
  });

  it('close the sequence read when the consumer stops or throws', () => {
    let closed = 0;
    function* items(): Generator<number> {
      try {
        yield 1;
        yield 2;
      } finally {
        closed++;
      }
    }
    for (const n of mapReleased(items(), (x) => x)) if (n === 1) break;
    expect(closed).toBe(1);
    expect(() =>
      eachReleased(items(), () => {
        throw new Error('store failed');
      }),
    ).toThrow('store failed');
    expect(closed).toBe(2);
  });
});
