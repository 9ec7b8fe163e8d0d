import { expect, it } from 'vitest';
import type { Store } from '../src/store/store.js';
import { annotatedDocument } from './helpers/store-documents.js';

// Wires on two pairs in no eval set, written for this test: each says "trade between the two countries" of its own pair.
const BOTSWANA_NAMIBIA =
  'GABORONE, March 4 - Botswana and Namibia opened a new border post at Mohembo on Monday. Namibian officials said the post would cut waiting times for trucks from Botswana. Trade between the two countries reached US$640 million in 2023, according to customs data.';
const BOTSWANA_NAMIBIA_AGAIN =
  'WINDHOEK, March 9 - Namibia and Botswana agreed to share the cost of a bridge over the Okavango. Officials in Botswana said talks with Namibia would go on in May. Trade between the two countries reached US$710 million in 2023, according to a chamber of commerce.';
const SLOVAKIA_AUSTRIA =
  'BRATISLAVA, March 6 - Slovakia and Austria agreed to build a second rail link between Bratislava and Vienna. Austrian officials said Slovakia would pay half of the cost. Trade between the two countries reached US$980 million in 2023, according to customs data.';

/** A figure "between the two countries" is of its document's pair: two pairs' figures are no conflict, one pair's are. */
export function pairConformance(store: () => Store): void {
  it("keeps two pairs' figures of the same words apart, and finds one pair's figures in conflict", async () => {
    await store().putDocument(annotatedDocument('bw-na.txt', BOTSWANA_NAMIBIA, '2024-03-04'));
    await store().putDocument(annotatedDocument('sk-at.txt', SLOVAKIA_AUSTRIA, '2024-03-06'));
    const trade = (await store().listFacts({ type: 'trade' })).items;
    expect(trade.map((f) => f.value).sort()).toEqual([6.4e8, 9.8e8]);
    expect((await store().listConflicts()).items).toEqual([]);
    await store().putDocument(annotatedDocument('na-bw.txt', BOTSWANA_NAMIBIA_AGAIN, '2024-03-09'));
    const conflicts = (await store().listConflicts()).items;
    expect(conflicts.map((c) => c.claims.map((k) => k.value))).toEqual([['640000000 USD', '710000000 USD']]);
    expect(conflicts[0]!.claims.map((k) => k.citations.map((x) => x.doc))).toEqual([['bw-na.txt'], ['na-bw.txt']]);
    await store().deleteDocument('na-bw.txt');
    expect((await store().listConflicts()).total).toBe(0);
  });
}
