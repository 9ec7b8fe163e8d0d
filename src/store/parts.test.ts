import { describe, expect, it } from 'vitest';
import type { Annotations } from '../model/annotation.js';
import Database from 'better-sqlite3';
import type { ContributionData } from '../reconcile/contributions.js';
import { annotationsOf, contributionData, contributionJson, encodePart, joinParts, layerJson, packLayer } from './parts.js';
import { annotationSql } from './sqlite/mentions.js';

describe('packed layers', () => {
  it('unpacks to the JSON packed, whatever its characters, and reads text stored unpacked as it is', () => {
    const json = JSON.stringify([{ start: 0, end: 9, text: 'Hà Nội – 東京 𝟙', odd: 'a\ud800b' }]);
    const packed = packLayer(json);
    expect(packed).toBeInstanceOf(Uint8Array);
    expect(layerJson(packed)).toBe(json);
    // As a worker thread's structured clone gives it: a plain Uint8Array, not a Buffer.
    expect(layerJson(new Uint8Array(packed))).toBe(json);
    expect(layerJson('[]')).toBe('[]');
    expect(joinParts(joinParts([], packed, 'a.txt'), '[{"start":12}]', 'a.txt')).toEqual([...JSON.parse(json), { start: 12 }]);
  });

  it('refuses a damaged layer part as DB_CORRUPT naming the document: bytes that do not unpack, text that is not a JSON array', () => {
    const damaged = new Uint8Array([0xff, 0xff, 0xff, 0x00, 0x13]);
    const failure = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return { name: (err as Error).name, code: (err as { code?: string }).code, message: (err as Error).message.replace(/ \(.*\)$/, '') };
      }
      return undefined;
    };
    const corrupt = { name: 'DyadError', code: 'DB_CORRUPT', message: 'document nepal_bhutan.txt: a stored annotation layer is damaged' };
    expect(failure(() => joinParts([], damaged, 'nepal_bhutan.txt'))).toEqual(corrupt);
    expect(failure(() => layerJson(damaged, 'nepal_bhutan.txt'))).toEqual(corrupt);
    expect(failure(() => joinParts([], '[{"start":0}', 'nepal_bhutan.txt'))).toEqual(corrupt);
    expect(failure(() => joinParts([], packLayer('{"start":0}'), 'nepal_bhutan.txt'))).toEqual(corrupt);
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
    expect(part.contributions).toEqual({ bucket: ['en|country:JPN'], seq: [0], start: [0], end: [5], label: ['Japan'], data: [JSON.stringify(annotations.entities[0])] });
    expect(annotationsOf(part)).toEqual(annotations);
  });
});

describe('stored contributions', () => {
  it("come in bucket order, each row whole, a bucket's rows in document order", () => {
    const text = 'Japan and Viet Nam met; Japan signed. In 2009 Japan and Viet Nam upgraded ties.';
    const entity = (start: number, end: number, name: string, code: string) => ({ start, end, text: name, entity: `country:${code}`, name, kind: 'country' });
    const entities = [entity(0, 5, 'Japan', 'JPN'), entity(10, 18, 'Viet Nam', 'VNM'), entity(24, 29, 'Japan', 'JPN'), entity(46, 51, 'Japan', 'JPN'), entity(56, 64, 'Viet Nam', 'VNM')];
    const { contributions: c } = encodePart(text, { times: [], entities, events: [], facts: [] } as unknown as Annotations);
    expect(c.bucket).toEqual(['en|country:JPN', 'en|country:JPN', 'en|country:JPN', 'en|country:VNM', 'en|country:VNM']);
    expect(c.seq).toEqual([0, 2, 3, 1, 4]);
    expect(c.start).toEqual([0, 24, 46, 10, 56]);
    expect(c.end).toEqual([5, 29, 51, 18, 64]);
    expect(c.data.map((d) => JSON.parse(d))).toEqual([0, 2, 3, 1, 4].map((i) => entities[i]));
  });

  const mention = { start: 21, end: 29, text: 'Viet Nam', entity: 'country:VNM', name: 'Viet Nam', kind: 'country', country: 'VNM' } as const;
  const alone: ContributionData = { layer: 'entities', a: mention, quote: 'Viet Nam' } as ContributionData;
  const quoted: ContributionData = { layer: 'entities', a: mention, quote: 'Viet  Nam' } as ContributionData;
  const event = { layer: 'events', a: { start: 0, end: 47, type: 'aid' }, quote: 'Japan resumed ODA to Viet Nam in November 1992.' } as unknown as ContributionData;

  it('stores a mention quoted by its own text as the mention alone, anything else whole, and reads each back as it was', () => {
    expect(contributionJson(alone)).toBe(JSON.stringify(mention));
    expect(contributionJson(quoted)).toBe(JSON.stringify(quoted));
    expect(contributionJson(event)).toBe(JSON.stringify(event));
    const layered = { layer: 'entities', a: { ...mention, layer: 'x' }, quote: 'Viet Nam' } as unknown as ContributionData;
    expect(contributionJson(layered)).toBe(JSON.stringify(layered));
    for (const data of [alone, quoted, event, layered]) expect(contributionData(contributionJson(data))).toEqual(data);
  });

  it('gives SQL the annotation and its fields of either form, as `json_extract` gave them of the whole form', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE c (data TEXT)');
    const read = (json: string) => {
      db.prepare('DELETE FROM c').run();
      db.prepare('INSERT INTO c VALUES (?)').run(json);
      return db.prepare(`SELECT ${annotationSql('data')} AS a, ${annotationSql('data', '.country')} AS country, ${annotationSql('data', '.kind')} AS kind FROM c`).get();
    };
    const whole = { a: JSON.stringify(mention), country: 'VNM', kind: 'country' };
    expect(read(contributionJson(alone))).toEqual(whole);
    expect(read(contributionJson(quoted))).toEqual(whole);
    expect(read(JSON.stringify(alone))).toEqual(whole);
    db.close();
  });
});
