import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { findTimes } from '../time/time-stage.js';

/**
 * Acts dated by the time they span (session 19): a night that runs into the next day, and the
 * visit or meeting a joint statement speaks for. Sentences written for these tests in the manner
 * of wire reports and joint statements.
 */
function events(text: string, documentDate: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).events.map((e) => ({
    date: e.date,
    dateSource: e.dateSource,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    start: e.trigger.start,
  }));
}

const time = (text: string, documentDate: string, phrase: string) => findTimes(text, documentDate).find((t) => t.text === phrase);

describe('"overnight on Saturday": the night into the next day (session 19)', () => {
  // A report of Thursday 12 March 2026.
  const text = 'Belarusian balloons drifted into Lithuanian airspace overnight on Saturday, forcing the closure of Vilnius airport for six hours, the ministry said.';

  it('gives the weekday both days in EDTF and keeps its TIMEX3 day', () => {
    const t = time(text, '2026-03-12', 'Saturday');
    expect(t?.start).toBe(text.indexOf('Saturday'));
    expect(t?.edtf).toBe('2026-03-07/2026-03-08');
    expect(t?.timex).toEqual({ type: 'DATE', value: '2026-03-07' });
  });

  it('dates the act told with it by the night', () => {
    const found = events(text, '2026-03-12');
    expect(found.find((e) => e.trigger === 'closure')).toMatchObject({ date: '2026-03-07/2026-03-08', start: text.indexOf('closure') });
  });

  it('"overnight Sunday" without "on" is the same night', () => {
    expect(time('Two shells hit the village overnight Sunday, officials said.', '2026-03-12', 'Sunday')?.edtf).toBe('2026-03-08/2026-03-09');
  });

  it('is a night, not one day: a clock time after it takes the evening or the morning of the night, never the interval', () => {
    const clocks = (t: string) =>
      findTimes(t, '2026-03-12')
        .filter((x) => x.rule === 'clock')
        .map((x) => x.timex.value);
    expect(clocks('Two shells hit the village overnight Saturday. The first struck at 11 p.m.')).toEqual(['2026-03-07T23:00']);
    expect(clocks('Two shells hit the village overnight Saturday. The second struck at 3 a.m.')).toEqual(['2026-03-08T03:00']);
    expect(time('Two shells hit the village overnight Saturday.', '2026-03-12', 'Saturday')?.granularity).toBe('interval');
  });

  it('must not open an occasion on a night: "the talks, which opened overnight Saturday" are dated by the night, no span to the report', () => {
    const text = 'Zambia and Malawi resumed the border talks, which opened overnight Saturday.';
    expect(events(text, '2026-03-12').find((e) => e.trigger === 'talks')?.date).toBe('2026-03-07/2026-03-08');
  });

  it('must not move: a weekday with no night, or "Saturday night" (a time of day), stays one day', () => {
    expect(time('Police detained two men on Saturday, officials said.', '2026-03-12', 'Saturday')?.edtf).toBe('2026-03-07');
    expect(time('Police detained two men on Saturday night, officials said.', '2026-03-12', 'Saturday night')?.edtf).toBe('2026-03-07');
  });
});

describe('"signed at the forum, which opened on Wednesday": the act is the report\'s (session 19)', () => {
  // A wire report of Thursday 12 March 2026.
  const report = [
    'ACCRA, March 12 (West Africa Wire) - Ghana and Togo on Thursday signed three agreements on border trade.',
    '',
    'Ghanaian Foreign Minister Kwame Asante and his Togolese counterpart, Robert Dussey, signed the documents at the fourth meeting of the Ghana-Togo Joint Commission, which opened on Wednesday.',
  ].join('\n');

  it('dates the signing by the report, not by the day the meeting opened', () => {
    const signed = events(report, '2026-03-12').find((e) => e.trigger === 'signed the documents');
    expect(signed).toMatchObject({ date: '2026-03-12', dateSource: 'document', start: report.indexOf('signed the documents') });
  });

  it("dates the meeting from the day it opened to the report's", () => {
    const meeting = events(report, '2026-03-12').find((e) => e.trigger === 'meeting');
    expect(meeting).toMatchObject({ date: '2026-03-11/2026-03-12', start: report.indexOf('meeting') });
  });

  it('must not move: an act told with its own day keeps it', () => {
    const text = 'Ghana and Togo also signed a fisheries accord on Wednesday at the Joint Commission, which opened on Tuesday.';
    expect(events(text, '2026-03-12').find((e) => e.trigger === 'signed a fisheries accord')?.date).toBe('2026-03-11');
  });

  it('must not move: a history\'s "which opened in March 1975" dates the act', () => {
    const text = 'Ghana and Togo signed the border treaty at a conference in Lome, which opened in March 1975.';
    expect(events(text, '2025-06-01').find((e) => e.trigger === 'signed the border treaty')?.date).toBe('1975-03');
  });
});

describe('"in May and September 2019": two months apart are two dates (session 19)', () => {
  const text = 'Japan and Vietnam held talks in May and September 2019.';

  it('tags each month as a DATE of the year told after the second, with exact offsets', () => {
    const times = findTimes(text, '2025-06-01').map((t) => [t.start, t.end, t.edtf, t.timex.type]);
    expect(times).toEqual([
      [32, 35, '2019-05', 'DATE'],
      [40, 54, '2019-09', 'DATE'],
    ]);
  });

  it('tells the act once for each month', () => {
    expect(events(text, '2025-06-01').map((e) => e.date)).toEqual(['2019-05', '2019-09']);
  });

  it('must not move: one stretch stays one period ("between May and September", "September and October", "May to September")', () => {
    expect(time('They met between May and September 2019.', '2025-06-01', 'May and September 2019')?.edtf).toBe('2019-05/2019-09');
    expect(time('The airport was closed in September and October 2025.', '2025-11-01', 'September and October 2025')?.edtf).toBe('2025-09/2025-10');
    expect(time('They met from May to September 2019.', '2025-06-01', 'May to September 2019')?.edtf).toBe('2019-05/2019-09');
  });
});

describe('"the spring of next year": a season of a year named from the report (session 19)', () => {
  it('is TIMEX3 2027-SP and EDTF March to May, with exact offsets', () => {
    const text = 'The ministers agreed to hold a business forum in Almaty in the spring of next year.';
    const t = time(text, '2026-09-10', 'the spring of next year');
    expect(t?.start).toBe(text.indexOf('the spring'));
    expect(t?.edtf).toBe('2027-03/2027-05');
    expect(t?.timex).toEqual({ type: 'DATE', value: '2027-SP' });
  });

  it('"the winter of last year" runs into the report\'s year', () => {
    expect(time('Talks stalled in the winter of last year.', '2026-09-10', 'the winter of last year')?.edtf).toBe('2025-12/2026-02');
  });

  it('must not move: "the spring of 2027" keeps its own year', () => {
    expect(time('They will meet in the spring of 2027.', '2026-09-10', 'the spring of 2027')?.timex.value).toBe('2027-SP');
  });
});

describe('"the 50th anniversary of the establishment of diplomatic relations": the act counted from (session 19)', () => {
  const text = 'In 2023 Japan and Vietnam marked the 50th anniversary of the establishment of diplomatic relations.';

  it('tells the establishment in 1973 beside the anniversary of 2023', () => {
    const found = events(text, '2025-06-01').filter((e) => e.trigger === 'establishment of diplomatic relations');
    expect(found.map((e) => [e.date, e.start])).toEqual([
      ['2023', text.indexOf('establishment')],
      ['1973', text.indexOf('establishment')],
    ]);
  });

  it.each([
    ['sixtieth', '1964'],
    ['seventy-fifth', '1949'],
    ['twenty first', '2003'],
  ])('reads the number in words of any anniversary: the %s', (ordinal, year) => {
    const written = `In 2024 Zambia and Malawi marked the ${ordinal} anniversary of the establishment of diplomatic relations.`;
    const found = events(written, '2025-06-01').filter((e) => e.trigger === 'establishment of diplomatic relations');
    expect(found.map((e) => e.date)).toEqual(['2024', year]);
  });

  it('must produce nothing more: an act not counted by an anniversary', () => {
    // A word that only ends like an ordinal counts nothing.
    expect(events('In 2024 Zambia and Malawi marked the hundredweight anniversary of the establishment of diplomatic relations.', '2025-06-01').map((e) => e.date)).toEqual(['2024']);
    const plain = 'In 2023 Japan and Vietnam marked the establishment of diplomatic relations.';
    expect(events(plain, '2025-06-01').map((e) => e.date)).toEqual(['2023']);
  });
});

describe('"overnight" with no day: an act between the day it is told of and the one before (session 22)', () => {
  // Wire reports of Thursday 16 April 2026 on Slovakia and Hungary.
  const summons = 'Hungary demanded that Slovakia hand over the footage from the Komarno bridge, a request Bratislava rejected overnight.';

  it('dates an act told without a day, and the one it answers, by the night before the report', () => {
    const found = events(summons, '2026-04-16');
    expect(found.find((e) => e.trigger === 'rejected')).toMatchObject({ date: '2026-04-15/2026-04-16', start: summons.indexOf('rejected') });
    expect(found.find((e) => e.trigger === 'demanded')).toMatchObject({ date: '2026-04-15/2026-04-16', start: summons.indexOf('demanded') });
  });

  it('dates by the night the act of its own part of the sentence, and leaves the day of an act another part dates', () => {
    const text = 'Hungary closed the Komarno crossing on Wednesday, after Slovak police detained three Hungarian lorry drivers overnight.';
    const found = events(text, '2026-04-16');
    expect(found.find((e) => e.trigger === 'closed')?.date).toBe('2026-04-15');
    expect(found.find((e) => e.trigger === 'detained')).toMatchObject({ date: '2026-04-14/2026-04-15', start: text.indexOf('detained') });
  });

  it('must produce nothing of a night: a manner ("will not happen overnight"), an occasion noun ("an overnight raid"), "overnight on Tuesday"', () => {
    const spans = (text: string) => events(text, '2026-04-16').filter((e) => /\//.test(e.date));
    expect(spans('Slovakia rejected the Hungarian demand, saying a new border regime will not happen overnight.')).toEqual([]);
    expect(events('Hungary condemned an overnight raid by Slovak police, the ministry said.', '2026-04-16').map((e) => e.date)).not.toContain('2026-04-15/2026-04-16');
    // A part that names its day: the night follows that day, not the one before it.
    expect(events('Slovak police detained two Hungarian drivers late on Tuesday and overnight, the ministry said.', '2026-04-16').map((e) => e.date)).toEqual(['2026-04-14']);
    expect(events('Bratislava rejected the request overnight on Tuesday, the ministry said.', '2026-04-16').find((e) => e.trigger === 'rejected')?.date).toBe('2026-04-14/2026-04-15');
  });
});

describe('"During the visit, …" takes the visit\'s days, not those of a sentence that named it again (session 24)', () => {
  // A joint statement of Thursday 12 June 2025.
  const text =
    'JOINT STATEMENT\n\nLusaka, 12 June 2025\n\n1. President Chakwera of Malawi paid a state visit to Zambia from 10 to 12 June 2025. During the visit, President Hichilema met him on 11 June in Lusaka.\n\n2. During the visit, the following documents were signed:\n(a) Memorandum of Understanding on Fisheries;\n(b) Agreement on Road Transport.';

  it('dates the signing and each listed document by the visit', () => {
    const found = events(text, '2025-06-12');
    const signed = found.filter((e) => e.start > text.indexOf('2. During'));
    expect(signed.map((e) => [e.trigger, e.date])).toEqual([
      ['documents were signed', '2025-06-10/2025-06-12'],
      ['Memorandum of Understanding on Fisheries', '2025-06-10/2025-06-12'],
      ['Agreement on Road Transport', '2025-06-10/2025-06-12'],
    ]);
  });
});

describe('"During his state visit … on 10–12 June 2025" is the visit told, not a phrase pointing back (review of session 24)', () => {
  // A report of Friday 13 June 2025: an earlier visit, then the state visit told with its own days inside "During his …".
  const text =
    'President Chakwera of Malawi visited Zambia in March 2024 for talks on the lake. During his state visit to Zambia on 10–12 June 2025, the two presidents held talks on trade. During the visit, the two ministers signed a Memorandum of Understanding on Fisheries.';

  it('dates the signing by the state visit, not by the earlier one', () => {
    expect(events(text, '2025-06-13').find((e) => e.trigger.startsWith('signed'))?.date).toBe('2025-06-10/2025-06-12');
  });

  it('reads "During the visit … on 10–12 June 2025," with its own days as the visit told too', () => {
    const told = text.replace('During his state visit', 'During the state visit');
    expect(events(told, '2025-06-13').find((e) => e.trigger.startsWith('signed'))?.date).toBe('2025-06-10/2025-06-12');
  });
});
