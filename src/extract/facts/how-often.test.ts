import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** [quote of the value, its offset, value, unit, period, qualifier] of every fact of a text. */
function facts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2025-09-18' }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.valueStart, f.value, f.unit, f.period ?? null, f.qualifier]);
}

describe('how often an act was done (how-often.ts)', () => {
  it.each([
    ['Zambia and Malawi set up a joint lake board in 2020, but it has met only twice.', 'twice', 73, 2, 'count', '2020', 'exact'],
    ['Quito proposed a joint survey of the river, an offer Lima has rejected twice before.', 'twice', 71, 2, 'count', '2025-09-18', 'exact'],
    ['The two ministries agreed to hold consultations on fisheries at least twice a year.', 'twice', 70, 2, 'count', '2025-09-18', 'at_least'],
    ['Since 2019 the Ghanaian president has visited Abuja three times.', 'three times', 52, 3, 'count', '2019/..', 'exact'],
  ])('%s', (text, quote, offset, value, unit, period, qualifier) => {
    expect(text.indexOf(quote)).toBe(offset);
    expect(facts(text)).toEqual([[quote, offset, value, unit, period, qualifier]]);
  });

  it.each([
    ['Exports to Chile rose twice as fast as imports in 2019.'],
    ['Belgium and the Netherlands signed a treaty on double taxation in 2019.'],
    ['Bolivia had been invited three times to the summit.'],
    ['This fact sheet is updated twice a year.'],
    ['Trade with Peru was three times larger than in 2010.'],
  ])('counts no occasions in %s', (text) => {
    expect(facts(text).filter((f) => f[3] === 'count')).toEqual([]);
  });
});

describe('how-often names its count by the verb’s lemma, so every tense shares one bucket', () => {
  it.each([
    ['The Zambian and Malawian ministers met twice in 2022.', 'times_meet'],
    ['The Zambian and Malawian ministers meet twice a year.', 'times_meet'],
    ['The lake board meets twice a year.', 'times_meet'],
  ])('%s', (text, noun) => {
    const { blocks, sentences } = structure(text);
    expect(
      extract({ text, blocks, sentences, documentDate: '2025-09-18' })
        .facts.filter((f) => f.unit === 'count')
        .map((f) => f.indicator),
    ).toEqual([noun]);
  });
});
