import { describe, expect, it } from 'vitest';
import { findTimes } from './time-stage.js';
import { timex3Of } from './timex.js';

/**
 * The narrative's reference time (session 27): an anaphoric day ("the same evening", "the next day", "a day earlier")
 * counts from the day of the last event its paragraph told, by a date, a weekday or "yesterday"; a deictic one stays on
 * the report's day; a bound ("until Dec. 20") is no event's time. Sentences written for these tests in the manner of wire
 * reports; the report is dated Thursday 12 March 2026.
 */
const DCT = '2026-03-12';

const times = (text: string) => findTimes(text, DCT).map((t) => [t.text, t.start, t.edtf]);

describe('anaphoric days count from the reference time', () => {
  it.each([
    ['Latvia summoned the Finnish envoy on Monday. Helsinki rejected the protest the same evening.', 'the same evening', '2026-03-09'],
    ['Latvia summoned the Finnish envoy on Monday, and Helsinki recalled its own ambassador later that evening.', 'later that evening', '2026-03-09'],
    ['Latvia summoned the Finnish envoy on Monday. That night, Helsinki recalled its ambassador from Riga.', 'That night', '2026-03-09'],
    ['Latvia summoned the Finnish envoy on Monday. The envoy left Riga the next morning.', 'the next morning', '2026-03-10'],
    ['Latvia summoned the Finnish envoy on Monday. Helsinki had detained two Latvian fishermen the day before.', 'the day before', '2026-03-08'],
    ['Latvia summoned the Finnish envoy on Monday. Helsinki had closed the crossing the previous evening.', 'the previous evening', '2026-03-08'],
    // "yesterday" is a deictic day, the report's day before; it is also the day the narrative now stands on.
    ['Latvia summoned the Finnish envoy yesterday. A day earlier, Helsinki had expelled a Latvian diplomat.', 'A day earlier', '2026-03-10'],
    ['Latvia summoned the Finnish envoy yesterday. Helsinki expelled a Latvian diplomat the next day.', 'the next day', '2026-03-12'],
  ])('%s → %s %s', (text, expression, edtf) => {
    expect(times(text)).toContainEqual([expression, text.indexOf(expression), edtf]);
  });

  it('takes a day the story reaches, not the end of a stretch told beside it ("until Dec. 20")', () => {
    const text = 'On Monday, the Finnish navy reserved an area for a survey until Dec. 20. The next day, Latvian police detained a Finnish farmer.';
    expect(times(text)).toEqual([
      ['Monday', text.indexOf('Monday'), '2026-03-09'],
      ['Dec. 20', text.indexOf('Dec. 20'), '2025-12-20'],
      ['The next day', text.indexOf('The next day'), '2026-03-10'],
    ]);
  });

  it('chains: a day counted from a counted day', () => {
    const text = 'Mongolia closed the crossing on 3 May 2024. The next day, Kazakhstan recalled its envoy, and two days later it expelled a Mongolian diplomat.';
    expect(times(text)).toEqual([
      ['3 May 2024', text.indexOf('3 May 2024'), '2024-05-03'],
      ['The next day', text.indexOf('The next day'), '2024-05-04'],
      ['two days later', text.indexOf('two days later'), '2024-05-06'],
    ]);
  });

  it('gives the day as the TIMEX3 value', () => {
    const text = 'Latvia summoned the Finnish envoy on Monday. The envoy left Riga the next morning.';
    expect(
      findTimes(text, DCT)
        .flatMap(timex3Of)
        .map((t) => [t.text, t.value]),
    ).toEqual([
      ['Monday', '2026-03-09'],
      ['the next morning', '2026-03-10'],
    ]);
  });
});

describe('no reference time, no anaphoric day', () => {
  it.each([
    // A paragraph break resets the narrative.
    'Latvia summoned the Finnish envoy on Monday.\n\nHelsinki rejected the protest the same evening.',
    // A month told outright moves the story to a coarser time.
    'Latvia summoned the Finnish envoy on Monday. In June 2025, Helsinki had rejected a protest the next day.',
  ])('%s', (text) => {
    expect(times(text).map(([t]) => t)).not.toContain('the same evening');
    expect(times(text).map(([t]) => t)).not.toContain('the next day');
  });

  it('reads no day in "that" before a noun, after a verb of saying, nor in "the day before" a named day', () => {
    expect(times('Latvia closed the crossing on Monday, and Riga reported that night flights were banned.')).toEqual([['Monday', 'Latvia closed the crossing on '.length, '2026-03-09']]);
    expect(times('Latvia closed the crossing on Monday; the minister said that day was decisive.').map(([t]) => t)).toEqual(['Monday']);
    const text = "Latvia closed the crossing on Monday. The day before last Tuesday's hearing, Helsinki had protested.";
    expect(times(text).map(([t]) => t)).not.toContain('The day before');
  });
});

describe("a deictic day stays on the report, on the side its clause's tense sets", () => {
  it('"planned for Saturday", "scheduled for Monday": the day ahead of the report, not the one before', () => {
    const text = 'Latvian hauliers said a blockade of the Terehova crossing, planned for Saturday, would go ahead.';
    expect(times(text)).toEqual([['Saturday', text.indexOf('Saturday'), '2026-03-14']]);
    const talks = 'The Finnish and Latvian ministers have scheduled for Monday a call on the ferry dispute.';
    expect(times(talks)).toEqual([['Monday', talks.indexOf('Monday'), '2026-03-16']]);
  });

  it('keeps a day told as done before the report', () => {
    const text = 'Latvian hauliers blocked the Terehova crossing on Saturday.';
    expect(times(text)).toEqual([['Saturday', text.indexOf('Saturday'), '2026-03-07']]);
  });
});
