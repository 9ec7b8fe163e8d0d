import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { timex3Of } from './timex.js';

/** Parts of the report's day said with "early", "late" or "mid" (session 11); wire sentences written for these tests, the report dated Friday 22 March 2013. */
const DCT = '2013-03-22';

function times(sentence: string) {
  return findTimes(sentence, DCT).map((t) => ({ text: t.text, start: t.start, edtf: t.edtf, timex: timex3Of(t)[0]?.value }));
}

describe('early, late and mid parts of the day', () => {
  it.each([
    ['The foreign ministry in Quito had not commented by late afternoon.', 'late afternoon', '', '2013-03-22TAF'],
    ['By mid-afternoon, border guards had reopened the crossing.', 'mid-afternoon', '', '2013-03-22TAF'],
    ['In Lima at mid-afternoon yesterday, the peso was up 0.4%.', 'mid-afternoon yesterday', '2013-03-21', '2013-03-21TAF'],
    ['The envoy leaves early morning tomorrow for Santiago.', 'early morning tomorrow', '2013-03-23', '2013-03-23TMO'],
  ])('%s → %s', (sentence, text, edtf, value) => {
    expect(times(sentence)).toContainEqual({ text, start: sentence.indexOf(text), edtf, timex: value });
  });

  it('takes no part of the report’s day when the part belongs to a day named after it', () => {
    const s = 'The talks ran into the late evening of 14 March.';
    expect(times(s).map((t) => t.timex)).not.toContain('2013-03-22TEV');
  });
});
