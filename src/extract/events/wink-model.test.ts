import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tag } from '../nlp/tagger.js';

const require = createRequire(import.meta.url);
const CORE_FILE = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');

describe('wink-nlp model loaded on the first tagging', () => {
  it('is not parsed when the event stage is imported, and is on the first tagging', () => {
    expect(require.cache[CORE_FILE]).toBeUndefined();
    const tokens = tag('Mongolia and Kazakhstan signed a memorandum on railway transit in Ulaanbaatar.');
    expect(require.cache[CORE_FILE]).toBeDefined();
    expect(tokens.slice(0, 4)).toEqual([
      { start: 0, end: 8, pos: 'PROPN', lemma: 'mongolia' },
      { start: 9, end: 12, pos: 'CCONJ', lemma: 'and' },
      { start: 13, end: 23, pos: 'PROPN', lemma: 'kazakhstan' },
      { start: 24, end: 30, pos: 'VERB', lemma: 'sign' },
    ]);
  });
});
