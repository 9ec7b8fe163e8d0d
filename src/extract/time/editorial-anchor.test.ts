import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';

/** Sentences written for these tests in the manner of a newspaper's editorial; the paper is dated Saturday 14 November 2026. */
const DCT = '2026-11-14';

function times(text: string) {
  return findTimes(text, DCT).map((t) => [t.text, text.indexOf(t.text), t.edtf]);
}

describe('"since 1940" bounds a stretch: days counted later count from the act told (session 34)', () => {
  it('counts "eight days later" from the recall, not from the year after "since"', () => {
    const text = 'On 4 March 2018 Chile recalled its ambassador from Lima, the first such recall since 1975. The ambassador returned eight days later.';
    expect(times(text)).toEqual([
      ['4 March 2018', 3, '2018-03-04'],
      ['since 1975', text.indexOf('since 1975'), '1975/..'],
      ['eight days later', text.indexOf('eight days later'), '2018-03-12'],
    ]);
  });

  it('a "since" later than the day told moves the story on: no day counts from the older one (review of session 34)', () => {
    const text =
      'On 12 June 2017 Peru closed its consulate in Arica. Since 2021 the two trade ministers have met every autumn, and at their latest meeting they agreed a customs accord. Three days later Chile signed it.';
    const later = times(text).find((t) => t[0] === 'Three days later');
    expect(later).toEqual(['Three days later', text.indexOf('Three days later'), '2021']);
    expect(later![2]).not.toBe('2017-06-15');
  });

  it('still counts from a day told after the bound', () => {
    const text = 'Trade had fallen since 2019. On 2 May 2021 the border closed; it reopened three days later.';
    expect(times(text).at(-1)).toEqual(['three days later', text.indexOf('three days later'), '2021-05-05']);
  });
});

describe('"the following May": the first such month after the date told (session 34)', () => {
  it.each([
    ['Peru expelled two Chilean diplomats on 9 October 2022. The following May, its foreign minister cancelled a visit to Santiago.', 'The following May', '2023-05'],
    ['The talks opened in February 2021; the next May, both sides signed a fisheries protocol.', 'the next May', '2021-05'],
    ['Austria lodged a protest in 2019. The following March, Slovenia answered it.', 'The following March', '2020-03'],
    // With a day but no year, that day of the month after the date told (review of session 34).
    ['Chile recalled its envoy from Lima in November 2022. The following May 2, the envoy returned.', 'The following May 2', '2023-05-02'],
    ['The boundary commission first met in February 2021; the next May 5 it reported.', 'the next May 5', '2021-05-05'],
  ])('%s', (text, phrase, edtf) => {
    expect(times(text).find((t) => t[0] === phrase)).toEqual([phrase, text.indexOf(phrase), edtf]);
  });

  it('leaves "next May" alone to the report, and "the following May 2024" to its year', () => {
    const text = 'The envoy arrived in March 2020. Talks will resume next May.';
    expect(times(text).at(-1)).toEqual(['next May', text.indexOf('next May'), '2027-05']);
    expect(times('It was signed in 2021 and ratified the following May 2024.').map((t) => t[2])).toEqual(['2021', '2024-05']);
    expect(times('It was signed in 2021 and ratified the following May 2, 2024.').map((t) => t[2])).toEqual(['2021', '2024-05-02']);
  });
});
