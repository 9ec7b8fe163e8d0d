import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { timex3Of } from './timex.js';

/**
 * The period under discussion named again, a year back or in a year said: sentences written for
 * these tests in the manner of company results and trade releases; the report is dated 2 November 2017.
 */
const DCT = '2017-11-02';

/** The TIMEX3 of `text` in `sentence`: its offset, type and value. */
function timexOf(sentence: string, text: string) {
  const x = findTimes(sentence, DCT)
    .flatMap(timex3Of)
    .find((t) => t.text === text);
  return x && { start: x.start, type: x.type, value: x.value };
}

describe('the period under discussion named again', () => {
  it.each([
    // sentence, expression, TIMEX3 value
    [
      'The carrier lost $12 million in the third quarter ended Sept. 30. That compares with a profit of $3 million for the corresponding period last year.',
      'the corresponding period last year',
      '2016-Q3',
    ],
    ["Exports to Chile rose 8% in the third quarter. Shipments to Peru in last year's quarter were about $40 million.", "last year's quarter", '2016-Q3'],
    ['The miner said its third-quarter output will be lower than the 2 million tonnes it reported last year. It shipped 1.8 million tonnes in the 2016 quarter.', 'the 2016 quarter', '2016-Q3'],
    ['Revenue fell in the second quarter, compared with the same quarter a year earlier.', 'the same quarter a year earlier', '2016-Q2'],
    ['Net income rose in the third quarter; in the comparable year-ago period the bank lost money.', 'the comparable year-ago period', '2016-Q3'],
    ['Sales to Kenya are expected to reach 40% of exports in the current year.', 'the current year', '2017'],
    ['Fees charged in the current month will be refunded.', 'the current month', '2017-11'],
  ])('%s', (sentence, text, value) => {
    expect(timexOf(sentence, text)).toEqual({ start: sentence.indexOf(text), type: 'DATE', value });
  });

  it('takes the year alone when no quarter is under discussion', () => {
    const s = 'Imports fell to $2 billion, down from $2.4 billion for the corresponding period last year.';
    expect(timexOf(s, 'the corresponding period last year')).toEqual({ start: 55, type: 'DATE', value: '2016' });
  });

  it('reads "the 2016 period" after the first nine months as that year, not a quarter', () => {
    const s = 'Profit rose in the third quarter. In the first nine months, net was $306 million, against $195 million in the 2016 period.';
    expect(timexOf(s, 'the 2016 period')).toEqual({ start: s.indexOf('the 2016 period'), type: 'DATE', value: '2016' });
  });

  it('counts "a year earlier" from the quarter even when the quarter is followed by the day it ended', () => {
    const s = 'The group earned $9 million in the fourth quarter ended Aug. 26. A year earlier it earned $7 million.';
    expect(timexOf(s, 'A year earlier')).toEqual({ start: s.indexOf('A year earlier'), type: 'DATE', value: '2016-Q4' });
  });
});

describe('counts with a word between, and two days joined by "and" (session 12)', () => {
  it.each([
    // sentence, expression, TIMEX3 type, value
    ['The credit line may be extended by Lima for an additional year.', 'an additional year', 'DURATION', 'P1Y'],
    ['The shilling fell for five straight days against the dollar.', 'five straight days', 'DURATION', 'P5D'],
    ['Eight trading days after the election, the index recovered.', 'Eight trading days', 'DURATION', 'P8D'],
    ['Over the next couple of years the two ports will share a customs post.', 'the next couple of years', 'DURATION', 'P2Y'],
  ])('%s', (sentence, text, type, value) => {
    expect(timexOf(sentence, text)).toEqual({ start: sentence.indexOf(text), type, value });
  });

  it('tags two days joined by "and" as two DATEs, placed by the tense of the clause', () => {
    // Said in February: the April the summit "would still be held" in is the coming one, not the last.
    const s = 'Officials said the summit with Ghana would still be held in Accra on April 24 and 25.';
    const t = findTimes(s, '2018-02-10').find((x) => x.rule === 'month-day-range')!;
    expect(t.edtf).toBe('2018-04-24/2018-04-25');
    expect(timex3Of(t).map((x) => [x.text, x.start, x.type, x.value])).toEqual([
      ['April 24', 69, 'DATE', '2018-04-24'],
      ['25', 82, 'DATE', '2018-04-25'],
    ]);
  });

  it('keeps a dashed day range one DURATION', () => {
    const s = 'Talks were held in Geneva on 27-28 December.';
    expect(timexOf(s, '27-28 December')).toEqual({ start: 29, type: 'DURATION', value: 'P2D' });
  });
});

describe('numbers that are no years (session 12)', () => {
  it.each([
    'Security Council Resolution 1244 set up the mission in Kosovo.',
    'Flight 1997 from Nairobi landed in Entebbe after a delay.',
    'For visas, call the consulate on 1800 2020 1999 before noon.',
    'The trade office moved to 1600 Independence Avenue last spring.',
    'Passengers for Kigali board at Gate 2010 of Terminal 2.',
    'The Speaker announced the reply to interpellation 2025/26:512 on road links with Norway.',
    'The committee adopted report 2024/25:UU3 on the Nordic defence pact without a vote.',
  ])('%s', (sentence) => {
    expect(
      findTimes(sentence, DCT).filter((t) => /^\d{4}$/.test(t.text)),
      sentence,
    ).toEqual([]);
  });

  it("gives a year-less day the report's year, not a parliamentary paper's session (session 32)", () => {
    const text = 'The next item is the reply to interpellation 2025/26:512 on road links with Norway. The interpellation was tabled on 24 March.';
    expect(findTimes(text, '2026-04-17').map((t) => ({ text: t.text, start: t.start, edtf: t.edtf }))).toEqual([{ text: '24 March', start: text.indexOf('24 March'), edtf: '2026-03-24' }]);
  });

  it('still reads a year before a treaty, a figure or a range', () => {
    for (const [s, y] of [
      ['The 1904 treaty fixed the frontier between the two kingdoms.', '1904'],
      ['In 1998 2,000 refugees crossed the border.', '1998'],
    ] as const)
      expect(timexOf(s, y)).toEqual({ start: s.indexOf(y), type: 'DATE', value: y });
  });

  it('keeps durations durations, not points', () => {
    const s = 'The two sides met for 12 hours; the loan runs for 20 years.';
    expect(findTimes(s, DCT).map((t) => [t.text, t.timex.type, t.timex.value, t.edtf])).toEqual([
      ['12 hours', 'DURATION', 'PT12H', ''],
      ['20 years', 'DURATION', 'P20Y', ''],
    ]);
  });
});
