import { describe, expect, it } from 'vitest';
import { boundHeapGrowth } from './heap.js';

describe('the heap growth of the commands that ingest', () => {
  it('leaves a choice given on node’s command line or in NODE_OPTIONS, in either spelling', () => {
    expect(boundHeapGrowth(['--heap-growing-percent=20'], '')).toBe(false);
    expect(boundHeapGrowth([], '--max-old-space-size=4096 --optimize_for_size')).toBe(false);
    expect(boundHeapGrowth(['--heap_growing_percent=80'], '')).toBe(false);
  });

  it('sets it otherwise (other flags are no choice of growth)', () => {
    expect(boundHeapGrowth(['--enable-source-maps'], '--max-old-space-size=4096')).toBe(true);
  });
});
