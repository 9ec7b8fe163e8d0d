import { describe, expect, it } from 'vitest';
import { causeCounts, extraCause, finerThan, missCause, type PlacedGold, type PredictedEvent } from './causes.js';

const gold = (start: number, end: number, date: string, doc = 'a.txt'): PlacedGold => ({ doc, start, end, date });
const predicted = (date: string | undefined, start: number, end: number, doc = 'a.txt'): PredictedEvent => ({
  doc,
  mentions: [{ doc, start, end, ...(date ? { date } : {}) }],
});

describe('why a gold event was missed', () => {
  it.each([
    ['no mention overlaps it', [predicted('2023-03', 50, 80)], 'no-mention'],
    ['a mention in another document does not count', [predicted('2023-03', 0, 40, 'b.txt')], 'no-mention'],
    ['a mention with its date was matched to another', [predicted('2023-03', 5, 30)], 'taken'],
    ['a mention gives a day within its month', [predicted('2023-03-16', 5, 30)], 'finer'],
    ['a mention gives the year of its month', [predicted('2023', 5, 30)], 'coarser'],
    ['a mention gives another month', [predicted('2023-04', 5, 30)], 'other-date'],
    ['"2023-1" is not a finer "2023-10"', [predicted('2023-10', 5, 30)], 'other-date'],
    ['a mention gives no date', [predicted(undefined, 5, 30)], 'undated'],
  ] as const)('%s', (_, preds, cause) => {
    expect(missCause(gold(10, 40, '2023-03'), [...preds])).toBe(cause);
  });

  it('tells a prediction that matched another telling of the event (merged) from one that matched another event on this passage (taken)', () => {
    const twice: PredictedEvent = {
      doc: 'a.txt',
      mentions: [
        { doc: 'a.txt', start: 5, end: 30, date: '2023-03' },
        { doc: 'a.txt', start: 200, end: 240, date: '2023-03' },
      ],
    };
    expect(missCause(gold(10, 40, '2023-03'), [twice], new Map([[twice, gold(210, 230, '2023-03')]]))).toBe('merged');
    expect(missCause(gold(10, 40, '2023-03'), [twice], new Map([[twice, gold(0, 12, '2023-03')]]))).toBe('taken');
  });

  it('a finer date is a longer EDTF date that starts with the other at a field boundary', () => {
    expect(finerThan('2023-03-16', '2023-03')).toBe(true);
    expect(finerThan('2023-03', '2023-03')).toBe(false);
    expect(finerThan('2023-10', '2023-1')).toBe(false);
  });
});

describe('why a prediction matched nothing', () => {
  it.each([
    ['no gold passage overlaps it', gold(100, 140, '2023-03'), 'no-gold'],
    ['the gold event there has another date', gold(0, 20, '2022'), 'date-mismatch'],
    ['the gold event there, with its date, was matched by another prediction', gold(0, 20, '2023-03'), 'duplicate'],
  ] as const)('%s', (_, g, cause) => {
    expect(extraCause(predicted('2023-03', 10, 30), [g])).toBe(cause);
  });
});

it('counts every cause, zero when none applies', () => {
  const g = [gold(0, 20, '2023-03'), gold(50, 70, '2023-05')];
  const p = [predicted('2023-03-02', 10, 30), predicted('1999', 200, 220)];
  expect(causeCounts(g, p, g, p)).toEqual({
    misses: { 'no-mention': 1, merged: 0, taken: 0, finer: 1, coarser: 0, 'other-date': 0, undated: 0 },
    extras: { 'no-gold': 1, 'date-mismatch': 1, duplicate: 0 },
  });
});
