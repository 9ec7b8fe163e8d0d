import { describe, expect, it } from 'vitest';
import { ENTITY_MENTIONS } from '../reconcile/index.js';
import { Batches, rowsRead } from './reconcile-pages.js';

describe('the weight of a bucket in a batch (rowsRead), the same in both stores', () => {
  it('weighs an entity bucket by the mentions a batch reads of it, any other bucket by all its contributions', () => {
    expect(rowsRead('en|country:ZMB', 5000)).toBe(ENTITY_MENTIONS);
    expect(rowsRead('en|country:ZMB', 3)).toBe(3);
    expect(rowsRead('ev|AGREE|2024', 5000)).toBe(5000);
  });

  it('keeps two much-mentioned entities in one batch, where two event buckets as large are cut apart', () => {
    const entities = ['en|country:ZMB', 'en|country:MWI'];
    const events = ['ev|AGREE|2024', 'ev|AID|2024'];
    const cut = (buckets: string[]) => {
      const batches = new Batches(100, 10);
      return [...batches.take(buckets, new Map(buckets.map((b) => [b, rowsRead(b, 90)]))), ...batches.end()];
    };
    expect(cut(entities)).toEqual([entities]);
    expect(cut(events)).toEqual([[events[0]], [events[1]]]);
  });
});
