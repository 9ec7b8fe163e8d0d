import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { jumpsBack } from './narrative-order.js';

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

  it('reads a jump back only from a month or day before the date told', () => {
    expect(jumpsBack('Lee paid a state visit to Beijing in ', { year: 2025, month: 11, day: 1 }, 1)).toBe(true);
    expect(jumpsBack('Talks had opened in Santiago on ', { year: 2025, month: 3, day: 10 }, 2, 2)).toBe(false);
    expect(jumpsBack('They met again in ', { year: 2025 }, 1)).toBe(false);
    expect(jumpsBack('They met again in ', { year: 2025, month: 3 }, 3, 1)).toBe(false);
  });
});
