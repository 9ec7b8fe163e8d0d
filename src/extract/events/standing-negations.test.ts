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
