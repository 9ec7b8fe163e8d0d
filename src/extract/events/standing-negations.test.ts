import { describe, expect, it } from 'vitest';
import { reportEvents as events } from '../../../test/helpers/events.js';

/** Sentences written for these tests in the manner of wire reports and reference articles (session 23). */

const LEDE = 'REYKJAVIK, March 4 (Nordic Wire) - Iceland and Malawi held talks on fisheries aid on Wednesday.\n\n';
const standing = (text: string, date = '2026-03-04') => events(text, date).filter((e) => e.rule.includes('+standing-negation'));

describe('a standing negation after a dated act runs to the document date (session 23)', () => {
  it('"signed in May 2019, but neither parliament has ratified it": the ratification denied from 2019-05 to the report', () => {
    const text = `${LEDE}A fisheries accord was signed in Lilongwe in May 2019, but neither parliament has ratified it.`;
    const told = events(text, '2026-03-04');
    expect(told.find((e) => e.trigger === 'accord was signed')).toMatchObject({ date: '2019-05', mode: 'asserted' });
    expect(told.find((e) => e.trigger === 'ratified')).toMatchObject({ start: 97, triggerStart: 179, date: '2019-05/2026-03-04', mode: 'negated', dateSource: 'context' });
  });

  it('"opened … in 1998 but has never appointed": the end is the document date at its own precision (a month)', () => {
    const text = 'Iceland opened an honorary consulate in Lilongwe in 1998 but has never appointed a resident ambassador.';
    expect(standing(text, '2025-06')).toMatchObject([{ trigger: 'appointed', triggerStart: 71, date: '1998/2025-06', mode: 'negated' }]);
  });

  it('"has not recognised the new government …, which took power in August 2021": an act already dated keeps its date', () => {
    const text = `${LEDE}Iceland has not recognised the new government in Lilongwe, which took power in August 2021.`;
    expect(standing(text)).toEqual([]);
  });

  it('a denial told in the simple past is an act of its day, not a standing state ("but did not return fire")', () => {
    const text = `${LEDE}An Icelandic patrol vessel was fired on near the quay in June 2020 but did not return fire.`;
    expect(standing(text)).toEqual([]);
    expect(events(text, '2026-03-04').map((e) => e.date)).not.toContain('2020-06/2026-03-04');
  });

  it('a denial whose clause holds a time of its own keeps it ("had not ratified it by 2022", "has not met since 2022")', () => {
    expect(standing(`${LEDE}Iceland signed the accord in 2019 but had not ratified it by 2022.`)).toEqual([]);
    expect(standing(`${LEDE}A joint fisheries commission, created in 2015, has not met since 2022.`)).toEqual([]);
  });

  it('no document date, no span: a reference text with no date leaves the denial undated', () => {
    expect(standing('A fisheries accord was signed in Lilongwe in May 2019, but neither parliament has ratified it.', '')).toEqual([]);
  });
});

/** Sentences written for session 37 in the manner of wire reports and reference articles. */
describe("a standing negation whose verb no vocabulary knows: its clause's own verb is the act (session 37)", () => {
  it.each([
    // The denied verb is an onset ("have never started"): the patrols denied from the memorandum's year to the report.
    ['Malawi and Zambia signed a memorandum on joint lake patrols in Mzuzu in 2024, but the patrols have never started.', 'started', 105, '2024/2026-03-04'],
    // "no … has" denies like "none … has"; the verb is not in the vocabularies ("docked").
    ['Iceland barred visits by foreign research vessels in January 2024; no Russian research vessel has docked since.', 'docked', 98, '2024-01/2026-03-04'],
    // A pronoun for the actor as subject, "yet to" before a verb of no vocabulary.
    ['Malawi opened a trade office in Reykjavik in March 2019, but it has yet to staff it.', 'staff', 75, '2019-03/2026-03-04'],
  ])('%s', (sentence, trigger, triggerStart, date) => {
    expect(standing(`${LEDE}${sentence}`)).toMatchObject([{ trigger, triggerStart: LEDE.length + triggerStart, date, mode: 'negated' }]);
  });

  it.each([
    // A verb of saying or being is no act denied ("has not said why").
    'Iceland opened an embassy in Lilongwe in 2019, but it has not said why.',
    // One act told twice, with a date of its own: no denial, no span.
    'Malawi and Zambia signed and ratified the accord on 3 May 2024.',
    'Malawi and Zambia met and held talks in Mzuzu on 3 May 2024.',
    // A list of objects under one date.
    'Malawi and Zambia signed accords on trade, fisheries and roads in May 2024.',
    // A plan after "and will": no standing negation.
    'Malawi and Zambia signed the accord in May 2024 and will open a joint border post next year.',
    // A simple past denial is an act of its day.
    'Malawi and Zambia signed the accord in May 2024 but did not publish it.',
  ])('%s: no standing negation', (sentence) => {
    expect(standing(`${LEDE}${sentence}`)).toEqual([]);
  });
});
