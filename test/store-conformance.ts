import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import type { Store } from '../src/store/store.js';
import type { DocumentRecord } from '../src/model/document.js';
import { structure } from '../src/ingest/segment/structure.js';
import { parseQuery } from '../src/query/search-query.js';

/** A document built from real sentences, as the ingest pipeline would store it. */
export function sampleDocument(name: string, text: string, date?: string): DocumentRecord {
  const { blocks, sentences } = structure(text);
  const sha = (name + text).split('').reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(16).padStart(8, '0');
  return {
    id: sha.repeat(2).slice(0, 16),
    name,
    sha256: sha.repeat(8),
    source: `/tmp/${name}`,
    format: 'text',
    meta: { title: `Title of ${name}`, kind: 'note', ...(date ? { date } : {}) },
    text,
    blocks,
    sentences,
    warnings: [],
    ingestedAt: '2026-01-01T00:00:00.000Z',
    pipelineVersion: 'test',
  };
}

const A = '## Japan and Viet Nam\n\nIn March 1993, Vo Van Kiet became the first Vietnamese prime minister to make an official visit to Japan. Japan resumed ODA in November 1992.\n\nThe two countries established a strategic partnership in 2009.';
const B = 'Việt Nam and Japan upgraded their ties to a Comprehensive Strategic Partnership in November 2023. China was not mentioned.';

/**
 * The conformance suite every Store backend must pass. Call it from a backend's test file
 * with a factory that opens a new, empty store.
 */
export function storeConformance(backend: string, open: () => Promise<Store>): void {
  describe(`Store conformance: ${backend}`, () => {
    let store: Store;
    beforeEach(async () => { store = await open(); });
    afterEach(async () => { await store.close(); });

    it('stores a document and gives back exactly what was stored', async () => {
      const doc = sampleDocument('a.txt', A, '2023');
      await store.putDocument(doc);
      const back = await store.getDocument('a.txt');
      expect(back).toEqual(doc);
      expect(await store.getDocument(doc.id)).toEqual(doc);
    });

    it('summarises documents with counts, in name order', async () => {
      await store.putDocument(sampleDocument('b.txt', B));
      await store.putDocument(sampleDocument('a.txt', A));
      const list = await store.listDocuments();
      expect(list.map((d) => d.name)).toEqual(['a.txt', 'b.txt']);
      expect(list[0]!.counts).toMatchObject({ headings: 1, paragraphs: 2, sentences: 4 });
      expect(list[0]!.title).toBe('Title of a.txt');
      expect((await store.findBySha256(sampleDocument('b.txt', B).sha256))?.name).toBe('b.txt');
    });

    it('replaces a document with the same name, leaving nothing of the old one', async () => {
      await store.putDocument(sampleDocument('a.txt', A));
      await store.putDocument(sampleDocument('a.txt', B));
      expect((await store.listDocuments()).length).toBe(1);
      const r = await store.search(parseQuery('Kiet'), { query: 'Kiet' });
      expect(r.total).toBe(0);
      expect(await store.check()).toEqual([]);
    });

    it('deletes a document and its index entries', async () => {
      await store.putDocument(sampleDocument('a.txt', A));
      expect(await store.deleteDocument('a.txt')).toBe(true);
      expect(await store.deleteDocument('a.txt')).toBe(false);
      expect(await store.getDocument('a.txt')).toBeUndefined();
      expect((await store.search(parseQuery('Japan'), { query: 'Japan' })).total).toBe(0);
      expect(await store.check()).toEqual([]);
    });

    it('searches with phrases, prefixes, negation and diacritic folding, with exact quotes and offsets', async () => {
      await store.putDocument(sampleDocument('a.txt', A, '2023'));
      await store.putDocument(sampleDocument('b.txt', B, '2024'));
      const phrase = await store.search(parseQuery('"strategic partnership"'), { query: '"strategic partnership"', unit: 'sentence' });
      expect(phrase.total).toBe(2);
      for (const hit of phrase.hits) {
        const doc = (await store.getDocument(hit.doc))!;
        expect(hit.quote).toBe(doc.text.slice(hit.start, hit.end));
        expect(hit.highlights.length).toBeGreaterThan(0);
        for (const h of hit.highlights) expect(doc.text.slice(h.start, h.end).toLowerCase()).toMatch(/strategic|partnership/);
      }
      const neg = await store.search(parseQuery('"strategic partnership" -China'), { query: '', unit: 'paragraph' });
      expect(neg.hits.map((h) => h.doc)).toEqual(['a.txt']);
      const prefix = await store.search(parseQuery('Kie*'), { query: '', unit: 'sentence' });
      expect(prefix.hits.map((h) => h.quote)).toEqual(['In March 1993, Vo Van Kiet became the first Vietnamese prime minister to make an official visit to Japan.']);
      const folded = await store.search(parseQuery('"Viet Nam" upgraded'), { query: '', unit: 'sentence' });
      expect(folded.hits.map((h) => h.doc)).toEqual(['b.txt']);
    });

    it('filters by document, kind and year, and pages results', async () => {
      await store.putDocument(sampleDocument('a.txt', A, '2014?'));
      await store.putDocument(sampleDocument('b.txt', B, '2023-11/..'));
      const q = parseQuery('Japan');
      expect((await store.search(q, { query: '', docs: ['b.txt'] })).hits.map((h) => h.doc)).toEqual(['b.txt']);
      expect((await store.search(q, { query: '', yearFrom: 2020 })).hits.map((h) => h.doc)).toEqual(['b.txt']);
      expect((await store.search(q, { query: '', yearTo: 2014 })).hits.every((h) => h.doc === 'a.txt')).toBe(true);
      expect((await store.search(q, { query: '', kind: 'other' })).total).toBe(0);
      const all = await store.search(q, { query: '', unit: 'sentence' });
      const page = await store.search(q, { query: '', unit: 'sentence', limit: 1, offset: 1 });
      expect(page.total).toBe(all.total);
      expect(page.hits).toEqual([all.hits[1]]);
    });

    it('stores a document in one transaction: one that fails halfway leaves nothing, and the one it would replace stays whole', async () => {
      const a = sampleDocument('a.txt', A);
      await store.putDocument(a);
      // A sentence offset that is not a number fails the write after the document and its blocks.
      const broken = (name: string, text: string): DocumentRecord => {
        const d = sampleDocument(name, text);
        return { ...d, sentences: d.sentences.map((s, i) => (i === d.sentences.length - 1 ? { ...s, start: Number.NaN } : s)) };
      };
      await expect(store.putDocument(broken('b.txt', B))).rejects.toThrow();
      await expect(store.putDocument(broken('a.txt', B))).rejects.toThrow();
      expect((await store.listDocuments()).map((d) => d.name)).toEqual(['a.txt']);
      expect(await store.getDocument('a.txt')).toEqual(a);
      expect((await store.search(parseQuery('upgraded'), { query: 'upgraded' })).total).toBe(0);
      expect(await store.check()).toEqual([]);
    });

    it('knows its schema version and reports a healthy database', async () => {
      expect(await store.schemaVersion()).toBeGreaterThan(0);
      expect(await store.check()).toEqual([]);
    });
  });
}
