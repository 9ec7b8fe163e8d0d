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
});
