import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { timex3Of } from './timex.js';

/** Sentences written for these tests in the manner of wire reports; the report is dated Wednesday 5 March 2025. */
const DCT = '2025-03-05';

function one(sentence: string, text: string) {
  const t = findTimes(sentence, DCT).find((x) => x.text === text);
  return t && { start: t.start, edtf: t.edtf, value: timex3Of(t)[0]!.value };
}

describe('"last week", "this week", "next week" are the days of that week in EDTF, ISO weeks in TIMEX3 (session 13)', () => {
  it('"last week" is Monday to Sunday of the week before, across two months', () => {
    const s = 'Quito rejected the complaint from Lima last week, the ministry said.';
    expect(one(s, 'last week')).toEqual({ start: s.indexOf('last week'), edtf: '2025-02-24/2025-03-02', value: '2025-W09' });
  });

  it('"this week" told of the past is Monday to the report\'s day; told of the future the whole week', () => {
    const past = 'Border guards detained two fishermen earlier this week.';
    expect(one(past, 'this week')).toEqual({ start: past.indexOf('this week'), edtf: '2025-03-03/2025-03-05', value: '2025-W10' });
    const future = 'The two foreign ministers will meet in Quito this week.';
    expect(one(future, 'this week')).toEqual({ start: future.indexOf('this week'), edtf: '2025-03-03/2025-03-09', value: '2025-W10' });
  });

  it('"next week" is the week after; "the past week" stays a stretch, not an ISO week', () => {
    const next = 'Peru will send a trade mission to Guayaquil next week.';
    expect(one(next, 'next week')).toEqual({ start: next.indexOf('next week'), edtf: '2025-03-10/2025-03-16', value: '2025-W11' });
    const past = 'Prices have risen over the past week.';
    expect(one(past, 'past week')).toEqual({ start: past.indexOf('past week'), edtf: '2025-02', value: '2025-W09' });
  });
});
