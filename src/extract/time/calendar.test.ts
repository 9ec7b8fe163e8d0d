import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayOf, formatDay } from './calendar.js';

describe('calendar arithmetic', () => {
  it.each([
    [2021, 9, -1, '2021-08'],
    [2020, 1, -2, '2019-11'],
    [2019, 12, 1, '2020-01'],
    [2024, 6, 0, '2024-06'],
    [2023, 3, -15, '2021-12'],
  ] as const)('%i-%i moved by %i months is %s', (year, month, n, edtf) => {
    expect(addMonths(year, month, n)).toBe(edtf);
  });

  it('moves days across month, year and leap-day boundaries', () => {
    expect(formatDay(addDays(dayOf('2024-02-28')!, 1))).toBe('2024-02-29');
    expect(formatDay(addDays(dayOf('2025-01-01')!, -1))).toBe('2024-12-31');
    expect(dayOf('in 2024')).toBeNull();
  });
});
