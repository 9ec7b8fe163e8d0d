import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { timex3Of } from './timex.js';

/** Sentences written for these tests in the manner of wire reports; the report is dated Friday 22 March 2013. */
const DCT = '2013-03-22';

/** Each time found: its text, offset, EDTF and TIMEX3 type and value (as TimeML scores it). */
function tag(sentence: string, dct = DCT) {
  return findTimes(sentence, dct).map((t) => {
    const [x] = timex3Of(t);
    return { text: x!.text, start: x!.start, edtf: t.edtf, type: x!.type, value: x!.value };
  });
}

/** One expression's row: the same, with its offset checked against the sentence. */
function one(sentence: string, text: string, edtf: string, type: string, value: string, dct = DCT) {
  const found = tag(sentence, dct).find((t) => t.text === text);
  expect(found, `${text} in: ${sentence}`).toEqual({ text, start: sentence.indexOf(text), edtf, type, value });
}

describe('weekdays, by tense against the report date', () => {
  it.each([
    ['The minister said Wednesday that talks had stalled.', 'Wednesday', '2013-03-20', 'DATE', '2013-03-20'],
    ['Negotiators will meet again Tuesday in Geneva.', 'Tuesday', '2013-03-26', 'DATE', '2013-03-26'],
    ['The two leaders are set to sign the accord Monday.', 'Monday', '2013-03-25', 'DATE', '2013-03-25'],
    ['Border guards exchanged fire on Friday, the army said.', 'Friday', '2013-03-22', 'DATE', '2013-03-22'],
    ['The envoy arrived last Friday.', 'last Friday', '2013-03-15', 'DATE', '2013-03-15'],
    ['Protesters gathered Sunday night outside the embassy.', 'Sunday night', '2013-03-17', 'TIME', '2013-03-17TNI'],
    ['The ceasefire took effect at 10 p.m. Wednesday, officials said.', '10 p.m. Wednesday', '2013-03-20', 'TIME', '2013-03-20T22:00'],
    ['The delegation flew home on Monday, March 18, after the talks.', 'Monday, March 18', '2013-03-18', 'DATE', '2013-03-18'],
    ['Ferries to the island sail on Tuesdays.', 'Tuesdays', '', 'SET', 'XXXX-WXX-2'],
  ])('%s', (sentence, text, edtf, type, value) => one(sentence, text, edtf, type, value));

  it('takes no weekday that names a paper, a holiday or a programme', () => {
    for (const s of ['The Sunday Times reported the deal.', 'Talks stalled over Good Friday.', 'He won every state on Super Tuesday.', 'Monday Night Football drew record crowds.']) {
      expect(tag(s).filter((t) => /day/.test(t.text)), s).toEqual([]);
    }
  });

  it('resolves nothing without a document date that names a day', () => {
    expect(findTimes('Officials said Friday the talks would resume.', '2013')).toEqual([]);
  });
});
