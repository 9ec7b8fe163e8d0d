import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { overlapIndex } from './shared-names.js';

/** `quote@start→country code` of every country mention, in order. */
function countries(text: string): string[] {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2025-07-10' })
    .entities.filter((e) => e.kind === 'country')
    .map((e) => `${e.text}@${e.start}→${e.country}`);
}

describe('names several states share (shared-names.ts, sharedNames of countries.json, session 17)', () => {
  it.each([
    // The state the document names otherwise: Kinshasa is the Democratic Republic's capital.
    [
      'Congolese troops clashed with Rwandan forces near Goma on Monday. Kinshasa accused Kigali of backing the rebels, and Congo recalled its ambassador.',
      ['Congolese@0→COD', 'Rwandan@30→RWA', 'Kinshasa@66→COD', 'Kigali@83→RWA', 'Congo@117→COD'],
    ],
    // The state of the document's pair: Brazzaville is the Republic of the Congo's.
    ['Brazzaville and Luanda signed a border accord. Congo and Angola will patrol the river together.', ['Brazzaville@0→COG', 'Luanda@16→AGO', 'Congo@47→COG', 'Angola@57→AGO']],
    // World-countries' Kosovo ("UNK") is the lexicon's XKK: its capital and demonym.
    ['Pristina ordered the closure of two crossings, and Kosovar police arrested three men.', ['Pristina@0→XKK', 'Kosovar@51→XKK']],
  ])('%s', (text, expected) => {
    expect(countries(text)).toEqual(expected);
  });

  it.each([
    // Neither state named otherwise: the name stays unknown.
    'Congo and Gabon signed a forestry pact.',
    // Both named otherwise: which one is meant is not said.
    'Kinshasa and Brazzaville face each other across the river; Congo said talks would resume.',
    // Inside a longer name.
    'The Congo River flooded the port.',
  ])('%s: no state for the shared name', (text) => {
    expect(countries(text).filter((c) => /^Congo(?:lese)?@/.test(c))).toEqual([]);
  });
});

describe('overlapIndex (session 32: a shared name no longer filters every mention of the document)', () => {
  const spans = [
    { start: 40, end: 45 },
    { start: 0, end: 30 },
    { start: 10, end: 15 },
    { start: 12, end: 20 },
    { start: 50, end: 56 },
  ];
  it.each([
    [11, 13, [1, 2, 3]],
    [30, 40, []],
    [29, 41, [0, 1]],
    [44, 51, [0, 4]],
    [56, 60, []],
  ])('%i–%i overlaps the mentions it would by a scan, in their order', (start, end, expected) => {
    expect(overlapIndex(spans)(start, end)).toEqual(expected.map((i) => spans[i]));
    expect(overlapIndex(spans)(start, end)).toEqual(spans.filter((e) => e.start < end && start < e.end));
  });

  it('resolves every mention of a document that names the Congo many times', () => {
    const sentence = 'Kinshasa said Congo would reopen the crossing. ';
    const text = sentence.repeat(40);
    const found = countries(text).filter((c) => c.startsWith('Congo@'));
    expect(found).toHaveLength(40);
    expect(found[39]).toBe(`Congo@${39 * sentence.length + 14}→COD`);
  });
});
