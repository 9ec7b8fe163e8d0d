import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEncoded, type DocumentPart } from '../src/store/parts.js';
import type { Store } from '../src/store/store.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { ingest } from '../src/ingest/ingest.js';
import { htmlLoader } from '../src/ingest/loaders/html-loader.js';
import { structure } from '../src/ingest/segment/structure.js';
import { extractInSections } from '../src/extract/sections.js';
import { tempDir } from './helpers/tmp.js';

/** Paragraphs of a long report on another pair of states, each dated and with figures. */
const PARAGRAPHS = [
  'In March 2004, President Kibaki of Kenya made a state visit to Norway, the first by a Kenyan head of state. The two governments signed an agreement on fisheries research in Oslo.',
  'Norwegian development assistance to Kenya reached US$48 million in 2006, most of it for energy and health. Trade between Kenya and Norway stood at US$120 million in 2008.',
  'In October 2009, Norway and Kenya held their first political consultations in Nairobi. Norway pledged NOK 200 million for the geothermal programme in 2010.',
  'About 2,300 Kenyan students studied in Norway in 2011. In June 2012, the foreign minister of Norway visited Nairobi and met President Kibaki.',
  'Kenya and Norway signed a memorandum on oil sector cooperation in February 2014. Norwegian investment in Kenya reached US$310 million in 2015.',
  'In May 2017, Kenya protested the detention of two of its fishermen by Norwegian authorities. The dispute was settled in August 2017.',
];

/** Records, for a store's putDocument, the order in which sections are extracted and their parts written. */
function recording(store: Store, log: string[]): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop !== 'putDocument') return Reflect.get(target, prop, receiver);
      return (doc: Parameters<Store['putDocument']>[0], parts?: Iterable<DocumentPart>) => {
        if (!parts) return target.putDocument(doc);
        function* watched() {
          let i = 0;
          for (const part of parts!) {
            // Parts come encoded for the store (their layers' JSON and contributions) with their counts.
            const c = isEncoded(part) ? part.counts : { times: part.times.length, entities: part.entities.length, events: part.events.length, facts: part.facts.length };
            const n = c.times + c.entities + c.events + c.facts;
            log.push(`write ${++i} (${n})`);
            yield part;
            log.push(`written ${i}`);
          }
        }
        return target.putDocument(doc, watched());
      };
    },
  });
}

describe('a long document is stored a section at a time', () => {
  it('writes each section before extracting the next, so one section of annotations is held, and stores what the whole extraction gives', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.md');
    const text = `# Kenya and Norway\n\n${PARAGRAPHS.join('\n\n')}\n`;
    writeFileSync(file, text);
    const store = openSqliteStore(join(dir, 'db.sqlite'));
    const log: string[] = [];
    const report = await ingest([file], {
      store: recording(store, log),
      sectionChars: 150,
      onProgress: (p) => {
        if (p.section?.pass === 'extract') log.push(`extracted ${p.section.done}`);
      },
    });
    expect(report.items[0]).toMatchObject({ status: 'added' });
    const sections = log.filter((l) => l.startsWith('extracted')).length;
    expect(sections).toBeGreaterThan(4);
    // Each section is extracted, written, and only then is the next one extracted.
    const expected = Array.from({ length: sections }, (_, i) => [`extracted ${i + 1}`, expect.stringMatching(new RegExp(`^write ${i + 1} \\(\\d+\\)$`)), `written ${i + 1}`]).flat();
    expect(log).toEqual(expected);
    // Annotations extracted and not yet written: never more than one section's, far fewer than the document's.
    let held = 0;
    let most = 0;
    for (const l of log) {
      const m = /^write \d+ \((\d+)\)$/.exec(l);
      if (m) most = Math.max(most, (held = Number(m[1])));
      else if (l.startsWith('written')) held = 0;
    }
    const stored = (await store.getAnnotations('report.md'))!;
    const total = stored.times.length + stored.entities.length + stored.events.length + stored.facts.length;
    expect(held).toBe(0);
    expect(most).toBeGreaterThan(0);
    expect(most * 2).toBeLessThan(total);
    // The same annotations as extracting the whole document in the same sections, and counted in the report.
    const { blocks, sentences } = structure(text);
    expect(stored).toEqual(JSON.parse(JSON.stringify(extractInSections({ text, blocks, sentences }, { size: 150 }))));
    expect(report.items[0]!.counts).toMatchObject({ events: stored.events.length, facts: stored.facts.length });
    expect(stored.events.length).toBeGreaterThan(3);
    expect(await store.check()).toEqual([]);
    await store.close();
  });

  it('segments a long text a window at a time: the blocks, sentences, offsets, headings and footnotes of the single pass', async () => {
    const dir = tempDir();
    // A paragraph broken by a page break, its footnote between the halves, again and again: window cuts fall everywhere.
    const broken = 'In May 2013, Kenya and Norway agreed to widen their fisheries programme to the\n\n[^1]: Signed in Nairobi.\n\ncoast of Lamu, where it began in 2014.';
    const text = `# Kenya and Norway\n\n${Array.from({ length: 4 }, (_, i) => [`## Part ${i + 1}`, ...PARAGRAPHS, broken].join('\n\n')).join('\n\n')}\n`;
    const file = join(dir, 'long.md');
    writeFileSync(file, text);
    const store = openSqliteStore(join(dir, 'db.sqlite'));
    const report = await ingest([file], { store, sectionChars: 200 });
    const whole = structure(text);
    expect(whole.blocks.filter((b) => b.type === 'footnote')).toHaveLength(4);
    const stored = (await store.getDocument('long.md'))!;
    expect(stored.blocks).toEqual(JSON.parse(JSON.stringify(whole.blocks)));
    expect(stored.sentences).toEqual(whole.sentences);
    expect(report.items[0]!.counts).toMatchObject({ blocks: whole.blocks.length, sentences: whole.sentences.length });
    expect(await store.getAnnotations('long.md')).toEqual(JSON.parse(JSON.stringify(extractInSections({ text, ...whole }, { size: 200 }))));
    expect(await store.check()).toEqual([]);
    await store.close();
  });

  it('cuts the blocks an HTML page gives into sections as they come, with the sentences and annotations of the single pass', async () => {
    const dir = tempDir();
    const body = Array.from({ length: 4 }, (_, i) => [`<h2>Part ${i + 1}</h2>`, ...PARAGRAPHS.map((p) => `<p>${p}</p>`)].join('\n')).join('\n');
    const file = join(dir, 'long.html');
    writeFileSync(file, `<!DOCTYPE html><html><head><title>Kenya and Norway</title></head><body><h1>Kenya and Norway</h1>\n${body}\n</body></html>`);
    const loaded = await htmlLoader.load(readFileSync(file), file);
    const whole = structure(loaded.text, loaded.blocks);
    const store = openSqliteStore(join(dir, 'db.sqlite'));
    const report = await ingest([file], { store, sectionChars: 300 });
    const stored = (await store.getDocument('long.html'))!;
    expect(stored.blocks).toEqual(JSON.parse(JSON.stringify(whole.blocks)));
    expect(stored.sentences).toEqual(whole.sentences);
    expect(report.items[0]!.counts).toMatchObject({ blocks: whole.blocks.length, sentences: whole.sentences.length });
    const annotations = extractInSections({ text: loaded.text, ...whole, documentDate: loaded.meta.date }, { size: 300 });
    expect(await store.getAnnotations('long.html')).toEqual(JSON.parse(JSON.stringify(annotations)));
    await store.close();
  });
});
