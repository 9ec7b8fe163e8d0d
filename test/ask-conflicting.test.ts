import { describe, expect, it } from 'vitest';
import { askFixture, itConflicts, itRefuses } from './helpers/ask.js';
import { parseQuestion } from '../src/knowledge/ask/question.js';
import { onceAsked } from '../src/knowledge/ask/once.js';

/** A wire and a background note on Zambia and Malawi that give one act two years, a state two starts, and figures of their own (test/data/ask-conflicting/). */
const DOCS = new URL('./data/ask-conflicting/', import.meta.url).pathname;

describe('dyad ask: sources that disagree on the slot asked, and sources that only seem to', () => {
  const fixture = askFixture(DOCS);
  const { engine, exact } = fixture;

  const conflicts: [string, string, string[], RegExp[]][] = [
    [
      'two years of an act that happens once, two years apart',
      'When did Zambia and Malawi establish diplomatic relations?',
      ['1966', '1964'],
      [/^Zambia and Malawi established diplomatic relations in 1966, two years/, /^Zambia and Malawi established diplomatic relations in 1964\.$/],
    ],
    [
      'two starts of a state told with two verbs',
      'Since when has the Chanida crossing been closed to lorries?',
      ['since 2021 (2021)', 'since 2019 (2019)'],
      [/^The border crossing at Chanida has been closed to lorries since 2021/, /^Lorries have been barred from the Chanida crossing since 2019/],
    ],
    [
      'two figures of one year, one passage saying "the two countries"',
      'What was the value of trade between Zambia and Malawi in 2022?',
      ['$365 million (365000000 USD)', '$410 million (410000000 USD)'],
      [/^Bilateral trade between the two countries was worth \$365 million in 2022/, /^Trade between Zambia and Malawi reached \$410 million in 2022/],
    ],
    [
      // "is expected to cost $31 million" and "will cost $24 million": two accounts of one future cost, a disagreement the answer tells, each
      // claim a stored figure in the same form. (The expected one is a projected figure: see the test below.)
      'an expected cost against a cost told in the sentence beside a weaker passage',
      'How much will the one-stop border post at Mchinji cost?',
      ['$31 million (31000000 USD)', '$24 million (24000000 USD)'],
      [/^The one-stop border post planned at Mchinji is expected to cost \$31 million/, /^The post will cost \$24 million/],
    ],
  ];
  itConflicts(fixture, conflicts);

  it('stores the expected cost as a projected figure and the told cost as measured, neither a conflict of the store', async () => {
    const costs = (await engine.facts())
      .filter((f) => f.value === 31000000 || f.value === 24000000)
      .map((f) => [f.value, f.qualifier])
      .sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(costs).toEqual([
      [24000000, 'exact'],
      [31000000, 'projected'],
    ]);
    expect((await engine.conflicts()).filter((c) => c.kind === 'fact' && /Mchinji|post/.test(JSON.stringify(c)))).toEqual([]);
  });

  const agreed: [string, string, string, RegExp][] = [
    [
      'the first of a series, the second told apart',
      'When did the two presidents hold their first joint commission meeting?',
      'March 2018',
      /^The two presidents held their first joint commission meeting/,
    ],
    [
      "yes told in the report's own words, no side speaking",
      'Did the two governments agree to build a one-stop border post at Mchinji?',
      'Yes',
      /^The clash comes weeks after the two governments agreed/,
    ],
    ['one figure written two ways by two sources', 'What were Zambian copper exports to Malawi worth in 2022?', '$210 million', /^Zambian copper exports to Malawi were worth/],
    ['a disbursed amount beside a registered one', 'How much Zambian investment had been disbursed in Malawi by the end of 2022?', '$45 million', /of which \$45 million had been disbursed/],
    [
      'the item of a list its bracketed year dates, the one holding most of the name',
      'When did Zambia and Malawi agree on an "enhanced comprehensive partnership"?',
      '2019',
      /^Ties moved from a "good neighbourly partnership"/,
    ],
  ];
  for (const [why, question, answer, passage] of agreed) {
    it(`answers ${why} with one claim`, async () => {
      const a = await engine.ask(question);
      expect(a.status).toBe('answered');
      expect(a.answer).toContain(answer);
      expect(a.citations[0]!.quote).toMatch(passage);
      exact(a);
    });
  }

  it("answers 'according to each side' with the accounts of the report's pair when the question names no state", async () => {
    const a = await engine.ask('Who was responsible for the clash at the Mchinji border market, according to each side?');
    expect(a.status).toBe('conflict');
    expect(a.claims.map((c) => c.answer)).toEqual([
      'Malawi: rejected the claim and said Zambian officers had fired on unarmed traders',
      'Zambia: said Malawian smugglers had attacked a customs patrol',
    ]);
    expect(a.claims.map((c) => c.citations[0]!.quote)).toEqual([
      "Malawi's foreign ministry rejected the claim and said Zambian officers had fired on unarmed traders.",
      "Zambia's home affairs minister said Malawian smugglers had attacked a customs patrol.",
    ]);
    exact(a);
  });

  const refused: [string, string][] = [
    ["a passage dated by its report that tells another act than the question's", 'When will the one-stop border post at Mchinji open?'],
    ['a count of people killed for people arrested, and the day of the dateline', 'How many people were arrested after the clash at Mchinji?'],
    ['an amount of a compound\'s number word ("one-stop")', 'How much did the African Development Bank lend for the border post?'],
  ];
  itRefuses(fixture, refused);

  it('answers what each side said of a matter from the sides speaking near a weaker passage of the report, below the refusal line', async () => {
    const a = await engine.ask('What did each side say caused the clash at Mchinji?');
    expect(a.status).toBe('conflict');
    expect(a.claims.map((c) => c.answer.split(':')[0])).toEqual(['Malawi', 'Zambia']);
    expect(a.claims.every((c) => c.citations[0]!.doc === 'zambia-malawi-wire')).toBe(true);
    exact(a);
  });

  it("answers a yes one side says after rejecting a claim with the other side's account nearby, each cited", async () => {
    const a = await engine.ask('Did Zambian officers fire on unarmed traders at Mchinji?');
    expect(a.status).toBe('conflict');
    expect(a.claims.map((c) => c.answer)).toEqual([
      'Malawi: Yes, rejected the claim and said Zambian officers had fired on unarmed traders',
      'Zambia: said Malawian smugglers had attacked a customs patrol',
    ]);
    expect(a.claims.map((c) => c.citations[0]!.quote)).toEqual([
      "Malawi's foreign ministry rejected the claim and said Zambian officers had fired on unarmed traders.",
      "Zambia's home affairs minister said Malawian smugglers had attacked a customs patrol.",
    ]);
    exact(a);
  });

  it('reads which questions ask of an act that happens once', () => {
    expect(onceAsked(parseQuestion('When did Zambia and Malawi establish diplomatic relations?'))).toBe(true);
    expect(onceAsked(parseQuestion('Since when has the crossing been closed?'))).toBe(true);
    expect(onceAsked(parseQuestion('When did Ghana gain independence?'))).toBe(true);
    expect(onceAsked(parseQuestion('When did the president visit Lilongwe?'))).toBe(false);
    expect(onceAsked(parseQuestion('When did the joint commission meet?'))).toBe(false);
  });
});
