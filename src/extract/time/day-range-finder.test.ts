import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { timex3Of } from './timex.js';

/** Day ranges and dates in figures, in sentences written in the manner of communiqués and fact sheets. */
const CASES: [string, string | undefined, string, string, string][] = [
  // text, document date, expression, EDTF, TIMEX3 value
  ['The Kenyan president paid a state visit to Uganda on 12–14 May 2015.', undefined, '12–14 May 2015', '2015-05-12/2015-05-14', 'P3D'],
  ['Leaders met in Lima on November 19-20, 2016, on the sidelines of the forum.', undefined, 'November 19-20, 2016', '2016-11-19/2016-11-20', 'P2D'],
  ['The minister will visit Canberra from March 3 to 5, officials said.', '2019-02-20', 'March 3 to 5', '2019-03-03/2019-03-05', 'P3D'],
  ['Talks were held in Geneva on 27-28 December.', '2020-01-10', '27-28 December', '2019-12-27/2019-12-28', 'P2D'],
  ['The treaty was signed at Aachen on 22/01/2019.', undefined, '22/01/2019', '2019-01-22', '2019-01-22'],
  ['Consular offices opened (8/1994) in both capitals.', undefined, '8/1994', '1994-08', '1994-08'],
  ['Updated: 2006-07-13 06:32', undefined, '2006-07-13 06:32', '2006-07-13', '2006-07-13T06:32'],
  ['The accord (signed 2015-05-04) took effect a year later.', undefined, '2015-05-04', '2015-05-04', '2015-05-04'],
  // Ranges of months with their years (session 10): one period, whose ends TimeML tags as two DATEs.
  ['Nigeria kept its land border with Benin shut from August 2019 to December 2020.', undefined, 'from August 2019 to December 2020', '2019-08/2020-12', 'P17M'],
  ['Between March 2011 and May 2012, Lima and Quito held six rounds of talks.', undefined, 'Between March 2011 and May 2012', '2011-03/2012-05', 'P15M'],
];

/** Figures that are no date. */
const NOTHING = ['The file reference 45/12/2001 was cited.', 'Order no. 2006-13-45 was filed.', 'Scored 3-1 in the 34th minute.', 'Ratio 15/2024.'];

describe('day ranges and dates in figures', () => {
  it.each(CASES)('%s', (text, date, expression, edtf, value) => {
    const t = findTimes(text, date).find((x) => x.text === expression);
    expect(t, `no time "${expression}"`).toBeDefined();
    expect(text.slice(t!.start, t!.end)).toBe(expression);
    expect([t!.edtf, t!.timex.value]).toEqual([edtf, value]);
  });

  it('scores a range of months as TimeML does: each end a DATE of its own', () => {
    const text = 'Nigeria kept its land border with Benin shut from August 2019 to December 2020.';
    const t = findTimes(text).find((x) => x.rule === 'month-year-range')!;
    expect(timex3Of(t).map((x) => [x.text, x.start, x.type, x.value])).toEqual([
      ['August 2019', 50, 'DATE', '2019-08'],
      ['December 2020', 65, 'DATE', '2020-12'],
    ]);
  });

  it.each(NOTHING)('gives no date in figures: %s', (text) => {
    expect(findTimes(text).filter((t) => /numeric|range/.test(t.rule))).toEqual([]);
  });
});
