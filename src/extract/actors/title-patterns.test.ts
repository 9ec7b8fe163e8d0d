import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { titlePatterns } from './title-patterns.js';

function entities(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2024-01-01' }).entities;
}

/** Every case of lexicon/titles.json: [pattern id, sentence]. */
const cases = titlePatterns().entries.flatMap((e) => e.cases.map((c) => [e.id, c, e.pattern] as const));

describe('title patterns (lexicon/titles.json)', () => {
  it('has patterns, each with cases', () => {
    expect(titlePatterns().entries.length).toBeGreaterThan(0);
    expect(titlePatterns().entries.filter((e) => !e.cases.length)).toEqual([]);
  });

  it.each(cases)('%s: a name after the title is a person: %s', (_id, sentence, pattern) => {
    const title = new RegExp(pattern, 'u').exec(sentence)!;
    expect(title).not.toBeNull();
    const after = title.index + title[0].length;
    // The name follows the title, after a place and a comma at most ("the Thai consul in Savannakhet, Somchai Wongsa").
    const people = entities(sentence).filter((e) => e.kind === 'person' && e.start >= after && e.start <= after + 30);
    expect(people.length).toBeGreaterThan(0);
    // The title's words make no name of their own.
    expect(entities(sentence).filter((e) => e.kind === 'other' && e.start < after && e.end > title.index)).toEqual([]);
  });

  it('gives exact offsets and the state named before the title', () => {
    const s = 'The Thai consul in Savannakhet, Somchai Wongsa, told reporters the border with Laos was open.';
    const person = entities(s).find((e) => e.kind === 'person')!;
    expect([person.start, person.end, s.slice(person.start, person.end), person.country]).toEqual([32, 46, 'Somchai Wongsa', 'THA']);
  });

  it.each(['The consul general said on Monday that talks with Laos would resume.', 'A police chief and an army commander from Thailand attended.', 'The Minister of Trade of Viet Nam flew to Seoul.'])(
    'finds no person where no name follows the title: %s',
    (sentence) => {
      expect(entities(sentence).filter((e) => e.kind === 'person')).toEqual([]);
    },
  );
});
