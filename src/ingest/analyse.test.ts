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

  it('titles a file that names no title by the headline it opens with, and only by a heading', async () => {
    const at = (name: string, text: string, meta = {}) => analyse({ path: name, source: name, name, meta }, Buffer.from(text));
    const wire = 'Peru, Brazil reopen Assis Brasil crossing\n\nLIMA, March 14, 2026 (Andes Wire) - Peru and Brazil reopened the crossing on Friday.\n';
    expect((await at('wire.txt', wire)).meta.title).toBe('Peru, Brazil reopen Assis Brasil crossing');
    expect((await at('brief.md', '# Chile and New Zealand: a brief\n\nThe two governments met in Santiago.\n')).meta.title).toBe('Chile and New Zealand: a brief');
    expect((await at('wire.txt', wire, { title: 'From the manifest' })).meta.title).toBe('From the manifest');
    expect((await at('note.txt', 'Peru and Brazil reopened the Assis Brasil crossing on Friday, officials said.\n')).meta.title).toBeUndefined();
    // A part's heading or an agency's name is no headline.
    for (const heading of ['Contents', 'Background', 'Chapter 3', 'Page 1 of 4', 'EMBARGOED UNTIL 10:00 GMT', 'REUTERS'])
      expect((await at('part.md', `# ${heading}\n\nPeru and Brazil reopened the crossing on Friday.\n`)).meta.title, heading).toBeUndefined();
  });
});
