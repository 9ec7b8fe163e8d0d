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
    ['Summit moved to MONDAY 16th in Arusha, not Tuesday as I said.', 'MONDAY 16th', '2026-03-16'],
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
    expect(tag('They met on Monday 16th March.').every((t) => (t.edtf !== '' && !t.text.startsWith('Monday 16th') ? true : t.edtf === '2026-03-16'))).toBe(true);
    // A month of the narrative named before: a day of another month is not read (16 July is nearer a report of 30 June).
    expect(tag('In April the talks resumed in Dodoma. On Thursday 16th the ministers signed the protocol.', '2026-06-30').some((t) => t.text.includes('16th'))).toBe(false);
    // A history of 1992: the weekday's day is not read against the report's months.
    expect(tag('The treaty was drafted in 1992. On Monday 16th the two presidents met in Kyiv.').some((t) => t.text.includes('16th'))).toBe(false);
  });
});

describe("a day of the month said alone: the month the narrative told last, else the report's", () => {
  it.each([
    ['Talks opened in Arusha on 9 February. The ministers initialled the text on the 12th, and signed it later.', 'the 12th', '2026-02-12'],
    // A question and its answer: the month told in the paragraph before.
    ['You said the accord was signed on 4 March, but the release says 5 March.\n\nThe ministers initialled it on the 4th and signed it the next morning.', 'the 4th', '2026-03-04'],
    // A history: the month written before, not the weekday of the lecture that tells it.
    ['In a lecture on Monday, the historian recalled that the delegations met in Nairobi in November 1961, and on the 20th, they signed the treaty.', 'the 20th', '1961-11-20'],
    // No month told before: the report's month; a past clause with a day after the report's is last month's.
    ['The delegation returned to Nairobi on the 10th.', 'the 10th', '2026-03-10'],
    ['The delegation returned to Nairobi on the 20th.', 'the 20th', '2026-02-20'],
    ['The committee will report back by the 2nd.', 'the 2nd', '2026-04-02'],
  ])('%s', (text, quote, edtf) => one(text, quote, edtf));

  it('reads a future clause against the report, not a past month told before it', () => {
    const text = '1. The Commission recalled that the ministers met in Dodoma in January 2026.\n\n2. Kenya will send the draft protocol by the 30th, the chair said.';
    one(text, 'the 30th', '2026-03-30');
    // With no report date, nothing reads it.
    expect(findTimes(text).some((t) => t.text === 'the 30th')).toBe(false);
  });

  it('must not read an ordinal that counts a thing, or a day whose month was told too far back', () => {
    for (const text of [
      'The talks were held on the 12th floor of the ministry.',
      'Kenya finished on the 3rd place in the regional ranking.',
      'It was the 12th round of talks since 2019.',
      'The accord was signed on 9 February.\n\nTrade rose.\n\nThe ministers met again on the 12th.',
    ])
      expect(
        tag(text).some((t) => /^the \d/.test(t.text)),
        text,
      ).toBe(false);
  });
});
