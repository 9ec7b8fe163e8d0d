import { describe, expect, it } from 'vitest';
import type { Annotations } from '../model/annotation.js';
import { annotationsOf, encodePart, joinParts, layerJson, packLayer } from './parts.js';

describe('packed layers', () => {
  it('unpacks to the JSON packed, whatever its characters, and reads text stored unpacked as it is', () => {
    const json = JSON.stringify([{ start: 0, end: 9, text: 'Hà Nội – 東京 𝟙', odd: 'a\ud800b' }]);
    const packed = packLayer(json);
    expect(packed).toBeInstanceOf(Uint8Array);
    expect(layerJson(packed)).toBe(json);
    // As a worker thread's structured clone gives it: a plain Uint8Array, not a Buffer.
    expect(layerJson(new Uint8Array(packed))).toBe(json);
    expect(layerJson('[]')).toBe('[]');
    expect(joinParts(joinParts([], packed), '[{"start":12}]')).toEqual([...JSON.parse(json), { start: 12 }]);
  });

  it('gives back the annotations a part was encoded from, for a store that writes objects', () => {
    const text = 'Japan resumed ODA to Viet Nam in November 1992.';
    const annotations: Annotations = {
      times: [{ start: 33, end: 46, text: 'November 1992', granularity: 'month', edtf: '1992-11' }] as Annotations['times'],
      entities: [{ start: 0, end: 5, text: 'Japan', entity: 'country:JPN', name: 'Japan', kind: 'country' }] as Annotations['entities'],
      events: [],
      facts: [],
    };
    const part = encodePart(text, annotations);
    expect(part.counts).toEqual({ times: 1, entities: 1, events: 0, facts: 0 });
    expect(annotationsOf(part)).toEqual(annotations);
  });
});
