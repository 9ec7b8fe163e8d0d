import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../model/annotation.js';
import { entityItem, ENTITY_MENTIONS, type ContributionRow } from '../reconcile/index.js';
import { AddedDocument, firstDocsOfOthers, mergedEntity, replacedEntity, type StoredEntity } from './entity-merge.js';

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

describe('an entity updated from its stored item when a stored document is replaced or deleted', () => {
  const sorted = (rows: ContributionRow[]) => rows.sort((x, y) => (x.doc === y.doc ? x.seq - y.seq : x.doc < y.doc ? -1 : 1));
  /** A document's share as `entitySharesOf` reads it: count, spellings and first country, no mentions. */
  const share = (doc: string, rows: ContributionRow[]) => ({ ...added(doc, rows), first: [] });
  const others = [...Array.from({ length: 12 }, (_, i) => row('c.txt', i)), ...Array.from({ length: 12 }, (_, i) => row('m.txt', i))];

  it('gives the item a full read of the final mentions gives, the document first, between two or last', () => {
    for (const doc of ['a.txt', 'd.txt', 'z.txt']) {
      const before = [row(doc, 0, 'Japanese', 'JPN'), row(doc, 1), row(doc, 2)];
      const after = [row(doc, 0, 'Japanese', 'JPN'), row(doc, 4), row(doc, 5), row(doc, 7)];
      const stored = storedOf(sorted([...others, ...before]));
      expect(replacedEntity(bucket, stored, doc, share(doc, before), added(doc, after))).toEqual(full(sorted([...others, ...after])));
    }
    // Deleted, or no longer naming the entity: its share taken out, its document gone from the list.
    const few = [...others.slice(0, 3), ...others.slice(-3)];
    const stored = storedOf(sorted([...few, row('d.txt', 0)]));
    expect(replacedEntity(bucket, stored, 'd.txt', share('d.txt', [row('d.txt', 0)]), undefined)).toEqual(full(few));
    // With all twenty kept, one taken out needs the twenty-first: a full read.
    expect(replacedEntity(bucket, storedOf(sorted([...others, row('d.txt', 0)])), 'd.txt', share('d.txt', [row('d.txt', 0)]), undefined)).toBeUndefined();
  });

  it('leaves to a full read what it cannot give exactly: the first mention, the first country, mentions past the kept ones', () => {
    const a = [row('a.txt', 0, 'Japanese', 'JPN')];
    // The old text gave the first mention and the new one names the entity no more.
    expect(replacedEntity(bucket, storedOf(sorted([...others, ...a])), 'a.txt', share('a.txt', a), undefined)).toBeUndefined();
    // The old text gave the first country and the new one gives none.
    expect(replacedEntity(bucket, storedOf(sorted([...others, ...a])), 'a.txt', share('a.txt', a), added('a.txt', [row('a.txt', 0)]))).toBeUndefined();
    // Twelve of the twenty kept mentions go and the new text gives one: the next stored ones are not at hand.
    const many = Array.from({ length: 12 }, (_, i) => row('b.txt', i));
    expect(replacedEntity(bucket, storedOf(sorted([...others, ...many])), 'b.txt', share('b.txt', many), added('b.txt', [row('b.txt', 0)]))).toBeUndefined();
    // A stored item that does not list the document is not one it can be taken out of.
    expect(replacedEntity(bucket, storedOf(others), 'b.txt', share('b.txt', many), undefined)).toBeUndefined();
  });

  it("gives what a full read gives from the other documents' first mentions where the stored ones are not enough, reading only those", () => {
    // The other documents' rows a full read would see, in corpus order: c.txt then m.txt (Japanese with a country in m.txt only).
    const rest = sorted([...Array.from({ length: 12 }, (_, i) => row('c.txt', i)), ...Array.from({ length: 30 }, (_, i) => (i === 3 ? row('m.txt', i, 'Japanese', 'JPN') : row('m.txt', i)))]);
    /** The first mentions `firstDocsOfOthers` names, as the store reads them (each document's first ones). */
    const read = (stored: StoredEntity, doc: string) => firstDocsOfOthers(stored.data, doc).flatMap(([d, n]) => rest.filter((r) => r.doc === d).slice(0, n));
    const cases: [string, ContributionRow[], ContributionRow[] | undefined][] = [
      // The first document deleted: it held the first mention and the first country.
      ['a.txt', [row('a.txt', 0, 'Japanese', 'JPN'), row('a.txt', 1)], undefined],
      // Replaced by a text naming the entity without a country.
      ['a.txt', [row('a.txt', 0, 'Japanese', 'JPN'), row('a.txt', 1)], [row('a.txt', 0)]],
      // A document between the two holding twelve of the first mentions, deleted: eight more come from m.txt.
      ['d.txt', Array.from({ length: 12 }, (_, i) => row('d.txt', i)), undefined],
    ];
    for (const [doc, old, now] of cases) {
      const stored = storedOf(sorted([...rest, ...old]));
      const others = read(stored, doc);
      const item = replacedEntity(bucket, stored, doc, share(doc, old), now && added(doc, now), others);
      expect(item).toEqual(full(sorted([...rest, ...(now ?? [])])));
      // Never more than the first mentions of the others and as many again as the document held.
      expect(others.length).toBeLessThanOrEqual(ENTITY_MENTIONS + old.length * old.length);
    }
    // A document that held none of the first mentions: the kept ones alone are read (for their countries).
    const late = [row('z.txt', 0, 'Japanese', 'JPN')];
    const stored = storedOf(sorted([...rest, ...late]));
    expect(firstDocsOfOthers(stored.data, 'z.txt')).toEqual([
      ['c.txt', 12],
      ['m.txt', 8],
    ]);
    expect(replacedEntity(bucket, stored, 'z.txt', share('z.txt', late), undefined, read(stored, 'z.txt'))).toEqual(full(rest));
  });
});
