import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { jumpsBack, jumpsBackAt, sentenceUpTo } from './narrative-order.js';

/**
 * Sentences written for these tests in the manner of wire reports and annual reviews: a month or day named without a
 * year after a dated event of an earlier year than the report's.
 */
function at(text: string, phrase: string, dct: string) {
  const found = findTimes(text, dct).find((t) => t.text === phrase);
  expect(found, `${phrase} in: ${text}`).toBeDefined();
  return { start: found!.start, edtf: found!.edtf };
}

describe('a year-less date after a dated event of an earlier year (news tells forwards)', () => {
  it.each([
    [
      'Relations improved after the two presidents met in Lima on November 3, 2025, their first meeting. The Chilean president paid a state visit to Lima in January, when the two sides signed nine agreements.',
      'January',
      '2026-10-20',
      '2026-01',
    ],
    [
      'The bloc imposed sanctions on the militia in March 2025, and Kigali cut ties with Brussels the same month. Kenyan officials accuse Uganda of blocking a wider package when the ministers met in Nairobi on 14 January.',
      '14 January',
      '2026-02-20',
      '2026-01-14',
    ],
    [
      'The framework agreement on transit was signed in Kathmandu on 4 December 2024. Bhutan and Bangladesh separately agreed on 3 November to reopen the Burimari land port to cargo.',
      '3 November',
      '2026-11-10',
      '2026-11-03',
    ],
  ])('%s', (text, phrase, dct, edtf) => {
    expect(at(text, phrase, dct)).toEqual({ start: text.indexOf(phrase), edtf });
  });

  it('keeps the year told before for a flashback, a later month of that year, or a reading no later than it', () => {
    // A pluperfect reaches back before the date just told.
    const flashback = 'Peru and Chile signed the accord on 10 March 2025. Talks had opened in Santiago on 2 February.';
    expect(at(flashback, '2 February', '2026-04-01')).toEqual({ start: flashback.indexOf('2 February'), edtf: '2025-02-02' });
    // A later month of the same year goes forwards already.
    const forwards = 'The ministers met in Quito on 2 February 2025. They met again in Lima on 10 March.';
    expect(at(forwards, '10 March', '2026-04-01')).toEqual({ start: forwards.indexOf('10 March'), edtf: '2025-03-10' });
    // The report's reading (August 2025) is no later than the date told: the year told stands.
    const same = 'The duty took effect on August 14, 2025, not on August 12, the ministry said.';
    expect(at(same, 'August 12', '2026-05-06')).toEqual({ start: same.indexOf('August 12'), edtf: '2025-08-12' });
  });

  // Session 32 review: only a later sentence telling a new act moves on; these keep the year told.
  it.each([
    // A month in the sentence of the date told (a relative clause of the act).
    ['Chile and Peru signed the accord in Lima on 3 November 2025, ending talks that began in June.', 'June', '2026-10-20', '2025-06'],
    // The first time, or the start, of what was told.
    ['The presidents met in Lima on 3 November 2025. The two sides first discussed the corridor in June, at a meeting of experts in Cusco.', 'June', '2026-10-20', '2025-06'],
    ['Peru recalled its ambassador on 12 December 2024. The dispute started in October, when a fishing boat was seized.', 'October', '2026-03-01', '2024-10'],
    // The steps that led to the act told.
    ['The ministers signed the accord on 12 December 2024. It was drafted by experts in October and initialled in November.', 'October', '2026-03-01', '2024-10'],
    ['The ministers signed the accord on 12 December 2024. It was drafted by experts in October and initialled in November.', 'November', '2026-03-01', '2024-11'],
    // A series of figures.
    ['Exports peaked in December 2025. Imports fell sharply in March.', 'March', '2026-06-01', '2025-03'],
  ])('must not move on: %s (%s)', (text, phrase, dct, edtf) => {
    expect(at(text, phrase, dct)).toEqual({ start: text.indexOf(phrase), edtf });
  });

  it("reads the flashback words of the month's own sentence only, not those of the paragraph before it", () => {
    const text =
      'BACKGROUND\n\nRelations had been cool for a decade. The transit framework was signed in Kathmandu on 4 December 2024. Bhutan and Bangladesh agreed on 3 November to reopen the Burimari land port.';
    expect(at(text, '3 November', '2026-11-10')).toEqual({ start: text.indexOf('3 November'), edtf: '2026-11-03' });
    expect(sentenceUpTo(text, text.indexOf('3 November'))).toBe('Bhutan and Bangladesh agreed on ');
  });

  it('reads a jump back only from a month or day before the date told', () => {
    expect(jumpsBack('Lee paid a state visit to Beijing in ', { year: 2025, month: 11, day: 1 }, 1)).toBe(true);
    expect(jumpsBack('Talks had opened in Santiago on ', { year: 2025, month: 3, day: 10 }, 2, 2)).toBe(false);
    expect(jumpsBack('They met again in ', { year: 2025 }, 1)).toBe(false);
    expect(jumpsBack('They met again in ', { year: 2025, month: 3 }, 3, 1)).toBe(false);
    expect(jumpsBack('Lee paid a state visit to Beijing in ', { year: 2025, month: 11, day: 1 }, 1, undefined, true)).toBe(false);
    const told = 'Lee met Xi on November 1, 2025. He went to Beijing in January.';
    expect(jumpsBackAt(told, told.indexOf('January'), told.indexOf(', 2025') + 6, { year: 2025, month: 11, day: 1 }, 1)).toBe(true);
    const same = 'Lee met Xi on November 1, 2025, after talks that began in January.';
    expect(jumpsBackAt(same, same.indexOf('January'), same.indexOf(', 2025') + 6, { year: 2025, month: 11, day: 1 }, 1)).toBe(false);
  });
});
