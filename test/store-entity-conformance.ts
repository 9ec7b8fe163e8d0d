import { expect, it } from 'vitest';
import type { Store } from '../src/store/store.js';
import type { DocumentRecord } from '../src/model/document.js';
import type { KnowledgeEntity } from '../src/model/knowledge.js';
import { contributions, ENTITY_MENTIONS, entityItem, type ContributionRow } from '../src/reconcile/index.js';
import { annotatedDocument } from './helpers/store-documents.js';

/** Paragraphs that name Japan and Viet Nam often (more than ENTITY_MENTIONS times in all), each `n` times with its own year. */
const reports = (n: number, from: number) =>
  Array.from(
    { length: n },
    (_, i) => `In ${from + i}, Japan and Viet Nam held talks in Tokyo on trade. Japanese officials said Japan would keep its aid to Viet Nam, and Prime Minister Vo Van Kiet thanked Japan.`,
  ).join('\n\n');

/** Every entity as a full read of the stored documents' mentions gives it (the shared rules of src/reconcile/), by id. */
function rebuilt(docs: DocumentRecord[]): KnowledgeEntity[] {
  const byBucket = new Map<string, ContributionRow[]>();
  for (const d of docs) {
    for (const r of contributions(d.text, d.annotations!)) {
      if (r.data.layer !== 'entities') continue;
      if (!byBucket.has(r.bucket)) byBucket.set(r.bucket, []);
      byBucket.get(r.bucket)!.push({ doc: d.name, seq: r.seq, data: r.data });
    }
  }
  const out: KnowledgeEntity[] = [];
  for (const [bucket, rows] of byBucket) {
    rows.sort((a, b) => (a.doc === b.doc ? a.seq - b.seq : Buffer.compare(Buffer.from(a.doc), Buffer.from(b.doc))));
    const names = [...new Set(rows.map((r) => (r.data.layer === 'entities' ? r.data.a.name : '')))];
    const country = rows.map((r) => (r.data.layer === 'entities' ? r.data.a.country : undefined)).find((x) => x) ?? null;
    const docs = [...new Set(rows.map((r) => r.doc))];
    const item = entityItem(bucket, rows.slice(0, ENTITY_MENTIONS), { count: rows.length, docs, country, names });
    if (item) out.push(item.data as KnowledgeEntity);
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The entity half of the Store conformance suite: `store()` is the suite's store, opened anew for each case. */
export function entityConformance(store: () => Store, open: () => Promise<Store>): void {
  /** The store's entities equal those of a fresh store that ingested `texts` (name → text). */
  const asFresh = async (texts: Map<string, string>) => {
    const fresh = await open();
    try {
      for (const [n, t] of texts) await fresh.putDocument(annotatedDocument(n, t));
      const want = (await fresh.listEntities()).items;
      expect(want.length).toBeGreaterThan(0);
      expect((await store().listEntities()).items).toEqual(want);
    } finally {
      await fresh.close();
    }
  };
  it('keeps every entity as a full read of its mentions gives it, documents added one by one in any name order, one replaced and one deleted', async () => {
    const stored = new Map<string, DocumentRecord>();
    const same = async () => {
      const list = await store().listEntities();
      expect(list.items.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(rebuilt([...stored.values()]));
    };
    const steps: [string, string | null][] = [
      ['m.txt', reports(4, 1993)],
      ['c.txt', reports(3, 2001)],
      ['x.txt', reports(2, 2010)],
      // First in name order: its mentions come first, its spelling heads the entities it names.
      ['a.txt', 'In 1992 Vietnam and Japan signed an agreement on the protection of investment.'],
      ['c.txt', 'In 2004 the Japanese ambassador met Vietnamese officials in Hanoi.'],
      ['m.txt', null],
      ['b.txt', reports(2, 2015)],
    ];
    for (const [name, text] of steps) {
      if (text === null) {
        expect(await store().deleteDocument(name)).toBe(true);
        stored.delete(name);
      } else {
        const doc = annotatedDocument(name, text);
        await store().putDocument(doc);
        stored.set(name, doc);
      }
      await same();
    }
    const japan = (await store().listEntities()).items.find((e) => e.id === 'country:JPN')!;
    expect(japan.count).toBeGreaterThan(ENTITY_MENTIONS);
    expect(japan.mentions).toHaveLength(ENTITY_MENTIONS);
    expect(japan.docs).toEqual(['a.txt', 'b.txt', 'c.txt', 'x.txt']);
    expect(japan.mentions[0]).toMatchObject({ doc: 'a.txt', quote: 'Japan' });
  });

  it("gives a replaced document's entities as a fresh store that ingested the final texts gives them", async () => {
    // Wire reports naming Portugal and Iceland often (more than ENTITY_MENTIONS times in all).
    const wire = (n: number, from: number, city = 'LISBON') =>
      Array.from(
        { length: n },
        (_, i) =>
          `${city}, 4 May ${from + i} (Wire) - Portugal and Iceland agreed on Tuesday to widen their cooperation on geothermal energy, the Portuguese foreign ministry said. Iceland's foreign minister visited Lisbon.`,
      ).join('\n\n');
    const steps: [string, string | null][] = [
      ['a.txt', wire(3, 2001)],
      ['b.txt', wire(3, 2010)],
      // Changed, naming the same entities: each loses part of its count and keeps its first mention.
      ['a.txt', wire(2, 2003, 'REYKJAVIK')],
      // Fewer mentions: the first ENTITY_MENTIONS need ones past those kept.
      ['a.txt', 'Portugal and Iceland held talks in 2004.'],
      // The first mention was the old text's, and the new one no longer names Iceland.
      ['a.txt', 'Portuguese officials met in 2005 to discuss energy.'],
      ['b.txt', wire(1, 2011)],
      ['a.txt', null],
    ];
    const texts = new Map<string, string>();
    for (const [name, text] of steps) {
      if (text === null) {
        expect(await store().deleteDocument(name)).toBe(true);
        texts.delete(name);
      } else {
        await store().putDocument(annotatedDocument(name, text));
        texts.set(name, text);
      }
      await asFresh(texts);
    }
    const portugal = (await store().listEntities()).items.find((e) => e.id === 'country:PRT')!;
    expect(portugal).toMatchObject({ count: 4, docs: ['b.txt'], country: 'PRT' });
  });
  it("gives a deleted document's entities as a fresh store that ingested the others gives them: the first, a middle and the last deleted", async () => {
    // Reports naming Mongolia and Kazakhstan often (more than ENTITY_MENTIONS times in all); `spelled` varies who is named how.
    const report = (n: number, from: number, spelled = 'Kazakh') =>
      Array.from(
        { length: n },
        (_, i) =>
          `ULAANBAATAR, ${i + 2} June ${from + i} (Wire) - Mongolia and Kazakhstan signed a protocol on rail transit. ${spelled} and Mongolian officials met in Ulaanbaatar, and Kazakhstan said Mongolia would host the next round.`,
      ).join('\n\n');
    const texts = new Map<string, string>([
      // The first in name order: the first mentions of both states and the only document spelling one "Kazakhstani".
      ['a.txt', report(3, 1995, 'Kazakhstani')],
      ['c.txt', report(4, 2001)],
      ['e.txt', report(2, 2008)],
      ['g.txt', 'In 2012 Kazakh diplomats visited Ulaanbaatar.'],
    ]);
    for (const [n, t] of texts) await store().putDocument(annotatedDocument(n, t));
    const same = () => asFresh(texts);
    await same();
    // A middle document (none of the first mentions), then one added and the first deleted before any read (the new
    // one's entities not yet reconciled on SQLite), then the last.
    const steps: [string, string | null][] = [
      ['c.txt', null],
      ['b.txt', report(2, 2004)],
      ['a.txt', null],
      ['g.txt', null],
    ];
    for (const [name, text] of steps) {
      if (text === null) {
        expect(await store().deleteDocument(name)).toBe(true);
        texts.delete(name);
        await same();
      } else {
        await store().putDocument(annotatedDocument(name, text));
        texts.set(name, text);
      }
    }
    const mongolia = (await store().listEntities()).items.find((e) => e.id === 'country:MNG')!;
    expect(mongolia).toMatchObject({ docs: ['b.txt', 'e.txt'], country: 'MNG' });
    expect(mongolia.mentions[0]).toMatchObject({ doc: 'b.txt' });
  });
}
