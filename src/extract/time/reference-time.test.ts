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
    ['Latvia summoned the Finnish envoy on Monday.\n\nHelsinki rejected the protest the same evening.', 'the same evening'],
    // A month told outright moves the story to a coarser time.
    ['Latvia summoned the Finnish envoy on Monday. In June 2025, Helsinki had rejected a protest the next day.', 'the next day'],
    // A heading on its own line opens another block, in single-newline text too.
    ['Latvia summoned the Finnish envoy on Monday.\n## Background\nFinland recalled its ambassador the same evening.', 'the same evening'],
    ['Latvia summoned the Finnish envoy on Monday.\nReactions in Helsinki\nFinland recalled its ambassador the same evening.', 'the same evening'],
    ['Latvia summoned the Finnish envoy on Monday.\n- Finland recalled its ambassador the next day.', 'the next day'],
    // More than a few sentences on, with no break at all.
    [`Latvia summoned the Finnish envoy on Monday. ${'The ministry said talks on the ferry dispute would continue in Riga. '.repeat(8)}Finland recalled its ambassador the next day.`, 'the next day'],
    // "From Monday" opens a stretch: no event's day, so no evening of it.
    ['From Monday, Latvia will close the Terehova crossing to Finnish lorries. That evening, Helsinki recalled its envoy.', 'That evening'],
  ])('%s', (text, expression) => {
    // The expression is found (the finder reads it) but left without a day.
    expect(text).toContain(expression);
    expect(times(text).map(([t]) => t)).not.toContain(expression);
  });

  it('keeps the reference time across a wrapped line of the same sentence', () => {
    const text = 'Latvia summoned the Finnish envoy on Monday.\nFinland recalled its ambassador\nthe next day.';
    expect(times(text)).toContainEqual(['the next day', text.indexOf('the next day'), '2026-03-10']);
  });

  it('reads no day in "that" before a noun, after a verb of saying, nor in "the day before" a named day', () => {
    expect(times('Latvia closed the crossing on Monday, and Riga reported that night flights were banned.')).toEqual([['Monday', 'Latvia closed the crossing on '.length, '2026-03-09']]);
    expect(times('Latvia closed the crossing on Monday; the minister said that day was decisive.').map(([t]) => t)).toEqual(['Monday']);
    const text = "Latvia closed the crossing on Monday. The day before last Tuesday's hearing, Helsinki had protested.";
    expect(times(text).map(([t]) => t)).not.toContain('The day before');
  });
});

describe('a date that names a thing or is quoted is no reference time', () => {
  it.each([
    ['On Monday, Latvia cited the 12 May 1920 peace treaty. The next day, Finland recalled its envoy.', '1920-05-12'],
    ['On Monday, Latvia cited the treaty of 12 May 1920. The next day, Finland recalled its envoy.', '1920-05-12'],
    ['On Monday, Latvia published a note dated 2 March 2026. The next day, Finland recalled its envoy.', '2026-03-02'],
    ['On Monday, the Latvian minister recalled: "On 3 May 2019 we signed the pact." The next day, Finland recalled its envoy.', '2019-05-03'],
    ['On Monday, the Latvian minister recalled: “On 3 May 2019 we signed the pact.” The next day, Finland recalled its envoy.', '2019-05-03'],
  ])('%s', (text, named) => {
    expect(times(text).map(([, , edtf]) => edtf)).toContain(named);
    expect(times(text)).toContainEqual(['The next day', text.indexOf('The next day'), '2026-03-10']);
  });

  it('"that same day" counts from the reference time; "the same day" stays untagged (TimeBank, see the refiner)', () => {
    const that = 'Latvia summoned the Finnish envoy on Monday. Helsinki recalled its ambassador that same day.';
    expect(times(that)).toContainEqual(['that same day', that.indexOf('that same day'), '2026-03-09']);
    const the = 'Latvia summoned the Finnish envoy on Monday. Helsinki recalled its ambassador the same day.';
    expect(times(the)).toEqual([['Monday', the.indexOf('Monday'), '2026-03-09']]);
  });

  it('takes a day told as the night or morning of a date', () => {
    const text = 'Mongolia closed the crossing on the night of 3 May 2024. The next day, Kazakhstan recalled its envoy.';
    expect(times(text)).toContainEqual(['The next day', text.indexOf('The next day'), '2024-05-04']);
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

  it.each([
    // "originally", a past auxiliary, or a past main verb after the day: the plan is told as past.
    'The talks, originally scheduled for Monday, were cancelled after the Latvian delegation withdrew.',
    'The vote planned for Monday was postponed, the Finnish parliament said.',
    'A meeting of the two ministers had been slated for Monday.',
  ])('"%s": the planned day before the report', (text) => {
    expect(times(text)).toEqual([['Monday', text.indexOf('Monday'), '2026-03-09']]);
  });

  // Session 41 (issue 10): a present "be" with "expected" or "due" and a place tells a plan; in the past it tells what was awaited then.
  it.each([
    ['The Latvian foreign minister is expected in Helsinki in November.', 'November', '2026-11'],
    ['A Finnish delegation is due at the Riga talks in January.', 'January', '2027-01'],
    ['The Latvian foreign minister was expected in Helsinki in November.', 'November', '2025-11'],
  ])('"%s": %s is %s', (text, expression, edtf) => {
    expect(times(text)).toEqual([[expression, text.indexOf(expression), edtf]]);
  });

  it('keeps a plan told in the present ahead of the report', () => {
    const text = 'A vote in the Latvian parliament on the ferry accord is scheduled for Monday.';
    expect(times(text)).toEqual([['Monday', text.indexOf('Monday'), '2026-03-16']]);
  });
});
