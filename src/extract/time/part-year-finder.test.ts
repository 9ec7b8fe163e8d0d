import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';

/** Seasons with their year, halves and quarters, in sentences written in the manner of wire reports and ministry chronologies. */
const CASES: [string, string, number, string, string, string?][] = [
  // text, expression, its offset, EDTF, TIMEX3 value, mod
  ['Talks on the maritime border resumed in the summer of 2019.', 'the summer of 2019', 40, '2019-06/2019-08', '2019-SU'],
  ['Gas deliveries to Chisinau were cut in winter 2020–21.', 'winter 2020–21', 39, '2020-12/2021-02', '2020-WI'],
  ['In spring 2018, the two foreign ministers met in Astana.', 'spring 2018', 3, '2018-03/2018-05', '2018-SP'],
  ['Ghana expects the first loan tranche by autumn 2022.', 'autumn 2022', 40, '2022-09/2022-11', '2022-FA'],
  ['Fishing boats were seized during the 2016 summer.', 'the 2016 summer', 33, '2016-06/2016-08', '2016-SU'],
  ['The frigates were delivered in early summer 2016.', 'early summer 2016', 31, '2016-06/2016-08', '2016-SU', 'START'],
  ['Both navies drilled off Crete in the winter of 1979-80.', 'the winter of 1979-80', 33, '1979-12/1980-02', '1979-WI'],
  ['Output dipped in the first two quarters of 1990, the ministry said.', 'the first two quarters of 1990', 17, '1990-01/1990-06', '1990-H1'],
  ['Exports to Chile rose in the first half of 2023.', 'the first half of 2023', 25, '2023-01/2023-06', '2023-H1'],
  ['Remittances from Qatar slowed in H1 2023.', 'H1 2023', 33, '2023-01/2023-06', '2023-H1'],
  ['Arrivals from Vietnam grew in the fourth quarter of 2021.', 'the fourth quarter of 2021', 30, '2021-10/2021-12', '2021-Q4'],
];

/** Seasons and quarters that name no part of a year: a forum, a share, a range of years, a name. */
const NOTHING = [
  'Summer Davos opened in Tianjin with a speech by the premier.',
  'About half of the exports went to Japan.',
  'Defence takes a quarter of the budget.',
  'The 2020 Summer Olympics were held in Tokyo.',
  'Spring Festival travel began early.',
];

describe('part-year finder: seasons, halves and quarters of a named year', () => {
  it.each(CASES)('%s', (text, expression, offset, edtf, value, mod) => {
    expect(text.indexOf(expression)).toBe(offset);
    const t = findTimes(text, '2024-05-02').find((x) => x.text === expression);
    expect(t, `no time "${expression}"`).toBeDefined();
    expect([t!.start, t!.end, t!.edtf, t!.timex.type, t!.timex.value, t!.timex.mod]).toEqual([offset, offset + expression.length, edtf, 'DATE', value, mod]);
  });

  it.each(NOTHING)('reads no part of a year in: %s', (text) => {
    expect(findTimes(text).filter((t) => /SP|SU|FA|WI|Q\d|H\d/.test(t.timex.value))).toEqual([]);
  });

  it('reads a quarter with its year in a text with no date of its own', () => {
    const text = 'Ghana and Togo signed a power agreement in the third quarter of 2021.';
    expect(findTimes(text).map((t) => [t.start, t.end, t.edtf, t.timex.value])).toEqual([[43, 68, '2021-07/2021-09', '2021-Q3']]);
  });

  it.each([
    ['Growth slowed in the second half of the year.', 'the second half of the year', '2024-07/2024-12', '2024-H2'],
    ['The summit will be held in the first half of next year.', 'the first half of next year', '2025-01/2025-06', '2025-H1'],
    ['Port calls fell in the last quarter of last year.', 'the last quarter of last year', '2023-10/2023-12', '2023-Q4'],
    ['Exports should recover in the third quarter of next year.', 'the third quarter of next year', '2025-07/2025-09', '2025-Q3'],
  ])('reads a part of a year named from the report: %s', (text, expression, edtf, value) => {
    const offset = text.indexOf(expression);
    expect(findTimes(text, '2024-05-02').map((t) => [t.start, t.end, t.edtf, t.timex.value])).toEqual([[offset, offset + expression.length, edtf, value]]);
  });

  it('keeps a range of years after a season other than winter a range of years', () => {
    expect(findTimes('Summer 2019–20 schedules were cut.').map((t) => t.rule)).not.toContain('season-year');
  });
});
