import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** The events a text gives: [date, PLOVER category, trigger start, trigger end, trigger words, actors]. */
function events(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences }).events.map((e) => [
    e.date,
    e.plover.type,
    e.trigger.start,
    e.trigger.end,
    text.slice(e.trigger.start, e.trigger.end),
    e.actors.map((a) => a.name).sort(),
  ]);
}

describe('a passive or a participle after a comma, in a dated clause, whatever its verb (session 21)', () => {
  it('gives an act of type other for a passive in the past with no doer named', () => {
    expect(events('Zambia and Malawi agreed on a border regime in 2019. On 4 March 2020, eleven Malawian traders were pushed back at the crossing.')).toEqual([
      ['2019', 'AGREE', 18, 24, 'agreed', ['Malawi', 'Zambia']],
      ['2020-03-04', 'OTHER', 99, 126, 'pushed back at the crossing', ['Malawi']],
    ]);
  });

  it('gives the act of a passive whose date opens the sentence and whose doer follows', () => {
    // "defeated" reads friction (refineByPolarity, session 25): DISAPPROVE, PLOVER's mildest conflict (a battle's FIGHT is no word's).
    expect(events('In 1891 the chiefs of the lake were defeated at Karonga by a force that included Zambian levies.')).toEqual([
      ['1891', 'DISAPPROVE', 36, 95, 'defeated at Karonga by a force that included Zambian levies', ['Zambia']],
    ]);
  });

  it('gives the act of a passive naming no one after a sentence that named the actors', () => {
    expect(events('Zambia and Malawi signed a border treaty in 1996. The last boundary markers were placed in May 1999.')).toEqual([
      ['1996', 'AGREE', 18, 40, 'signed a border treaty', ['Malawi', 'Zambia']],
      ['1999-05', 'OTHER', 81, 99, 'placed in May 1999', []],
    ]);
  });

  it('gives a planned act for a passive after a modal or "to be"', () => {
    const text = 'Zambia and Malawi agreed on a new bridge in 2024. Its construction is expected to be completed in 2027.';
    const { blocks, sentences } = structure(text);
    expect(extract({ text, blocks, sentences }).events.map((e) => [e.date, e.plover.type, e.mode, text.slice(e.trigger.start, e.trigger.end)])).toEqual([
      ['2024', 'AGREE', 'asserted', 'agreed'],
      ['2027', 'OTHER', 'planned', 'completed in 2027'],
    ]);
  });

  it('gives the act of a participle set off by commas with its date after a preposition', () => {
    expect(events('The Kazungula ferry, refitted by Zambia in 1986, carries trucks to Botswana.')).toEqual([['1986', 'OTHER', 21, 47, 'refitted by Zambia in 1986', ['Botswana', 'Zambia']]]);
  });

  it.each([
    // A state for the passive's subject tells how it stood; a year that names a thing ("a 1997 arrangement") dates no participle;
    // a passive with no date and no document date.
    'Namibia was isolated in 1990.',
    'Export zones in Namibia, created under a 1997 arrangement with Botswana, employed 4,000 workers.',
    'Eleven Malawian traders were pushed back at the crossing.',
    // A passive naming no one, with no passage before it that named actors.
    'The last boundary markers were placed in May 1999.',
  ])('gives nothing: %s', (text) => {
    expect(events(text)).toEqual([]);
  });

  it('gives the act of a passive in a news paragraph, dated by the paragraph', () => {
    const text =
      'Namibia detains Botswanan rangers\n\nWINDHOEK, May 6 (Reuters) - Namibian soldiers detained two Botswanan wildlife rangers on the Chobe river on Tuesday. The rangers were flown to an army post at Katima Mulilo. Botswana protested.';
    const { blocks, sentences } = structure(text);
    const passive = extract({ text, blocks, sentences, documentDate: '2025-05-07' }).events.filter((e) => e.plover.type === 'OTHER');
    expect(passive.map((e) => [e.date, e.dateSource, e.trigger.start, e.trigger.end, text.slice(e.trigger.start, e.trigger.end)])).toEqual([
      ['2025-05-06', 'context', 169, 207, 'flown to an army post at Katima Mulilo'],
    ]);
  });

  it.each([
    // A news passive in a paragraph of its own, which no date of its paragraph dates; a passive outside news after a dated sentence.
    [
      'Namibia detains Botswanan rangers\n\nWINDHOEK, May 6 (Reuters) - Namibian soldiers detained two Botswanan wildlife rangers on the Chobe river on Tuesday.\n\nThe rangers were flown to an army post at Katima Mulilo.',
      '2025-05-07',
    ],
    ['Namibian soldiers detained two Botswanan wildlife rangers on the Chobe river in May 2019. The rangers were flown to an army post at Katima Mulilo.', undefined],
  ])('gives no passive act: %s', (text, date) => {
    const { blocks, sentences } = structure(text);
    expect(extract({ text, blocks, sentences, documentDate: date }).events.filter((e) => e.plover.type === 'OTHER')).toEqual([]);
  });
});
