import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { timex3Of } from './timex.js';
import { weekdayOrdinal } from './ordinal-day-finder.js';

/** Sentences written for these tests (Kenya–Tanzania, a chat, minutes, a wire story); the report is dated Saturday 14 March 2026. */
const DCT = '2026-03-14';

function tag(text: string, dct = DCT) {
  return findTimes(text, dct).map((t) => {
    const [x] = timex3Of(t);
    return { text: x!.text, start: x!.start, edtf: t.edtf, value: x!.value };
  });
}

function one(text: string, quote: string, edtf: string, dct = DCT) {
  expect(
    tag(text, dct).find((t) => t.text === quote),
    `${quote} in: ${text}`,
  ).toEqual({ text: quote, start: text.indexOf(quote), edtf, value: edtf });
}

describe('a weekday with its ordinal day: the month near the report whose day has that weekday', () => {
  it.each([
    ['Reminder to all desks: the budget hearing is pushed to WEDNESDAY 18th.', 'WEDNESDAY 18th', '2026-03-18'],
    ['The two presidents will meet in Mombasa on Friday the 20th.', 'Friday the 20th', '2026-03-20'],
    ['The border committee met on Tuesday 10th and agreed a new crossing schedule.', 'Tuesday 10th', '2026-03-10'],
    // 27 February 2026 was a Friday: the weekday picks February over March.
    ['Officials recalled that the envoy arrived on Friday, 27th.', 'Friday, 27th', '2026-02-27'],
  ])('%s', (text, quote, edtf) => one(text, quote, edtf));

  it('picks the nearest such day', () => {
    expect(weekdayOrdinal({ year: 2026, month: 3, day: 14 }, 1, 16)).toEqual({ year: 2026, month: 3, day: 16 });
    // The 31st that is a Sunday: May 2026 (none in March or April).
    expect(weekdayOrdinal({ year: 2026, month: 3, day: 14 }, 7, 31)).toEqual({ year: 2026, month: 5, day: 31 });
  });

  it('must not read a count, a month-named date or a history told in another year', () => {
    // "Monday 16 people" counts people: no ordinal.
    expect(tag('On Monday 16 people were injured at the crossing.').map((t) => t.text)).toEqual(['Monday']);
    // A month after the ordinal is the absolute finder's date.
    expect(tag('They met on Monday 16th March.').filter((t) => t.text.includes('16th'))).toEqual([{ text: '16th March', start: 19, edtf: '2026-03-16', value: '2026-03-16' }]);
    // A month of the narrative named before: a day of another month is not read (16 July is nearer a report of 30 June).
    expect(tag('In April the talks resumed in Dodoma. On Thursday 16th the ministers signed the protocol.', '2026-06-30').some((t) => t.text.includes('16th'))).toBe(false);
    // A history of 1992: the weekday's day is not read against the report's months.
    expect(tag('The treaty was drafted in 1992. On Monday 16th the two presidents met in Kyiv.').some((t) => t.text.includes('16th'))).toBe(false);
  });
});

describe('a day of the month said alone is left unread (session 48 review: the lone-day reading was dropped)', () => {
  it('must not read an ordinal that counts things, nor a lone day with no weekday', () => {
    for (const text of [
      'The talks were held on the 12th floor of the ministry.',
      'Kenya finished on the 3rd place in the regional ranking.',
      'It was the 12th round of talks since 2019.',
      'The accord was signed on 9 February.\n\nTrade rose.\n\nThe ministers met again on the 12th.',
      // The reviewer's items: ordinals that count readings, battalions, places, amendments.
      'Voting on the 2nd and 3rd readings of the levy bill is expected next week.',
      'The deployment was carried out by the 1st and 2nd battalions of the border guard.',
      'The seats were allocated from the 1st to the 10th place.',
      'The amendment was replaced by the 2nd, which the assembly adopted.',
      // Lone days a past or future clause would have to guess a month for.
      'ADDIS ABABA, 20 July 2026 -- The ministers met in Moyale on the 25th, officials said.',
      'The summit is scheduled for 3 June in Arusha. Preparatory talks between the two delegations opened on the 12th.',
      'The Secretariat will circulate the revised draft by the 2nd.',
      'The 2019 accord, signed on 9 July 2019, was revised this year; the new text was signed on the 4th, at a ceremony in Entebbe.',
    ])
      expect(
        tag(text).filter((t) => /^the \d/.test(t.text)),
        text,
      ).toEqual([]);
  });

  it('must not read a weekday ordinal that is one of a list of ordinals', () => {
    expect(tag('The deployment was carried out on Friday 1st and 2nd battalions.').filter((t) => t.text.includes('1st'))).toEqual([]);
    expect(tag('Seats went to the lists ranked Monday 1st to 10th.').filter((t) => t.text.includes('1st'))).toEqual([]);
    // Two weekdays, each with its day, are two dates.
    expect(tag('Saturday 2nd and Sunday 3rd were quiet at the crossing.', '2026-05-12').map((t) => [t.text, t.edtf])).toEqual([
      ['Saturday 2nd', '2026-05-02'],
      ['Sunday 3rd', '2026-05-03'],
    ]);
  });
});
