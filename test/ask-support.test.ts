import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers, itRefuses } from './helpers/ask.js';
import { figureYear, lacksMeasure, otherOrdinal, withoutReferences } from '../src/knowledge/ask/support.js';
import { parseQuestion } from '../src/knowledge/ask/question.js';
import { askedOffice } from '../src/knowledge/ask/holders.js';
import { tokens } from '../src/knowledge/ask/text.js';

/** Documents written for these tests (test/data/ask-support/): a review of Thailand–Malaysia relations (visits counted with a source's year, two states' GDP, a deficit with a third state, a meeting in a capital, a memorandum whose signers are not named) notes on Japan–Vietnam ministerial visits (holders of offices at a date) a Laos–Vietnam wire whose headline answers a Ghana–Nigeria wire with a volume and a value in one sentence and a Finland–Estonia wire (another state in the place asked, an act there is no intention of). */
const DOCS = new URL('./data/ask-support/', import.meta.url).pathname;

describe('dyad ask: a passage must give what is asked, not only its words', () => {
  const fixture = askFixture(DOCS);
  const { engine } = fixture;

  itAnswers(fixture, [
    ['count of visits', 'How many times did the Thai prime minister visit Malaysia?', 'nine', /^In all, the Thai prime minister has visited Malaysia nine times/],
    ["state's own figure", "What was Thailand's GDP in 2022?", '500 billion', /^Thailand is the second largest economy/],
    ['figure of the pair asked', "What was Malaysia's trade deficit with China in 2021?", '9.5 billion', /^Malaysia in particular has a trade deficit/],
    ['share of exports beside a footnote mark', "How much of Thailand's exports did Malaysia take in 2021?", '12%', /^Malaysia has been Thailand's largest trading partner/],
    ["holder of a state's office in a year", "Who was Japan's foreign minister in July 2004?", 'Yoriko Kawaguchi', /^In July 2004, Foreign Minister Yoriko Kawaguchi/],
    ['holder of an office the people lexicon does not know', "Who was Japan's defence minister in 2011?", 'Kenji Sato', /^In May 2011, Defence Minister Kenji Sato/],
    ['count of the noun a stored count names', 'How many projects did Thailand fund in Malaysia in 2018?', 'four', /^In 2018 alone, Thailand funded four projects/],
    ['value of a contract beside its volume', 'What is the gas deal between Ghana and Nigeria worth?', '2.5 billion', /^ACCRA, March 12 - Under the gas deal/],
    ['volume beside the value of its contract', 'How much gas will Nigeria supply to Ghana a year?', '1.2 billion cubic metres', /^ACCRA, March 12 - Under the gas deal/],
    ["a count by the state's own body", 'How many crew members did the Estonian coast guard detain?', 'nine', /^HELSINKI, April 4 - Finland summoned/],
    ['people of one state living in the other', 'How many Estonians live in Finland?', '12,000', /^More than 12,000 Estonians live in Finland/],
    ['foreign minister of a state the document names', "Who is Finland's foreign minister?", 'Ilkka Berg', /^Foreign Minister Ilkka Berg said/],
    ['first of a series told as inaugural', 'When was the first session of the joint commission held?', '4 March 2016', /^The joint commission held its inaugural session/],
    ['third of a series', 'When was the third session of the joint commission held?', '2021', /^The third session followed/],
    ['place written as a capital', 'Where was the first Thailand–Malaysia joint border committee meeting held?', 'Bangkok', /^The first joint border committee meeting was held in Bangkok/],
  ]);

  it("cites the body's sentence beside a headline that answers", async () => {
    const a = await engine.ask('How many agreements did Laos and Vietnam sign during the state visit?');
    expect(a).toMatchObject({ status: 'answered' });
    expect(a.answer).toContain('14');
    expect(a.citations.map((c) => c.quote)).toEqual(['Laos and Vietnam sign 14 agreements during state visit', expect.stringMatching(/^VIENTIANE, May 7 - Laos and Vietnam signed 14 agreements/)]);
    fixture.exact(a);
  });

  it('cites no other sentence when the body tells another answer', async () => {
    const a = await engine.ask('How many border gates will Laos and Vietnam open?');
    expect(a.citations.every((c) => !/^VIENTIANE/.test(c.quote))).toBe(true);
  });

  const refused: [string, string][] = [
    ["a year that is only a source's reference", 'How many times did the Thai prime minister visit Malaysia in 2020?'],
    ["another state's figure for the year asked", "What was Malaysia's GDP in 2015?"],
    ['a figure of another pair', "What was Malaysia's trade deficit with Thailand in 2021?"],
    ['a person the passage does not name, only a name of a document', 'Which Thai defence minister signed the 2014 memorandum on defence cooperation?'],
    ["a person whose terms of office the people lexicon gives in another state's office", 'Who was the Japanese prime minister in July 2004?'],
    ['a count of another noun than the one asked', 'How many teachers did Thailand train in Malaysia in 2018?'],
    ["another state's body in the place of the one asked", 'How many crew members did the Danish coast guard detain?'],
    ['another state where people live', 'How many Estonians live in Sweden?'],
    ['an act the passage says there is no intention of', 'When did Finland recall its ambassador from Tallinn?'],
    ['the foreign minister of a state the document never names', "Who is Thailand's foreign minister?"],
    ['a meeting of a pair whose other state the document never names', 'Where was the first Thailand–Cambodia joint border committee meeting held?'],
    ['a count for a state of two words the document never names', 'How many crew members did the coast guard of New Zealand detain?'],
    ['a session of a series the passages do not tell', 'When was the second session of the joint commission held?'],
    ['a person by a title the passage gives no one', "Who is Thailand's high commissioner in Penang?"],
    ["a person of another state for a state's office the people lexicon does not hold", "Who is Vietnam's tourism minister?"],
    ['a measure no sentence gives, beside figures of another and a footnote mark', "What was Thailand's trade surplus with Malaysia in 2021?"],
  ];
  itRefuses(fixture, refused);
});

describe('support readers', () => {
  it("blanks the year of a source's reference, keeping offsets, and not a date the time stage read", () => {
    const text = 'visited Malaysia nine times (MFA., 2020). Trade rose (Lee & Tan, 2019b).';
    expect(withoutReferences(text, 0, [])).toBe('visited Malaysia nine times (MFA.,     ). Trade rose (Lee & Tan,     b).');
    expect(withoutReferences('the clinic (Hanoi, 2004) opened', 100, [{ start: 118, end: 122 }])).toBe('the clinic (Hanoi, 2004) opened');
    expect(withoutReferences('from 1995 to 1998 (three years)', 0, [])).toBe('from 1995 to 1998 (three years)');
  });

  it('reads a year as the year of a figure beside it, either side, and not a year with no figure', () => {
    expect(figureYear('a GDP of around $500 billion in 2022 (up from nearly $400 billion in 2015)', '2015')).toBe(true);
    expect(figureYear('In 2015 exports reached 12 percent of output', '2015')).toBe(true);
    expect(figureYear('In 2015, the two countries signed a trade pact.', '2015')).toBe(false);
  });

  it('reads the state before the title a who-question asks, and none from other questions', () => {
    expect(parseQuestion("Who is Egypt's energy minister?").personAdjective).toBe('egypt');
    expect(parseQuestion('Who was the British ambassador in 2011?').personAdjective).toBe('british');
    expect(parseQuestion('Which Vietnamese prime minister visited Japan?').personAdjective).toBe('vietnamese');
    expect(parseQuestion('When did Egypt sign the deal?').personAdjective).toBeUndefined();
  });

  it('reads another ordinal of a series, and not the one asked or a sentence without one', () => {
    expect(otherOrdinal('When was the second session held?', 'The inaugural session was held in 2015.')).toBe(true);
    expect(otherOrdinal('When was the second session held?', 'The 2nd session was held in 2018.')).toBe(false);
    expect(otherOrdinal('When was the second session held?', 'The session was held in 2018.')).toBe(false);
    expect(otherOrdinal('When was the session held?', 'The third session was held in 2021.')).toBe(false);
  });

  it('finds the measure a "what was" question asks in a sentence, in any of its forms, and only for such questions', () => {
    const sentence = (text: string) => ({ doc: 'd', start: 0, end: text.length, block: 0, index: 0, words: tokens(text) });
    const q = parseQuestion("What was Vietnam's trade deficit with Japan in 2013?");
    expect(lacksMeasure(q, [sentence('Japan was its third largest trading partner, with 30% of aid.')])).toBe(true);
    expect(lacksMeasure(q, [sentence('The deficits with Japan narrowed.')])).toBe(false);
    expect(lacksMeasure(parseQuestion('How many ships did Japan give?'), [sentence('Japan gave six vessels.')])).toBe(false);
  });

  it('reads the office, state and year a who-question asks the holder of, and nothing from other questions', () => {
    expect(askedOffice(parseQuestion("Who was Japan's prime minister in 2013?"))).toMatchObject({ country: 'JPN', year: '2013' });
    expect(askedOffice(parseQuestion('Who was the president of Vietnam in March 2014?'))).toMatchObject({ country: 'VNM', year: '2014' });
    expect(askedOffice(parseQuestion('Who signed the accord in 2013?'))).toBeUndefined();
    expect(askedOffice(parseQuestion("How many times did Japan's prime minister visit Vietnam?"))).toBeUndefined();
  });
});
