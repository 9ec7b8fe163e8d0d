import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../model/annotation.js';
import { entityItem, ENTITY_MENTIONS, type ContributionRow } from '../../reconcile/index.js';
import { AddedDocument, mergedEntity, type StoredEntity } from './entity-merge.js';

const bucket = 'en|country:JPN';
/** A mention of Japan in `doc` at place `seq` (spelled `name`, with the country an adjective gives). */
const row = (doc: string, seq: number, quote = 'Japan', country?: string): ContributionRow => ({
  doc,
  seq,
  data: {
    layer: 'entities',
    quote,
    a: { start: 10 * seq, end: 10 * seq + quote.length, text: quote, entity: 'country:JPN', name: 'Japan', kind: 'country', ...(country ? { country } : {}) } as EntityMention,
  },
});

/** The item of all these rows (in corpus order) as a full read gives it. */
function full(rows: ContributionRow[]) {
  const docs = [...new Set(rows.map((r) => r.doc))];
  const country = rows.map((r) => (r.data.layer === 'entities' ? r.data.a.country : undefined)).find((x) => x) ?? null;
  return entityItem(bucket, rows.slice(0, ENTITY_MENTIONS), { count: rows.length, docs, country, names: ['Japan'] })!;
}

/** The stored form of a full read's item. */
const storedOf = (rows: ContributionRow[]): StoredEntity => {
  const item = full(rows);
  return { data: JSON.parse(JSON.stringify(item.data)), s3: item.sort[2], actors: item.actors };
};

/** A new document's mentions, as `AddedDocument` gathers them from its contributions. */
function added(doc: string, rows: ContributionRow[]) {
  const a = new AddedDocument(doc);
  a.add(rows.map((r) => ({ bucket, seq: r.seq, start: 0, end: 0, data: r.data })));
  return a.entities.get(bucket)!;
}

describe('an entity updated from its stored item and an added document', () => {
  const older = [...Array.from({ length: 12 }, (_, i) => row('c.txt', i)), ...Array.from({ length: 12 }, (_, i) => row('m.txt', i))];

  it('gives the item a full read gives, the new document first, between two or last', () => {
    for (const doc of ['a.txt', 'd.txt', 'z.txt']) {
      const own = [row(doc, 0, 'Japanese', 'JPN'), row(doc, 1)];
      const all = [...older, ...own].sort((x, y) => (x.doc === y.doc ? x.seq - y.seq : x.doc < y.doc ? -1 : 1));
      const merged = mergedEntity(bucket, storedOf(older), doc, added(doc, own));
      expect(merged).toEqual(full(all));
    }
  });

  it('merges nothing it cannot merge exactly: a document already counted, different first countries, a stored row without its first mentions', () => {
    const stored = storedOf([row('c.txt', 0, 'Japanese', 'JPN')]);
    expect(mergedEntity(bucket, stored, 'c.txt', added('c.txt', [row('c.txt', 0)]))).toBeUndefined();
    expect(mergedEntity(bucket, stored, 'a.txt', added('a.txt', [row('a.txt', 0, 'Japanese', 'VNM')]))).toBeUndefined();
    expect(mergedEntity(bucket, { ...stored, data: { ...stored.data, mentions: [] } }, 'a.txt', added('a.txt', [row('a.txt', 0)]))).toBeUndefined();
    expect(mergedEntity(bucket, stored, 'a.txt', added('a.txt', [row('a.txt', 0, 'Japanese', 'JPN')]))).toBeDefined();
  });
});
