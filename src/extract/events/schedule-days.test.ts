import { describe, expect, it } from 'vitest';
import { reportEvents } from '../../../test/helpers/events.js';
import { headingDay } from './schedule-days.js';

/** The acts of a text: [trigger's start, trigger's words, date, mode] of those a programme's day dates (`+schedule-day`), and all. */
const acts = (text: string, documentDate: string) => reportEvents(text, documentDate).map((e) => [e.triggerStart, e.trigger, e.date, e.mode, e.rule.includes('+schedule-day')]);

/** A programme of a state visit, published on its last day. */
const PROGRAMME = [
  'STATE VISIT OF THE PRESIDENT OF KENYA TO GHANA',
  'Accra, 3–4 June 2026',
  '',
  'WEDNESDAY, 3 JUNE',
  '',
  '10:00 – Talks between the two delegations at Jubilee House',
  '(closed to press)',
  '',
  'THURSDAY, 4 JUNE',
  '',
  '11:30 – Signing of a memorandum on trade facilitation',
].join('\n');

describe('schedule-days: a programme line takes its day heading’s date', () => {
  it('dates each line by the day heading above it, not by the dateline’s span', () => {
    const rows = acts(PROGRAMME, '2026-06-04').filter((r) => r[4]);
    expect(rows).toEqual([
      [PROGRAMME.indexOf('Talks'), 'Talks', '2026-06-03', 'asserted', true],
      [PROGRAMME.indexOf('Signing'), 'Signing of a memorandum', '2026-06-04', 'asserted', true],
    ]);
  });

  it('a programme published before its days tells planned acts', () => {
    const rows = acts(PROGRAMME, '2026-06-01').filter((r) => r[4]);
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      ['2026-06-03', 'planned'],
      ['2026-06-04', 'planned'],
    ]);
  });

  it('must not: a line with a time of day in prose, or rows after a section heading that closes the programme', () => {
    const text = ['WEDNESDAY, 3 JUNE', '', 'BACKGROUND', '', '10:00 – Ghana and Kenya signed a visa waiver agreement in Nairobi on 12 March 2024.'].join('\n');
    expect(acts(text, '2026-06-04').filter((r) => r[4])).toEqual([]);
  });
});

describe('headingDay', () => {
  it.each([
    ['MONDAY, 14 SEPTEMBER', '2026-09-16', '2026-09-14'],
    ['Tuesday 15 September 2026', '2026-01-02', '2026-09-15'],
    ['Day 2 – Wednesday, September 16', '2026-09-16', '2026-09-16'],
    ['Thursday, 30 December', '2027-01-02', '2026-12-30'],
  ])('%s (document of %s) → %s', (line, date, day) => expect(headingDay(line, date)).toBe(day));

  it.each([['Table 2: imports by quarter, 14 September'], ['14 September 2026: the ministers met in Accra and signed'], ['Contents'], ['12.5 million']])('must not: %s', (line) =>
    expect(headingDay(line, '2026-09-16')).toBeUndefined(),
  );
});
