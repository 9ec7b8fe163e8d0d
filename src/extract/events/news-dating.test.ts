import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { reportedClauses } from './date-ownership.js';
import { datelineDate } from './event-dates.js';
import { eventRows, reportEvents } from '../../../test/helpers/events.js';

/** Events of a wire report with their dates (session 17): sentences written for these tests in the manner of news reports. */
function events(text: string, documentDate: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).events.map((e) => ({
    start: e.start,
    date: e.date,
    dateSource: e.dateSource,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    triggerSpan: e.trigger,
    mode: e.mode,
    plover: e.plover.type,
  }));
}

describe('each complement of a saying is dated on its own (session 17)', () => {
  it('splits a sentence at ", and that" into clauses with exact offsets', () => {
    const text = 'Mensah said Accra would not recall its envoy, and that talks on 4 May would go ahead.';
    const clauses = reportedClauses(text, { start: 0, end: text.length, block: 0 });
    expect(clauses.map((c) => [c.start, c.end])).toEqual([
      [0, 44],
      [44, text.length],
    ]);
  });

  it('keeps one clause when no second complement follows', () => {
    const text = 'Mensah said Accra would recall its envoy and that of Togo on 4 May.';
    expect(reportedClauses(text, { start: 0, end: text.length, block: 0 })).toHaveLength(1);
  });

  it('"said … recalling its ambassador, and that a meeting on 2 July …": the refusal is the report\'s day, the meeting 2 July', () => {
    // A report of Friday 14 June 2024.
    const text =
      'Foreign Minister Ama Owusu said Ghana had no intention of recalling its ambassador from Abidjan, and that a planned meeting of the joint border commission in Accra on 2 July would go ahead.';
    const found = events(text, '2024-06-14');
    expect(found.map((e) => [e.trigger, e.date, e.dateSource])).toEqual([
      ['recalling its ambassador', '2024-06-14', 'document'],
      ['meeting', '2024-07-02', 'sentence'],
    ]);
  });

  it('does not move a date that stands in the same complement as its act', () => {
    const text = 'Owusu said Ghana had recalled its ambassador from Abidjan on Tuesday, and that it would not expel Ivorian diplomats.';
    const recalled = events(text, '2024-06-14').find((e) => e.trigger.startsWith('recalled'));
    expect(recalled).toMatchObject({ date: '2024-06-11', dateSource: 'sentence' });
  });
});

describe('a plan announced at a dated event: the announcing act of the report day, the plan of its own date (session 17)', () => {
  /** Events with their modes, for the plans below. */
  const moded = (text: string, documentDate: string) => events(text, documentDate).map((e) => [e.trigger, e.date, e.dateSource, e.mode]);

  it('"accepted an invitation to visit … next year" is an acceptance of the day and a visit planned next year', () => {
    // A joint statement of 20 May 2024.
    const text = 'President Mensah accepted an invitation to visit Abidjan next year.';
    expect(moded(text, '2024-05-20')).toEqual([
      ['visit', '2025', 'sentence', 'planned'],
      ['accepted an invitation', '2024-05-20', 'document', 'asserted'],
    ]);
    const accepted = events(text, '2024-05-20')[1]!;
    expect([accepted.triggerSpan, accepted.plover]).toEqual([{ start: 17, end: 39 }, 'AGREE']);
  });

  it('"agreed to mark … in 2025" is an agreement of the statement day beside the act planned for 2025', () => {
    const text = 'The presidents of Ghana and Togo recalled the treaty of 1965 and agreed to mark its 60th anniversary in 2025 with youth exchanges.';
    const found = moded(text, '2024-05-20');
    expect(found.filter((e) => e[1] === '2024-05-20')).toEqual([['agreed', '2024-05-20', 'document', 'asserted']]);
    expect(found.filter((e) => e[1] === '2025')).toEqual([['agreed', '2025', 'sentence', 'planned']]);
  });

  // Session 35 (plannedAct): the act agreed to is of its own category; the agreeing is the AGREE of the statement's day.
  it.each([
    ['The presidents of Ghana and Togo agreed to hold the next Joint Commission in Lomé in 2025.', 'CONSULT'],
    ['The presidents of Ghana and Togo agreed to resume ferry services across the Volta from March 2025.', 'COOPERATE'],
    ['The presidents of Ghana and Togo agreed to build a second bridge across the Volta in 2026.', 'COOPERATE'],
  ])('the plan of "%s" is a %s planned, beside an AGREE of the day', (text, category) => {
    const found = events(text, '2024-05-20');
    expect(found.filter((e) => e.date === '2024-05-20').map((e) => [e.trigger, e.mode, e.plover])).toEqual([['agreed', 'asserted', 'AGREE']]);
    expect(found.filter((e) => e.date !== '2024-05-20').map((e) => [e.trigger, e.mode, e.plover])).toEqual([['agreed', 'planned', category]]);
  });

  // Review fix (issue 10): a measure the two sides agree on together is no sanction, no withdrawal: only a meeting or a
  // joint activity is taken from the infinitive; anything else keeps its AGREE.
  it.each([
    'The presidents of Ghana and Togo agreed to cut tariffs on cement in 2025.',
    'The presidents of Ghana and Togo agreed to ban single-use plastics in 2025.',
    'The presidents of Ghana and Togo agreed to restrict night fishing on the Volta lake in 2025.',
    'The presidents of Ghana and Togo agreed to close the Aflao crossing for resurfacing in 2025.',
    'The presidents of Ghana and Togo agreed to reduce troops along the border in 2025.',
    'The presidents of Ghana and Togo agreed to complete the second phase of the border market in 2026.',
  ])('must not: the plan of "%s" keeps its AGREE', (text) => {
    expect(events(text, '2024-05-20').map((e) => [e.trigger, e.mode, e.plover])).toEqual([
      ['agreed', 'planned', 'AGREE'],
      ['agreed', 'asserted', 'AGREE'],
    ]);
  });

  it('must not: a plan to sign, or one agreed in the past, keeps its AGREE', () => {
    const text = 'The two foreign ministers agreed to sign the border treaty in Lomé in 2025.';
    expect(events(text, '2024-05-20').map((e) => [e.trigger, e.date, e.mode, e.plover])).toContainEqual(['sign the border treaty', '2025', 'planned', 'AGREE']);
    expect(events('In 1992 Ghana and Togo agreed to hold talks in 1993.', '2024-05-20').map((e) => e.plover)).toEqual(['AGREE', 'AGREE']);
  });

  it('adds nothing to a plan with no committing words, to a past agreement, or in a report with no day', () => {
    expect(moded('The next round of border talks between Ghana and Togo will be held in Accra in 2025.', '2024-05-20').filter((e) => e[2] === 'document')).toEqual([]);
    expect(moded('In 1992 Ghana and Togo agreed to open embassies in 1993.', '2024-05-20').filter((e) => e[2] === 'document')).toEqual([]);
    expect(moded('The presidents of Ghana and Togo agreed to mark the anniversary in 2025.', '2024').filter((e) => e[2] === 'document')).toEqual([]);
  });
});

describe("an occasion's days from its length (session 17, occasion-span.ts)", () => {
  // Reports of Wednesday 15 May 2024.
  it.each([
    ['President Ruto held talks with President Suluhu in Dodoma on Wednesday, on the second day of a three-day state visit.', 'state visit', '2024-05-14/2024-05-16'],
    ['Prime Minister Tanaka of Japan began a two-day visit to Vietnam on Monday.', 'visit', '2024-05-13/2024-05-14'],
    ['Prime Minister Tanaka of Japan wrapped up a three-day visit to Vietnam on Friday.', 'visit', '2024-05-08/2024-05-10'],
  ])('%s', (text, trigger, date) => {
    expect(events(text, '2024-05-15').find((e) => e.trigger === trigger)).toMatchObject({ date, dateSource: 'sentence' });
  });

  it('moves no day that names no length of its occasion', () => {
    const text = 'Prime Minister Tanaka of Japan visited Vietnam on Monday and signed a 30-day extension of the fishing accord.';
    // The visit and the signing are two acts (session 21, `apartCategories`), both of Monday.
    expect(events(text, '2024-05-15').map((e) => e.date)).toEqual(['2024-05-13', '2024-05-13']);
  });
});

describe('an act dated from another by a length of time (session 17, offset-events.ts)', () => {
  it('"in 1911, a decade before … won independence" is an act of 1921', () => {
    const text = 'King George V of Britain visited Ireland in 1911, a decade before southern Ireland won independence from Britain.';
    const won = events(text, '2011-05-17').find((e) => e.trigger === 'won independence');
    expect(won).toMatchObject({ date: '1921', dateSource: 'context' });
  });

  it('"a month after … broke off relations" takes the day the report gives the break in that month', () => {
    // A report of Thursday 23 September 2021.
    const text =
      'Rabat closed its airspace to Algerian aircraft, the palace said on Thursday, a month after the neighbours broke off diplomatic relations.\n\nAlgiers severed ties with Rabat on Aug. 24.';
    const broke = events(text, '2021-09-23').find((e) => e.trigger === 'broke off diplomatic relations');
    expect(broke).toMatchObject({ date: '2021-08-24', dateSource: 'context' });
  });

  it('dates nothing from an uncounted length, nor a day from a year', () => {
    const found = (text: string) => events(text, '2021-09-23').filter((e) => e.trigger === 'broke off diplomatic relations');
    expect(found('Rabat closed its airspace to Algerian aircraft on Thursday, days after the neighbours broke off diplomatic relations.')).toEqual([]);
    expect(found('Rabat closed its airspace to Algerian aircraft in 2021, a week after the neighbours broke off diplomatic relations.')).toEqual([]);
  });
});

describe('a rough length dates no act (session 17, offset-events.ts)', () => {
  it('"half a year after", "more than a decade before" leave the framed act undated', () => {
    for (const text of [
      'King George V of Britain visited Ireland in 1911, half a year before southern Ireland won independence from Britain.',
      'King George V of Britain visited Ireland in 1911, more than a decade before southern Ireland won independence from Britain.',
    ])
      expect(events(text, '2011-05-17').filter((e) => e.trigger === 'won independence')).toEqual([]);
  });
});

describe('a headline too long for a heading is still the headline the body dates (session 24, titleLine)', () => {
  // A report of Thursday 12 June 2025; its headline runs to sixteen words.
  const text =
    "Zambia summons Malawian envoy after soldiers detain three fishermen on Lake Malawi; Lilongwe rejects protest note\n\nLUSAKA (Zambezi Wire) - Zambia summoned Malawi's high commissioner on Tuesday after Malawian soldiers detained three Zambian fishermen, the foreign ministry said.";

  it("dates the headline's summons by the body's", () => {
    const found = events(text, '2025-06-12');
    expect(found.find((e) => e.trigger === 'summons')).toMatchObject({ start: 0, date: '2025-06-10', dateSource: 'context' });
    expect(found.find((e) => e.trigger === 'summoned')).toMatchObject({ date: '2025-06-10', dateSource: 'sentence' });
  });

  it('must leave a first paragraph that ends with a stop alone', () => {
    const prose =
      "Zambia summons Malawian envoy after soldiers detain three fishermen on Lake Malawi, and Lilongwe rejects the note.\n\nLUSAKA, June 12 (Zambezi Wire) - Zambia summoned Malawi's high commissioner on Tuesday, the foreign ministry said.";
    expect(events(prose, '2025-06-12').find((e) => e.start === 0 && e.trigger === 'summons')?.date).toBe('2025-06-12');
  });
});

// Reports of Thursday 12 June 2025.
describe('"ended three days of talks on Tuesday": the three days (session 24, occasion-span.ts)', () => {
  it('spans the days before the end', () => {
    const text = 'Zambian and Malawian border experts ended three days of talks in Chipata on Tuesday, the ministry said.';
    expect(events(text, '2025-06-12').find((e) => e.trigger === 'talks')).toMatchObject({ date: '2025-06-08/2025-06-10', dateSource: 'sentence' });
  });

  it('moves no day when the days count from another act ("three days after the flood")', () => {
    const text = 'Zambian and Malawian border experts held talks in Chipata on Tuesday, three days after the flood.';
    expect(events(text, '2025-06-12').find((e) => e.trigger === 'talks')?.date).toBe('2025-06-10');
  });
});

describe('a headline of twenty words is read as a headline by the verb finder and the lede (review of session 24)', () => {
  // A report of Thursday 12 June 2025 whose headline runs to twenty words, with no stop at its end.
  const text =
    'Zambia lends Malawi $50 million for maize as the shortage deepens in southern districts after failed rains and floods\n\nLUSAKA (Zambezi Wire) - Zambia lent Malawi $50 million on Tuesday to buy maize, the finance ministry said.';

  it('finds the present-tense "lends" of the headline and dates it by the body\'s loan', () => {
    expect(events(text, '2025-06-12').find((e) => e.trigger === 'lends')).toMatchObject({ start: 0, date: '2025-06-10', dateSource: 'context', plover: 'AID' });
  });

  it('tells no act of the headline dated by the document alone', () => {
    expect(events(text, '2025-06-12').filter((e) => e.start === 0 && e.dateSource === 'document')).toEqual([]);
  });
});

describe('"ended 30 days of hunger strike talks": too long for an occasion\'s days (review of session 24)', () => {
  it('keeps the day told', () => {
    const text = 'Zambian and Malawian border experts ended 30 days of hunger strike talks in Chipata on Tuesday, the ministry said.';
    expect(events(text, '2025-06-12').find((e) => e.trigger === 'talks')?.date).toBe('2025-06-10');
  });
});

describe("a dateline's day dates no act when its lede tells another day (session 24, datelineDate)", () => {
  // A report filed on Friday 12 June 2026.
  const lede = "LUSAKA, June 12 (Zambia News Agency) – Zambia summoned Malawi's high commissioner on Tuesday over the shooting of two fishermen.";

  it("dates the summons by the lede's Tuesday, not by the dateline", () => {
    const found = events(lede, '2026-06-12');
    expect(found.map((e) => [e.trigger, e.date, e.dateSource])).toEqual([['summoned', '2026-06-09', 'sentence']]);
    expect(found[0]!.triggerSpan.start).toBe(lede.indexOf('summoned'));
  });

  it('keeps the dateline when the lede tells no day of its own, or the same day', () => {
    const undated = 'LILONGWE, June 12 (Nyasa Wire) – Malawi expelled a Zambian diplomat, the foreign ministry said.';
    expect(events(undated, '2026-06-12').map((e) => [e.trigger, e.date])).toEqual([['expelled', '2026-06-12']]);
    const same = 'LILONGWE, June 12 (Nyasa Wire) – Malawi expelled a Zambian diplomat on Friday.';
    expect(events(same, '2026-06-12').map((e) => e.date)).toContain('2026-06-12');
  });

  it('must not take a place and a date inside a line for a dateline', () => {
    const body = 'Zambia recalled its envoy after talks in LUSAKA, June 12 - the ministry said.';
    const at = body.indexOf('June 12');
    expect(datelineDate(body, { start: at, end: at + 7 })).toBe(false);
    const line = 'LUSAKA, June 12 (Zambia News Agency) – Zambia recalled its envoy.';
    expect(datelineDate(line, { start: 8, end: 15 })).toBe(true);
  });
});

describe("a date inside a relative clause is that clause's, not the act before it (session 26)", () => {
  it('"summoned … on Thursday and demanded the release of three herders who were detained … late on Tuesday"', () => {
    // A report of Thursday 12 March 2026.
    const text =
      "ULAANBAATAR, March 12 (Steppe Wire) - Mongolia summoned Kazakhstan's ambassador on Thursday and demanded the immediate release of three herders who were detained by Kazakh border guards near Tsagaannuur late on Tuesday.";
    const found = events(text, '2026-03-12');
    expect(found.find((e) => e.trigger === 'demanded')).toMatchObject({ date: '2026-03-12', start: 0 });
    expect(found.find((e) => e.trigger === 'demanded')?.triggerSpan).toEqual({ start: text.indexOf('demanded'), end: text.indexOf('demanded') + 'demanded'.length });
    expect(found.find((e) => e.trigger === 'detained')).toMatchObject({ date: '2026-03-10' });
  });

  it('keeps a date after a relative clause that another clause opens: "…; the herders, who … on Tuesday"', () => {
    const text = "Mongolia summoned Kazakhstan's ambassador on Thursday; it demanded the release of three herders who were detained late on Tuesday.";
    expect(events(text, '2026-03-12').find((e) => e.trigger === 'demanded')?.date).toBe('2026-03-10');
  });

  it.each([
    'Mongolian and Kazakh ministers met in Astana on 2 May 2024 and Mongolia signed the transit protocol (which Kazakhstan had drafted) on 3 May 2024.',
    'Mongolian and Kazakh ministers met in Astana on 2 May 2024 and Mongolia signed the transit protocol — which Kazakhstan had drafted — on 3 May 2024.',
  ])('a relative clause closed before the date leaves the trigger its own date: %s', (text) => {
    const found = events(text, '2024-05-06');
    expect(found.map((e) => [e.trigger, e.triggerSpan.start, e.date])).toEqual([
      ['met', 31, '2024-05-02'],
      ['signed the transit protocol', 72, '2024-05-03'],
    ]);
  });
});

describe("a denial dates no act by its paragraph's date (session 27)", () => {
  const text =
    'ULAANBAATAR, May 14 - Mongolia closed its border crossing with Kazakhstan on Tuesday. It did not expel Kazakh diplomats, and Astana has not recalled its ambassador. Kazakhstan protested the closure.';
  it('gives the denial no event, and the act told after it the paragraph’s date', () => {
    expect(reportEvents(text, '2026-05-14').map((e) => [e.trigger, e.date, e.dateSource, e.mode])).toEqual([
      ['closed', '2026-05-12', 'sentence', 'asserted'],
      ['protested', '2026-05-12', 'context', 'asserted'],
    ]);
  });

  // A denial the category refiners read as a refusal is an act of the paragraph's date (review of session 27).
  it.each([
    ['Kazakhstan declined to endorse the Mongolian proposal.', 'endorse', 109, 'trigger+context-date+plover-negated'],
    ['Kazakhstan offered no apology to Mongolia.', 'apology', 108, 'trigger+context-date+plover-negated'],
  ])('keeps a refusal: %s', (sentence, trigger, triggerStart, rule) => {
    const news = `ULAANBAATAR, May 14 - Mongolia closed its border crossing with Kazakhstan on Tuesday. ${sentence}`;
    expect(reportEvents(news, '2026-05-14').map((e) => [e.trigger, e.triggerStart, e.date, e.dateSource, e.plover, e.mode, e.rule])).toEqual([
      ['closed', 31, '2026-05-12', 'sentence', 'SANCTION', 'asserted', 'verb+relative-date'],
      [trigger, triggerStart, '2026-05-12', 'context', 'REJECT', 'asserted', rule],
    ]);
  });

  it('keeps a refusal in prose, dated by its paragraph', () => {
    const prose = 'In May 2019 Mongolia closed its border crossing with Kazakhstan. Kazakhstan declined to sign the railway protocol.';
    expect(eventRows(prose)).toEqual([
      ['conflict_or_incident', '2019-05', 'sentence', 'SANCTION', 21, 'closed', 'verb+date', ['country:KAZ', 'country:MNG']],
      ['agreement_signed', '2019-05', 'context', 'REJECT', 88, 'sign the railway protocol', 'trigger+context-date+plover:refused-to', ['country:KAZ']],
    ]);
  });

  it('keeps a denial a chronology entry dates', () => {
    const chronology = 'Chronology\n\n**2019**: Mongolia closed its border crossing with Kazakhstan. Astana did not recognise the closure.\n\n**2021**: Mongolia reopened the crossing.';
    expect(eventRows(chronology).map((e) => [e[1], e[2], e[3], e[4], e[5]])).toEqual([
      ['2019', 'sentence', 'SANCTION', 31, 'closed'],
      ['2019', 'context', 'COOPERATE', 90, 'recognise'],
      ['2021', 'sentence', 'RETREAT', 133, 'reopened'],
    ]);
  });
});

describe("a saying's content takes a date of its own, not the saying's (session 28)", () => {
  it('"said on 3 May 2024 that it had closed … in 2019": the closure is 2019', () => {
    const text = 'Tunisia said on 3 May 2024 that it had closed two Italian consulates in 2019.';
    expect(events(text, '2024-05-06').map((e) => [e.trigger, e.triggerSpan.start, e.date, e.dateSource])).toEqual([['closed', 39, '2019', 'sentence']]);
  });

  it('"said on Tuesday it had expelled … in March 2023": a content opened by a pronoun', () => {
    const text = 'Ghana said on Tuesday it had expelled two Burkinabe diplomats in March 2023.';
    expect(events(text, '2024-05-02').map((e) => [e.trigger, e.triggerSpan.start, e.date, e.dateSource])).toEqual([['expelled', 29, '2023-03', 'sentence']]);
  });

  it.each([
    // A date in a relative clause after the act is that clause's: the act keeps the saying's day.
    ['Ghana said on Tuesday that it had expelled two Burkinabe diplomats, who had arrived in 2019.', 'expelled', 34, '2024-04-30'],
    // A date after a noun of cause is that noun's ("over the shooting in March"), not the summons'.
    ['Ghana said on Tuesday that it had summoned the Burkinabe envoy over the shooting in March.', 'summoned', 34, '2024-04-30'],
    // A content with no date of its own keeps the saying's.
    ['Tunisia said on 3 May 2024 that it had closed two Italian consulates.', 'closed', 39, '2024-05-03'],
  ])("keeps the saying's date: %s", (text, trigger, start, date) => {
    expect(events(text, '2024-05-02').map((e) => [e.trigger, e.triggerSpan.start, e.date])).toEqual([[trigger, start, date]]);
  });
});
