import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textLoader, markdownLoader } from '../../src/ingest/loaders/text-loader.js';
import { htmlLoader } from '../../src/ingest/loaders/html-loader.js';
import { structure } from '../../src/ingest/segment/structure.js';
import { extract } from '../../src/extract/pipeline.js';
import { DyadError } from '../../src/model/errors.js';
import { anyText, assertSpans, FUZZ, mutated, SEEDS } from './arbitraries.js';

const HTML = ['<p>a</p>', '<table><tr><th>x</th></tr><tr><td>1992</td></tr></table>', '<ol><li>one<li>two</ol>', '<br>', '<h2>', '&amp;', '&#x0;', '<!--', '<style>', '</td>', '<sup>1</sup>'];

/** Bytes: any bytes, any text as UTF-8, mutated real documents, with HTML fragments spliced in. */
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  anyText.map((t) => new TextEncoder().encode(t)),
  mutated([...SEEDS, SEEDS.join('\n\n')]).map((t) => new TextEncoder().encode(t)),
  fc.array(fc.oneof(fc.constantFrom(...HTML), mutated([SEEDS[4]!])), { maxLength: 12 }).map((parts) => new TextEncoder().encode(parts.join(''))),
);

describe.each([
  ['text', textLoader, 'f.txt'],
  ['markdown', markdownLoader, 'f.md'],
  ['html', htmlLoader, 'f.html'],
] as const)('%s loader, fuzzed', (_, loader, file) => {
  it('loads or refuses with a DyadError naming the file; blocks, sentences and every annotation cut the text exactly', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => {
        let loaded;
        try {
          loaded = await loader.load(b, file);
        } catch (err) {
          if (!(err instanceof DyadError)) throw err;
          expect(err.message).toContain(file);
          return;
        }
        const { text } = loaded;
        assertSpans(text, loaded.blocks ?? []);
        const { blocks, sentences } = structure(text, loaded.blocks);
        assertSpans(text, blocks);
        assertSpans(text, sentences);
        for (const s of sentences) expect(blocks[s.block]).toBeDefined();
        assertSpans(text, extract({ text, blocks, sentences, documentDate: '2023-05-17' }));
      }),
      { ...FUZZ, numRuns: Math.ceil(FUZZ.numRuns / 2) },
    );
  });
});
