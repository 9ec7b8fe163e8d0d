import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { timex3Of } from './timex.js';

/**
 * TimeML's anchoring in news (session 11): a month said without a year belongs to the story's
 * time, which is the report's unless the narrative has moved to another year. Sentences written
 * for these tests in the manner of wire reports; the report is dated Friday 22 March 2013.
 */
const DCT = '2013-03-22';

function one(sentence: string, text: string, value: string) {
  const found = findTimes(sentence, DCT)
    .flatMap(timex3Of)
    .find((t) => t.text === text && t.start === sentence.indexOf(text));
  expect(found?.value, `${text} in: ${sentence}`).toBe(value);
}

describe('a month without a year in a dated report', () => {
  it.each([
    // A sentence opened by a month sets its story in the last such month before the report, even beyond the past window of its tense.
    ['The dispute has dragged on for a year. In April, Ecuador recalled its ambassador from Lima.', 'April', '2012-04'],
    ['Relations were frozen for months. In May, the two ministers met in Bogotá to restore flights.', 'May', '2012-05'],
    ['The embassy reopened last week.\n\nIn February, Colombia expelled two Venezuelan diplomats.', 'February', '2013-02'],
    // … unless it tells what will be.
    ['Talks have stalled. In April, the ministers will meet again in Quito.', 'April', '2013-04'],
    // A participle after its noun with its agent ("markets untouched by") describes: the clause's tense is its verb's.
    ['Garuda will add flights between Jakarta and Osaka by August to reach markets untouched by the slowdown.', 'August', '2013-08'],
    // A clause opened by "since" reaches back from the report: the last July before it, not the next.
    ['Since Peru recalled its envoy in July, trade across the border has slowed.', 'July', '2012-07'],
    // A year that bounds a span reaching to the report, or a maturity, is no setting for the next month.
    ['Police are investigating a string of attacks dating to 2009; a bomb damaged the consulate in February.', 'February', '2013-02'],
    ['Ghana has doubled its cocoa exports to China since 2008. In January, the two sides signed a new trade accord.', 'January', '2013-01'],
    ['Kenya repaid the bonds due 2014 early, and in February it raised US$2 billion in new debt.', 'February', '2013-02'],
  ])('%s → %s %s', (sentence, text, value) => one(sentence, text, value));

  it('keeps a year that sets the story for the month after it', () => {
    one('In 2009, a bomb damaged the consulate; in February, another hit the embassy.', 'February', '2009-02');
    one('The two countries fought a border war in 1995. In February, Ecuador mobilised its troops.', 'February', '1995-02');
  });
});

describe('"that September" is the month in the year the narrative last told (session 24)', () => {
  it.each([
    ['Zambia closed the Mwami crossing in February 2011, and Malawi recalled its envoy that September.', 'that September', '2011-09'],
    ['Lilongwe hosted the first border commission in the summer of 2004. That same October, Lusaka ratified the accord.', 'That same October', '2004-10'],
  ])('%s → %s %s', (sentence, text, value) => one(sentence, text, value));

  it('"that year" is the year told before; not after a verb of saying ("said that year was …")', () => {
    const told = 'Malawi became independent in 1964, and it joined the commission that year.';
    expect(findTimes(told, DCT).map((t) => [t.text, t.start, t.edtf])).toEqual([
      ['1964', told.indexOf('1964'), '1964'],
      ['that year', told.indexOf('that year'), '1964'],
    ]);
    expect(findTimes('In 1964 the minister said that year was decisive.', DCT).map((t) => t.text)).toEqual(['1964']);
  });

  it('must not read "that" before a word which is no month', () => {
    expect(findTimes('Officials said that Mayors of the border towns would meet.', DCT)).toEqual([]);
  });

  it('"April that year", "11 November of that year": the month or day of the year told before, one time (session 25)', () => {
    const month = 'Chilean trawlers were seized in 2016, and in April that year Wellington recalled its envoy.';
    expect(findTimes(month, DCT).map((t) => [t.text, t.start, t.edtf])).toEqual([
      ['2016', month.indexOf('2016'), '2016'],
      ['April that year', month.indexOf('April that year'), '2016-04'],
    ]);
    const day = 'Tunis and Rome signed the accord on 15 January 1975, setting its entry into force for 11 November of that year.';
    expect(findTimes(day, DCT).map((t) => [t.text, t.start, t.edtf])).toEqual([
      ['15 January 1975', day.indexOf('15 January 1975'), '1975-01-15'],
      ['11 November', day.indexOf('11 November'), '1975-11-11'],
    ]);
  });
});

describe('"that autumn", "the following spring": a season of the year the narrative last told (session 25)', () => {
  it.each([
    ['Mongolia and Kazakhstan signed a border treaty in 1994. That autumn, Ulaanbaatar opened a consulate in Almaty.', 'That autumn', '1994-09/1994-11', '1994-FA'],
    ['Mongolia and Kazakhstan signed a border treaty in 1994. The following spring, the two presidents met in Astana.', 'The following spring', '1995-03/1995-05', '1995-SP'],
    ['Mongolia and Kazakhstan signed a border treaty in 1994. The next winter, a rail link opened.', 'The next winter', '1995-12/1996-02', '1995-WI'],
    ['Mongolia and Kazakhstan signed a border treaty in March 1994, and later that summer the first trains crossed.', 'that summer', '1994-06/1994-08', '1994-SU'],
    ['Mongolia and Kazakhstan signed a border treaty in 1994. In the autumn of the following year, the commission met.', 'the autumn of the following year', '1995-09/1995-11', '1995-FA'],
  ])('%s → %s %s', (sentence, text, edtf, value) => {
    const found = findTimes(sentence, DCT).find((t) => t.text === text);
    expect([found?.start, found?.edtf, found?.timex.value]).toEqual([sentence.indexOf(text), edtf, value]);
  });

  it('leaves "next spring" to the report, and "said that summer was …" no time', () => {
    expect(findTimes('Ulaanbaatar will open a consulate in Almaty next spring.', DCT).map((t) => [t.text, t.edtf])).toEqual([['next spring', '2014-03/2014-05']]);
    expect(findTimes('In 1994 the minister said that summer was the time for talks.', DCT).map((t) => t.text)).toEqual(['1994']);
  });

  it.each([
    // "that" a conjunction before a season that modifies a noun, or before "year"/"month" going on (review of session 25).
    'In 2021 Latvia warned farmers that spring floods could return.',
    'In 2021 the Finnish minister told reporters that summer tourism from Latvia had doubled.',
    'Analysts in 2021 expect that winter wheat exports from Latvia to Finland will fall.',
    'In 2021 the Latvian statistics office reported that year-on-year exports to Finland rose 5 percent.',
    'In 2021 the review found that year after year Latvia bought Finnish timber.',
    'In 2021 Finland insisted that month-long talks with Latvia would be needed.',
  ])('no time but the year: %s', (sentence) => {
    expect(findTimes(sentence, DCT).map((t) => [t.text, t.start, t.edtf])).toEqual([['2021', sentence.indexOf('2021'), '2021']]);
  });

  it('reads "that winter" before a preposition', () => {
    const text = 'Latvia closed its embassy in Helsinki in 2019. Talks resumed that winter between the two foreign ministries.';
    expect(findTimes(text, DCT).map((t) => [t.text, t.start, t.edtf])).toEqual([
      ['2019', text.indexOf('2019'), '2019'],
      ['that winter', text.indexOf('that winter'), '2019-12/2020-02'],
    ]);
  });

  it('reads "that spring" where the phrase ends: before a comma, a name, a verb in the past', () => {
    const text = 'Latvia closed its embassy in Helsinki in 2019. That spring, Finland withdrew its ambassador. That summer Riga recalled its consul, and that autumn expelled two diplomats.';
    expect(findTimes(text, DCT).map((t) => [t.text, t.start, t.edtf])).toEqual([
      ['2019', text.indexOf('2019'), '2019'],
      ['That spring', text.indexOf('That spring'), '2019-03/2019-05'],
      ['That summer', text.indexOf('That summer'), '2019-06/2019-08'],
      ['that autumn', text.indexOf('that autumn'), '2019-09/2019-11'],
    ]);
  });
});

describe('offsets from the year a history last told, already read (checked in session 25)', () => {
  it.each([
    ['Tunisia and Italy signed a fisheries accord in 1994. Two years later, Rome opened a consulate in Sfax.', 'Two years later', '1996'],
    ['Tunisia and Italy signed a fisheries accord in 1994. The following year, Rome opened a consulate in Sfax.', 'The following year', '1995'],
    ['Tunisia and Italy signed a fisheries accord in 1994. A decade later, Rome opened a consulate in Sfax.', 'A decade later', '2004'],
    ['In the spring of 1994 Rome opened a consulate in Sfax.', 'the spring of 1994', '1994-03/1994-05'],
    ['Tunisia has been a member of the commission since 1986.', 'since 1986', '1986/..'],
  ])('%s → %s %s', (sentence, text, edtf) => {
    const found = findTimes(sentence, DCT).find((t) => t.text === text);
    expect([found?.start, found?.edtf]).toEqual([sentence.indexOf(text), edtf]);
  });
});
