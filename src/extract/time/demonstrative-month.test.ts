import { describe, expect, it } from 'vitest';
import { reportEvents } from '../../../test/helpers/events.js';
import { findTimes } from './time-stage.js';
import { timex3Of } from './timex.js';

/**
 * "that August", "that same September": a month named with a demonstrative points back to the year the text last told
 * (session 44), as "that year" and "that autumn" do, not to the year a report's date gives a bare month. Sentences written
 * for these tests in the manner of histories and features, on pairs in no eval set; the report is dated 14 October 2026.
 */
const DCT = '2026-10-14';

/** The TIMEX3 of `text` in `sentence`: its offset and value. */
function timexOf(sentence: string, text: string) {
  const x = findTimes(sentence, DCT)
    .flatMap(timex3Of)
    .find((t) => t.text === text);
  return x && { start: x.start, value: x.value };
}

describe('a month after "that" is in the year told before it (session 44)', () => {
  it.each([
    // sentence, expression, offset, TIMEX3 value
    ['Lesotho and Botswana agreed to exchange envoys in March 1984.\n\nThe first ambassador presented his credentials in Gaborone that August.', 'that August', 122, '1984-08'],
    ['Namibia joined the customs union in 1990.\n\nThat same September its finance minister signed the revenue-sharing protocol in Pretoria.', 'That same September', 43, '1990-09'],
    // Across a paragraph break: the demonstrative still points back to the last year told.
    ['The border commission first met in Windhoek in 1993.\n\nThat November the two delegations walked the line along the Orange River.', 'That November', 54, '1993-11'],
    // A comma, a determiner or the sentence's end after the month: "that" still points back.
    ['The rail talks stalled in 1977. That June, the two ministers met again in Lusaka.', 'That June', 32, '1977-06'],
  ])('%s', (sentence, text, start, value) => {
    expect(timexOf(sentence, text)).toEqual({ start, value });
  });

  // Must-nots: a bare month keeps the report's reading (the nearest month before it, or after it in the future tense); so does a
  // month after "said that" or before a verb or a noun, where "that" opens a clause.
  it.each([
    ['Lesotho and Botswana agreed to exchange envoys in March 1984.\n\nThe first ambassador of the new mission arrived in August.', 'August', 114, '2026-08'],
    ['Botswana first raised the quota in 1998.\n\nOfficials said the two ministries will review it again in June.', 'June', 100, '2027-06'],
    ['Botswana first raised the quota in March 1998.\n\nIts trade office said that June exports of beef had fallen by a tenth.', 'that June', 70, '2026-06'],
    // Issue 10's review: "that" opens a clause when a verb, an auxiliary or a noun follows the month (the tagger reads it),
    // whatever verb or adjective comes before it; the month then reads as a bare one, forwards in the future tense.
    ['Zambia cut its copper tariffs in 2012. It is likely that June will bring new talks on the toll road.', 'that June', 52, '2027-06'],
    ['The two leaders last met in 2021. Diplomats believe that December will bring a final text.', 'that December', 52, '2026-12'],
    ['The two leaders last met in 2021. The trade minister expects that March will see the first shipments.', 'that March', 61, '2027-03'],
    ['The embassy opened in 2015.\n\nThe minister thinks that August will be decisive for the talks.', 'that August', 49, '2027-08'],
    ['Botswana first raised the quota in March 1998.\n\nIts trade office reported that June exports of beef had fallen by a tenth.', 'that June', 74, '2026-06'],
  ])('must not: %s', (sentence, text, start, value) => {
    expect(timexOf(sentence, text)).toEqual({ start, value });
  });
});

describe('an act dated by "that <month>" (session 44)', () => {
  it('the credentials are presented in the August of the year told before, not of the report', () => {
    const text = 'Lesotho and Botswana agreed to exchange ambassadors in March 1984.\n\nThe first Lesotho ambassador presented his credentials to the President of Botswana in Gaborone that August.';
    const events = reportEvents(text, DCT);
    expect(events.map((e) => e.date)).toContain('1984-08');
    expect(events.map((e) => e.date)).not.toContain('2026-08');
    // The agreement keeps its own month.
    expect(events.map((e) => e.date)).toContain('1984-03');
  });
});
