import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';

/** Lines written for these tests in the manner of automatic captions and chats (all lower case); dated Tuesday 12 May 2026. */
const DCT = '2026-05-12';

function tag(text: string) {
  return findTimes(text, DCT).map((t) => ({ text: t.text, start: t.start, edtf: t.edtf }));
}

describe('a weekday written in lower case, after a word that makes it a date', () => {
  it.each([
    ['>> last thursday the two finance ministers signed the fisheries deal', 'last thursday', '2026-05-07'],
    ['we signed the protocol on friday in arusha', 'friday', '2026-05-08'],
    ['>> the ministers will meet again next monday at the border post', 'next monday', '2026-05-18'],
    ['the crossing stays shut until wednesday', 'wednesday', '2026-05-13'],
  ])('%s', (text, quote, edtf) => {
    expect(tag(text)).toEqual([{ text: quote, start: text.indexOf(quote), edtf }]);
  });

  it('must not read a lower-case weekday that names a thing, or a plural', () => {
    // A part of the day in the plural is every such day (a set), no date.
    expect(findTimes('the market at the crossing is busy on sunday mornings', DCT).map((t) => [t.text, t.edtf, t.timex?.value])).toEqual([['sunday mornings', '', 'XXXX-WXX-7TMO']]);
    for (const text of ['the sunday times ran the interview', 'a sunday roast for the delegation', 'mondays are slow at the border post', 'the friday prayers were calm'])
      expect(tag(text), text).toEqual([]);
  });
});

describe('"since" before a weekday reaches back, whatever the tense of the clause', () => {
  it.each([
    ['Since Thursday, the border is closed to trucks from Uganda.', 'Thursday', '2026-05-07'],
    ['Trucks are queuing at the Namanga crossing since Friday.', 'Friday', '2026-05-08'],
    ['the bridge is shut since saturday, the drivers say', 'saturday', '2026-05-09'],
  ])('%s', (text, quote, edtf) => {
    expect(tag(text)).toEqual([{ text: quote, start: text.indexOf(quote), edtf }]);
  });

  it('"since" and the report\'s own weekday: the report\'s day (wire copy names today by its weekday)', () => {
    // Dated Tuesday 12 May 2026.
    expect(tag('the ferry has been idle since tuesday, the crews say')).toEqual([{ text: 'tuesday', start: 30, edtf: '2026-05-12' }]);
  });

  it('must not move a weekday after a causal "since" (a verb right after the weekday)', () => {
    expect(tag('Since Friday is a public holiday in Tanzania, the technical talks will resume on Monday.')).toEqual([
      { text: 'Friday', start: 6, edtf: '2026-05-15' },
      { text: 'Monday', start: 81, edtf: '2026-05-18' },
    ]);
    expect(tag('since thursday is a holiday in kenya we moved the call')).toEqual([{ text: 'thursday', start: 6, edtf: '2026-05-14' }]);
    expect(tag('the vote was moved since friday is a national holiday')).toEqual([{ text: 'friday', start: 25, edtf: '2026-05-15' }]);
  });

  it('must not move a weekday after "until" or one with no "since" before it', () => {
    expect(tag('The border stays closed until Thursday.')).toEqual([{ text: 'Thursday', start: 30, edtf: '2026-05-14' }]);
    expect(tag('The ministers will meet on Friday.')).toEqual([{ text: 'Friday', start: 27, edtf: '2026-05-15' }]);
  });
});
