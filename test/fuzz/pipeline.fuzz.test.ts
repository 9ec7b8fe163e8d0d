import { describe, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { structure } from '../../src/ingest/segment/structure.js';
import { extract } from '../../src/extract/pipeline.js';
import { CORPUS } from '../helpers/tmp.js';
import { assertSpans, FUZZ, mutated } from './arbitraries.js';

/** Paragraphs of the bundled corpus: real prose with everything the stages look for. */
const PARAGRAPHS = readdirSync(CORPUS)
  .filter((f) => /\.(?:txt|md)$/.test(f))
  .flatMap((f) => readFileSync(CORPUS + f, 'utf8').split(/\n\n+/))
  .filter((p) => p.length > 80 && p.length < 1500);

describe('extraction pipeline on mutated real paragraphs, fuzzed', () => {
  it('never throws, and every annotation of every stage cuts the text exactly', () => {
    fc.assert(fc.property(mutated(PARAGRAPHS), fc.constantFrom('2023-05-17', '2014', undefined), (text, documentDate) => {
      const { blocks, sentences } = structure(text);
      assertSpans(text, extract({ text, blocks, sentences, documentDate }));
    }), FUZZ);
  });
});
