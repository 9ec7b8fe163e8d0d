import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';

/** A page of a megabyte and more, nearly all of it a script: its text is one short paragraph. */
function page(): Buffer {
  return Buffer.from(`<html><body><p>Norway and Kenya signed an accord on fisheries research in May 2004.</p><script>var pad = "${'x'.repeat(1 << 20)}";</script></body></html>`);
}

describe('analyse', () => {
  it("lets go of bytes that are the caller's own once they are decoded, and of no one else's", async () => {
    const input = { path: 'accord.html', source: 'accord.html', name: 'accord.html', meta: {} };
    const own = page();
    const size = own.byteLength;
    const freed = await analyse(input, own, () => {}, undefined, true);
    expect(own.byteLength).toBe(0);
    const shared = page();
    const kept = await analyse(input, shared, () => {});
    expect(shared.byteLength).toBe(size);
    expect(freed.loaded.text).toBe('Norway and Kenya signed an accord on fisheries research in May 2004.');
    expect(kept.loaded.text).toBe(freed.loaded.text);
    expect(kept.sentences).toEqual([{ block: 0, start: 0, end: 68 }]);
    expect(freed.sentences).toEqual(kept.sentences);
  });
});
