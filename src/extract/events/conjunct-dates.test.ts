import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** The events of a text: [date, trigger start, trigger end, trigger text, PLOVER category, agents]. */
function events(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences }).events.map((e) => [
    e.date,
    e.trigger.start,
    e.trigger.end,
    text.slice(e.trigger.start, e.trigger.end),
    e.plover.type,
    e.actors.filter((a) => a.role === 'agent').map((a) => a.entity),
  ]);
}

describe('a coordinated predicate with a date of its own tells its own act (conjunctVerb, session 36)', () => {
  it.each([
    // The second conjunct's verb, which no finder took (its subject is no actor), is the act of its date, not the signing again.
    [
      'The two governments signed the fisheries accord in March 2019 and ratified it in June 2020.',
      [
        ['2019-03', 20, 47, 'signed the fisheries accord', 'AGREE', []],
        ['2020-06', 66, 74, 'ratified', 'AGREE', []],
      ],
    ],
    // The second conjunct shares the first's subject: Hungary expelled the diplomats.
    [
      'Hungary recalled its ambassador on 3 May 2021 and expelled two Serbian diplomats on 10 May 2021.',
      [
        ['2021-05-03', 8, 31, 'recalled its ambassador', 'SANCTION', ['country:HUN']],
        ['2021-05-10', 50, 58, 'expelled', 'SANCTION', ['country:HUN']],
      ],
    ],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each([
    // A list of dates of one act, with or without "again": no verb opens a conjunct.
    [
      'Kenya hosted talks with Uganda in May 2004 and June 2011.',
      [
        ['2004-05', 13, 18, 'talks', 'CONSULT', ['country:KEN']],
        ['2011-06', 13, 18, 'talks', 'CONSULT', ['country:KEN']],
      ],
    ],
    [
      "Kenya's president visited Kampala in May 2004 and again in June 2011.",
      [
        ['2004-05', 18, 25, 'visited', 'CONSULT', ['country:KEN']],
        ['2011-06', 18, 25, 'visited', 'CONSULT', ['country:KEN']],
      ],
    ],
    // A list of objects under one date: one act.
    ['Ghana and Togo signed accords on trade and fisheries in May 2019.', [['2019-05', 15, 29, 'signed accords', 'AGREE', ['country:GHA', 'country:TGO']]]],
    // One act with two dates, a period.
    ['Kenya imposed sanctions on Uganda from March to June 2019.', [['2019-03/2019-06', 14, 23, 'sanctions', 'SANCTION', ['country:KEN']]]],
    // A date inside a noun phrase of the first conjunct dates no act; the second conjunct's date is the ratification's.
    ['Kenya signed the 2019 accord with Uganda and ratified it in June 2020.', [['2020-06', 45, 53, 'ratified', 'AGREE', ['country:KEN']]]],
  ] as [string, unknown[][]][])('%s: unchanged', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
  // Review fix: a verb of no vocabulary opens no act of its own (its category would be the other conjunct's), nor does a
  // statement or a participle heading a noun phrase.
  it.each([
    'Chile signed a fisheries accord with Peru in March 2019 and raised levies on Peruvian fishmeal in June 2020.',
    'Chile signed a fisheries accord with Peru in March 2019 and said on 4 June 2020 that it would extend it.',
    'Chile hosted Peruvian officials in May 2019 and chosen delegates in June 2019.',
  ])('%s: no act of a verb outside the vocabularies', (text) => {
    const second = events(text).filter((e) => /^(?:raised|said|chosen)/.test(String(e[3])));
    expect(second).toEqual([]);
  });
});
