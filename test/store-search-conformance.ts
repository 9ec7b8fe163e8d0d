import { expect, it } from 'vitest';
import type { Store } from '../src/store/store.js';
import type { SearchRequest } from '../src/model/search.js';
import { parseQuery } from '../src/query/search-query.js';
import { A, B, sampleDocument } from './helpers/store-documents.js';

/** The search half of the Store conformance suite: `store()` is the suite's store, opened anew for each case. */
export function searchConformance(store: () => Store): void {
  it('searches with phrases, prefixes, negation and diacritic folding, with exact quotes and offsets', async () => {
    await store().putDocument(sampleDocument('a.txt', A, '2023'));
    await store().putDocument(sampleDocument('b.txt', B, '2024'));
    const phrase = await store().search(parseQuery('"strategic partnership"'), { query: '"strategic partnership"', unit: 'sentence' });
    expect(phrase.total).toBe(2);
    for (const hit of phrase.hits) {
      const doc = (await store().getDocument(hit.doc))!;
      expect(hit.quote).toBe(doc.text.slice(hit.start, hit.end));
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const h of hit.highlights) expect(doc.text.slice(h.start, h.end).toLowerCase()).toMatch(/strategic|partnership/);
    }
    const neg = await store().search(parseQuery('"strategic partnership" -China'), { query: '', unit: 'paragraph' });
    expect(neg.hits.map((h) => h.doc)).toEqual(['a.txt']);
    const prefix = await store().search(parseQuery('Kie*'), { query: '', unit: 'sentence' });
    expect(prefix.hits.map((h) => h.quote)).toEqual(['In March 1993, Vo Van Kiet became the first Vietnamese prime minister to make an official visit to Japan.']);
    const folded = await store().search(parseQuery('"Viet Nam" upgraded'), { query: '', unit: 'sentence' });
    expect(folded.hits.map((h) => h.doc)).toEqual(['b.txt']);
  });

  it('gives the same hits without their marks when asked (marks: false), filtered or not', async () => {
    await store().putDocument(sampleDocument('a.txt', A, '2023'));
    await store().putDocument(sampleDocument('b.txt', B, '2024'));
    for (const request of [
      { query: 'Japan OR partnership', unit: 'sentence' as const, limit: 3 },
      { query: 'Japan OR partnership', unit: 'paragraph' as const, docs: ['b.txt'] },
      { query: 'Kie*', unit: 'sentence' as const },
    ]) {
      const marked = await store().search(parseQuery(request.query), request);
      const bare = await store().search(parseQuery(request.query), { ...request, marks: false });
      expect(marked.hits.length).toBeGreaterThan(0);
      expect(bare.hits).toEqual(marked.hits.map((h) => ({ ...h, snippet: '', highlights: [] })));
      expect(bare.total).toBe(marked.total);
    }
  });

  it('filters by document, kind and year, and pages results', async () => {
    await store().putDocument(sampleDocument('a.txt', A, '2014?'));
    await store().putDocument(sampleDocument('b.txt', B, '2023-11/..'));
    const q = parseQuery('Japan');
    expect((await store().search(q, { query: '', docs: ['b.txt'] })).hits.map((h) => h.doc)).toEqual(['b.txt']);
    expect((await store().search(q, { query: '', yearFrom: 2020 })).hits.map((h) => h.doc)).toEqual(['b.txt']);
    expect((await store().search(q, { query: '', yearTo: 2014 })).hits.every((h) => h.doc === 'a.txt')).toBe(true);
    expect((await store().search(q, { query: '', kind: 'other' })).total).toBe(0);
    const all = await store().search(q, { query: '', unit: 'sentence' });
    const page = await store().search(q, { query: '', unit: 'sentence', limit: 1, offset: 1 });
    expect(page.total).toBe(all.total);
    expect(page.hits).toEqual([all.hits[1]]);
    // limit 0: the count alone (what ask reads for a word's rarity).
    expect(await store().search(q, { query: '', unit: 'sentence', limit: 0 })).toMatchObject({ total: all.total, hits: [] });
    // count: false, the hits alone (what ask reads for its candidates): the same hits, the total left at -1.
    expect(await store().search(q, { query: '', unit: 'sentence', count: false })).toEqual({ ...all, total: -1 });
  });

  it('counts every match whatever the page: one that ends early, one past the end, with filters and without', async () => {
    await store().putDocument(sampleDocument('a.txt', A, '2014'));
    await store().putDocument(sampleDocument('b.txt', B, '2023'));
    // Each page is asked first under its own spelling (a count is kept per query), then counted alone under another.
    const pages: [string, string, SearchRequest][] = [
      ['Japan', 'JAPAN', { query: '', unit: 'sentence', limit: 100 }],
      ['japan', 'jAPAN', { query: '', unit: 'sentence', limit: 1, offset: 50 }],
      ['jApan', 'JaPAN', { query: '', unit: 'sentence', limit: 100, docs: ['a.txt'] }],
      ['JApan', 'jaPAN', { query: '', unit: 'sentence', limit: 2, offset: 40, docs: ['a.txt'] }],
      ['JAPan', 'japAN', { query: '', unit: 'sentence', limit: 100, yearFrom: 2020 }],
      ['Visit*', 'VISIT*', { query: '', limit: 100 }],
      ['JAPAn', 'JAPaN', { query: '', unit: 'sentence', limit: 100, offset: 1 }],
      ['jaPan', 'jApAn', { query: '', unit: 'sentence', limit: 100, offset: 1, docs: ['a.txt'] }],
    ];
    for (const [query, again, request] of pages) {
      const page = await store().search(parseQuery(query), request);
      const { limit: _limit, offset: _offset, ...filters } = request;
      const counted = await store().search(parseQuery(again), { ...filters, limit: 0 });
      expect(counted.total).toBeGreaterThan(0);
      expect(page.total).toBe(counted.total);
    }
    // Filters of the same value but another sense are two counts ("year >= 2020" and "year <= 2020"; no document is of 2020).
    const japan = parseQuery('Japan');
    const all = (await store().search(japan, { query: '', unit: 'sentence', limit: 0 })).total;
    const from = (await store().search(japan, { query: '', unit: 'sentence', limit: 0, yearFrom: 2020 })).total;
    const to = (await store().search(japan, { query: '', unit: 'sentence', limit: 0, yearTo: 2020 })).total;
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(0);
    expect(from + to).toBe(all);
  });

  it('orders hits of equal rank by document name and position, the same on every page', async () => {
    // The same paragraph in three documents ranks the same in each: pages cut through the tie.
    const same = 'Chile and Peru renewed the fisheries accord in Lima in May 2015.\n\nThe accord was renewed again in 2020, and the fisheries accord covers the anchovy catch.\n';
    for (const name of ['c.txt', 'a.txt', 'b.txt']) await store().putDocument(sampleDocument(name, same));
    // Documents without the words, so that they weigh something (BM25's IDF).
    for (const name of ['d.txt', 'e.txt', 'f.txt']) await store().putDocument(sampleDocument(name, `Norway and Sweden met in ${name[0]}. Trade rose by 18 percent.\n`));
    const q = parseQuery('fisheries accord');
    const all = await store().search(q, { query: '', unit: 'sentence' });
    expect(all.hits.map((h) => `${h.doc}@${h.start}`).sort()).toEqual(['a.txt@0', 'a.txt@66', 'b.txt@0', 'b.txt@66', 'c.txt@0', 'c.txt@66']);
    // The same sentence ranks the same in each document: by document name among them.
    for (const start of [0, 66]) expect(all.hits.filter((h) => h.start === start).map((h) => h.doc)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    for (let offset = 0; offset < all.hits.length; offset++) {
      for (const limit of [1, 2]) expect((await store().search(q, { query: '', unit: 'sentence', limit, offset })).hits).toEqual(all.hits.slice(offset, offset + limit));
    }
  });

  /** A wire report on Malawi and Zambia: "tobacco" three times in one paragraph, once in a short one, once in a long one. */
  const TOBACCO = [
    'Lilongwe, 14 March 2019 - Malawi and Zambia agreed on Thursday to harmonise their tobacco levies. Tobacco growers sell tobacco across the border.',
    'The tobacco deal was signed in Lilongwe by the two trade ministers.',
    'Officials from the two ministries of agriculture, meeting in Chipata for two days of talks that also covered maize, fertiliser subsidies, cross-border trucking permits and a shared weather station, said the question of tobacco would come back at their next session in August.',
    'Maize prices rose by 12 percent in Zambia during the lean season.',
  ].join('\n\n');
  /** Paragraphs without the words counted here, so that those words weigh something (BM25's IDF). */
  const FILLER = [
    'Lusaka hosted the joint commission in 2017.',
    'Fishing on Lake Tanganyika was closed for three months.',
    'The railway line reopened in June.',
    'A new bridge spans the Luangwa river.',
    'Customs posts now open at six in the morning.',
    'Rainfall was below average in the south.',
  ].join('\n\n');

  it('ranks a one-word search by how often each passage holds the word and by its length, on every page and filter', async () => {
    await store().putDocument(sampleDocument('wire.txt', TOBACCO, '2019'));
    await store().putDocument(sampleDocument('filler.txt', FILLER, '2018'));
    await store().putDocument(sampleDocument('other.txt', 'Zambia exported copper to Malawi by rail.\n\nMaize was short in Malawi.\n', '2020'));
    const q = parseQuery('tobacco');
    const all = await store().search(q, { query: 'tobacco', unit: 'paragraph' });
    // Three times in an average paragraph, then once in a short one, then once in a long one.
    expect(all.total).toBe(3);
    expect(all.hits.map((h) => h.start)).toEqual([0, 147, 216]);
    expect(all.hits[0]!.quote).toBe(TOBACCO.slice(0, 145));
    expect(all.hits[0]!.highlights.map((h) => TOBACCO.slice(h.start, h.end))).toEqual(['tobacco', 'Tobacco', 'tobacco']);
    expect(all.hits[0]!.score).toBeGreaterThan(all.hits[1]!.score);
    expect(all.hits[1]!.score).toBeGreaterThan(all.hits[2]!.score);
    expect((await store().search(q, { query: 'tobacco', unit: 'paragraph', limit: 1, offset: 1 })).hits).toEqual([all.hits[1]]);
    expect((await store().search(q, { query: 'tobacco', unit: 'paragraph', yearFrom: 2020 })).hits).toEqual([]);
    expect((await store().search(q, { query: 'tobacco', unit: 'paragraph', docs: ['wire.txt'], marks: false })).hits.map((h) => h.start)).toEqual([0, 147, 216]);
    // The same passages in the other unit: the first paragraph's two sentences, each holding the word.
    expect((await store().search(q, { query: 'tobacco', unit: 'sentence' })).hits.map((h) => h.start)).toEqual([98, 147, 0, 216]);
  });

  /** A wire report on Malawi and Zambia's levies: both words in three paragraphs, each told a different number of times, and one word alone. */
  const LEVIES = [
    'Lilongwe, 9 April 2019 - Malawi and Zambia agreed on Tuesday to align their tobacco levies. Tobacco growers had asked both governments to cut tobacco levies before the auction season.',
    'The tobacco levies were cut in Zambia.',
    'Tobacco was discussed at length in Lusaka, where officials of the two ministries also spent a second day on fertiliser prices, crossing times at Mwami and levies on maize and groundnuts.',
    'Levies on maize rose in Malawi.',
  ].join('\n\n');

  it('ranks a search of several words as the sum of what each word alone gives each passage, on every page and filter', async () => {
    await store().putDocument(sampleDocument('levies.txt', LEVIES, '2019'));
    await store().putDocument(sampleDocument('filler.txt', FILLER, '2018'));
    const score = async (query: string, unit: 'paragraph' | 'sentence', start: number) =>
      (await store().search(parseQuery(query), { query, unit, limit: 50 })).hits.find((h) => h.doc === 'levies.txt' && h.start === start)?.score ?? 0;
    for (const unit of ['paragraph', 'sentence'] as const) {
      const both = await store().search(parseQuery('tobacco levies'), { query: 'tobacco levies', unit });
      expect(both.total).toBe(unit === 'paragraph' ? 3 : 4);
      // Each passage's score is the sum of the two words' (each rounded to 4 places), as BM25 sums its words.
      for (const h of both.hits) expect(Math.abs(h.score - ((await score('tobacco', unit, h.start)) + (await score('levies', unit, h.start))))).toBeLessThan(3e-4);
      expect(both.hits.map((h) => h.score)).toEqual([...both.hits.map((h) => h.score)].sort((a, b) => b - a));
      // An OR of the same words gives the passages holding both the same scores.
      const either = await store().search(parseQuery('tobacco OR levies'), { query: '', unit, limit: 50 });
      for (const h of both.hits) expect(either.hits.find((e) => e.doc === h.doc && e.start === h.start)?.score).toBeCloseTo(h.score, 3);
    }
    const paragraphs = await store().search(parseQuery('tobacco levies'), { query: 'tobacco levies', unit: 'paragraph' });
    // The short paragraph holding each word once first, then the one five times its length telling them three and two times,
    // then the long one holding each once.
    expect(paragraphs.hits.map((h) => h.start)).toEqual([185, 0, 225]);
    expect(paragraphs.hits[1]!.quote).toBe(LEVIES.slice(0, 183));
    expect((await store().search(parseQuery('tobacco levies'), { query: '', unit: 'paragraph', limit: 1, offset: 2 })).hits).toEqual([paragraphs.hits[2]]);
    expect((await store().search(parseQuery('tobacco levies -maize'), { query: '', unit: 'paragraph' })).hits.map((h) => h.start)).toEqual([185, 0]);
    expect((await store().search(parseQuery('tobacco levies'), { query: '', unit: 'paragraph', yearTo: 2018 })).hits).toEqual([]);
    const phrase = await store().search(parseQuery('"tobacco levies"'), { query: '', unit: 'sentence', marks: false });
    expect(phrase.hits.map((h) => h.start).sort((a, b) => a - b)).toEqual([0, 92, 185]);
    expect(phrase.hits[0]!.start).toBe(185);
  });

  it('counts the passages holding each of many words at once, as a search for each word counts them', async () => {
    await store().putDocument(sampleDocument('wire.txt', TOBACCO, '2019'));
    await store().putDocument(sampleDocument('filler.txt', FILLER, '2018'));
    await store().putDocument(sampleDocument('other.txt', 'Zambia exported copper to Malawi by rail.\n\nMaize was short in Malawi.\n', '2020'));
    const words = ['tobacco', 'Maize', 'cross-border', 'copper', 'cassava', 'tobacco', 'Malawi'];
    const one = async (w: string, unit: 'paragraph' | 'sentence') => (await store().search(parseQuery(`"${w}"`), { query: w, unit, limit: 0, offset: 0 })).total;
    expect(await store().wordFrequencies(words, 'sentence')).toEqual([4, 3, 1, 1, 0, 4, 3]);
    expect(await store().wordFrequencies(words, 'paragraph')).toEqual([3, 3, 1, 1, 0, 3, 3]);
    for (const unit of ['sentence', 'paragraph'] as const) expect(await store().wordFrequencies(words, unit)).toEqual(await Promise.all(words.map((w) => one(w, unit))));
    expect(await store().wordFrequencies([], 'sentence')).toEqual([]);
    // A write changes the counts.
    await store().putDocument(sampleDocument('late.txt', 'Malawi bought cassava from Zambia.\n', '2021'));
    expect(await store().wordFrequencies(['cassava', 'Malawi'], 'sentence')).toEqual([1, 4]);
  });
}
