import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** `[start, end, text, entity, country, rule]` of each mention of a kind other than `other`. */
function actors(text: string): [number, number, string, string, string | undefined, string][] {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2023-05-10' })
    .entities.filter((e) => e.kind !== 'other')
    .map((e) => [e.start, e.end, e.text, e.entity, e.country, e.rule]);
}

// `titleOfMatches` seeks "the <title> of <state>, <name>" only up to the last "of <place>, <Name>" of the text.
describe('a title of a state, then the name in apposition', () => {
  it('finds each, the last one included', () => {
    const text = 'The Foreign Minister of Iceland, Sigrun Jonsdottir, met the Trade Minister of Malawi, Grace Banda, in Lilongwe.';
    const people = actors(text).filter((e) => e[5] === 'titled-name');
    expect(people).toEqual([
      [33, 50, 'Sigrun Jonsdottir', 'person:unknown:jonsdottir-sigrun', 'ISL', 'titled-name'],
      [86, 97, 'Grace Banda', 'person:unknown:banda-grace', 'MWI', 'titled-name'],
    ]);
  });

  it('finds none without a name after the comma, nor where no title stands before "of"', () => {
    for (const text of ['The Foreign Minister of Iceland arrived in Lilongwe.', 'Fishing off the coast of Iceland, Grace Banda said, was discussed with the Minister of Malawi.'])
      expect(
        actors(text).filter((e) => e[3].startsWith('person:')),
        text,
      ).toEqual([]);
  });
});
