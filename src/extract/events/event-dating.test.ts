import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** Events of a text with their dates, in paragraphs written in the manner of government histories and wire reports. */
function events(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, ...(documentDate ? { documentDate } : {}) }).events.map((e) => ({
    start: e.start,
    date: e.date,
    dateSource: e.dateSource,
    trigger: text.slice(e.trigger.start, e.trigger.end),
    type: e.type,
  }));
}

describe("an act set on an occasion takes the occasion's date (session 10)", () => {
  it('"During the president\'s visit" is the visit\'s date, not the last date told before it', () => {
    const text =
      "President Ruto paid a state visit to Indonesia on 12–14 May 2023. He also attended the regional forum held in Jakarta on 2–3 May 2023. During President Ruto's visit, four bilateral agreements were signed.";
    const signed = events(text).find((e) => e.type === 'agreement_signed');
    expect(signed).toMatchObject({ date: '2023-05-12/2023-05-14', dateSource: 'context' });
  });

  it('"During the stand-off" is the stand-off\'s day in news', () => {
    const text =
      'The standoff occurred on Saturday near the disputed atoll. Manila lodged a protest on Monday.\n\nDuring the stand-off, one patrol boat was rammed by a Vietnamese fishing vessel, the coast guard said.';
    const rammed = events(text, '2022-06-14').filter((e) => e.trigger === 'rammed');
    expect(rammed.map((e) => [e.date, e.dateSource])).toEqual([['2022-06-11', 'context']]);
  });
});

describe("an act done on an occasion is told by its own word, not the occasion's (session 11)", () => {
  it('"During the stand-off, … fired a water cannon": the water cannon, on the stand-off\'s day', () => {
    // A report of Tuesday 30 April 2024: Saturday is 27 April.
    const text = 'The standoff began on Saturday near Scarborough Shoal.\n\nDuring the stand-off, a Chinese coast guard ship fired a water cannon at a Philippine supply boat.';
    const done = events(text, '2024-04-30').filter((e) => e.start > 0);
    expect(done.map((e) => [e.trigger, e.date, e.dateSource])).toEqual([['water cannon', '2024-04-27', 'context']]);
  });
});

describe('"at the time" points back to the act told just before (session 10)', () => {
  it('takes the date of the main clause before, not a date it mentions after it', () => {
    const text = 'Lima recalled its ambassador from Santiago on March 3, accusing Chile of backing smugglers it blames for a fuel shortage in February. Santiago rejected the accusations at the time.';
    const rejected = events(text, '2022-04-20').find((e) => e.trigger === 'rejected');
    expect(rejected).toMatchObject({ date: '2022-03-03', dateSource: 'context' });
  });
});

describe('news narration: an undated act that points back to a dated one takes its date (session 11)', () => {
  it('"The protest condemned …" after "lodged a protest … on Monday" is Monday\'s, with the acts it tells', () => {
    // A report of Wednesday 13 March 2024: Monday is 11 March.
    const text =
      'Hanoi lodged a protest with the Chinese embassy on Monday over the seizure of a fishing boat near the Paracels.\n\nThe protest condemned the seizure and urged China to release the crew.';
    const told = events(text, '2024-03-13').filter((e) => e.start > 0 && ['protest', 'condemned', 'urged'].includes(e.trigger));
    expect(told.map((e) => [e.trigger, e.date, e.dateSource])).toEqual([
      ['protest', '2024-03-11', 'context'],
      ['condemned', '2024-03-11', 'context'],
      ['urged', '2024-03-11', 'context'],
    ]);
  });

  it('"has been summoned" in the lede is the day the body gives the summons', () => {
    // A report of Thursday 19 June 2025: "on Tuesday" is 17 June.
    const text =
      'This is the third time this month that the Thai ambassador has been summoned over the border dispute.\n\nOn Tuesday, the Cambodian foreign ministry summoned the Thai ambassador to protest the closure of the Chong Chom crossing.';
    const summoned = events(text, '2025-06-19').filter((e) => e.trigger === 'summoned');
    expect(summoned.map((e) => [e.date, e.dateSource])).toEqual([
      ['2025-06-17', 'context'],
      ['2025-06-17', 'sentence'],
    ]);
  });

  it('keeps the publication day when nothing dated is pointed to, and tells no state of affairs', () => {
    const text =
      'Kenya protested on Friday over the closure of the Namanga border post.\n\nThe talks collapsed after Tanzania rejected the proposal.\n\nUganda has been a close partner of Kenya for decades.';
    const found = events(text, '2024-05-06');
    // "The talks" names no act dated before: the publication day; "has been a close partner" is a state.
    expect(found.filter((e) => e.dateSource !== 'sentence').map((e) => [e.trigger, e.date, e.dateSource])).toEqual([['talks', '2024-05-06', 'document']]);
  });
});

describe('news narration: an act dated by a period relative to the report takes the day the report gives it (session 11)', () => {
  it('"detained … earlier this week" is the Monday of "detained the fishermen on Monday"', () => {
    // A report of Thursday 11 July 2024.
    const text =
      'Indonesia on Wednesday demanded that Malaysia free three fishermen detained near Tanjung Piai earlier this week.\n\nMalaysian maritime police detained the fishermen on Monday, saying their boat had crossed the maritime boundary.';
    const detained = events(text, '2024-07-11').filter((e) => e.trigger === 'detained');
    expect(detained.map((e) => [e.start, e.date, e.dateSource])).toEqual([
      [0, '2024-07-08', 'sentence'],
      [text.indexOf('Malaysian'), '2024-07-08', 'sentence'],
    ]);
  });

  it('"the ramming … over the weekend" is the Sunday of "rammed the boat on Sunday"; the protest keeps its own date', () => {
    // A report of Tuesday 9 July 2024.
    const text = 'Vietnam protested the ramming of a fishing boat by a Chinese vessel over the weekend.\n\nA Chinese coast guard vessel rammed the boat on Sunday near Woody Island.';
    const found = events(text, '2024-07-09').filter((e) => e.start === 0);
    expect(found.map((e) => [e.trigger, e.date])).toEqual([
      ['ramming', '2024-07-07'],
      ['protested', '2024-07-06/2024-07-07'],
    ]);
  });

  it('a month the text states keeps its own date: "in July 2024" and "on 8 July 2024" may be two acts', () => {
    const text = 'Malaysian maritime police detained Indonesian fishermen off Johor in July 2024.\n\nMalaysian maritime police detained three more on 8 July 2024 near Tanjung Piai.';
    expect(events(text, '2024-07-11').map((e) => e.date)).toEqual(['2024-07', '2024-07-08']);
  });
});

describe("a chronology's year restated by a finer date in brackets dates its entry by the finer one (session 13)", () => {
  it('"1998   … signed a trade agreement (11 February)" is 1998-02-11, one event an entry, "(December)" a month', () => {
    const text =
      'KEY DATES\n\n1998         Kenya and Japan signed a trade agreement (11 February)\n2014         Japan opened a consulate in Mombasa (8 July)\n2016         Kenya and Japan signed a visa waiver arrangement (December)';
    expect(events(text, '2024-11-21').map((e) => [e.trigger, e.date, e.dateSource])).toEqual([
      ['signed a trade agreement', '1998-02-11', 'sentence'],
      ['opened a consulate', '2014-07-08', 'sentence'],
      ['signed', '2016-12', 'sentence'],
    ]);
  });

  it('keeps both dates when the year does not open the entry: two acts may be told', () => {
    const text = 'Kenya opened an embassy in Tokyo in 2014 and Japan signed a trade agreement with Kenya (8 July).';
    expect(events(text, '2024-11-21').map((e) => [e.trigger, e.date])).toEqual([
      ['opened an embassy', '2014'],
      ['signed a trade agreement', '2014-07-08'],
    ]);
  });
});

describe('a half, a quarter or a season of a year dates an event to its months (session 16)', () => {
  it.each([
    ["The next leaders' meeting will be held in Tokyo in the first half of 2025.", '2025-01/2025-06'],
    ['Talks on the maritime border resumed in the summer of 2019.', '2019-06/2019-08'],
    ['Ghana and Togo signed a power agreement in the third quarter of 2021.', '2021-07/2021-09'],
    // An edge of a year or of a season is a guess at its months: the year.
    ['The two states opened embassies in late 2012.', '2012'],
    ['The frigates were delivered to Manila in early summer 2016.', '2016'],
  ])('%s', (text, date) => {
    expect(events(text).map((e) => e.date)).toEqual([date]);
  });
});

describe('an "and" inside a noun phrase opens no clause (session 28)', () => {
  it('"began talks in 1984 and signed an agreement on peace and tranquillity … in 1998": the signing is 1998', () => {
    const text = 'Ghana and Burkina Faso began boundary talks in 1984 and signed an agreement on peace and tranquillity along the border in 1998.';
    expect(events(text).map((e) => [e.trigger, text.indexOf(e.trigger), e.date, e.dateSource])).toEqual([
      ['talks', 38, '1984', 'sentence'],
      ['signed an agreement', 56, '1998', 'sentence'],
    ]);
  });

  it('an "and" between two nouns that a subject and a finite verb follow still opens a clause (review fix)', () => {
    const text = 'Ghana expelled 40 Burkinabe traders on 3 June 2024, arrested their leaders and Burkina Faso recalled its ambassador on 10 June 2024.';
    const { blocks, sentences } = structure(text);
    const found = extract({ text, blocks, sentences }).events.filter((e) => text.slice(e.trigger.start, e.trigger.end).startsWith('arrested'));
    expect(found.map((e) => [e.trigger.start, e.date, e.actors.map((a) => a.entity)])).toEqual([[52, '2024-06-03', ['country:GHA', 'country:BFA']]]);
  });

  it('an "and" that opens a clause still parts the act from the later date', () => {
    const text = 'Ghana recalled its ambassador from Ouagadougou in 1984 and Burkina Faso closed the border, which reopened in 1998.';
    expect(events(text).map((e) => [e.trigger, e.date])).toEqual([['recalled its ambassador', '1984']]);
  });
});

describe("a saying's content date inside a relative clause (review fix, session 28)", () => {
  it('"announced on 2 June 2025 that it had expelled two Brazilian diplomats who had entered the country in 2019": the expulsion is of the saying\'s day', () => {
    const text = 'Peru announced on 2 June 2025 that it had expelled two Brazilian diplomats who had entered the country in 2019.';
    const { blocks, sentences } = structure(text);
    const found = extract({ text, blocks, sentences }).events.filter((e) => text.slice(e.trigger.start, e.trigger.end).startsWith('expelled'));
    expect(found.map((e) => [e.trigger.start, e.date, e.actors.map((a) => a.entity).sort()])).toEqual([[42, '2025-06-02', ['country:BRA', 'country:PER']]]);
  });
});
