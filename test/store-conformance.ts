import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import type { Store } from '../src/store/store.js';
import type { DocumentRecord } from '../src/model/document.js';
import type { EntityMention } from '../src/model/annotation.js';
import { parseQuery } from '../src/query/search-query.js';
import { LAYERS } from '../src/store/parts.js';
export { annotatedDocument, sampleDocument } from './helpers/store-documents.js';
import { annotatedDocument, sampleDocument, thirdParty, K1, K2, K3, A, B } from './helpers/store-documents.js';
import { searchConformance } from './store-search-conformance.js';
import { entityConformance } from './store-entity-conformance.js';
import { pairConformance } from './store-pair-conformance.js';

/**
 * The conformance suite every Store backend must pass. Call it from a backend's test file
 * with a factory that opens a new, empty store.
 */
/**
 * How a backend keeps its knowledge: `deferred` marks the buckets a document put changes and
 * reconciles them in reconcileKnowledge() (SQLite, one writer at a time; a delete reconciles at once); `inline` reconciles them
 * in the document's own transaction (PostgreSQL, writers side by side), so nothing is left marked.
 */
export type Reconciling = 'deferred' | 'inline';

export function storeConformance(backend: string, open: () => Promise<Store>, reconciling: Reconciling = 'deferred'): void {
  describe(`Store conformance: ${backend}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores a document and gives back exactly what was stored', async () => {
      const doc = sampleDocument('a.txt', A, '2023');
      await store.putDocument(doc);
      const back = await store.getDocument('a.txt');
      expect(back).toEqual(doc);
      expect(await store.getDocument(doc.id)).toEqual(doc);
    });

    it('reads a document with only the annotation layers asked for, the others empty', async () => {
      const doc = annotatedDocument('a.txt', `${K1}\n\n${K2}`, '2024');
      await store.putDocument(doc);
      const a = doc.annotations!;
      expect(a.times.length).toBeGreaterThan(0);
      expect(a.entities.length).toBeGreaterThan(0);
      expect(await store.getDocument('a.txt', { layers: ['times'] })).toEqual({ ...doc, annotations: { times: a.times, entities: [], events: [], facts: [] } });
      expect(await store.getDocument(doc.id, { layers: ['entities', 'facts'] })).toEqual({ ...doc, annotations: { times: [], entities: a.entities, events: [], facts: a.facts } });
      expect(await store.getDocument('a.txt', { layers: ['times', 'entities', 'events', 'facts'] })).toEqual(await store.getDocument('a.txt'));
      expect(a.events.length).toBeGreaterThan(0);
      // The annotations alone, the same way (an answer reads a document's events and facts, not its entities).
      expect(await store.getAnnotations(doc.id, { layers: ['events', 'facts'] })).toEqual({ times: [], entities: [], events: a.events, facts: a.facts });
      expect(await store.getAnnotations('a.txt', { layers: ['entities'] })).toEqual({ times: [], entities: a.entities, events: [], facts: [] });
      expect(await store.getAnnotations('a.txt', { layers: [...LAYERS] })).toEqual(await store.getAnnotations('a.txt'));
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

    searchConformance(() => store);
    entityConformance(() => store, open);
    pairConformance(() => store);

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

    it('keeps events, facts and conflicts reconciled across documents, each mention quoting the stored text', async () => {
      await store.putDocument(annotatedDocument('a.txt', K1, '2023'));
      await store.putDocument(annotatedDocument('b.txt', K2, '2024'));
      const events = await store.listEvents();
      expect(events.total).toBe(events.items.length);
      expect(events.items.map((e) => `${e.type} ${e.date}`)).toEqual(expect.arrayContaining(['leader_visit 1993-03', 'leader_visit 1993-04', 'aid_resumption 1992-11']));
      // In order of date.
      expect(events.items.map((e) => e.date)).toEqual([...events.items.map((e) => e.date)].sort());
      for (const item of [...events.items, ...(await store.listFacts()).items]) {
        for (const m of item.mentions) expect(m.quote).toBe((await store.getDocument(m.doc))!.text.slice(m.start, m.end));
      }
      const oda = (await store.listFacts({ type: 'oda' })).items;
      expect(oda.map((f) => f.value).sort()).toEqual([1.5e9, 2.1e9]);
      const conflicts = (await store.listConflicts()).items;
      expect(conflicts.map((c) => c.kind).sort()).toEqual(['event', 'fact']);
      const visit = conflicts.find((c) => c.kind === 'event')!;
      expect(visit.claims.map((c) => c.value)).toEqual(['1993-03', '1993-04']);
      expect(visit.claims.map((c) => c.citations.map((x) => x.doc))).toEqual([['a.txt'], ['b.txt']]);
      expect((await store.listConflicts({ docs: ['b.txt'] })).total).toBe(2);
      expect(await store.check()).toEqual([]);
    });

    it('stores annotations handed in parts, one part read at a time, as the same annotations handed whole', async () => {
      const { annotations: a, ...bare } = annotatedDocument('a.txt', `${K1}\n\n${K2}`, '2024');
      // The annotations cut where K2 begins (a section boundary); whole, they are the two parts joined.
      const cut = K1.length + 2;
      const side = (keep: (x: { start: number }) => boolean) => ({ times: a!.times.filter(keep), entities: a!.entities.filter(keep), events: a!.events.filter(keep), facts: a!.facts.filter(keep) });
      const [first, second] = [side((x) => x.start < cut), side((x) => x.start >= cut)];
      const whole = {
        times: [...first.times, ...second.times],
        entities: [...first.entities, ...second.entities],
        events: [...first.events, ...second.events],
        facts: [...first.facts, ...second.facts],
      };
      await store.putDocument({ ...bare, annotations: whole });
      const lists = async () => ({
        annotations: await store.getAnnotations('a.txt'),
        events: await store.listAnnotations('events'),
        knowledge: [(await store.listEvents()).items, (await store.listFacts()).items, (await store.listEntities()).items, (await store.listConflicts()).items],
      });
      const before = await lists();
      expect(before.annotations).toEqual(whole);
      // Handed as a generator that records which part the store is reading when it asks for the next one.
      const read: number[] = [];
      function* parts() {
        read.push(1);
        yield first;
        read.push(2);
        yield second;
      }
      const put = await store.putDocument(bare, parts());
      expect(put).toEqual({ replaced: true, annotations: { times: whole.times.length, entities: whole.entities.length, events: whole.events.length, facts: whole.facts.length } });
      expect(read).toEqual([1, 2]);
      expect(await lists()).toEqual(before);
      expect(before.knowledge[0]!.length).toBeGreaterThan(0);
      expect(await store.check()).toEqual([]);
    });

    it('changes its data version with every document put or deleted, and keeps it while nothing changes', async () => {
      const v0 = await store.dataVersion();
      expect(await store.dataVersion()).toBe(v0);
      await store.putDocument(annotatedDocument('a.txt', K1, '2023'));
      await store.listEvents();
      const v1 = await store.dataVersion();
      expect(v1).not.toBe(v0);
      await store.listEvents();
      await store.search(parseQuery('partnership'), { query: 'partnership' });
      expect(await store.dataVersion()).toBe(v1);
      await store.deleteDocument('a.txt');
      expect(await store.dataVersion()).not.toBe(v1);
    });

    it('reconciles the buckets documents changed once, on demand or before a list', async () => {
      await store.putDocument(annotatedDocument('a.txt', K1, '2023'));
      await store.putDocument(annotatedDocument('b.txt', K2, '2024'));
      if (reconciling === 'deferred') expect(await store.reconcileKnowledge()).toBeGreaterThan(0);
      else expect(await store.reconcileKnowledge()).toBe(0);
      expect(await store.reconcileKnowledge()).toBe(0);
      const events = (await store.listEvents()).total;
      await store.deleteDocument('b.txt');
      // A delete reconciles what it touched before it returns (a read-only reader cannot): nothing is left marked.
      expect(await store.reconcileKnowledge()).toBe(0);
      expect((await store.listEvents()).total).toBeLessThan(events);
    });

    it('keeps ids across a document filter and across adding an unrelated document', async () => {
      await store.putDocument(annotatedDocument('a.txt', K1, '2023'));
      await store.putDocument(annotatedDocument('b.txt', K2, '2024'));
      const before = (await store.listEvents()).items;
      const onlyB = (await store.listEvents({ docs: ['b.txt'] })).items;
      expect(onlyB.length).toBeGreaterThan(0);
      expect(onlyB.length).toBeLessThan(before.length);
      for (const e of onlyB) expect(before.find((x) => x.id === e.id)).toEqual(e);
      const factIds = (await store.listFacts()).items.map((f) => f.id);
      const conflictIds = (await store.listConflicts()).items.map((c) => c.id);
      await store.putDocument(annotatedDocument('0-first.txt', K3, '2012'));
      const after = (await store.listEvents()).items;
      for (const e of before) expect(after.find((x) => x.id === e.id)).toEqual(e);
      expect(after.length).toBeGreaterThan(before.length);
      expect((await store.listFacts()).items.map((f) => f.id)).toEqual(expect.arrayContaining(factIds));
      expect((await store.listConflicts()).items.map((c) => c.id)).toEqual(conflictIds);
    });

    it('filters events and facts by type, dates, actor, document and unit, and pages them with the total', async () => {
      await store.putDocument(annotatedDocument('a.txt', K1, '2023'));
      await store.putDocument(annotatedDocument('b.txt', K2, '2024'));
      await store.putDocument(annotatedDocument('c.txt', K3, '2012'));
      const all = await store.listEvents();
      expect((await store.listEvents({ type: 'leader_visit' })).items.map((e) => e.date)).toEqual(['1993-03', '1993-04']);
      expect((await store.listEvents({ from: '2009', to: '2011' })).items.map((e) => e.date)).toEqual(['2009', '2011-05']);
      expect((await store.listEvents({ from: '1993-04', to: '1993' })).items.map((e) => e.date)).toEqual(['1993-04']);
      expect((await store.listEvents({ actor: { entities: ['person:vo-van-kiet'], words: ['vo', 'van', 'kiet'] } })).total).toBe(2);
      expect((await store.listEvents({ actor: { entities: [], words: ['kiet'] } })).total).toBe(2);
      expect((await store.listEvents({ actor: { entities: ['country:NOR'], words: ['norway'] } })).items.map((e) => e.type)).toContain('agreement_signed');
      expect((await store.listEvents({ actor: { entities: ['country:NOR'], words: ['norway'] } })).items.every((e) => e.mentions.every((m) => m.doc === 'c.txt'))).toBe(true);
      expect((await store.listEvents({ docs: ['c.txt'] })).items.every((e) => e.mentions.some((m) => m.doc === 'c.txt'))).toBe(true);
      const page = await store.listEvents({ offset: 1, limit: 2 });
      expect(page.total).toBe(all.total);
      expect(page.items).toEqual(all.items.slice(1, 3));
      expect((await store.listEvents({ offset: all.total })).items).toEqual([]);
      expect((await store.listFacts({ unit: 'persons' })).items.map((f) => f.value)).toEqual([3000]);
      expect((await store.listFacts({ unit: 'JPY' })).total).toBe(0);
      expect((await store.listFacts({ type: 'trade', from: '2010', to: '2010' })).items.map((f) => f.value)).toEqual([1.2e9]);
      expect(await store.factUnits()).toEqual(['USD', 'persons']);
    });

    it('leaves out what a document tells of other countries unless asked for it', async () => {
      await store.putDocument(annotatedDocument('a.txt', K1, '2023'));
      await store.putDocument(thirdParty(annotatedDocument('c.txt', K3, '2012')));
      const pair = await store.listEvents();
      expect(pair.items.some((e) => e.thirdParty)).toBe(false);
      const all = await store.listEvents({ thirdParty: true });
      const told = annotatedDocument('c.txt', K3, '2012').annotations!.events.length;
      expect(told).toBeGreaterThan(0);
      expect(all.items.filter((e) => e.thirdParty).length).toBe(told);
      expect(all.items.filter((e) => e.thirdParty).every((e) => e.mentions.every((m) => m.doc === 'c.txt'))).toBe(true);
      expect(all.total).toBe(pair.total + told);
      expect((await store.listFacts()).items.some((f) => f.unit === 'persons')).toBe(false);
      expect((await store.listFacts({ thirdParty: true, unit: 'persons' })).total).toBe(1);
      expect(await store.factUnits()).toEqual(['USD']);
      expect(await store.factUnits({ thirdParty: true })).toEqual(['USD', 'persons']);
    });

    it('forgets what a deleted or replaced document told, and keeps what others tell', async () => {
      await store.putDocument(annotatedDocument('a.txt', K1, '2023'));
      await store.putDocument(annotatedDocument('b.txt', K2, '2024'));
      await store.deleteDocument('b.txt');
      expect((await store.listEvents({ type: 'leader_visit' })).items.map((e) => e.date)).toEqual(['1993-03']);
      expect((await store.listConflicts()).total).toBe(0);
      expect((await store.listEvents()).items.flatMap((e) => e.mentions).every((m) => m.doc === 'a.txt')).toBe(true);
      await store.putDocument(annotatedDocument('a.txt', K3, '2012'));
      expect((await store.listEvents()).items.map((e) => e.type)).toContain('agreement_signed');
      expect((await store.listEvents({ type: 'leader_visit' })).total).toBe(0);
      expect((await store.listEntities({ type: 'person' })).total).toBe(0);
      expect(await store.check()).toEqual([]);
    });

    it('counts the lines of figures and their points as its facts give them, through a replace and a delete', async () => {
      /** The lines, points and flagged passages as every stored fact and conflict gives them. */
      const expected = async () => {
        const facts = (await store.listFacts()).items.filter((f) => f.period && f.qualifier !== 'projected');
        const scope = (p: string) => (p.split('/')[0]!.slice(0, 4) === (p.split('/')[1] ?? p).slice(0, 4) ? 'annual' : 'multi-year');
        const key = (f: (typeof facts)[number]) => [f.indicator, f.unit, scope(f.period!), f.subject ?? '', f.direction ? `${f.direction.from}>${f.direction.to}` : ''].join('|');
        const lines = new Map<string, { points: number; periods: Set<string>; first: string; ids: string[] }>();
        for (const f of facts) {
          const l = lines.get(key(f)) ?? { points: 0, periods: new Set(), first: f.id, ids: [] };
          l.points++;
          l.periods.add(f.period!);
          l.ids.push(f.id);
          lines.set(key(f), l);
        }
        return lines;
      };
      const check = async () => {
        const want = await expected();
        const got = await store.seriesLines();
        expect(got.map((l) => [l.indicator, l.unit, l.scope, l.subject, l.direction].join('|')).sort()).toEqual([...want.keys()].sort());
        for (const l of got) {
          const w = want.get([l.indicator, l.unit, l.scope, l.subject, l.direction].join('|'))!;
          expect([l.points, l.periods, l.first]).toEqual([w.points, w.periods.size, w.first]);
          const points = await store.seriesPoints(l);
          expect(points.map((p) => p.id).sort()).toEqual([...w.ids].sort());
          const facts = await store.factsByIds(points.map((p) => p.id));
          expect(facts.map((f) => f.id)).toEqual(points.map((p) => p.id));
          for (const [i, p] of points.entries()) {
            expect([p.period, p.value]).toEqual([facts[i]!.period, facts[i]!.value]);
            expect([...p.mentions].sort()).toEqual(facts[i]!.mentions.map((m) => `${m.doc}|${m.start}|${m.end}`).sort());
          }
        }
        const conflicts = (await store.listConflicts()).items.filter((c) => c.kind === 'fact');
        const cited = new Set(conflicts.flatMap((c) => c.claims.flatMap((k) => k.citations.map((x) => `${x.doc}|${x.start}|${x.end}`))));
        expect((await store.factConflictMentions()).sort()).toEqual([...cited].sort());
        return got;
      };
      await store.putDocument(annotatedDocument('a.txt', K1, '2023'));
      await store.putDocument(annotatedDocument('b.txt', K2, '2024'));
      await store.putDocument(thirdParty(annotatedDocument('c.txt', K3, '2012')));
      const both = await check();
      // Two ODA figures for 2010 that disagree: one line, two points, one period, each passage flagged.
      expect(both.find((l) => l.indicator === 'oda')).toMatchObject({ points: 2, periods: 1 });
      expect((await store.factConflictMentions()).length).toBe(2);
      // The third party's figures are not the pair's lines.
      expect(both.some((l) => l.indicator === 'students')).toBe(false);
      expect(await store.factsByIds(['no-such-fact', both[0]!.first])).toHaveLength(1);
      await store.putDocument(annotatedDocument('b.txt', K3, '2012'));
      expect((await check()).some((l) => l.indicator === 'students')).toBe(true);
      await store.deleteDocument('b.txt');
      expect((await check()).find((l) => l.indicator === 'oda')).toMatchObject({ points: 1, periods: 1 });
      expect(await store.factConflictMentions()).toEqual([]);
      // A projected figure ("would reach") is stored as a fact but is no point of a line.
      await store.putDocument(annotatedDocument('d.txt', 'Under the plan, Japanese ODA to Viet Nam would reach US$3 billion in 2011.', '2010'));
      const projected = (await store.listFacts()).items.filter((f) => f.qualifier === 'projected');
      expect(projected.map((f) => [f.value, f.period])).toEqual([[3e9, '2011']]);
      const lines = await check();
      const pointIds = (await Promise.all(lines.map((l) => store.seriesPoints(l)))).flat().map((p) => p.id);
      expect(pointIds).not.toContain(projected[0]!.id);
      expect(pointIds.length).toBeGreaterThan(0);
    });

    it('keeps a derived value until what it was derived from changes, and never one derived before a change', async () => {
      await store.putDocument(annotatedDocument('a.txt', K1, '2023'));
      await store.reconcileKnowledge();
      const v = await store.dataVersion();
      expect(await store.getDerived('state')).toBeUndefined();
      expect(await store.putDerived('state', '{"one":1}', v)).toBe(true);
      expect(await store.getDerived('state')).toBe('{"one":1}');
      await store.putDocument(annotatedDocument('b.txt', K2, '2024'));
      await store.reconcileKnowledge();
      expect(await store.getDerived('state')).toBeUndefined();
      // Derived before that change: not kept, or kept where it is never read.
      await store.putDerived('state', '{"stale":1}', v);
      expect(await store.getDerived('state')).toBeUndefined();
      const now = await store.dataVersion();
      expect(await store.putDerived('state', '{"two":2}', now)).toBe(true);
      // A value derived before the change and written after the fresh one (a slower writer) never displaces it.
      await store.putDerived('state', '{"stale":1}', v);
      expect(await store.getDerived('state')).toBe('{"two":2}');
      await store.deleteDocument('a.txt');
      await store.reconcileKnowledge();
      expect(await store.getDerived('state')).toBeUndefined();
    });

    it('lists entities most mentioned first, with every document, filtered by kind, document and actor', async () => {
      await store.putDocument(annotatedDocument('a.txt', K1, '2023'));
      await store.putDocument(annotatedDocument('b.txt', K2, '2024'));
      await store.putDocument(annotatedDocument('c.txt', K3, '2012'));
      const all = (await store.listEntities()).items;
      expect(all.map((e) => e.count)).toEqual([...all.map((e) => e.count)].sort((x, y) => y - x));
      const japan = all.find((e) => e.id === 'country:JPN')!;
      expect(japan).toMatchObject({ kind: 'country', docs: ['a.txt', 'b.txt'] });
      expect(japan.count).toBe(japan.mentions.length);
      for (const m of japan.mentions) expect(m.quote).toBe((await store.getDocument(m.doc))!.text.slice(m.start, m.end));
      expect((await store.listEntities({ type: 'person' })).items.map((e) => e.id)).toEqual(['person:vo-van-kiet']);
      expect((await store.listEntities({ docs: ['c.txt'] })).items.map((e) => e.id).sort()).toEqual(['country:CHL', 'country:NOR']);
      expect((await store.listEntities({ actor: { entities: [], words: ['chile'] } })).items.map((e) => e.id)).toEqual(['country:CHL']);
      const second = await store.listEntities({ offset: 1, limit: 1 });
      expect(second).toEqual({ items: [all[1]], total: all.length });
    });

    it("finds a span's entity mentions by place, as stored, and whether a document names a state, by itself or by a person of it", async () => {
      const text = 'Kenya and Uganda signed a trade pact in Nairobi on 4 March 2021. The envoy Taye Atske attended for Addis Ababa.';
      const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
      const mention = (w: string, entity: string, kind: EntityMention['kind'], country?: string): EntityMention => ({
        ...at(w),
        text: w,
        entity,
        name: w,
        kind,
        ...(country ? { country } : {}),
        stage: 'actors',
        rule: 'test',
      });
      const [kenya, uganda, envoy] = [
        mention('Kenya', 'country:KEN', 'country', 'KEN'),
        mention('Uganda', 'country:UGA', 'country', 'UGA'),
        mention('Taye Atske', 'person:taye-atske', 'person', 'ETH'),
      ];
      // Written in reverse order: the store gives them as stored, in document order.
      const doc = { ...sampleDocument('states.txt', text), annotations: { times: [], entities: [envoy, uganda, kenya], events: [], facts: [] } };
      await store.putDocument(doc);
      const first = { start: 0, end: text.indexOf('.') + 1 };
      expect(await store.mentionsWithin(doc.id, first.start, first.end, 'country:')).toEqual([kenya, uganda]);
      // A mention that runs past the span is not inside it; a span without states gives none; another prefix gives its own, '' every one.
      expect(await store.mentionsWithin(doc.id, 0, 12, 'country:')).toEqual([kenya]);
      expect(await store.mentionsWithin(doc.id, first.end, text.length, 'country:')).toEqual([]);
      expect(await store.mentionsWithin(doc.id, first.end, text.length, 'person:')).toEqual([envoy]);
      expect(await store.mentionsWithin(doc.id, 0, text.length, '')).toEqual([kenya, uganda, envoy]);
      expect(await store.namesEntity(doc.id, 'country:KEN')).toBe(true);
      // Ethiopia by its envoy alone; Tanzania not at all; a person by their id.
      expect(await store.namesEntity(doc.id, 'country:ETH')).toBe(true);
      expect(await store.namesEntity(doc.id, 'country:TZA')).toBe(false);
      expect(await store.namesEntity(doc.id, 'person:taye-atske')).toBe(true);
      expect(await store.namesEntity('no-such-id', 'country:KEN')).toBe(false);
      await store.deleteDocument('states.txt');
      expect(await store.mentionsWithin(doc.id, first.start, first.end, 'country:')).toEqual([]);
      expect(await store.namesEntity(doc.id, 'country:KEN')).toBe(false);
    });

    it('knows its schema version and reports a healthy database', async () => {
      expect(await store.schemaVersion()).toBeGreaterThan(0);
      expect(await store.check()).toEqual([]);
    });
  });
}
