import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

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
