import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { timex3Of } from './timex.js';

/** Sentences written for these tests in the manner of wire reports and fact sheets; the report is dated Friday 22 March 2013. */
const DCT = '2013-03-22';

/** The expression `text` of a sentence: its offset, EDTF and TIMEX3 value. */
function one(sentence: string, text: string, dct: string | undefined = DCT) {
  const t = findTimes(sentence, dct).find((x) => x.text === text);
  return t && { start: t.start, edtf: t.edtf, value: timex3Of(t)[0]!.value };
}

describe('a day before its month with no year ("on 3 June", "(6 July)") is a date, its year found as for "June 3" (session 13)', () => {
  it('in a report, by the tense of its clause', () => {
    const past = 'The ferry service to Tanga resumed on 4 September, the port authority said.';
    expect(one(past, '4 September')).toEqual({ start: past.indexOf('4 September'), edtf: '2012-09-04', value: '2012-09-04' });
    const future = 'Officials of the two ministries will meet on 2 April in Arusha.';
    expect(one(future, '2 April')).toEqual({ start: future.indexOf('2 April'), edtf: '2013-04-02', value: '2013-04-02' });
    const opening = 'On 11 March, Dodoma recalled its envoy from Nairobi.';
    expect(one(opening, '11 March')).toEqual({ start: 3, edtf: '2013-03-11', value: '2013-03-11' });
  });

  it('by the year a chronology entry or the paragraph stated before it', () => {
    const entry = '1998         Consulate opened in Mombasa (11 February)';
    expect(one(entry, '11 February', '2013-03-22')).toEqual({ start: entry.indexOf('11 February'), edtf: '1998-02-11', value: '1998-02-11' });
    const month = '2016         Visa waiver arrangement began (May)';
    expect(one(month, 'May', '2024-11-21')).toEqual({ start: month.indexOf('May'), edtf: '2016-05', value: '2016-05' });
    const told = 'The commission first met in Kampala in May 2011 and again on the 14th of October.';
    expect(one(told, '14th of October', undefined)).toEqual({ start: told.indexOf('14th'), edtf: '2011-10-14', value: '2011-10-14' });
  });

  it('not a count before a word that begins with a month ("12 Augusta members") nor a day with its year, read whole', () => {
    expect(findTimes('Nine of the 12 Augusta members resigned.', DCT)).toEqual([]);
    expect(findTimes('The accord was signed on 3 June 2009.', DCT).map((t) => [t.text, t.edtf])).toEqual([['3 June 2009', '2009-06-03']]);
  });

  it('before a numbered paragraph: the number on the next line is no year (session 24)', () => {
    const statement = 'Foreign Minister Mulambo Haimbe received the Malawian envoy in Lusaka on 11 March.\n\n2. During the meeting, the two sides reviewed the border.';
    expect(one(statement, '11 March')).toEqual({ start: statement.indexOf('11 March'), edtf: '2013-03-11', value: '2013-03-11' });
    const american = 'Zambia and Malawi signed the transit accord on March 14\n\n3. The Parties agreed to meet again in Lilongwe.';
    expect(one(american, 'March 14')).toEqual({ start: american.indexOf('March 14'), edtf: '2013-03-14', value: '2013-03-14' });
    // A year on the next line still belongs to the date, read whole.
    expect(findTimes('The accord was signed on 3 June\n2009 in Mzuzu.', DCT).map((t) => [t.text, t.edtf])).toEqual([['3 June\n2009', '2009-06-03']]);
  });
});

/** The weeks' report is dated Wednesday 5 March 2025. */
const WEEK_DCT = '2025-03-05';

describe('"last week", "this week", "next week" are the days of that week in EDTF, ISO weeks in TIMEX3 (session 13)', () => {
  it('"last week" is Monday to Sunday of the week before, across two months', () => {
    const s = 'Quito rejected the complaint from Lima last week, the ministry said.';
    expect(one(s, 'last week', WEEK_DCT)).toEqual({ start: s.indexOf('last week'), edtf: '2025-02-24/2025-03-02', value: '2025-W09' });
  });

  it('"this week" told of the past is Monday to the report\'s day; told of the future the whole week', () => {
    const past = 'Border guards detained two fishermen earlier this week.';
    expect(one(past, 'this week', WEEK_DCT)).toEqual({ start: past.indexOf('this week'), edtf: '2025-03-03/2025-03-05', value: '2025-W10' });
    const future = 'The two foreign ministers will meet in Quito this week.';
    expect(one(future, 'this week', WEEK_DCT)).toEqual({ start: future.indexOf('this week'), edtf: '2025-03-03/2025-03-09', value: '2025-W10' });
  });

  it('"next week" is the week after; "the past week" stays a stretch, not an ISO week', () => {
    const next = 'Peru will send a trade mission to Guayaquil next week.';
    expect(one(next, 'next week', WEEK_DCT)).toEqual({ start: next.indexOf('next week'), edtf: '2025-03-10/2025-03-16', value: '2025-W11' });
    const past = 'Prices have risen over the past week.';
    expect(one(past, 'past week', WEEK_DCT)).toEqual({ start: past.indexOf('past week'), edtf: '2025-02', value: '2025-W09' });
  });
});
