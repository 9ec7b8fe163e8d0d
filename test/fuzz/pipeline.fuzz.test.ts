import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { structure } from '../../src/ingest/segment/structure.js';
import { extract } from '../../src/extract/pipeline.js';
import { extractInSections } from '../../src/extract/sections.js';
import { CORPUS } from '../helpers/tmp.js';
import { assertSpans, FUZZ, mutated } from './arbitraries.js';

/** Paragraphs of the bundled corpus: real prose with everything the stages look for. */
const PARAGRAPHS = readdirSync(CORPUS)
  .filter((f) => /\.(?:txt|md)$/.test(f))
  .flatMap((f) => readFileSync(CORPUS + f, 'utf8').split(/\n\n+/))
  .filter((p) => p.length > 80 && p.length < 1500);

describe('extraction pipeline on mutated real paragraphs, fuzzed', () => {
  it('never throws, and every annotation of every stage cuts the text exactly', () => {
    fc.assert(
      fc.property(mutated(PARAGRAPHS), fc.constantFrom('2023-05-17', '2014', undefined), (text, documentDate) => {
        const { blocks, sentences } = structure(text);
        assertSpans(text, extract({ text, blocks, sentences, documentDate }));
      }),
      FUZZ,
    );
  });
});

describe('extraction a section at a time, fuzzed', () => {
  it('gives what the whole document gives, with offsets into the whole text, wherever the cuts fall', () => {
    const doc = fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(doc, fc.integer({ min: 1, max: 4000 }), fc.constantFrom('2023-05-17', '2014', undefined), (paragraphs, size, documentDate) => {
        const text = paragraphs.join('\n\n');
        const { blocks, sentences } = structure(text);
        const input = { text, blocks, sentences, documentDate };
        const parts = extractInSections(input, { size });
        assertSpans(text, parts);
        // The paragraphs are separate: no context crosses a cut, so nothing may change.
        const whole = extract(input);
        for (const layer of ['times', 'entities', 'facts'] as const) expect(parts[layer]).toEqual(whole[layer]);
        expect(parts.events.map((e) => [e.start, e.end, e.type, e.date])).toEqual(whole.events.map((e) => [e.start, e.end, e.type, e.date]));
      }),
      { ...FUZZ, numRuns: Math.min(FUZZ.numRuns ?? 100, 40) },
    );
  });
});
