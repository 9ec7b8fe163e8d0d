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

/** A programme set out as a typed table: a day heading with its city after a dash, rule lines, times followed by spaces. */
const TABLED = [
  'OFFICIAL VISIT TO CHILE OF THE PRIME MINISTER OF NEW ZEALAND',
  'Santiago and Valparaíso, Monday 9 – Tuesday 10 March 2026',
  '',
  '--------------------------------------------------',
  'MONDAY 9 MARCH 2026 — SANTIAGO',
  '--------------------------------------------------',
  '11:15  Talks between the two delegations, Palacio de La Moneda',
  '13:00  Signing of a memorandum on Antarctic logistics',
  '',
  '--------------------------------------------------',
  'TUESDAY 10 MARCH 2026 — VALPARAÍSO',
  '--------------------------------------------------',
  '10:30\tMeeting with senators of the foreign affairs committee',
].join('\n');

describe('schedule-days: a typed table’s lines, times followed by spaces, headings with a place', () => {
  it('dates each line by its heading, the place after the dash left out', () => {
    const rows = acts(TABLED, '2026-03-06').filter((r) => r[4]);
    expect(rows.map((r) => [r[0], r[2], r[3]]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [TABLED.indexOf('Talks'), '2026-03-09', 'planned'],
      [TABLED.indexOf('Signing'), '2026-03-09', 'planned'],
      [TABLED.indexOf('Meeting with'), '2026-03-10', 'planned'],
    ]);
  });

  it('must not: a time with one space in prose, a heading whose dash opens a sentence', () => {
    const prose = ['MONDAY 9 MARCH 2026', '', '11:15 talks between the two delegations began at La Moneda.'].join('\n');
    expect(acts(prose, '2026-03-06').filter((r) => r[4])).toEqual([]);
    expect(headingDay('Monday 9 March 2026 — the ministers met in Santiago and signed', '2026-03-06')).toBeUndefined();
  });
});

describe('headingDay', () => {
  it.each([
    ['MONDAY, 14 SEPTEMBER', '2026-09-16', '2026-09-14'],
    ['Tuesday 15 September 2026', '2026-01-02', '2026-09-15'],
    ['Day 2 – Wednesday, September 16', '2026-09-16', '2026-09-16'],
    ['Thursday, 30 December', '2027-01-02', '2026-12-30'],
    ['TUESDAY 10 MARCH 2026 — VALPARAÍSO', '2026-03-06', '2026-03-10'],
    ['Wednesday, 11 March - Buenos Aires', '2026-03-06', '2026-03-11'],
  ])('%s (document of %s) → %s', (line, date, day) => expect(headingDay(line, date)).toBe(day));

  it.each([['Table 2: imports by quarter, 14 September'], ['14 September 2026: the ministers met in Accra and signed'], ['Contents'], ['12.5 million']])('must not: %s', (line) =>
    expect(headingDay(line, '2026-09-16')).toBeUndefined(),
  );
});
