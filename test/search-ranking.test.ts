import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { parseQuery } from '../src/query/search-query.js';
import { toFtsMatch } from '../src/store/sqlite/fts.js';
import { Statements } from '../src/store/sqlite/statements.js';
import { WordRanking, kthLargest } from '../src/store/sqlite/word-ranking.js';
import type { SearchUnit } from '../src/model/search.js';
import { sampleDocument } from './store-conformance.js';
import { tempDir } from './helpers/tmp.js';

// Sentences of the kind a report on two states' relations holds, put together from parts so that
// a few words ("the", "of", "and", "minister") are in most of them and others in a handful.
const SUBJECTS = ['The foreign minister of Norway', 'The Chilean trade minister', 'A delegation of the Norwegian parliament', 'The prime minister of Chile', 'The ambassador of Norway in Santiago'];
const VERBS = ['signed', 'discussed', 'welcomed', 'postponed', 'reviewed', 'praised', 'criticised'];
const OBJECTS = [
  'an agreement on fisheries research',
  'the salmon export quota for the coming season',
  'a memorandum of understanding on renewable energy and copper mining',
  'the visa waiver for students and researchers',
  'the treaty on the avoidance of double taxation',
  'a loan of the Norwegian export bank for the port of Valparaíso',
];
const TAILS = ['in Oslo in May 2011', 'during a visit to Santiago', 'after talks with the opposition', 'at the summit of the Pacific Alliance in Lima', 'in a statement on Tuesday', ''];

/** A seeded generator (the same documents on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** A document of `n` sentences, some of them repeated word for word (passages that tie on rank). */
function report(seed: number, n: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 9 === 8) sentences.push(sentences[i - 3]!);
    else
      sentences.push(
        `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${(() => {
          const t = pick(TAILS);
          return t ? ` ${t}` : '';
        })()}.`,
      );
  }
  // Paragraphs of four sentences.
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
  return paragraphs.join('\n\n');
}

/** Every hit of a query over the whole index, in the store's order (FTS5's rank, then document name, then start): the reference. */
function fullRanking(path: string, query: string, unit: SearchUnit) {
  const raw = new Database(path, { readonly: true });
  const fts = unit === 'sentence' ? 'sentence_fts' : 'paragraph_fts';
  const rows = raw
    .prepare(
      `SELECT d.name AS doc, u.start, u."end", ${fts}.rank AS rank FROM ${fts} JOIN units u ON u.id = ${fts}.rowid JOIN documents d ON d.id = u.doc_id WHERE ${fts} MATCH ? ORDER BY rank, d.name, u.start`,
    )
    .all(toFtsMatch(parseQuery(query))) as { doc: string; start: number; end: number; rank: number }[];
  raw.close();
  return rows.map((r) => ({ doc: r.doc, start: r.start, end: r.end, score: Math.round(-r.rank * 1e4) / 1e4 }));
}

const QUERIES = [
  '"the" OR "salmon" OR "Valparaíso"',
  '"minister" OR "of" OR "quota" OR "Lima" OR "2011"',
  '"copper" OR "treaty" OR "and" OR "the" OR "in"',
  '"postponed" OR "visa" OR "the"',
  '"Tuesday" OR "opposition" OR "summit" OR "Norway" OR "Chile" OR "the" OR "of"',
  '"fisheri" OR "delegation"',
  '"fisheries research" OR "the" OR "export"',
  '"export"* OR "the" OR "minister"',
  '"the" OR "of" OR "salmon" -Oslo',
  '"criticised" OR "unicorn" OR "the"',
];

describe('search: the page of hits is the top of FTS5 ranking every match', () => {
  const dir = tempDir();

  async function build(path: string) {
    const store = openSqliteStore(path);
    for (let d = 0; d < 6; d++) await store.putDocument(sampleDocument(`report-${d}.md`, report(d + 1, 120)));
    return store;
  }

  /** Every page asked of every query in both units equals the slice of the full ranking, and the total its length. */
  async function expectPages(store: ReturnType<typeof openSqliteStore>, path: string, queries: string[], pages: [number, number][]) {
    for (const unit of ['sentence', 'paragraph'] as const) {
      for (const query of queries) {
        const full = fullRanking(path, query, unit);
        for (const [offset, limit] of pages) {
          const r = await store.search(parseQuery(query), { query, unit, limit, offset });
          expect(
            r.hits.map((h) => ({ doc: h.doc, start: h.start, end: h.end, score: h.score })),
            `${unit} ${query} ${offset}+${limit}`,
          ).toEqual(full.slice(offset, offset + limit));
          expect(r.total).toBe(full.length);
          for (const h of r.hits) expect(h.highlights.length).toBeGreaterThan(0);
        }
      }
    }
  }

  it('gives the hits, their order, offsets and scores of FTS5 ranking every match, on every page', async () => {
    const path = join(dir, 'topk.db');
    const store = await build(path);
    await expectPages(store, path, QUERIES, [
      [0, 10],
      [0, 40],
      [7, 5],
      [35, 10],
    ]);
    await store.close();
  });

  it('keeps the first by name and start of a run of passages that tie on rank past the page, short or long', async () => {
    const path = join(dir, 'ties.db');
    const store = openSqliteStore(path);
    // The same sentence told 60 times in each of three documents, written in an order that is neither their names' nor its reverse: 180 rows of one rank.
    const told = 'The salmon quota of the coming season was postponed by the Chilean trade minister.';
    for (const name of ['notice-b.md', 'notice-a.md', 'notice-c.md']) await store.putDocument(sampleDocument(name, Array.from({ length: 60 }, () => told).join('\n\n')));
    await store.putDocument(sampleDocument('report-1.md', report(1, 120)));
    await expectPages(
      store,
      path,
      ['postponed', '"postponed" OR "Lima"', 'salmon quota'],
      [
        [0, 10],
        [85, 10],
        [170, 20],
      ],
    );
    await store.close();
  });

  it('stays equal to the full ranking after a document is replaced and another deleted', async () => {
    const path = join(dir, 'replace.db');
    const store = await build(path);
    const query = '"the" OR "salmon" OR "quota" OR "Lima"';
    await store.search(parseQuery(query), { query, unit: 'sentence', limit: 10 });
    // Replaced: the same name, other sentences (the terms' row counts change with it).
    await store.putDocument(sampleDocument('report-2.md', report(99, 300)));
    await store.deleteDocument('report-4.md');
    const r = await store.search(parseQuery(query), { query, unit: 'sentence', limit: 20 });
    expect(r.hits.map((h) => ({ doc: h.doc, start: h.start, end: h.end, score: h.score }))).toEqual(fullRanking(path, query, 'sentence').slice(0, 20));
    expect(r.hits.some((h) => h.doc === 'report-4.md')).toBe(false);
    await store.close();
  });
});

describe("search: ask's hits of an OR of words, ranked from each word's kept rows (word-ranking.ts)", () => {
  const dir = tempDir();
  /** Hits without a count or marks, as `ask` asks: the path WordRanking ranks. */
  const askHits = async (store: ReturnType<typeof openSqliteStore>, query: string, unit: SearchUnit, offset: number, limit: number) => {
    const r = await store.search(parseQuery(query), { query, unit, limit, offset, count: false, marks: false });
    expect(r.total).toBe(-1);
    return r.hits.map((h) => ({ doc: h.doc, start: h.start, end: h.end, score: h.score }));
  };
  const ASKED = [
    // rare beside common words, a word and its repetition, a phrase, a year, a word no sentence holds
    '"salmon" OR "the" OR "of"',
    '"Valparaíso" OR "minister" OR "and" OR "in"',
    '"the" OR "the" OR "quota"',
    '"fisheries research" OR "export bank" OR "the"',
    '"2011" OR "Oslo" OR "May" OR "criticised"',
    '"unicorn" OR "postponed"',
    'Lima',
  ];

  it('gives the hits, order, offsets and scores of FTS5 ranking the whole expression, on every page, in both units', async () => {
    const path = join(dir, 'words.db');
    const store = openSqliteStore(path);
    for (let d = 0; d < 6; d++) await store.putDocument(sampleDocument(`report-${d}.md`, report(d + 11, 120)));
    for (const unit of ['sentence', 'paragraph'] as const)
      for (const query of ASKED)
        for (const [offset, limit] of [
          [0, 40],
          [0, 3],
          [30, 15],
        ] as const)
          expect(await askHits(store, query, unit, offset, limit), `${unit} ${query} ${offset}+${limit}`).toEqual(fullRanking(path, query, unit).slice(offset, offset + limit));
    await store.close();
  });

  it('keeps the first by name and start of passages that tie on rank, past the page', async () => {
    const path = join(dir, 'word-ties.db');
    const store = openSqliteStore(path);
    const told = 'The salmon quota of the coming season was postponed by the Chilean trade minister.';
    for (const name of ['notice-b.md', 'notice-a.md', 'notice-c.md']) await store.putDocument(sampleDocument(name, Array.from({ length: 60 }, () => told).join('\n\n')));
    await store.putDocument(sampleDocument('report-1.md', report(1, 120)));
    for (const query of ['"postponed" OR "Lima"', '"salmon quota" OR "season"'])
      for (const [offset, limit] of [
        [0, 10],
        [85, 10],
        [170, 20],
      ] as const)
        expect(await askHits(store, query, 'sentence', offset, limit), `${query} ${offset}+${limit}`).toEqual(fullRanking(path, query, 'sentence').slice(offset, offset + limit));
    await store.close();
  });

  it('finds nothing when no passage holds a word, and counts a kept word without a second pass', async () => {
    const path = join(dir, 'word-none.db');
    const store = openSqliteStore(path);
    await store.putDocument(sampleDocument('report-1.md', report(3, 60)));
    expect(await askHits(store, '"unicorn" OR "narwhal"', 'sentence', 0, 40)).toEqual([]);
    await askHits(store, '"salmon" OR "minister"', 'sentence', 0, 40);
    for (const word of ['salmon', 'minister', 'unicorn'])
      expect((await store.search(parseQuery(`"${word}"`), { query: word, unit: 'sentence', limit: 0, offset: 0 })).total, word).toBe(fullRanking(path, `"${word}"`, 'sentence').length);
    await store.close();
  });

  it('follows the data when a document is replaced and another deleted', async () => {
    const path = join(dir, 'word-replace.db');
    const store = openSqliteStore(path);
    for (let d = 0; d < 4; d++) await store.putDocument(sampleDocument(`report-${d}.md`, report(d + 21, 80)));
    const query = '"salmon" OR "the" OR "quota" OR "Lima"';
    await askHits(store, query, 'sentence', 0, 20);
    await store.putDocument(sampleDocument('report-2.md', report(99, 200)));
    await store.deleteDocument('report-3.md');
    const hits = await askHits(store, query, 'sentence', 0, 20);
    expect(hits).toEqual(fullRanking(path, query, 'sentence').slice(0, 20));
    expect(hits.some((h) => h.doc === 'report-3.md')).toBe(false);
    expect((await store.search(parseQuery('"salmon"'), { query: 'salmon', unit: 'sentence', limit: 0 })).total).toBe(fullRanking(path, '"salmon"', 'sentence').length);
    await store.close();
  });

  it('ranks the same when it keeps fewer rows than a query reads (least recently used dropped)', async () => {
    const path = join(dir, 'word-evict.db');
    const store = openSqliteStore(path);
    for (let d = 0; d < 3; d++) await store.putDocument(sampleDocument(`report-${d}.md`, report(d + 31, 90)));
    await store.close();
    const raw = new Database(path, { readonly: true });
    const ranking = new WordRanking(new Statements(raw), 50);
    for (const query of ['"the" OR "salmon" OR "minister"', '"salmon" OR "of"', '"the" OR "salmon" OR "minister"']) {
      const { rows, all } = ranking.top('sentence_fts', parseQuery(query), 10, 'v1');
      const full = raw.prepare('SELECT rowid AS rid, rank FROM sentence_fts WHERE sentence_fts MATCH ? ORDER BY rank').all(toFtsMatch(parseQuery(query))) as { rid: number; rank: number }[];
      expect(all, query).toBe(full.length);
      // Every row ranked at or above the 10th, with FTS5's rank to the bit.
      const least = full[9]!.rank;
      expect(new Map(rows.map((r) => [r.rid, r.rank])), query).toEqual(new Map(full.filter((r) => r.rank <= least).map((r) => [r.rid, r.rank])));
    }
    raw.close();
  });
});

describe('kthLargest', () => {
  const sums = Float64Array.from([5, 1, 9, 9, 3, 7, 7, 2]);
  const rows = [0, 1, 2, 3, 4, 5, 6, 7];
  it('gives the k-th largest sum, ties counted each', () => {
    expect(kthLargest(rows, sums, 1)).toBe(9);
    expect(kthLargest(rows, sums, 2)).toBe(9);
    expect(kthLargest(rows, sums, 3)).toBe(7);
    expect(kthLargest(rows, sums, 5)).toBe(5);
    expect(kthLargest(rows, sums, 8)).toBe(1);
  });
  it('gives -Infinity for fewer rows than k, and Infinity for k of 0 (nothing kept)', () => {
    expect(kthLargest(rows, sums, 9)).toBe(-Infinity);
    expect(kthLargest([], sums, 1)).toBe(-Infinity);
    expect(kthLargest(rows, sums, 0)).toBe(Infinity);
  });
});
