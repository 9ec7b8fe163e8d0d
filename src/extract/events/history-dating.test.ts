import { describe, expect, it } from 'vitest';
import { reportEvents } from '../../../test/helpers/events.js';

/** Sentences written for these tests in the manner of histories and wire reports (session 21), on pairs in no eval set. */
const history = (text: string) => reportEvents(text, '');

describe('a span of years in brackets right after an act dates it (session 21)', () => {
  const text = 'Zambia and Malawi fought a short border war (1964–1966) and signed a peace treaty in 1968.';

  it('"a short border war (1964–1966)" is the war of 1964/1966; the treaty keeps 1968', () => {
    const events = history(text);
    expect(events.find((e) => e.trigger === 'war')).toMatchObject({ start: 0, triggerStart: 40, date: '1964/1966', dateSource: 'sentence' });
    expect(events.find((e) => e.trigger === 'signed a peace treaty')).toMatchObject({ triggerStart: 60, date: '1968' });
  });

  // A named war in a list of periods is no act of the treaty's year. Known wrong today: coEvents (event-refiners.ts, held as
  // finding 1 of the s21 review, another helper's item) also makes "War" a FIGHT dated 1952 by co-trigger. `it.fails` keeps
  // the exact expectation: when coEvents is fixed this turns red and `.fails` is to be dropped.
  it.fails('a list of bracketed spans sets periods: only the treaty is an event, of 1952', () => {
    const list = 'Zambia and Malawi lived through the First Border War (1931–1933), the Second Border War (1946–1949) and signed a treaty in 1952.';
    expect(history(list).map((e) => [e.trigger, e.date, e.plover])).toEqual([['signed a treaty', '1952', 'AGREE']]);
  });

  it('a bracketed span after no act dates nothing', () => {
    expect(history('Zambia and Malawi saw periods of halted trade (1979–1990) and very limited political relations.')).toEqual([]);
  });

  it('"built jointly between 1971 and 1975": an adverb between the verb and its span', () => {
    const events = history('The Kafue bridge, built jointly by Zambia and Malawi between 1971 and 1975, opened to traffic in 1976.');
    expect(events.map((e) => e.date)).toContain('1976');
    const bridge = history('The Kafue bridge of Zambia and Malawi, built jointly between 1971 and 1975, opened to traffic in 1976.');
    expect(bridge.map((e) => e.date)).toEqual(['1971/1975', '1976']);
  });
});

describe("a joint statement speaks for its meeting's days (session 21)", () => {
  const body =
    '\n\n1. At the invitation of the President of Zambia, the President of Malawi paid a state visit to Zambia on 9-10 September 2026.\n\n2. The Parties reaffirmed their commitment to the free movement of persons and condemned the harassment of traders at border crossings.';

  it('headed "JOINT STATEMENT", dated by the visit\'s last day: an act with no date of its own is of both days; the statement is of its date', () => {
    const text = `JOINT STATEMENT\nof the Presidents of Zambia and Malawi\n\nLusaka, 10 September 2026${body}`;
    const events = reportEvents(text, '2026-09-10');
    expect(events.find((e) => e.trigger === 'condemned')).toMatchObject({ start: 213, triggerStart: 289, date: '2026-09-09/2026-09-10', dateSource: 'document' });
    expect(events.find((e) => e.trigger === 'JOINT STATEMENT')).toMatchObject({ start: 0, date: '2026-09-10', dateSource: 'document' });
    expect(events.find((e) => e.trigger === 'visit')).toMatchObject({ date: '2026-09-09/2026-09-10', dateSource: 'sentence' });
  });

  it('a dateline that is itself the span: "Lilongwe, 17-18 June 2026"', () => {
    const text =
      'JOINT COMMUNIQUÉ\nof the Third Session of the Zambia-Malawi Joint Commission\nLilongwe, 17-18 June 2026\n\n1. The two Parties reaffirmed their commitment to the free movement of persons and condemned the harassment of traders at border crossings.';
    expect(reportEvents(text, '2026-06-18').find((e) => e.trigger === 'condemned')).toMatchObject({ date: '2026-06-17/2026-06-18', dateSource: 'document' });
  });

  it('headed "JOINT COMMUNIQUÉ" (an accented title) and dated by its last day: the opening\'s span dates what has no date (session 22)', () => {
    const text = `JOINT COMMUNIQUÉ\nof the Presidents of Zambia and Malawi\n\nLusaka, 10 September 2026${body}`;
    const events = reportEvents(text, '2026-09-10');
    expect(events.find((e) => e.trigger === 'condemned')).toMatchObject({ triggerStart: text.indexOf('condemned'), date: '2026-09-09/2026-09-10', dateSource: 'document' });
    const accented = `Joint Communiqué on the visit of the President of Malawi\n\nLusaka, 10 September 2026${body}`;
    expect(reportEvents(accented, '2026-09-10').find((e) => e.trigger === 'condemned')?.date).toBe('2026-09-09/2026-09-10');
    // A title that only begins so ("COMMUNIQUÉS", another word) is no joint statement: the report's day stays.
    const other = `JOINT COMMUNIQUÉS\nof the Presidents of Zambia and Malawi\n\nLusaka, 10 September 2026${body}`;
    expect(reportEvents(other, '2026-09-10').find((e) => e.trigger === 'condemned')?.date).toBe('2026-09-10');
  });

  it("a document not headed as a joint statement, or a span that ends more than two days before its date, leaves the report's day", () => {
    const untitled = `ZAMBIA AND MALAWI\n\nLusaka, 10 September 2026${body}`;
    expect(reportEvents(untitled, '2026-09-10').find((e) => e.trigger === 'condemned')).toMatchObject({ date: '2026-09-10', dateSource: 'document' });
    // Up to two days after the meeting the statement speaks for its days (session 31); five days after, not.
    const twoDays = `JOINT STATEMENT\nof the Presidents of Zambia and Malawi\n\nLusaka, 12 September 2026${body}`;
    expect(reportEvents(twoDays, '2026-09-12').find((e) => e.trigger === 'condemned')).toMatchObject({ date: '2026-09-09/2026-09-10', dateSource: 'document' });
    const later = `JOINT STATEMENT\nof the Presidents of Zambia and Malawi\n\nLusaka, 15 September 2026${body}`;
    expect(reportEvents(later, '2026-09-15').find((e) => e.trigger === 'condemned')).toMatchObject({ date: '2026-09-15', dateSource: 'document' });
  });
});

describe('acts dated by a month or a season of the year told before (session 25)', () => {
  it('"in April that year" dates the act April of that year, not the year alone', () => {
    const text = 'In 2016 Chilean patrol boats detained a New Zealand trawler, and in April that year Wellington recalled its ambassador from Santiago.';
    const events = history(text);
    expect(events.find((e) => e.trigger.startsWith('recalled'))).toMatchObject({ triggerStart: text.indexOf('recalled'), date: '2016-04' });
  });

  it('"That autumn", "The following spring" date acts by the season of the year told (or the next)', () => {
    const text = 'Mongolia and Kazakhstan signed a border treaty in 1994. That autumn, Mongolia opened a consulate in Almaty. The following spring, the two presidents met in Astana.';
    expect(history(text).map((e) => [e.trigger, e.date])).toEqual([
      ['signed a border treaty', '1994'],
      ['opened a consulate', '1994-09/1994-11'],
      ['met', '1995-03/1995-05'],
    ]);
  });
});
