import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { Engine } from '../src/knowledge/engine.js';
import { AskCorpus } from '../src/knowledge/ask/corpus.js';

/** Documents written for the answer tests, on three pairs of states (test/data/ask/). */
const DOCS = new URL('./data/ask/', import.meta.url).pathname;

describe('what the answerer reads of the store (AskCorpus)', () => {
  const engine = new Engine(openSqliteStore(':memory:'));
  beforeAll(async () => {
    await engine.ingest([DOCS]);
  });
  afterAll(() => engine.close());

  it("reads a document's conflicts as the store's conflicts that cite it, in the store's order", async () => {
    const corpus = new AskCorpus(engine.store);
    const all = (await engine.store.listConflicts()).items;
    const cited = all.filter((c) => c.claims.some((k) => k.citations.length > 0));
    expect(cited.length).toBeGreaterThan(0);
    for (const d of await engine.listDocuments()) {
      const citing = all.filter((c) => c.claims.some((k) => k.citations.some((x) => x.doc === d.name)));
      expect(await corpus.conflictsCiting(d.name)).toEqual(citing);
    }
  });

  it("reads a candidate's document with its times alone, the same sentences and times as the whole document", async () => {
    const corpus = new AskCorpus(engine.store);
    for (const d of await engine.listDocuments()) {
      const whole = (await engine.store.getDocument(d.name))!;
      const timed = (await corpus.timed(d.name))!;
      const read = (await corpus.document(d.name))!;
      // An answer's layers: the whole document's but its entities (read by place, never whole).
      expect(whole.annotations!.entities.length).toBeGreaterThan(0);
      expect(read).toEqual({ ...whole, annotations: { ...whole.annotations!, entities: [] } });
      // The times retrieval read are the whole document's, not read and parsed a second time.
      expect(read.annotations!.times).toBe(timed.annotations!.times);
      expect(timed.annotations).toEqual({ times: whole.annotations!.times, entities: [], events: [], facts: [] });
      expect({ ...timed, annotations: undefined }).toEqual({ ...whole, annotations: undefined });
    }
  });

  it("reads a document's events and facts alone when retrieval read its times, and all three when it did not", async () => {
    for (const d of await engine.listDocuments()) {
      const whole = (await engine.store.getDocument(d.name))!;
      const first = (await new AskCorpus(engine.store).document(d.name))!;
      expect(first.annotations).toEqual({ ...whole.annotations!, entities: [] });
      expect(await engine.store.getAnnotations(d.name, { layers: ['events', 'facts'] })).toEqual({ ...whole.annotations!, times: [], entities: [] });
    }
  });

  it('gives the same passages and neighbours whether a document was read whole or with its times alone', async () => {
    const timedFirst = new AskCorpus(engine.store);
    const wholeFirst = new AskCorpus(engine.store);
    for (const d of await engine.listDocuments()) {
      const whole = (await wholeFirst.document(d.name))!;
      for (const s of whole.sentences) {
        const a = await timedFirst.passageAt(d.name, s.start);
        const b = await wholeFirst.passageAt(d.name, s.start);
        expect(a).toEqual(b);
        if (a && b) expect(await timedFirst.neighbours(a)).toEqual(await wholeFirst.neighbours(b));
      }
    }
  });
  it("reads a sentence's entities and states by place as the whole document's entities inside it, and whether a document names a state as they do", async () => {
    const corpus = new AskCorpus(engine.store);
    const states: boolean[] = [];
    for (const d of await engine.listDocuments()) {
      const whole = (await engine.store.getDocument(d.name))!;
      const entities = whole.annotations!.entities;
      for (const s of whole.sentences) {
        const inside = entities.filter((e) => e.start >= s.start && e.end <= s.end);
        expect(await corpus.entitiesWithin(whole, s.start, s.end)).toEqual(inside);
        expect(await corpus.entitiesWithin(whole, s.start, s.end, true)).toEqual(inside.filter((e) => e.entity.startsWith('country:')));
      }
      const named = new Set(entities.flatMap((e) => [e.entity, ...(e.country ? [`country:${e.country}`] : [])]));
      for (const id of ['country:CHL', 'country:PER', 'country:NOR', 'country:GHA', 'country:IND', 'country:EST', 'country:NZL', 'country:KEN']) {
        expect(await corpus.names(whole, id)).toBe(named.has(id));
        states.push(named.has(id));
      }
    }
    // Named and unnamed states both asked.
    expect(states).toContain(true);
    expect(states).toContain(false);
  });
});
