import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { findTimes } from '../time/time-stage.js';

/**
 * Acts dated by TimeML's anchoring (session 18): a length before "after" counted back from the
 * main act, "the next day" and "a year later" counted on from the time told just before, a year
 * that qualifies a noun dating nothing. Sentences written for these tests in the manner of wire
 * reports and encyclopedic histories.
 */
function events(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, ...(documentDate ? { documentDate } : {}) }).events.map((e) => ({
    date: e.date,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    start: e.trigger.start,
    rule: e.rule,
  }));
}

const time = (text: string, documentDate: string | undefined, phrase: string) => findTimes(text, documentDate).find((t) => t.text === phrase);

describe('an act dated from the main one by a length, told by its predicate (session 18)', () => {
  it('"ordered … on Thursday, two days after a Latvian patrol boat crossed …": the crossing is Tuesday', () => {
    // A report of Thursday 12 February 2026.
    const text = 'Lithuania ordered a Latvian diplomat to leave the country on Thursday, two days after a Latvian patrol boat crossed into Lithuanian waters near Nida, the ministry said.';
    const found = events(text, '2026-02-12');
    const crossed = found.find((e) => e.trigger.startsWith('crossed'));
    expect(crossed?.date).toBe('2026-02-10');
    expect(crossed?.start).toBe(text.indexOf('crossed'));
    expect(crossed?.rule).toContain('+offset');
    expect(found.find((e) => e.trigger.startsWith('ordered'))?.date).toBe('2026-02-12');
  });

  it('a rough length dates nothing: "about two days after …"', () => {
    const text = 'Lithuania ordered a Latvian diplomat to leave the country on Thursday, about two days after a Latvian patrol boat crossed into Lithuanian waters near Nida.';
    expect(events(text, '2026-02-12').filter((e) => e.rule.includes('+offset'))).toEqual([]);
  });
});

describe('"the next day" and "a year later" counted from the time told just before (session 18)', () => {
  it('"On 25 March 1971 …, and independence was proclaimed the next day" is 26 March', () => {
    const text = 'On 25 March 1971 the army launched a crackdown in the capital, and independence was proclaimed the next day.';
    expect(time(text, undefined, 'the next day')).toMatchObject({ start: text.indexOf('the next day'), edtf: '1971-03-26', granularity: 'day' });
  });

  it('"the next day" after a month names no day, nor across a paragraph break; "the same day" stays untagged', () => {
    expect(time('In March 1971 the army struck, and the next day the leaders fled.', undefined, 'the next day')).toBeUndefined();
    // Session 27: the reference time holds through its paragraph (it was 150 characters), and ends at a paragraph break.
    const far = `On 25 March 1971 the army struck. ${'The crackdown spread to every district of the province and beyond. '.repeat(3)}The next day the leaders fled.`;
    expect(time(far, undefined, 'The next day')).toMatchObject({ start: far.indexOf('The next day'), edtf: '1971-03-26' });
    expect(time(far.replace('struck. ', 'struck.\n\n'), undefined, 'The next day')).toBeUndefined();
    expect(time('On 25 March 1971 the army struck, and the same day the leaders fled.', undefined, 'the same day')).toBeUndefined();
  });

  it('"On 3 May 1952 …; a week later …" is 10 May (TIMEX3 the ISO week); "two weeks ago" from the report stays a month', () => {
    const text = 'On 3 May 1952 police fired on students; a week later the ban on the language was lifted.';
    expect(time(text, undefined, 'a week later')).toMatchObject({ start: text.indexOf('a week later'), edtf: '1952-05-10', granularity: 'day', timex: { value: '1952-W19' } });
    expect(time('Two weeks ago the talks failed.', '2025-10-15', 'Two weeks ago')).toMatchObject({ edtf: '2025-10', granularity: 'month' });
  });

  it('"In September 2014 … seized; he was exchanged a year later" keeps the month; from a year or with "earlier", a year', () => {
    const text = 'In September 2014 a Latvian officer was seized near the border; he was exchanged a year later on a bridge.';
    expect(time(text, undefined, 'a year later')).toMatchObject({ edtf: '2015-09', granularity: 'month' });
    expect(time('In 1966 the party issued its demands, and two years later its leader was charged.', undefined, 'two years later')).toMatchObject({ edtf: '1968', granularity: 'year' });
    expect(time('Profit rose in September 1989 from $2 million a year earlier.', '1989-10-20', 'a year earlier')?.edtf).toBe('1988');
  });
});

describe('a year that qualifies a noun dates no act beside a day (session 18)', () => {
  it('"had been stopped late on Monday …, where a 2009 ruling guarantees …": the act is Monday\'s', () => {
    // A report of Thursday 4 September 2025.
    const text =
      'Foreign Minister Ana Solis said the fishermen had been stopped late on Monday on the river, where a 2009 ruling of the International Court of Justice guarantees Costa Rican boats the right to navigate for commercial purposes.';
    const found = events(text, '2025-09-04');
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((e) => e.date)).not.toContain('2009');
    expect(found[0]!.date).toBe('2025-09-01');
  });

  it('a year alone in its sentence still dates it: "ratified a 2009 border protocol" keeps 2009', () => {
    expect(events('Kenya and Uganda ratified a 2009 border protocol.').map((e) => e.date)).toEqual(['2009']);
  });

  it('a year after a possessive dates the act: "during its 2007 power crisis" beside a later day', () => {
    const text = 'Ghana cut electricity supplies to Togo during its 2007 power crisis, and Togo signed a supply agreement with Nigeria on 3 May 2008.';
    const found = events(text);
    const at = (word: string) => found.filter((e) => text.startsWith(word, e.start)).map((e) => e.date);
    expect(at('cut')).toEqual(['2007']);
    expect(at('signed')).toEqual(['2008-05-03']);
  });
});

describe('a month or a day beside a year is in that year, finer than it (session 18)', () => {
  const timeline = '2013\nJanuary 11: Kenya launches a joint patrol with Uganda on the lake border.\n\n2015 — In March, the two countries sign a defence pact.';

  it('"2013\\nJanuary 11: …" is 2013-01-11 and "2015 — In March" 2015-03, each an event of its day or month', () => {
    const times = findTimes(timeline, '2025-06-01');
    expect(times.map((t) => [t.text, t.start, t.edtf, t.granularity])).toEqual([
      ['2013', 0, '2013', 'year'],
      ['January 11', 5, '2013-01-11', 'day'],
      ['2015', 80, '2015', 'year'],
      ['March', 90, '2015-03', 'month'],
    ]);
    expect(events(timeline, '2025-06-01').map((e) => [e.date, e.start])).toEqual([
      ['2013-01-11', timeline.indexOf('joint patrol')],
      ['2015-03', timeline.indexOf('sign a')],
    ]);
  });

  it('a relative time beside a date still restates it: "Two years later, in May 2005" takes 2005 from it, not 2006', () => {
    const text = 'In May 2004 the two leaders met in Nairobi. Two years later, in May 2005, they met again.';
    expect(time(text, undefined, 'Two years later')).toMatchObject({ edtf: '2005', coreferent: true });
  });
});

describe("a timeline's year reaches the days under it; a finer date in the same clause restates the opening one (session 18)", () => {
  // A timeline published on 1 June 2025 (a day: without the year heading, "3 June" would be the report's June).
  const timeline =
    'January 2014: Uganda closes the Busia crossing on 14 January after a dispute over sugar duties.\n\n2013 – 11 January: Kenya launches a joint patrol with Uganda on the lake border.\n\n**2017**\n\n* 3 June: Uganda recalls its ambassador from Nairobi.\n* 12 July: Kenya and Uganda open the Malaba one-stop border post.';

  it('"**2017**" heads "* 3 June" and "* 12 July" across the paragraph break', () => {
    const times = findTimes(timeline, '2025-06-01').filter((t) => /June|July/.test(t.text));
    expect(times.map((t) => [t.text, t.start, t.edtf])).toEqual([
      ['3 June', timeline.indexOf('3 June'), '2017-06-03'],
      ['12 July', timeline.indexOf('12 July'), '2017-07-12'],
    ]);
  });

  it('each entry is one event of its day: the opening month or year restated by the day', () => {
    expect(events(timeline, '2025-06-01').map((e) => [e.date, e.start])).toEqual([
      ['2014-01-14', timeline.indexOf('closes')],
      ['2013-01-11', timeline.indexOf('joint patrol')],
      ['2017-06-03', timeline.indexOf('recalls')],
      ['2017-07-12', timeline.indexOf('open the')],
    ]);
  });

  it('two clauses keep both dates: "In 2014 Kenya opened an embassy and on 8 July signed a treaty"', () => {
    expect(events('In 2014 Kenya opened an embassy in Kampala and on 8 July signed a trade treaty with Uganda.').map((e) => e.date)).toEqual(['2014', '2014-07-08']);
  });

  it('a year in running text heads nothing: "In 2017 …" then, a paragraph on, "on 3 June" is the report\'s', () => {
    const text = 'In 2017 Uganda recalled its ambassador.\n\nKenya protested on 3 June.';
    expect(findTimes(text, '2025-06-10').find((t) => t.text === '3 June')?.edtf).toBe('2025-06-03');
  });
});

describe('a date that restates a length after its comma dates the act before it (session 20)', () => {
  it('"became independent in March 1957, and opened an embassy in Lome two years later, in 1959": the embassy is 1959', () => {
    const text = 'Ghana became independent in March 1957, and opened an embassy in Lome two years later, in 1959.';
    expect(events(text).map((e) => [e.trigger, e.start, e.date])).toEqual([
      ['became independent in March 1957', 6, '1957-03'],
      ['opened an embassy', 44, '1959'],
    ]);
  });

  it('keeps a date after an ordinary comma with the clause before it', () => {
    const text = 'Ghana became independent in March 1957, and opened an embassy in Lome, in a ceremony in 1959.';
    expect(events(text).find((e) => e.trigger === 'opened an embassy')).toMatchObject({ start: 44, date: '1957-03' });
  });
});
