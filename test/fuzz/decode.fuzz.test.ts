import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeOffHeap, normaliseText, offHeap } from '../../src/ingest/decode.js';
import { structure } from '../../src/ingest/segment/structure.js';
import { anyText, assertSpans, FUZZ, mutated } from './arbitraries.js';

/** What breaks a cut: line ends of every kind, page breaks, byte order marks, marks that compose, characters of four UTF-8 bytes. */
const EDGES = ['\r\n', '\r', '\n', '\f', '\uFEFF', 'e\u0301', 'Vie\u0323\u0302t', '𝟙', '€', 'é', '\u00a0'];

/** Text with those edges spliced in anywhere. */
const text = fc.oneof(
  anyText,
  fc.tuple(mutated(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...EDGES)), { maxLength: 12 })).map(([t, edits]) =>
    edits.reduce((s, [at, ins]) => {
      const i = at % (s.length + 1);
      return s.slice(0, i) + ins + s.slice(i);
    }, t),
  ),
);

describe('a long text decoded a window at a time, fuzzed', () => {
  it('is the text decoding it whole gives, wherever the windows are cut, so every offset stays where it was', () => {
    fc.assert(
      fc.property(text, fc.boolean(), fc.integer({ min: 1, max: 64 }), (t, bom, piece) => {
        const bytes = Buffer.from((bom ? '\uFEFF' : '') + t, 'utf8');
        const whole = normaliseText(new TextDecoder('utf-8').decode(bytes));
        const windowed = decodeOffHeap(bytes, piece);
        expect(windowed).toBe(whole);
        expect(offHeap(whole)).toBe(whole);
        const { blocks, sentences } = structure(windowed);
        assertSpans(windowed, blocks);
        assertSpans(windowed, sentences);
        expect(structure(whole)).toEqual({ blocks, sentences });
      }),
      FUZZ,
    );
  });
});
