import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { timex3Of } from './timex.js';

/** An edge word before a period named from the report, in sentences written in the manner of wire reports. */
const CASES: [string, string, string, string][] = [
  // text, TIMEX3 extent, value, mod
  ['Earlier this month, Baku recalled its envoy from Yerevan.', 'Earlier this month', '2024-05', 'START'],
  ['The ministers met in Riga late last week, officials said.', 'late last week', '2024-W19', 'END'],
  ['The committee will meet again early next year.', 'early next year', '2025', 'START'],
  ['The talks resumed later this afternoon in Geneva.', 'later this afternoon', '2024-05-14TAF', 'END'],
];

describe('an edge word before a period named from the report is part of its TIMEX3 (session 16)', () => {
  it.each(CASES)('%s', (text, extent, value, mod) => {
    const [t] = findTimes(text, '2024-05-14').flatMap(timex3Of);
    expect(t).toMatchObject({ start: text.indexOf(extent), end: text.indexOf(extent) + extent.length, text: extent, value, mod });
  });

  it('keeps the EDTF of the period: the edge is a guess at its part', () => {
    expect(findTimes('The committee will meet again early next year.', '2024-05-14').map((t) => t.edtf)).toEqual(['2025']);
  });

  it('takes no edge word that is not before the period', () => {
    const times = findTimes('The early warning came this year, and late arrivals were turned back.', '2024-05-14');
    expect(times.map((t) => [t.text, t.timex.mod])).toEqual([['this year', undefined]]);
  });

  it('leaves "earlier" out of a week, as TimeML does', () => {
    const text = 'Border guards detained two fishermen earlier this week.';
    expect(findTimes(text, '2024-05-14').map((t) => t.text)).toEqual(['this week']);
  });
});
