import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { Engine } from '../src/knowledge/engine.js';
import { AskCorpus } from '../src/knowledge/ask/corpus.js';
import { inside, overlapping } from '../src/knowledge/ask/within.js';

/** Documents written for the answer tests (test/data/ask/). */
const DOCS = new URL('./data/ask/', import.meta.url).pathname;

const span = (start: number, end: number, id = `${start}-${end}`) => ({ start, end, id });

describe('items of a layer inside or across a span (within.ts)', () => {
  // Out of order on purpose: the answer is in the layer's order, not by start.
  const layer = [span(40, 52), span(10, 18), span(0, 9), span(18, 30), span(12, 60), span(18, 18), span(31, 39)];

  it.each([
    ['the span of a sentence', 10, 30, ['10-18', '18-30', '18-18']],
    ['items ending at the span end and starting at its start are in', 18, 30, ['18-30', '18-18']],
    ['an item running past the end is out', 10, 50, ['10-18', '18-30', '18-18', '31-39']],
    ['nothing inside', 53, 70, []],
    ['an empty span holds an empty item at its place', 18, 18, ['18-18']],
  ])('inside: %s', (_, start, end, ids) => {
    expect(inside(layer, start, end).map((t) => t.id)).toEqual(ids);
  });

  it.each([
    ['a long item starting well before the span', 55, 58, ['12-60']],
    ['items touching the span at an end do not overlap it', 30, 31, ['12-60']],
    ['every item crossing the span', 8, 11, ['10-18', '0-9']],
    ['nothing after the layer', 61, 90, []],
  ])('overlapping: %s', (_, start, end, ids) => {
    expect(overlapping(layer, start, end).map((t) => t.id)).toEqual(ids);
  });

  it('sees items added to a layer after its first look-up', () => {
    const growing = [span(10, 18), span(0, 9)];
    expect(inside(growing, 0, 20).map((t) => t.id)).toEqual(['10-18', '0-9']);
    growing.push(span(12, 14), span(5, 40));
    expect(inside(growing, 0, 20).map((t) => t.id)).toEqual(['10-18', '0-9', '12-14']);
    expect(overlapping(growing, 35, 38).map((t) => t.id)).toEqual(['5-40']);
  });

  it('gives nothing of an empty layer', () => {
    expect(inside([], 0, 100)).toEqual([]);
    expect(overlapping([], 0, 100)).toEqual([]);
  });

  describe("a stored document's times", () => {
    const engine = new Engine(openSqliteStore(':memory:'));
    beforeAll(async () => {
      await engine.ingest([DOCS]);
    });
    afterAll(() => engine.close());

    it('are found as a filter of the whole layer finds them, for every sentence and the spans across two', async () => {
      let compared = 0;
      for (const d of await engine.listDocuments()) {
        const doc = (await engine.store.getDocument(d.name))!;
        const times = doc.annotations!.times;
        for (const [i, s] of doc.sentences.entries()) {
          const end = doc.sentences[i + 1]?.end ?? s.end;
          for (const [a, b] of [
            [s.start, s.end],
            [s.start, end],
            [s.start + 3, s.end - 3],
          ] as const) {
            expect(inside(times, a, b)).toEqual(times.filter((t) => t.start >= a && t.end <= b));
            expect(overlapping(times, a, b)).toEqual(times.filter((t) => t.start < b && a < t.end));
            compared += inside(times, a, b).length;
          }
        }
      }
      expect(compared).toBeGreaterThan(50);
    });

    it("finds each sentence's passage by where it starts, and none where no sentence starts", async () => {
      const corpus = new AskCorpus(engine.store);
      let found = 0;
      let sentences = 0;
      for (const d of await engine.listDocuments()) {
        const doc = (await engine.store.getDocument(d.name))!;
        for (const s of doc.sentences) {
          const p = await corpus.passageAt(d.name, s.start);
          // A list of sources answers nothing (corpus.ts): those sentences give no passage.
          if (!p) continue;
          expect([p.index, p.start, p.end]).toEqual([doc.sentences.findIndex((x) => x.start === s.start), s.start, s.end]);
          found++;
        }
        sentences += doc.sentences.length;
        expect(await corpus.passageAt(d.name, doc.sentences[0]!.start + 1)).toBeUndefined();
      }
      // Only a list of sources gives none: nearly every sentence was checked.
      expect(found).toBeGreaterThan(sentences * 0.9);
    });
  });
});
