import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { readLexicon } from '../../lexicon.js';
import { actorLexicon } from './actor-lexicon.js';

function entities(text: string, documentDate = '2023-05-10') {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).entities;
}

/** `[start, end, text, entity, country, rule]` of each mention of a kind other than `other`. */
function actors(text: string): [number, number, string, string, string | undefined, string][] {
  return entities(text)
    .filter((e) => e.kind !== 'other')
    .map((e) => [e.start, e.end, e.text, e.entity, e.country, e.rule]);
}

describe('a titled person no file knows, and the state their phrase names', () => {
  it.each([
    // A demonym right before the title, with words of the title between.
    ['Ugandan Trade Minister Amara Okello arrived.', [23, 35, 'Amara Okello', 'person:unknown:amara-okello', 'UGA', 'titled-name']],
    // A possessive of the country's name.
    ["Peru's Foreign Minister Ana Cecilia Gervasi spoke.", [24, 43, 'Ana Cecilia Gervasi', 'person:unknown:ana-cecilia-gervasi', 'PER', 'titled-name']],
    // A counterpart is a title too, lower case.
    ['He met his Kenyan counterpart Ali Hassan.', [30, 40, 'Ali Hassan', 'person:unknown:ali-hassan', 'KEN', 'titled-name']],
    // "of" the country, then the name in apposition.
    ['The Foreign Minister of Chile, Antonia Urrejola, flew in.', [31, 47, 'Antonia Urrejola', 'person:unknown:antonia-urrejola', 'CHL', 'titled-name']],
  ])('%s', (text, expected) => {
    expect(actors(text)).toContainEqual(expected);
  });

  it('takes no word of an office or a body after a title for a name, and drops such words before one', () => {
    const people = (text: string) => actors(text).filter((e) => e[3].startsWith('person:unknown:'));
    // "General" is a title; what follows names a department, an office, a council or the title "Secretary".
    for (const text of [
      "In 2013 the General Department of Fishery within Ghana's ministry barred the boats.",
      'The General Secretary of the party visited Lima in 2015.',
      'Figures of the General Statistics Office of Kenya were revised in 2019.',
      'The WTO General Council agreed in November 2006.',
    ])
      expect(people(text), text).toEqual([]);
    expect(people('In 2012 Vice Chief of General Staff Do Ba Ty met his Japanese counterpart.')).toContainEqual([36, 44, 'Do Ba Ty', 'person:unknown:ba-do-ty', undefined, 'titled-name']);
  });

  it('takes no weekday after a lower-case title for a name', () => {
    expect(actors('A ministry spokesman Tuesday declined to comment.').filter((e) => e[3].startsWith('person:'))).toEqual([]);
  });

  it('gives no state when a function word stands between', () => {
    const found = actors('Talks with Kenya and the Minister Odera Mbeki ended.').find((e) => e[2] === 'Odera Mbeki');
    expect(found?.[4]).toBeUndefined();
  });
});

describe('within-document reference', () => {
  it('names a titled person again by the family name and the untitled name', () => {
    const text = 'Uruguayan Vice President Beatriz Argimón arrived in Asunción on Monday. Argimón met Paraguayan officials. Beatriz Argimón left.';
    expect(actors(text).filter((e) => e[3] === 'person:unknown:argimon-beatriz')).toEqual([
      [25, 40, 'Beatriz Argimón', 'person:unknown:argimon-beatriz', 'URY', 'titled-name'],
      [72, 79, 'Argimón', 'person:unknown:argimon-beatriz', 'URY', 'coref-name'],
      [106, 121, 'Beatriz Argimón', 'person:unknown:argimon-beatriz', 'URY', 'coref-name'],
    ]);
  });

  it('does not take a family name two titled people share', () => {
    const text = 'Governor Amina Diallo and Senator Musa Diallo met. Diallo spoke.';
    expect(actors(text).filter((e) => e[5] === 'coref-name')).toEqual([]);
  });

  it('names an organisation again by the acronym it was given, with the country its name holds', () => {
    const text = 'The Andean Water Authority (AWA) of Bolivia met on Monday. AWA engineers and the Bolivian Coast Guard (BCG) inspected the dam; BCG boats stayed.';
    expect(actors(text).filter((e) => e[2] !== 'Bolivia')).toEqual([
      [4, 26, 'Andean Water Authority', 'organisation:unknown:andean-water-authority', undefined, 'acronym-name'],
      [28, 31, 'AWA', 'organisation:unknown:andean-water-authority', undefined, 'coref-acronym'],
      [59, 62, 'AWA', 'organisation:unknown:andean-water-authority', undefined, 'coref-acronym'],
      [81, 101, 'Bolivian Coast Guard', 'organisation:unknown:bolivian-coast-guard', 'BOL', 'acronym-name'],
      [103, 106, 'BCG', 'organisation:unknown:bolivian-coast-guard', 'BOL', 'coref-acronym'],
      [127, 130, 'BCG', 'organisation:unknown:bolivian-coast-guard', 'BOL', 'coref-acronym'],
    ]);
  });

  it('makes no organisation of an acronym whose name has no head word of one', () => {
    expect(actors('Official Development Assistance (ODA) rose. ODA loans grew.')).toEqual([]);
  });

  it('names the one country of the pair in a region', () => {
    const text = 'Chile and Kazakhstan met. Chile and Kazakhstan talked. Chile and Kazakhstan signed. The Central Asian nation sent copper experts; the South American state did not.';
    expect(actors(text).filter((e) => e[5] === 'region-nation')).toEqual([
      [88, 108, 'Central Asian nation', 'country:KAZ', 'KAZ', 'region-nation'],
      [134, 154, 'South American state', 'country:CHL', 'CHL', 'region-nation'],
    ]);
  });

  it('names no country when both of the pair lie in the region, or without a pair', () => {
    expect(actors('Chile and Peru met. Chile and Peru talked. Chile and Peru signed. The South American nation rejoiced.').filter((e) => e[5] === 'region-nation')).toEqual([]);
    expect(actors('The Central Asian nation rejoiced.')).toEqual([]);
  });
});

describe('lexicon/regions.json', () => {
  it('names only countries of countries.json, each adjective once', () => {
    const { regions } = readLexicon('regions.json') as { regions: { adjective: string; countries: string[] }[] };
    const known = actorLexicon().countries;
    expect(new Set(regions.map((r) => r.adjective)).size).toBe(regions.length);
    for (const r of regions) for (const c of r.countries) expect(known.has(c), `${r.adjective}: ${c}`).toBe(true);
  });
});
