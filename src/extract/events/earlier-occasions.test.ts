import { describe, expect, it } from 'vitest';
import { reportEvents } from '../../../test/helpers/events.js';

/** The earlier occasions a report tells (`+first-since`): [trigger's start, trigger's words, date, mode]. */
const earlier = (text: string, documentDate = '2026-05-15') =>
  reportEvents(text, documentDate)
    .filter((e) => e.rule.includes('+first-since'))
    .map((e) => [e.triggerStart, e.trigger, e.date, e.mode]);

describe('earlier-occasions: "the first … since <date>" tells the last occasion at that date', () => {
  it('an occasion in apposition to the act it counts', () => {
    const text = 'The foreign ministers of Ghana and Kenya met in Accra on Tuesday, the first since March 2023.';
    expect(earlier(text)).toEqual([[text.indexOf('March 2023'), 'March 2023', '2023-03', 'asserted']]);
  });

  it('the count’s own noun, a year; a day', () => {
    const a = 'The Kenyan president arrived in Accra on Monday for a two-day visit, his first visit to Ghana since 2019.';
    expect(earlier(a)).toEqual([[a.indexOf('2019'), '2019', '2019', 'asserted']]);
    const b = 'The two border commissions met on 12 May in Tacna, for the first time since 4 November 2024.';
    expect(earlier(b)).toEqual([[b.indexOf('4 November 2024'), '4 November 2024', '2024-11-04', 'asserted']]);
  });

  it('a planned occasion still tells a past one; a count of a season', () => {
    const text = 'The Ghanaian president will visit Nairobi next month, his first visit to Kenya since 2021.';
    expect(earlier(text)).toEqual([[text.indexOf('2021'), '2021', '2021', 'asserted']]);
    const spring = 'The two foreign ministers met in Nairobi on Wednesday, the first since the spring of 2024.';
    expect(earlier(spring).map((r) => r[2])).toEqual(['2024-03/2024-05']);
  });

  it('must not: told twice — the act the count follows already dated at that date', () => {
    const text = 'The two ministers met in Accra in March 2023 and in Nairobi on Tuesday, the first since March 2023.';
    expect(reportEvents(text, '2026-05-15').filter((e) => e.date === '2023-03').length).toBeLessThanOrEqual(1);
  });

  it.each([
    ['no written date: since a past act', 'The Kenyan president visited Accra on Monday, his first trip abroad since taking office.'],
    ['no written date: since an event', 'The two ministers met in Accra on Tuesday, the first meeting since the war.'],
    ['a relative date', 'The two ministers met in Accra on Tuesday, their first meeting since last year.'],
    ['"since" with no count of occasions', 'The two ministers met in Accra on Tuesday and discussed trade, which has fallen since 2019.'],
    ['a first that counts no occasion since', 'Ghana was the first country to sign the protocol in 2019, and Kenya has not signed it since.'],
    ['a plain ordinal across a clause (", and" and another verb)', 'Peru sent its first envoy to Chile in 1931, and ties have been strained since 1948.'],
    ['another date between "first" and "since"', 'Chile named its first trade attaché in Lima in 1954 and none since 1960.'],
    ['a count over a wider group', 'Chile expelled a Peruvian consul on Friday, the first such expulsion by any South American state since 1987.'],
    ['a count of people, "the first woman to hold the post"', 'Peru appointed Rosa Quispe as its ambassador to Chile on Monday, the first woman to hold the post since 2009.'],
    ['a date that qualifies another event ("since 2017 elections")', 'Chile’s foreign minister arrived in Lima on 4 May 2026, her first trip to Peru since 2017 elections in Santiago.'],
    ['a date with a possessive ("since 2019’s election")', 'The Peruvian president travelled to Santiago on 6 May 2026, his first visit to Chile since 2019’s disputed election in Lima.'],
    ['"the first of N things since": a count among a set', 'Chile and Peru signed a trade deal on 16 May 2026, the first of three deals since 2024 to include services.'],
    ['a count told before an act after the date', 'Peru stayed away from the ministers’ meeting in Santiago on Monday, the first time since 2013 that it has done so.'],
  ])('must not: %s', (_, text) => expect(earlier(text)).toEqual([]));

  it('the act counted is the one whose trigger matches the counted noun, not the noun nearest before "since"', () => {
    const text = 'Chile and Peru held talks on the seizure of a Peruvian trawler on 3 March 2026, their first talks on fisheries since 2016.';
    const out = reportEvents(text, '2026-05-15').filter((e) => e.rule.includes('+first-since'));
    expect(out.map((e) => [e.triggerStart, e.trigger, e.date, e.plover, e.mode])).toEqual([[text.indexOf('2016'), '2016', '2016', 'CONSULT', 'asserted']]);
  });

  it('a date followed by a preposition still counts ("since 2016 in the Gulf")', () => {
    const text = 'The Chilean and Peruvian navies held their first joint exercise since 2016 in the waters off Arica on 8 May 2026.';
    expect(earlier(text)).toEqual([[text.indexOf('2016'), '2016', '2016', 'asserted']]);
  });

  it('two "first"s: the one just before "since" counts ("its first session …, its first session since")', () => {
    const text = 'The Chile–Peru boundary commission held its first session in Arica on 12 May, its first session since the autumn of 2021.';
    expect(earlier(text)).toEqual([[text.indexOf('the autumn of 2021'), 'the autumn of 2021', '2021-09/2021-11', 'asserted']]);
  });
});
