import { describe, expect, it } from 'vitest';
import { yearlessDatelineDate } from './yearless-dateline.js';
import { withDate } from './document-date.js';

/** Reports written for these tests in the manner of wire copy (session 30, issue 10). */
const report = (dateline: string, body: string) => `Namibia recalls envoy from Botswana\n\nBy Anna Shikongo\n\n${dateline} - ${body}`;

describe('a year-less wire dateline takes its year from an anchor the text states (session 30)', () => {
  it.each([
    // A year the text calls this year.
    ['WINDHOEK, Feb 12 (Reuters)', 'Namibia recalled its high commissioner from Gaborone on Thursday, the third recall this year (2026).', '2026-02-12'],
    // A year the text calls last year.
    ['GABORONE, March 3 (Reuters)', 'Botswana protested to Namibia on Tuesday. Trade between the two fell to $1.2 billion last year (2025), customs data showed.', '2026-03-03'],
    // A weekday in the dateline that the year bears out; "Jan." abbreviated; two dashes.
    ['WINDHOEK, Thursday, Jan. 15', 'Namibia and Botswana reopened the Ngoma crossing, which 40,000 trucks used last year (2025).', '2026-01-15'],
  ])('%s', (dateline, body, date) => {
    const text = report(dateline, body);
    expect(yearlessDatelineDate(text)).toBe(date);
    expect(withDate({}, {}, text)).toEqual({ date, dateFrom: 'dateline' });
  });

  it.each([
    // Years the report states for other acts say nothing of its own: the latest is not the report's.
    ['WINDHOEK, Feb 12 (Reuters)', 'Namibia recalled its envoy on Thursday. The two signed a water accord in 2019 and met last on 16 January 2024.'],
    // A full date of the dateline's month and day is as often an anniversary as the report's day.
    ['WINDHOEK, Feb 12 (Reuters)', 'Namibia recalled its envoy. The two signed the river accord on 12 February 2019.'],
    // Two anchors that disagree.
    ['WINDHOEK, Feb 12 (Reuters)', 'Namibia recalled its envoy, its second recall this year (2024). Trade fell last year (2025).'],
    // A weekday the year does not bear out: 12 February 2026 was a Thursday.
    ['WINDHOEK, Wednesday, Feb 12 (Reuters)', 'Namibia recalled its envoy. Trade fell last year (2025).'],
    // A chronology's year-less entry is no dateline.
    ['Feb 12', 'Namibia recalled its envoy. Trade fell last year (2025).'],
  ])('must not date: %s - %s', (dateline, body) => {
    expect(yearlessDatelineDate(report(dateline, body))).toBeUndefined();
  });

  it('a dateline with its year wins, and metadata over both', () => {
    const text = report('WINDHOEK, Feb 12, 2025 (Reuters)', 'Namibia recalled its envoy. Trade fell last year (2025).');
    expect(withDate({}, {}, text).date).toBe('2025-02-12');
    expect(withDate({ date: '2026-02-11', dateFrom: 'metadata' }, {}, report('WINDHOEK, Feb 12 (Reuters)', 'Trade fell last year (2025).')).date).toBe('2026-02-11');
  });
});
