import { describe, expect, it } from 'vitest';
import { reportEvents as events } from '../../../test/helpers/events.js';

/** Sentences written for these tests in the manner of wire reports (session 20). */
import { doneAct, perfectAct } from './report-bound.js';

const LEDE = 'ACCRA, June 14 (West Africa Wire) - Ghana and Togo signed a border agreement on Thursday.\n\n';

describe('a past act is no later than the report that tells it (session 20)', () => {
  it('reads a verb told as done, not one told as planned or to come', () => {
    expect(doneAct('They signed it.', { start: 5, end: 11 })).toBe(true);
    expect(doneAct('It was initialled.', { start: 7, end: 17 })).toBe(true);
    expect(doneAct('It will be signed.', { start: 11, end: 17 })).toBe(false);
    expect(doneAct('It is scheduled.', { start: 6, end: 15 })).toBe(false);
    expect(doneAct('They sign it.', { start: 5, end: 9 })).toBe(false);
  });

  it('reads no "-eed" verb whose base ends so as done ("need", "proceed", "exceed", "succeed", "speed"), but "agreed", "freed"', () => {
    expect(doneAct('Both ports need dredging.', { start: 11, end: 15 })).toBe(false);
    expect(doneAct('Talks proceed on Monday.', { start: 6, end: 13 })).toBe(false);
    expect(doneAct('Imports exceed exports.', { start: 8, end: 14 })).toBe(false);
    expect(doneAct('Envoys succeed each other.', { start: 7, end: 14 })).toBe(false);
    expect(doneAct('Lorries speed up at the border.', { start: 8, end: 13 })).toBe(false);
    expect(perfectAct('The plan has exceed its budget.', { start: 13, end: 19 })).toBe(false);
    expect(doneAct('Both sides agreed.', { start: 11, end: 17 })).toBe(true);
    expect(doneAct('Zambia freed the crew.', { start: 7, end: 12 })).toBe(true);
    expect(doneAct('Malawi decreed a ban.', { start: 7, end: 14 })).toBe(true);
  });

  it('"signed … a ferry service, which the shipping line plans to launch next year": the signing is the report\'s day', () => {
    const text = `${LEDE}The ministers also signed a memorandum on fisheries and a letter of intent on a ferry service, which the national shipping line plans to launch next year.`;
    expect(events(text, '2024-06-14').find((e) => e.triggerStart === 110)).toMatchObject({
      start: 91,
      trigger: 'signed a memorandum',
      date: '2024-06-14',
      dateSource: 'document',
    });
  });

  it("a past act after a sentence that sets a meeting next month is the report's, asserted (review of session 30)", () => {
    const text = "Zambian and Tanzanian officials will meet again in Dodoma next month, Zambia's foreign ministry said. Tanzania thanked Zambia for its patience.";
    expect(events(text, '2026-03-09').map((e) => [e.trigger, e.triggerStart, e.date, e.dateSource, e.mode])).toEqual([
      ['meet', 37, '2026-04', 'sentence', 'planned'],
      ['thanked', 111, '2026-03-09', 'document', 'asserted'],
    ]);
    // Must not: an act told to come after it keeps the plan's month.
    expect(
      events("Zambian and Tanzanian officials will meet again in Dodoma next month, Zambia's foreign ministry said. Tanzania will thank Zambia there.", '2026-03-09')
        .slice(-1)
        .map((e) => [e.trigger, e.date, e.mode]),
    ).toEqual([['thank', '2026-04', 'planned']]);
  });

  it('a past sentence after it does not take "next year" from it', () => {
    const text = `${LEDE}The ministers also signed a memorandum on fisheries, which the national shipping line plans to launch next year. A third document, on customs checks, was initialled but not signed, the two delegations said in a joint communique.`;
    const found = events(text, '2024-06-14');
    expect(found.find((e) => e.trigger === 'joint communique')).toMatchObject({ start: 204, triggerStart: 302, date: '2024-06-14', dateSource: 'document' });
    expect(found.filter((e) => e.date === '2025')).toEqual([]);
  });

  it('keeps the date a plan names ("agreed to hold the next meeting … in 2025")', () => {
    const text = `${LEDE}The two sides agreed to hold the next meeting of the commission in Lome in 2025.`;
    expect(events(text, '2024-06-14').find((e) => e.trigger === 'meeting')).toMatchObject({ start: 91, date: '2025', dateSource: 'sentence', mode: 'planned' });
  });

  it('keeps a time to come told as such ("is scheduled for August")', () => {
    const text = `${LEDE}The first joint patrol is scheduled for August, the police chief said.`;
    expect(events(text, '2024-06-14').find((e) => e.trigger === 'joint patrol')).toMatchObject({ start: 91, date: '2024-08', mode: 'planned' });
  });

  it('does not read a headline\'s "to visit" as past from the "Published:" line after it', () => {
    const text = 'President Mensah to visit Lome in two days\nPublished: 14/06/2024 05:00\nPresident Mensah will pay an official visit to Togo from June 16-18 at the invitation of President Eyadema.';
    const found = events(text, '2024-06-14');
    expect(found.map((e) => [e.trigger, e.date, e.dateSource])).toEqual([
      ['visit', '2024-06-16/2024-06-18', 'context'],
      ['visit', '2024-06-16/2024-06-18', 'sentence'],
    ]);
  });
});

describe("an act told in the present perfect with no date of its own is the report's (session 20)", () => {
  const BEFORE = `${LEDE}Ghana sent rescue teams to Lome last year. `;

  it('reads the present perfect', () => {
    expect(perfectAct('The ministry has rejected it.', { start: 17, end: 25 })).toBe(true);
    expect(perfectAct('It has not yet been reached.', { start: 20, end: 27 })).toBe(true);
    expect(perfectAct('The ministry rejected it.', { start: 13, end: 21 })).toBe(false);
  });

  it('"The finance ministry has rejected the plan and called for new tariffs" after "last year": the report\'s day, with the act beside it', () => {
    const found = events(`${BEFORE}The finance ministry has rejected the plan and called for new tariffs on Togolese goods.`, '2024-06-14');
    expect(found.filter((e) => e.start === 134).map((e) => [e.trigger, e.triggerStart, e.date, e.dateSource])).toEqual([
      ['rejected', 159, '2024-06-14', 'document'],
      ['called for', 181, '2024-06-14', 'document'],
    ]);
    // "rejected calls for new tariffs": the calls are what the rejection answers, made before (session 22).
    const calls = events(`${BEFORE}The finance ministry has rejected calls for new tariffs on Togolese goods.`, '2024-06-14');
    expect(calls.filter((e) => e.start === 134).map((e) => [e.trigger, e.triggerStart, e.date, e.dateSource])).toEqual([['rejected', 159, '2024-06-14', 'document']]);
  });

  it('leaves the simple past with the date the sentence before told', () => {
    const found = events(`${BEFORE}The finance ministry rejected calls for new tariffs on Togolese goods.`, '2024-06-14');
    expect(found.find((e) => e.trigger === 'rejected')).toMatchObject({ start: 134, date: '2023', dateSource: 'context' });
  });
});

describe('after "since Tuesday night" in news, the paragraph\'s next act is the report\'s (session 20)', () => {
  it('does not give the next sentence the day the stretch began', () => {
    const text = `ACCRA, June 14 (West Africa Wire) - Ghana closed its border with Togo on Friday.\n\nGhanaian police also said they had detained more than 300 Togolese nationals in Aflao since Tuesday night. Togo accused Ghana of using migrants as a tool of pressure.`;
    expect(events(text, '2024-06-14').find((e) => e.trigger === 'accused')).toMatchObject({ start: 189, date: '2024-06-14' });
  });

  it('keeps "on Tuesday night" as the date the next sentence takes', () => {
    const text = `ACCRA, June 14 (West Africa Wire) - Ghana closed its border with Togo on Friday.\n\nGhanaian police also said they had detained more than 300 Togolese nationals in Aflao on Tuesday night. Togo accused Ghana of using migrants as a tool of pressure.`;
    expect(events(text, '2024-06-14').find((e) => e.trigger === 'accused')).toMatchObject({ start: 186, date: '2024-06-11' });
  });
});

describe("an act told as done beside a plan keeps the report's day, the plan its own (session 20)", () => {
  it('"urged calm … and offered to host a meeting … next week": the urging is the report\'s, the meeting next week', () => {
    const text = `ACCRA, June 14 (West Africa Wire) - Ghana closed its border with Togo on Friday.\n\nIts head, Amina Diallo, urged "calm on both sides" and offered to host a meeting of the two border commissions next week.`;
    const found = events(text, '2024-06-14');
    expect(found.find((e) => e.trigger === 'urged')).toMatchObject({ start: 82, triggerStart: 106, date: '2024-06-14', dateSource: 'document' });
    expect(found.find((e) => e.trigger === 'meeting')).toMatchObject({ start: 82, date: '2024-06-17/2024-06-23', mode: 'planned' });
  });
});
