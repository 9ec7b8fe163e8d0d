import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** Events of a wire report (written for these tests) with their offsets, dates and rules. */
function events(text: string, documentDate: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).events.map((e) => ({
    start: e.start,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    type: e.type,
    plover: e.plover.type,
    date: e.date,
    dateSource: e.dateSource,
    rule: e.rule,
  }));
}

/** A report of Wednesday 8 March 2023 on Peru and Chile: its first paragraph names the pair (each three times with the sentence after it). */
const LEDE = 'Peru recalled its ambassador from Santiago on Monday after Chilean patrol boats seized two Peruvian trawlers off the Chilean coast.\n\n';

describe('reported speech of one side about the other is a statement issued (session 11)', () => {
  it('"… also said relations with Chile were at a low point": an event of the day of the report', () => {
    // (Relations "under review" is a threat, typed by its own trigger since session 11: a statement is only what no trigger types.)
    const said = "Peru's Foreign Minister Ana Torres also said relations with Chile were at a low point.";
    const found = events(LEDE + said, '2023-03-08').filter((e) => e.rule.includes('statement'));
    expect(found).toEqual([
      {
        start: LEDE.length,
        trigger: 'said relations with Chile were at a low point',
        type: 'other',
        plover: 'OTHER',
        date: '2023-03-08',
        dateSource: 'document',
        rule: 'trigger+document-date+statement',
      },
    ]);
  });

  it('"… told reporters on Tuesday …" takes the day it names', () => {
    const said = "Peru's Foreign Minister Ana Torres told reporters on Tuesday that Chile was a difficult neighbour.";
    const found = events(LEDE + said, '2023-03-08').filter((e) => e.rule.includes('statement'));
    expect(found.map((e) => [e.trigger.slice(0, 4), e.date, e.dateSource])).toEqual([['told', '2023-03-07', 'sentence']]);
  });

  it.each([
    ['a saying with no named speaker', 'Analysts said relations with Chile were strained.'],
    ['a speaker no lexicon places', 'A customs official said trucks waited at the Chilean border.'],
    ["content that names only the speaker's state", "Peru's Foreign Minister Ana Torres said Peru remained calm."],
    ['a saying that states a figure', "Peru's Foreign Minister Ana Torres said Chile owed Peru $40 million in port fees."],
  ])('no statement: %s', (_, said) => {
    expect(events(LEDE + said, '2023-03-08').filter((e) => e.start >= LEDE.length)).toEqual([]);
  });

  it('no statement outside news (a document with no day of publication)', () => {
    expect(
      events(LEDE.replace(' on Monday', ' in 2023') + "Peru's Foreign Minister Ana Torres also said relations with Chile were under review.", '2023').filter((e) => e.rule.includes('statement')),
    ).toEqual([]);
  });
});
