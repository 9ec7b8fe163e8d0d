import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { timex3Of } from './timex.js';

/** Captions and datelines written for these tests in the manner of a photo agency and a newspaper; the gallery is dated Friday 9 May 2025. */
const DCT = '2025-05-09';

function tag(sentence: string) {
  return findTimes(sentence, DCT).map((t) => {
    const [x] = timex3Of(t);
    return { text: x!.text, start: x!.start, edtf: t.edtf, value: x!.value };
  });
}

describe('a weekday written before a full date is that date (session 34)', () => {
  it.each([
    ['LISBON, Portugal — Two foreign ministers sign a fisheries protocol at the Necessidades Palace, Thursday, Oct. 17, 2019. (Photo: staff/Agency)', 'Thursday, Oct. 17, 2019', '2019-10-17'],
    ['VALLETTA, Malta — Navy patrol boats leave the Grand Harbour during a joint exercise on Monday, June 3, 2024.', 'Monday, June 3, 2024', '2024-06-03'],
    ['Opinion | Editorial — Saturday, 12 April 2025', 'Saturday, 12 April 2025', '2025-04-12'],
    ['Press review, Tuesday 6 May 2025', 'Tuesday 6 May 2025', '2025-05-06'],
  ])('%s', (sentence, text, edtf) => {
    // One time, spanning the weekday and the date, with the date's value: no second time read
    // from the weekday against the gallery's day.
    expect(tag(sentence)).toEqual([{ text, start: sentence.indexOf(text), edtf, value: edtf }]);
  });

  it('still reads a weekday alone, or one with a month and day but no year, against the report', () => {
    expect(tag('The ministers met on Wednesday, officials said.')).toEqual([{ text: 'Wednesday', start: 21, edtf: '2025-05-07', value: '2025-05-07' }]);
    expect(tag('The ferry sailed on Monday, May 5, the port said.')).toEqual([{ text: 'Monday, May 5', start: 20, edtf: '2025-05-05', value: '2025-05-05' }]);
    // A weekday that is not the date's own is no one time with it (review of session 34): 12 March 2024 was a Tuesday,
    // 17 October 2019 a Thursday.
    expect(tag('The minister said on Monday 12 March 2024 had been the worst day of the talks.')).toEqual([
      { text: 'Monday', start: 21, edtf: '2025-05-05', value: '2025-05-05' },
      { text: '12 March 2024', start: 28, edtf: '2024-03-12', value: '2024-03-12' },
    ]);
    expect(tag('Ministers sign a fisheries protocol in Lisbon, Friday, Oct. 17, 2019.').map((t) => t.text)).not.toContain('Friday, Oct. 17, 2019');
    // A weekday and a date in separate clauses stay two times.
    expect(tag('They met on Tuesday; on 3 March 2024 they had quarrelled.').map((t) => t.text)).toEqual(['Tuesday', '3 March 2024']);
  });
});
