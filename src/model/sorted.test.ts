import { describe, expect, it } from 'vitest';
import { firstNotBefore } from './sorted.js';

describe('firstNotBefore', () => {
  const starts = [3, 8, 8, 15, 42];
  const from = (at: number) => firstNotBefore(starts.length, (i) => starts[i]! < at);
  it('finds the first item starting at or after an offset, the first of equal starts', () => {
    expect(from(0)).toBe(0);
    expect(from(8)).toBe(1);
    expect(from(9)).toBe(3);
    expect(from(42)).toBe(4);
  });
  it('gives the length when every item is before, and 0 for an empty list', () => {
    expect(from(43)).toBe(5);
    expect(firstNotBefore(0, () => true)).toBe(0);
  });
  it('less one, the last item at or before an offset', () => {
    expect(firstNotBefore(starts.length, (i) => starts[i]! <= 8) - 1).toBe(2);
    expect(firstNotBefore(starts.length, (i) => starts[i]! <= 2) - 1).toBe(-1);
  });
});
