import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** Every fact of a text as [quote of the value, value, unit, indicator]. */
function facts(text: string, documentDate = '2026-05-12') {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.indicator]);
}

/** The size of a body of people written after it ("a crew of 17"), as the gold sets count a crew (session 33). */
describe('a body of people and its size after "of"', () => {
  it('reads "with a crew of 14" and "their crew of eleven" as persons', () => {
    expect(facts('A Peruvian trawler with a crew of 14 reached Salinas on Monday.')).toEqual([['14', 14, 'persons', 'crew']]);
    expect(facts('Chilean sailors towed the two Argentine boats and their crew of eleven to Puerto Williams.')).toEqual([['eleven', 11, 'persons', 'crew']]);
  });

  it('reads nothing from "a crew of" before a year, and no body from "a fleet of"', () => {
    expect(facts('The delegation of 2019 had signed the first fisheries accord in Lima.')).toEqual([]);
    expect(facts('Peru sent a fleet of eleven to the exercise.')).toEqual([]);
  });
});
