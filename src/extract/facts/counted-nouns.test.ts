import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** The counts of any plural noun a sentence states: [quote of the value, value, unit, indicator]. */
function counts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2024-05-02' })
    .facts.filter((f) => f.rule === 'counted-noun')
    .map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.indicator]);
}

describe('counts of any plural noun, by part of speech', () => {
  it('counts a plural noun no list names, after adjectives and proper adjectives', () => {
    expect(counts('About 2,300 Kazakh lorries were waiting at the Khorgos crossing on Monday.')).toEqual([['2,300', 2300, 'count', 'kazakh_lorries']]);
    expect(counts('Customs officers in Narva seized 42,000 bottles of vodka from Russian buses.')).toEqual([['42,000', 42000, 'count', 'bottles']]);
  });

  it('reads a participle right after the number as qualifying the noun, not one after another word', () => {
    expect(counts('Mali handed over 23 suspected smugglers to Niger in May 2020.')).toEqual([['23', 23, 'persons', 'suspected_smugglers']]);
    expect(counts('In 2010, 8 countries started negotiations with Chile.')).toEqual([]);
  });

  it('counts people by a noun WordNet files under persons', () => {
    expect(counts('A ferry carrying 85 relatives of Chilean miners docked in Arica on Sunday.')).toEqual([['85', 85, 'persons', 'relatives']]);
  });

  it('reads "N of its M things" as two counts, and "N of the things" as one', () => {
    expect(counts('Latvia closed three of its five border checkpoints with Belarus in 2022.')).toEqual([
      ['three', 3, 'count', 'border_checkpoints'],
      ['five', 5, 'count', 'border_checkpoints'],
    ]);
    expect(counts('A court in Callao released seven of the crew members of the Ecuadorian trawler.').map((c) => c.slice(0, 3))).toEqual([['seven', 7, 'persons']]);
  });

  it('gives the first number of "N X and M Y nouns" the noun of the second', () => {
    expect(counts('The shelling killed 14 Armenian and 9 Azerbaijani volunteers.').map((c) => c.slice(0, 3))).toEqual([
      ['14', 14, 'persons'],
      ['9', 9, 'persons'],
    ]);
  });

  it('counts nothing that points back, compares, names time or a multilateral frame, or is a purpose', () => {
    expect(counts('The two captains and the century’s two world wars were remembered.')).toEqual([]);
    expect(counts('Serbia and Croatia are like two estranged siblings.')).toEqual([]);
    // "the last two", "the remaining three": a part of a whole already known.
    expect(counts('Zambia and Malawi settled the last two disputed stretches of their border in 2009.')).toEqual([]);
    expect(counts('Nineteen countries signed the convention, and talks lasted 12 years.')).toEqual([]);
    expect(counts('Korea lent $40 million to build 12 schools in Laos.').filter((c) => c[3] === 'schools')).toEqual([]);
    // … but the people a purpose acts on are counted.
    expect(counts('Korea lent $40 million to train 120 Lao teachers in 2024.').filter((c) => c[3] === 'lao_teachers')).toEqual([['120', 120, 'persons', 'lao_teachers']]);
    // A number in words with no act in its sentence is prose: "two sessions".
    expect(counts('The forum consisted of two sessions and three working groups.')).toEqual([]);
    // … unless a bound makes it a measure ("at least six"); "about", "some", "over" open prose too.
    expect(counts('Investigators found at least six cartridge cases near the Slovenian post.')).toEqual([['six', 6, 'count', 'cartridge_cases']]);
    expect(counts('The forum lasted over two sessions and some three working groups.')).toEqual([]);
    // Abstract nouns of plans and programmes (`uncountedNouns`) count nothing, in words or in digits.
    expect(counts('The congress in Hanoi listed six major tasks, four priorities and five principles for ties with Laos.')).toEqual([]);
    expect(counts('Chile and Peru signed a plan of 3 pillars, 12 goals, 40 objectives, 5 aspects, 2 dimensions, 6 themes and 9 topics.')).toEqual([]);
  });
});
