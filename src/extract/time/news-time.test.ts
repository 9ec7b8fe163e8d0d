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
    for (const s of ['The Sunday Times reported the deal.', 'Markets recalled Black Monday.', 'He won every state on Super Tuesday.', 'Monday Night Football drew record crowds.']) {
      expect(
        tag(s).filter((t) => /day/.test(t.text)),
        s,
      ).toEqual([]);
    }
  });

  it('resolves nothing without a document date that names a day', () => {
    expect(findTimes('Officials said Friday the talks would resume.', '2013')).toEqual([]);
  });
});

describe('present, past and future references', () => {
  it.each([
    ['Fighting has now spread to the northern provinces.', 'now', 'PRESENT_REF'],
    ['The frontier is currently closed to trucks.', 'currently', 'PRESENT_REF'],
    ['The current ceasefire expires at the end of the month.', 'current', 'PRESENT_REF'],
    ['The ministry recently approved new quotas.', 'recently', 'PAST_REF'],
    ['Such disputes were settled in the past by arbitration.', 'the past', 'PAST_REF'],
    ['Both sides hope to sign a treaty in the near future.', 'the near future', 'FUTURE_REF'],
    ['A decision is expected soon, a spokesman said.', 'soon', 'FUTURE_REF'],
  ])('%s', (sentence, text, value) => one(sentence, text, '', 'DATE', value));

  it('takes no week from the programme "This Week"', () => {
    expect(tag('The minister told ABC\'s "This Week" that talks would go on.')).toEqual([]);
  });

  it('takes no day from "today\'s" said of the present age, and keeps the report\'s day otherwise', () => {
    expect(tag("Such quarrels matter little to today's youth.")).toEqual([]);
    expect(tag("Both shape today's world, the envoy said.")).toEqual([]);
    one("Today's vote in parliament is the first since the truce.", 'Today', '2013-03-22', 'DATE', '2013-03-22');
  });

  it('takes no year from "the year of the dragon" or "the years"', () => {
    expect(tag('It was the year of the dragon. The years passed slowly.').filter((t) => /year/.test(t.text))).toEqual([]);
  });

  it('takes no reference from a current account, futures contracts, "as soon as" or "now-defunct"', () => {
    for (const s of ['The current account deficit widened.', 'Oil futures rose sharply.', 'Troops will leave as soon as possible.', 'The now-defunct pact was signed by both.']) {
      expect(tag(s), s).toEqual([]);
    }
  });

  it('dates no event with "now": the later stages never see it', () => {
    const [t] = findTimes('Relations are now at their best.', DCT);
    expect(t).toMatchObject({ edtf: '', granularity: 'none' });
  });
});

describe('durations and sets', () => {
  it.each([
    ['The blockade has lasted 90 days.', '90 days', 'DURATION', 'P90D'],
    ['Talks were frozen for nearly two years.', 'nearly two years', 'DURATION', 'P2Y'],
    ['He began a two-day visit to the capital.', 'two-day', 'DURATION', 'P2D'],
    ['Exports fell in the past three months.', 'the past three months', 'DURATION', 'P3M'],
    ['The border stayed shut for a decade.', 'a decade', 'DURATION', 'P10Y'],
    ['The meeting ran for five hours behind closed doors.', 'five hours', 'DURATION', 'PT5H'],
    ['Shelling has intensified in recent weeks.', 'recent weeks', 'DURATION', 'PXW'],
    ['The two navies have shadowed each other for years.', 'years', 'DURATION', 'PXY'],
    ['For weeks the ports stayed closed.', 'weeks', 'DURATION', 'PXW'],
    ['Several thousand pilgrims cross the border daily.', 'daily', 'SET', 'P1D'],
    ['The commission meets every year in the spring.', 'every year', 'SET', 'P1Y'],
    ['Ministers confer twice a month by video link.', 'twice a month', 'SET', 'P1M'],
    ['Herders cross the border each July to reach the summer pastures.', 'each July', 'SET', 'XXXX-07'],
    ['Every winter the pass between the two countries closes.', 'Every winter', 'SET', 'XXXX-WI'],
  ])('%s', (sentence, text, type, value) => one(sentence, text, '', type, value));

  it('takes no duration from an age, a counted thing, an ordinal or a possessive "each year\'s"', () => {
    for (const s of ['A 12-year-old boy was hurt.', 'He was the second man to cross.', 'Two ships docked at the port.', "The survey (each year's edition) was cited."]) {
      expect(tag(s), s).toEqual([]);
    }
  });

  it('leaves "two years later" to the relative finder, which dates it', () => {
    expect(tag('The treaty was signed in 1998. Two years later the border opened.').map((t) => [t.text, t.value])).toEqual([
      ['1998', '1998'],
      ['Two years later', '2000'],
    ]);
  });
});

describe('weeks and the document year', () => {
  it.each([
    // Session 13: in EDTF the days of the week, Monday to Sunday (was the month of the day a week away).
    ['The envoy visited Seoul last week.', 'last week', '2013-03-11/2013-03-17', 'DATE', '2013-W11'],
    ['Talks resume next week in Oslo.', 'next week', '2013-03-25/2013-03-31', 'DATE', '2013-W13'],
    ['Trade rose sharply in 1996. Exports will rise next year, officials said.', 'next year', '2014', 'DATE', '2014'],
    // Session 12: "the week of" a day is that day's ISO week, Monday to Sunday in EDTF.
    ['The dispute may go before a tribunal the week of April 8, a lawyer said.', 'the week of April 8', '2013-04-08/2013-04-14', 'DATE', '2013-W15'],
  ])('%s', (sentence, text, edtf, type, value) => one(sentence, text, edtf, type, value));
});

describe('rates are quantities, not times', () => {
  it('takes neither "40 hours" nor "a week" from "40 hours a week"', () => {
    expect(tag('Conscripts train for 40 hours a week.')).toEqual([]);
  });
});

describe('quarters, seasons, weekends and parts of the day, from the report date', () => {
  it.each([
    ['Exports to the neighbour fell in the fourth quarter.', 'the fourth quarter', '2012-10/2012-12', 'DATE', '2012-Q4'],
    ['The bank posted a first-quarter loss.', 'first-quarter', '2013-01/2013-03', 'DATE', '2013-Q1'],
    ['Third-quarter exports fell.', 'Third-quarter', '2012-07/2012-09', 'DATE', '2012-Q3'],
    ['Output fell in the third quarter of 2009.', 'the third quarter of 2009', '2009-07/2009-09', 'DATE', '2009-Q3'],
    ["Profit may rise in next year's first quarter.", "next year's first quarter", '2014-01/2014-03', 'DATE', '2014-Q1'],
    ['Trade with the north grew 4 percent in the latest quarter.', 'the latest quarter', '2012-10/2012-12', 'DATE', '2012-Q4'],
    ['The frontier was redrawn last November.', 'last November', '2012-11', 'DATE', '2012-11'],
    ['Elections are due this September.', 'this September', '2013-09', 'DATE', '2013-09'],
    ['Fishing boats clashed last summer near the reef.', 'last summer', '2012-06/2012-08', 'DATE', '2012-SU'],
    ['Refugees crossed the river over the weekend, aid workers said.', 'the weekend', '2013-03-16/2013-03-17', 'DATE', '2013-W11-WE'],
    ['The foreign minister flew in this morning.', 'this morning', '2013-03-22', 'TIME', '2013-03-22TMO'],
    ['Shells hit the town last night.', 'last night', '2013-03-21', 'TIME', '2013-03-21TNI'],
    ['Arms sales for the year are expected to double.', 'the year', '2013', 'DATE', '2013'],
    ['Revenue for the year ended June 30 fell.', 'the year', '', 'DURATION', 'P1Y'],
  ])('%s', (sentence, text, edtf, type, value) => one(sentence, text, edtf, type, value));
});

describe('a month without a year, placed against the report date', () => {
  it.each([
    // The nearest such month to the report: November before it, April after it.
    ['The fishing dispute began in November.', 'November', '2012-11'],
    ['A summit is to be held in April.', 'April', '2013-04'],
    ['The deadline is June 14.', 'June 14', '2013-06-14'],
    // A future tense takes the one after the report even when the one before is nearer.
    ['The commission will report in January.', 'January', '2014-01'],
    // "since" reaches back from the report: the last such month before it, even when the next one is nearer.
    ['Tensions along the frontier have grown since August.', 'August', '2012-08'],
    ['Talks on the canal have stalled since May, diplomats said.', 'May', '2012-05'],
  ])('%s', (sentence, text, edtf) => one(sentence, text, edtf, 'DATE', edtf));

  it('keeps the year stated earlier in the paragraph', () => {
    expect(tag('The treaty lapsed in 1994. In October, talks began again.').map((t) => t.value)).toEqual(['1994', '1994-10']);
  });

  it('takes no month from the modal "may" or the verb "march"', () => {
    for (const s of ['Troops May withdraw, officials said.', 'Thousands will March on the capital.', 'The vote may be delayed.']) {
      expect(
        tag(s).filter((t) => /May|March/i.test(t.text)),
        s,
      ).toEqual([]);
    }
  });
});

describe('what looks like a time but is not one', () => {
  it.each([
    'The deal was previously announced by both ministries.',
    'The firm raised its quarterly dividend.',
    'Reserves were set aside for future payments.',
    'He spoke to 60 Minutes about the raid.',
    'The island imports about three-quarters of its fuel.',
    'The airline runs four flights a week to the capital.',
    'The party daily Nhan Dan printed the letter.',
  ])('%s', (sentence) => {
    expect(tag(sentence)).toEqual([]);
  });

  it('keeps a verb "last" out of a duration', () => {
    one('The inspection could last over a week.', 'over a week', '', 'DURATION', 'P1W');
  });
});

describe('a year back from a quarter', () => {
  it('is that quarter of the year before', () => {
    expect(tag('Net income rose in the third quarter to $4 million from $3 million a year earlier.', '1999-11-02').map((t) => [t.text, t.value])).toEqual([
      ['the third quarter', '1999-Q3'],
      ['a year earlier', '1998-Q3'],
    ]);
  });

  it('reads "the latest period" as the quarter under discussion, and as nothing without one (session 10)', () => {
    const s = 'Net income rose in the fourth quarter from a year earlier. Sales in the latest period were $1.2 billion.';
    expect(tag(s, '1999-11-02').map((t) => [t.text, t.start, t.value])).toEqual([
      ['the fourth quarter', 19, '1999-Q4'],
      ['a year earlier', 43, '1998-Q4'],
      ['the latest period', 68, '1999-Q4'],
    ]);
    expect(tag('Sales in the latest period were $1.2 billion.', '1999-11-02')).toEqual([]);
  });

  it('holds for each count back, and not for "next year"', () => {
    const s = 'Sales rose in the third quarter from a year ago. Costs fell from a year earlier. The firm sees growth next year.';
    expect(tag(s, '1999-11-02').map((t) => t.value)).toEqual(['1999-Q3', '1998-Q3', '1998-Q3', '2000']);
  });
});

describe('clock times, year-ago adjectives and months after other prepositions', () => {
  it('gives a lone clock time the day named beside it', () => {
    one('The shelling began at about 4:20 a.m. (0220 GMT) Thursday.', 'about 4:20 a.m.', '', 'TIME', '2013-03-21T04:20');
    one('Ministers spoke Tuesday. The meeting ended at 11 p.m., an aide said.', '11 p.m.', '', 'TIME', '2013-03-19T23:00');
  });

  it('takes no time from "High Noon"', () => {
    expect(tag('The poster quoted the film High Noon.')).toEqual([]);
  });

  it('reads "year-earlier" as the year before', () => {
    one('Exports rose 8 percent over year-earlier levels.', 'year-earlier', '2012', 'DATE', '2012');
  });

  it('reads a month after "through" or "during"', () => {
    one('The credit line runs through September.', 'September', '2013-09', 'DATE', '2013-09');
    one('Talks stalled during February.', 'February', '2013-02', 'DATE', '2013-02');
  });

  it('counts "barely a month" as a stretch: only a noun or a number before "a month" makes a rate', () => {
    one('The truce came barely a month after the shelling.', 'a month', '', 'DURATION', 'P1M');
  });
});

describe('a day told as an ordinal "of" its month (session 44)', () => {
  it.each([
    ['The two foreign ministers signed the accord in Maseru on the 3rd of May 2019.', '3rd of May 2019', '2019-05-03', 'DATE', '2019-05-03'],
    ['The customs post at the river crossing was opened on the 11th of February, 1971, by both district officers.', '11th of February, 1971', '1971-02-11', 'DATE', '1971-02-11'],
  ])('%s', (sentence, text, edtf, type, value) => one(sentence, text, edtf, type, value));

  it('must not: a count "of" a month is no day of it', () => {
    const s = 'Customs held 3 of May 2019 shipments at the border.';
    expect(tag(s).filter((t) => t.type === 'DATE')).toEqual([{ text: 'May 2019', start: 18, edtf: '2019-05', type: 'DATE', value: '2019-05' }]);
  });
});

describe('years in words and durations with a half', () => {
  it.each([
    ['The bombing in nineteen ninety-six shocked the city.', 'nineteen ninety-six', '1996', 'DATE', '1996'],
    ['It happened in January nineteen ninety-seven.', 'January nineteen ninety-seven', '1997-01', 'DATE', '1997-01'],
    ['He promised jobs by the year two thousand.', 'the year two thousand', '2000', 'DATE', '2000'],
    ['Refugees spent 2 1/2 years in the camps.', '2 1/2 years', '', 'DURATION', 'P2Y6M'],
    ['The talks lasted about five and a half hours.', 'about five and a half hours', '', 'DURATION', 'PT5H30M'],
  ])('%s', (sentence, text, edtf, type, value) => one(sentence, text, edtf, type, value));

  it('takes no year from counted words', () => {
    for (const s of [
      'Nineteen people were hurt.',
      'Some two thousand troops crossed.',
      'The raid left nineteen twenty-year-old recruits dead.',
      // Must-nots (session 44): a count of things, a hyphenated count, after a preposition or not.
      'The ministry sent the recruits in twenty seventeen-seat buses to the border.',
      'Police counted two thousand eighteen-year-olds at the rally.',
      'The ferry ran in twenty forty-minute crossings a day.',
      'Officials in two thousand villages voted.',
    ]) {
      expect(
        tag(s).filter((t) => t.type === 'DATE'),
        s,
      ).toEqual([]);
    }
  });
});

describe('a bare year far back in a dated report', () => {
  it('gives a month no year: the month is the one nearest the report', () => {
    const s =
      'The company has grown steadily since 1980, when it was founded by two brothers who sold machine parts from a small shop near the harbour, then built a plant inland and began to export pumps and valves to three continents. In November it bought a rival.';
    expect(tag(s).map((t) => [t.text, t.value])).toEqual([
      ['1980', '1980'],
      ['November', '2012-11'],
    ]);
  });

  it('takes no year for a month from a participle that describes a thing (session 12)', () => {
    // "a levy scrapped in 2010" says when the levy ended; the story stands at the report (March 2013).
    const s = 'Trade has been strained since Ghana imposed a levy on Nigerian cement in May 2008, a levy scrapped in 2010. In February, Accra banned the imports.';
    expect(tag(s).map((t) => [t.text, t.start, t.value])).toEqual([
      ['May 2008', 73, '2008-05'],
      ['2010', 102, '2010'],
      ['February', 111, '2013-02'],
    ]);
  });

  it('still gives a month the year a clause of the story states', () => {
    const s = 'The border was closed in 2010. In February, the two sides met at the frontier.';
    expect(tag(s).map((t) => [t.text, t.value])).toEqual([
      ['2010', '2010'],
      ['February', '2010-02'],
    ]);
  });
});

describe('months without a year, by the tense of their clause (session 9)', () => {
  it.each([
    // A past clause reaches eight months back: the August before the March report, not the one after it.
    ['The ambassador stepped down in August after the row.', 'August', '2012-08'],
    // Irregular past forms mark the past as "-ed" does.
    ['The state oil firm bought the refinery in August.', 'August', '2012-08'],
    // A participle takes its verb group's tense: "will be named" is future, so the November to come.
    ['The general will be named envoy for the summit in November.', 'November', '2013-11'],
    // An unmarked clause: the nearest one, either side.
    ['The credit line runs through September.', 'September', '2013-09'],
    // "this year", "next year" after the month give its year from the report.
    ['The vote is due in October this year.', 'October this year', '2013-10'],
    ['Both parliaments will ratify the pact in April next year.', 'April next year', '2014-04'],
    // A future clause names no month before the report, whatever year was stated before it.
    ['The two states, invited in July 2012, will join the bloc on April 1.', 'April 1', '2013-04-01'],
  ])('%s', (sentence, text, value) => one(sentence, text, value, 'DATE', value));
});

describe('weekdays looked back on (session 9)', () => {
  it.each([
    // The present perfect tells what is done: the Tuesday before, not the one to come.
    ['Since Tuesday, the shares have gained 4 percent.', 'Tuesday', '2013-03-19'],
    // A weekday in the possessive names an event the report looks back on.
    ["Monday's vote is seen as a test for the coalition.", 'Monday', '2013-03-18'],
    // After a preposition a weekday is a date even when a name follows it; "Sunday Times" stays a paper.
    ['On Thursday Azerbaijan protested the shelling of its posts.', 'Thursday', '2013-03-21'],
    ['Late Wednesday Israeli jets struck a depot, the army said.', 'Late Wednesday', '2013-03-20'],
  ])('%s', (sentence, text, value) => one(sentence, text, value, 'DATE', value));
});

describe('deadlines and prepositions that look like tense (session 10)', () => {
  it.each([
    ['The ministry postponed until Tuesday morning any ruling on the visas.', 'Tuesday morning', '2013-03-26', 'TIME', '2013-03-26TMO'],
    ['Customs gave the importers until 9 a.m. Monday to file their papers.', '9 a.m. Monday', '2013-03-25', 'TIME', '2013-03-25T09:00'],
    // A sentence opened by "Until" frames what held before that day.
    ['Until Thursday, the two delegations had not met.', 'Thursday', '2013-03-21', 'DATE', '2013-03-21'],
    // "next to" is a place, not the future.
    ['Six people were wounded in the blast next to the consulate on Wednesday.', 'Wednesday', '2013-03-20', 'DATE', '2013-03-20'],
  ])('%s', (sentence, text, edtf, type, value) => one(sentence, text, edtf, type, value));
});

describe('seasons, spans and anaphors of TimeML (session 10)', () => {
  it.each([
    // A season after a preposition, by tense: the one just past in a past clause (the report is in March 2013).
    // Its year is a guess from tense, so it has no EDTF: it dates no event.
    ['Over the summer, Ecuadorian exporters cut prices.', 'the summer', '', 'DATE', '2012-SU'],
    ['Orders recovered from the low levels of the early winter.', 'the early winter', '', 'DATE', '2012-WI'],
    ['Talks will resume during the autumn.', 'the autumn', '', 'DATE', '2013-FA'],
    ['Border incidents have become routine over the past decade.', 'the past decade', '2003/2013', 'DURATION', 'P10Y'],
    ['Both navies will face pressure in the weeks ahead.', 'the weeks ahead', '', 'DURATION', 'PXW'],
    ['Fishing rights had lapsed by the end of November, the ministry said.', 'the end of November', '2012-11', 'DATE', '2012-11'],
    ['The envoy arrived in June 2011 and left later that year.', 'later that year', '2011', 'DATE', '2011'],
    // A week of a month is a part of the month (session 23): not a day span, and never "last week" of the report.
    ['The next round of talks is planned for the second week of April.', 'the second week of April', '2013-04', 'DATE', '2013-04'],
    ['Ferry crossings were suspended in the last week of February.', 'the last week of February', '2013-02', 'DATE', '2013-02'],
  ])('%s', (sentence, text, edtf, type, value) => one(sentence, text, edtf, type, value));

  it('takes the season of "the summer of 1990" from its stated year, and none from a possessive', () => {
    expect(tag("Trade fell in the summer of 1990 and in the summer's heat.").map((t) => [t.text, t.value])).toEqual([['the summer of 1990', '1990-SU']]);
  });
});

describe('holidays', () => {
  it.each([
    ['The boat capsized on Thanksgiving Day, relatives said.', 'Thanksgiving Day', '2012-11-22', '2012-11-22'],
    ['Pilgrims crowded the border crossing at Easter.', 'Easter', '2013-03-31', '2013-03-31'],
    ['The ceasefire began on Christmas Day 2011.', 'Christmas Day 2011', '2011-12-25', '2011-12-25'],
    ['The talks resumed in Easter week.', 'Easter week', '2013-03', '2013-W13'],
    ['Talks stalled over Good Friday.', 'Good Friday', '2013-03-29', '2013-03-29'],
  ])('%s', (sentence, text, edtf, value) => one(sentence, text, edtf, 'DATE', value));

  it('takes no day from Christmas Island or the Easter Rising', () => {
    expect(tag('Ships docked at Christmas Island. The Easter Rising failed.')).toEqual([]);
  });
});

describe('a day named with the year counted from the report', () => {
  it.each([
    // The narrative's last year (2011) would otherwise give the day its year: "this year" names the report's.
    ['In 2011 the two governments signed a border accord. On 26 February this year the cabinet approved its protocol.', '26 February this year', '2013-02-26', 'DATE', '2013-02-26'],
    ['Lima recalled its ambassador on 4 November last year.', '4 November last year', '2012-11-04', 'DATE', '2012-11-04'],
    ['The joint commission will meet on May 6 next year in Astana.', 'May 6 next year', '2014-05-06', 'DATE', '2014-05-06'],
    ['The crossing was closed on the 3rd of January of this year.', '3rd of January of this year', '2013-01-03', 'DATE', '2013-01-03'],
  ])('%s', (sentence, text, edtf, type, value) => one(sentence, text, edtf, type, value));

  it('leaves the day alone before the year\'s possessive: "this year\'s" is a year of its own', () => {
    expect(tag("Ministers agreed on 3 May this year's budget for the joint commission.").map((t) => [t.text, t.value])).toEqual([
      ['3 May', '2013-05-03'],
      ['this year', '2013'],
    ]);
  });
});

describe('the tense of a month named before another clause (session 32)', () => {
  // Written for the test in the manner of a parliamentary answer; the report is dated Wednesday 6 May 2026.
  it.each([
    ['I raised individual cases with the foreign minister on the margins of the security conference in February and I will raise them again when I travel to Hanoi in June.', 'February', '2026-02'],
    ['I raised individual cases with the foreign minister on the margins of the security conference in February and I will raise them again when I travel to Hanoi in June.', 'June', '2026-06'],
    // Must not: the clause's own future still sets a month ahead.
    ['The ministers will meet in Hanoi for the annual strategic dialogue in February and they will sign the accord there.', 'February', '2027-02'],
    ['The two delegations will sign the fisheries accord in February and ratify it in June.', 'February', '2027-02'],
  ])('%s → %s', (sentence, text, edtf) => {
    const found = findTimes(sentence, '2026-05-06').find((t) => t.text === text);
    expect({ start: found?.start, edtf: found?.edtf }).toEqual({ start: sentence.indexOf(text), edtf });
  });
});
