import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { markThirdParty } from './third-party.js';

/** [quote of the value, value, unit, third party?] of each fact of a text, in order. */
function facts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2024-05-02' }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.thirdParty === true]);
}

/** A mention of a country (alpha-3 `code`) written `word` at `start`. */
function countryAt(name: string, code: string, start: number, word: string) {
  return { start, end: start + word.length, text: word, name, entity: `country:${code}`, kind: 'country' as const, country: code, stage: 'actors', rule: 'test' };
}

// A text on Ghana and Togo, written for this test: the pair is named most.
const opening = 'Ghana and Togo share a long border. Togo and Ghana signed a trade pact in 2019. Ghana exports power to Togo. ';

describe('figures about a third country', () => {
  it('keeps a third country in a sentence about one of the pair as the pair’s figure', () => {
    expect(facts(`${opening}In 1960 Togo was separated from Ghana by some 40 kilometres of Nigerian territory.`)).toEqual([['40 kilometres', 40, 'km', false]]);
  });

  it('marks the figures of a list of other states, each its own country’s, though the sentence names one of the pair', () => {
    expect(facts(`${opening}In 2019, Ghana's statistics office said, investment in the region came from China (US$1.2 billion), India (US$900 million) and Nigeria (US$300 million).`)).toEqual([
      ['US$1.2 billion', 1200000000, 'USD', true],
      ['US$900 million', 900000000, 'USD', true],
      ['US$300 million', 300000000, 'USD', true],
    ]);
  });

  it('marks a figure of a third country in a sentence that names neither of the pair', () => {
    expect(facts(`${opening}Nigeria exported US$5 billion of oil to China in 2019.`)).toEqual([['US$5 billion', 5000000000, 'USD', true]]);
  });

  it('keeps a figure whose clause names no country as the pair’s: a third country in a later clause is no subject', () => {
    expect(facts(`${opening}\n\nThe border war killed between 40 and 90 soldiers, by most counts, before a truce was signed in Nigeria in 1995.`)).toEqual([
      ['40', 40, 'persons', false],
      ['90', 90, 'persons', false],
    ]);
    expect(facts(`${opening}\n\nInspectors counted 12 depots along the Mono River in 2023, most of them run on Chinese-made pumps.`)).toEqual([['12', 12, 'count', false]]);
  });

  it('keeps a third country’s figure as the pair’s when the other figure of its sentence has no subject (no list of states)', () => {
    const text = 'Togo was separated from Ghana by 40 kilometres of Nigerian territory and 3 checkpoints.';
    const mention = (name: string, code: string, word: string) => countryAt(name, code, text.indexOf(word), word);
    const entities = [mention('Togo', 'TGO', 'Togo'), mention('Ghana', 'GHA', 'Ghana'), mention('Nigeria', 'NGA', 'Nigerian')];
    const figures = [
      { start: 0, end: text.length, subject: 'Nigeria' },
      { start: 0, end: text.length, subject: undefined },
    ];
    expect(markThirdParty(figures, entities, new Set(['GHA', 'TGO'])).map((f) => 'thirdParty' in f)).toEqual([false, false]);
    // Two named subjects are a list: the third country's figure is its own.
    const listed = [figures[0]!, { start: 0, end: text.length, subject: 'Togo' }];
    expect(markThirdParty(listed, entities, new Set(['GHA', 'TGO'])).map((f) => 'thirdParty' in f)).toEqual([true, false]);
  });

  it('finds the pair’s mention inside a figure’s sentence only, whatever the order of the mentions', () => {
    const text = 'Ghana said so. Oman bought 40 turbines, Togo said. Nigeria and Togo met.';
    const at = (word: string, from = 0) => text.indexOf(word, from);
    const mention = (name: string, code: string, start: number) => countryAt(name, code, start, name);
    // Out of text order: the pair's mentions before, inside and after the second sentence.
    const entities = [mention('Togo', 'TGO', at('Togo', 50)), mention('Oman', 'OMN', at('Oman')), mention('Ghana', 'GHA', 0), mention('Togo', 'TGO', at('Togo'))];
    const second = { start: at('Oman'), end: at('Nigeria') - 1, subject: 'Oman' };
    expect(markThirdParty([second], entities, new Set(['GHA', 'TGO'])).map((f) => 'thirdParty' in f)).toEqual([false]);
    // The same figure in a sentence that ends before the pair is named again is the third country's.
    expect(markThirdParty([{ ...second, end: at('Togo') - 2 }], entities, new Set(['GHA', 'TGO'])).map((f) => 'thirdParty' in f)).toEqual([true]);
    // A mention that starts where the sentence starts is inside it.
    expect(markThirdParty([{ start: 0, end: 14, subject: 'Oman' }], entities, new Set(['GHA', 'TGO'])).map((f) => 'thirdParty' in f)).toEqual([false]);
  });
});
