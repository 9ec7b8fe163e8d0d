import { describe, expect, it } from 'vitest';
import { reportEvents } from './helpers/events.js';
import { writtenRanges } from '../src/extract/events/written-ranges.js';
import type { TimeAnnotation } from '../src/model/annotation.js';
import { findTimes } from '../src/extract/time/time-stage.js';

/**
 * Session 39: a range written as two times dates the act whose clause holds it as one interval (`events/written-ranges.ts`).
 * Sentences written for these tests in the manner of wire reports and visit notes, on pairs in no eval set.
 */
const dates = (text: string, published: string) => reportEvents(text, published).map((e) => [e.trigger, e.triggerStart, e.date]);

describe('an act whose clause holds "from A to B" takes the range (session 39)', () => {
  it('"toured Namibia from 27 November to 4 December 2025": the first day takes the year of the second', () => {
    const text = 'President Masisi of Botswana toured Namibia from 27 November to 4 December 2025, opening a rail depot in Walvis Bay.';
    expect(dates(text, '2026-02-10')).toEqual([['toured', 29, '2025-11-27/2025-12-04']]);
  });

  it('a first day whose month comes after the second\'s is of the year before: "from 28 December to 3 January 2026"', () => {
    const text = 'The Namibian foreign minister visited Gaborone from 28 December to 3 January 2026.';
    expect(dates(text, '2026-01-20')).toEqual([['visited', 30, '2025-12-28/2026-01-03']]);
  });

  it('month first, with the year after the second day: "from March 30 to April 2, 2026"', () => {
    const text = 'The Namibian foreign minister visited Gaborone from March 30 to April 2, 2026.';
    expect(dates(text, '2026-04-03')).toEqual([['visited', 30, '2026-03-30/2026-04-02']]);
  });

  it('"between 28 December 2025 and 3 January 2026": two full dates', () => {
    const text = 'Botswana and Namibia held talks on the Kazungula bridge between 28 December 2025 and 3 January 2026.';
    expect(dates(text, '2026-01-20')).toEqual([['talks', 26, '2025-12-28/2026-01-03']]);
  });

  it('two days in a row after "on": "on Tuesday and Wednesday" of a report of Friday 14 August 2026', () => {
    const text = 'Bolivian and Chilean customs officers held joint inspections at the Tambo Quemado crossing on Tuesday and Wednesday.';
    expect(dates(text, '2026-08-14')).toEqual([['held', 38, '2026-08-11/2026-08-12']]);
  });
});

describe('what is no range of one act (session 39)', () => {
  it.each([
    [
      'two acts each with its own day, "signed … on 3 March and … ratified it on 4 March"',
      'Botswana signed the water-sharing protocol on 3 March and Namibia ratified it on 4 March.',
      '2026-08-14',
      [
        ['signed the water-sharing protocol', 9, '2026-03-03'],
        ['ratified', 66, '2026-03-04'],
      ],
    ],
    [
      'two days joined by "and" that do not follow each other are two occasions',
      'Chilean and Bolivian envoys met in Arica on Monday and Thursday.',
      '2026-08-14',
      [
        ['met', 28, '2026-08-10'],
        ['met', 28, '2026-08-13'],
      ],
    ],
    [
      'a day inside a range told of another visit keeps its day',
      "Botswana's president visited Namibia on 3 March and again from 20 to 22 May.",
      '2026-08-14',
      [
        ['visited', 21, '2026-03-03'],
        ['visited', 21, '2026-05-20/2026-05-22'],
      ],
    ],
    [
      'an act told on one day of a visit whose range is written in the sentence before keeps its day',
      'The president of Botswana toured Namibia from 2 March to 5 March 2026. The two governments signed a transit accord in Windhoek on 3 March 2026.',
      '2026-03-09',
      [
        ['toured', 26, '2026-03-02/2026-03-05'],
        ['signed a transit accord', 91, '2026-03-03'],
      ],
    ],
    [
      'a meeting on one day and a signing told on the next are two acts ("and" must stand alone between the days)',
      'The Chilean envoy met Bolivian officials in La Paz on Monday and signed a transit accord on Tuesday.',
      '2026-08-14',
      [
        ['met', 18, '2026-08-10'],
        ['signed a transit accord', 65, '2026-08-11'],
      ],
    ],
  ] as [string, string, string, [string, number, string][]][])('must not: %s', (_name, text, day, expected) => {
    expect(dates(text, day)).toEqual(expected);
  });

  it('writtenRanges leaves an end before its start, and two times with other words between them, as they are', () => {
    const t = (start: number, text: string, edtf: string): TimeAnnotation => ({
      start,
      end: start + text.length,
      text,
      edtf,
      granularity: 'day',
      timex: { type: 'DATE', value: edtf },
      stage: 'time',
      rule: 'test',
    });
    const back = 'from 9 May 2026 to 2 May 2026';
    expect(writtenRanges(back, [t(5, '9 May 2026', '2026-05-09'), t(19, '2 May 2026', '2026-05-02')]).map((x) => x.edtf)).toEqual(['2026-05-09', '2026-05-02']);
    const apart = 'from 2 May 2026, and to 9 May 2026';
    expect(writtenRanges(apart, [t(5, '2 May 2026', '2026-05-02'), t(24, '9 May 2026', '2026-05-09')]).map((x) => x.edtf)).toEqual(['2026-05-02', '2026-05-09']);
    const written = 'from 2 May 2026 to 9 May 2026';
    expect(writtenRanges(written, [t(5, '2 May 2026', '2026-05-02'), t(19, '9 May 2026', '2026-05-09')])).toMatchObject([
      { start: 5, end: 29, text: '2 May 2026 to 9 May 2026', edtf: '2026-05-02/2026-05-09', granularity: 'interval', rule: 'written-range' },
    ]);
  });
});

describe("a range's first end takes the year the second names (session 39, time/range-years.ts)", () => {
  const times = (text: string, published: string) => findTimes(text, published).map((t) => [t.start, t.text, t.edtf, t.timex.value]);

  it('"from 12 May to 30 June 2025" in a report of 2026: 12 May 2025', () => {
    expect(times('Prices of diesel in Gaborone rose from 12 May to 30 June 2025.', '2026-08-14')).toEqual([
      [39, '12 May', '2025-05-12', '2025-05-12'],
      [49, '30 June 2025', '2025-06-30', '2025-06-30'],
    ]);
  });

  it('"from 28 December to 3 January 1970": the first end is of the year before', () => {
    expect(times('The Namibian foreign minister visited Gaborone from 28 December to 3 January 1970.', '2026-08-14')).toEqual([
      [52, '28 December', '1969-12-28', '1969-12-28'],
      [67, '3 January 1970', '1970-01-03', '1970-01-03'],
    ]);
  });

  it('must not: a day after "from" that other words part from the dated one keeps the year the report gives it', () => {
    expect(times('Ferries on Lake Malawi ran again from 12 May, weeks after the June 2025 floods.', '2026-08-14')[0]).toEqual([38, '12 May', '2026-05-12', '2026-05-12']);
  });

  it('must not: a first end that names its own year keeps it', () => {
    expect(times('The Zambian high commissioner served in Lilongwe from 12 May 2025 to 30 June 2026.', '2026-08-14')[0]).toEqual([54, '12 May 2025', '2025-05-12', '2025-05-12']);
  });
});

describe('review fixes: two weekdays of a range lie within one week (session 39, time/range-years.ts)', () => {
  const times = (text: string, published: string) => findTimes(text, published).map((t) => [t.start, t.text, t.edtf]);

  it('"from Tuesday until Thursday" in a report of Friday 6 March 2026 is 3–5 March, not to the next Thursday', () => {
    const text = 'Malawian and Zambian trade officials met in Lusaka from Tuesday until Thursday.';
    expect(times(text, '2026-03-06')).toEqual([
      [56, 'Tuesday', '2026-03-03'],
      [70, 'Thursday', '2026-03-05'],
    ]);
    expect(dates(text, '2026-03-06')).toEqual([['met', 37, '2026-03-03/2026-03-05']]);
  });

  it('"between Friday and Monday" runs over the weekend to the Monday after', () => {
    const text = 'Zambia and Malawi held boundary talks in Chipata between Friday and Monday.';
    expect(dates(text, '2026-03-18')).toEqual([['talks', 32, '2026-03-13/2026-03-16']]);
  });

  it("must not: a weekday after a written date is the one the report's date gives", () => {
    const text = 'Zambian millers imported maize from 2 February to Wednesday, the ministry said.';
    expect(times(text, '2026-03-06')).toEqual([
      [36, '2 February', '2026-02-02'],
      [50, 'Wednesday', '2026-03-04'],
    ]);
  });

  it('must not: "until Thursday" with no first end is still a day ahead', () => {
    expect(times('Zambia closed the Mwami border post until Thursday.', '2026-03-06')).toEqual([[42, 'Thursday', '2026-03-12']]);
  });

  it('writtenRanges leaves two weekdays more than six days apart as two times', () => {
    const t = (start: number, text: string, edtf: string): TimeAnnotation => ({
      start,
      end: start + text.length,
      text,
      edtf,
      granularity: 'day',
      timex: { type: 'DATE', value: edtf },
      stage: 'time',
      rule: 'test',
      relative: true,
    });
    const text = 'from Tuesday until Thursday';
    expect(writtenRanges(text, [t(5, 'Tuesday', '2026-03-03'), t(19, 'Thursday', '2026-03-12')]).map((x) => x.edtf)).toEqual(['2026-03-03', '2026-03-12']);
    expect(writtenRanges(text, [t(5, 'Tuesday', '2026-03-03'), t(19, 'Thursday', '2026-03-05')]).map((x) => x.edtf)).toEqual(['2026-03-03/2026-03-05']);
  });
});

describe('review fixes: a verb of rescheduling makes the two times an old date and a new one (session 39, lexicon/ranges.json)', () => {
  const spans = (text: string, published: string) => dates(text, published).filter(([, , d]) => String(d).includes('/'));

  it('must not: "was postponed from 14 May to 22 June 2026" is dated as before the ranges, by the old date', () => {
    const text = 'The Malawi–Zambia joint permanent commission was postponed from 14 May to 22 June 2026.';
    expect(spans(text, '2026-04-10')).toEqual([]);
    expect(dates(text, '2026-04-10').map(([, , d]) => d)).toEqual(['2026-05-14']);
  });

  it('must not: "rescheduled the boundary survey talks from Monday to Thursday"', () => {
    const text = 'Zambia and Malawi rescheduled the boundary survey talks from Monday to Thursday.';
    expect(spans(text, '2026-03-06')).toEqual([]);
  });

  it('must not: "pushed the tariff talks back from 9 March to 30 March 2026"', () => {
    const text = 'Malawi and Zambia pushed the tariff talks back from 9 March to 30 March 2026.';
    expect(spans(text, '2026-03-01')).toEqual([]);
  });

  it('a verb of rescheduling in a clause before the range does not reach it', () => {
    const text = 'The vote was postponed, and the commission met from 14 May to 22 June 2026.';
    expect(spans(text, '2026-08-14')).toEqual([['met', 43, '2026-05-14/2026-06-22']]);
  });
});
