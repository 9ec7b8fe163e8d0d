import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** `[start, end, text, country]` of each mention the compass rule made. */
function compass(text: string): [number, number, string, string | undefined][] {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2026-07-09' })
    .entities.filter((e) => e.rule === 'compass-name')
    .map((e) => [e.start, e.end, e.text, e.country]);
}

const KOREAS =
  'North Korea and South Korea have remained technically at war since 1953. Talks between South Korea and North Korea stalled in 2019, and North Korea has since called South Korea its "principal enemy". ';

describe('"the North" and "the South" in a document about two states named by them', () => {
  it('names North Korea by "the North" and South Korea by "the South’s"', () => {
    const text = KOREAS + 'In October 2024, the North blew up sections of roads linking the two sides, the South’s military said.';
    expect(compass(text)).toEqual([
      [221, 226, 'North', 'PRK'],
      [280, 285, 'South', 'KOR'],
    ]);
  });

  it('names South Sudan by "the South" in a document about Sudan and South Sudan', () => {
    const text =
      'Sudan and South Sudan agreed in Juba on Monday to reopen the oil pipeline. South Sudan pays Sudan a fee for each barrel, and Sudan closed the line in 2024. South Sudan welcomed the deal. The South resumed exports on Friday.';
    expect(compass(text)).toEqual([[191, 196, 'South', 'SSD']]);
  });

  it('names nothing by a compass word before a capitalised word, or in lower case', () => {
    const text = KOREAS + 'Fishing fleets from the North Sea to the South China Sea were warned, and the north of the peninsula had heavy rain.';
    expect(compass(text)).toEqual([]);
  });

  it('names nothing in a document about a pair no compass word tells apart', () => {
    const text =
      'Italy and Libya signed a migration accord in Rome in 2017. Italy trains the Libyan coast guard, and Libya has asked Italy for more boats. Libya and Italy met again in May. The South of the country was calm, and the North voted on Sunday.';
    expect(compass(text)).toEqual([]);
  });
});
