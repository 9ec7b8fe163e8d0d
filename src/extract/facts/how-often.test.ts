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
    ['Chile and Bolivia set up a border commission in 2021, but it has met only twice.', 'twice', 74, 2, 'count', '2021', 'exact'],
    ['Quito proposed a joint survey of the river, an offer Lima has rejected twice before.', 'twice', 71, 2, 'count', '2025-09-18', 'exact'],
    ['The two ministries agreed to hold consultations on fisheries at least twice a year.', 'twice', 70, 2, 'count', '2025-09-18', 'at_least'],
    ['Since 2019 the Ghanaian president has visited Abuja three times.', 'three times', 52, 3, 'count', '2019/..', 'exact'],
  ])('%s', (text, quote, offset, value, unit, period, qualifier) => {
    expect(text.indexOf(quote)).toBe(offset);
    expect(facts(text)).toEqual([[quote, offset, value, unit, period, qualifier]]);
  });

  it.each([
    ['Exports to Chile rose twice as fast as imports in 2019.'],
    ['Kenya and Uganda signed a treaty on double taxation in 2019.'],
    ['Bolivia had been invited three times to the summit.'],
    ['This fact sheet is updated twice a year.'],
    ['Trade with Peru was three times larger than in 2010.'],
  ])('counts no occasions in %s', (text) => {
    expect(facts(text).filter((f) => f[3] === 'count')).toEqual([]);
  });
});
