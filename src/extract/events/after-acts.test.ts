import { describe, expect, it } from 'vitest';
import { reportEvents as events } from '../../../test/helpers/events.js';

/** Sentences written for these tests in the manner of wire reports (session 20). */

const BODY = 'The fishermen were seized by Togolese troops off Aflao late on Tuesday, the navy said.';

describe('the act a lede gives "after" its own takes the day the body tells it (session 20)', () => {
  it('a headline\'s "after" phrase is not read so ("summons envoy after troops seize fishermen")', () => {
    // A report of Friday 14 June 2024.
    const text = `Ghana summons Togolese envoy after troops seize fishermen\n\nACCRA, June 14 (West Africa Wire) - Ghana recalled its ambassador from Lome on Friday in protest at the detention of three fishermen.\n\n${BODY}`;
    const found = events(text, '2024-06-14');
    expect(found.filter((e) => e.rule.includes('after-act'))).toEqual([]);
    expect(found.find((e) => e.trigger === 'summons')).toMatchObject({ start: 0, date: '2024-06-14' });
  });

  it('"closed its border on Friday after an exchange of fire": the lede\'s cause is the clash the body dates', () => {
    const text =
      'ACCRA, June 14 (West Africa Wire) - Ghana closed its border with Togo on Friday after an exchange of fire between border guards left two soldiers dead.\n\nThe clash broke out late on Wednesday near Aflao, the army said.';
    const found = events(text, '2024-06-14');
    expect(found.find((e) => e.rule.endsWith('+after-act'))).toMatchObject({ start: 0, trigger: 'exchange of fire', triggerStart: 89, date: '2024-06-12', plover: 'FIGHT' });
    expect(found.find((e) => e.trigger === 'closed')).toMatchObject({ date: '2024-06-14' });
  });

  it('"after clashes between traders": no act of a state, so no clash of the two dated by a later sentence (review of session 30)', () => {
    const text =
      'LUSAKA, March 9 (Zambia Wire) - Zambia and Tanzania agreed on Monday to reopen the Tunduma border crossing, which was closed last week after clashes between traders, the two foreign ministries said.\n\nZambian police fired tear gas to disperse traders who blocked the road on Thursday, witnesses said.';
    const found = events(text, '2026-03-10');
    expect(found.filter((e) => e.rule.includes('after-act'))).toEqual([]);
    expect(found.filter((e) => e.plover === 'FIGHT')).toEqual([]);
  });

  it('makes nothing when the body dates the act of that category to more than a week before', () => {
    const text =
      'ACCRA, June 14 (West Africa Wire) - Ghana closed its border with Togo on Friday after an exchange of fire between border guards left two soldiers dead.\n\nA clash broke out near Aflao on 2 May, the army said.';
    expect(events(text, '2024-06-14').filter((e) => e.rule.includes('after-act'))).toEqual([]);
  });

  it("makes nothing when the body tells no act of the phrase's category", () => {
    const text = `Ghana summons Togolese envoy after talks on fishing rights stall\n\nACCRA, June 14 (West Africa Wire) - Ghana recalled its ambassador from Lome on Friday.\n\n${BODY}`;
    expect(events(text, '2024-06-14').filter((e) => e.rule.includes('after-act'))).toEqual([]);
  });

  it('makes nothing from an "after" phrase of a later paragraph', () => {
    const text = `ACCRA, June 14 (West Africa Wire) - Ghana recalled its ambassador from Lome on Friday.\n\nFishermen stayed ashore after troops seized a boat.\n\n${BODY}`;
    expect(events(text, '2024-06-14').filter((e) => e.rule.includes('after-act'))).toEqual([]);
  });
});
