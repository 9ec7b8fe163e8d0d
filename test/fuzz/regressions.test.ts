import { describe, expect, it } from 'vitest';
import { structure } from '../../src/ingest/segment/structure.js';
import { extract } from '../../src/extract/pipeline.js';
import { tag } from '../../src/extract/nlp/tagger.js';
import { assertSpans } from './arbitraries.js';

/** Bugs the fuzz tests found, each kept as the case that showed it. */
describe('fuzz regressions', () => {
  it('proper-name offsets with two spaces between words: "Ho Chi  Minh City" was cut one character early ("o Chi  Minh City")', () => {
    for (const text of ['Ho Chi  Minh City and Japan.', 'Japan and the South Chin  Sea.', 'Talks in Ho Chi\\tMinh City.'.replace('\\t', '\t')]) {
      const { blocks, sentences } = structure(text);
      const { entities } = extract({ text, blocks, sentences });
      const other = entities.find((e) => e.rule === 'proper-name')!;
      expect(other.text).toBe(text.slice(other.start, other.end));
      expect(other.text).toMatch(/^(?:Ho Chi\s+Minh City|South Chin\s+Sea)$/);
      // The name is the words with one space, as for a name written with one.
      expect(other.name).toMatch(/^(?:Ho Chi Minh City|South Chin Sea)$/);
    }
  });

  it('a word wink-nlp gives no lemma ("ive", from a mutated "initiative") crashed the predicate finder with a TypeError', () => {
    for (const text of ['In 1998 Japan said ive/ the plan.', 'In 1998, the Japanese government became interested in\tive/ the corridors.']) {
      const { blocks, sentences } = structure(text);
      expect(() => extract({ text, blocks, sentences })).not.toThrow();
    }
    expect(tag('ive/ the plan')[0]).toMatchObject({ start: 0, end: 3, lemma: 'ive' });
  });

  it('the span check itself fails on a span that does not cut the text', () => {
    expect(() => assertSpans('abc', [{ start: 1, end: 2, text: 'c' }])).toThrow(/is "c"/);
    expect(() => assertSpans('abc', { x: { start: 2, end: 4 } })).toThrow(/outside/);
    expect(() => assertSpans('abc', [{ valueStart: 2, valueEnd: 1 }])).toThrow(/outside/);
  });
});
