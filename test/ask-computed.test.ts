import { describe, expect, it } from 'vitest';
import { askFixture, itRefuses } from './helpers/ask.js';
import { operationOf, shownFigure } from '../src/knowledge/ask/arithmetic.js';
import { alignedRows } from '../src/knowledge/ask/tables.js';

/** Documents written for these tests, on two pairs of states (test/data/ask-computed/). */
const DOCS = new URL('./data/ask-computed/', import.meta.url).pathname;

describe('dyad ask: answers computed from two cited passages, table rows, people by title, two sides', () => {
  const fixture = askFixture(DOCS);
  const { engine, exact } = fixture;

  const cases: [string, string, string, RegExp[]][] = [
    [
      'years between two dated events, both cited',
      'How many years separate the Treaty of Friendship and Cooperation from the Treaty of Valladolid?',
      '42 years (22 November 1977 to 28 October 2020)',
      [
        /^The Treaty of Friendship and Cooperation between Portugal and Spain was signed in Madrid on 22 November 1977\.$/,
        /^The Treaty of Valladolid on cross-border cooperation was signed on 28 October 2020\.$/,
      ],
    ],
    [
      'a change between two years',
      'By how much did two-way trade between Portugal and Spain grow from 2019 to 2021?',
      '4.6 billion EUR (from 31.2 billion euros in 2019 to 35.8 billion euros in 2021)',
      [/^Two-way trade between Portugal and Spain reached 31\.2 billion euros in 2019 and 35\.8 billion euros in 2021/],
    ],
    [
      'a ratio of two years',
      'How many times larger was two-way trade between Portugal and Spain in 2021 than in 2019?',
      'about 1.1 times (35.8 billion euros in 2021, 31.2 billion euros in 2019)',
      [/reached 31\.2 billion euros in 2019/],
    ],
    [
      'a difference of two things, each from its own passage',
      'How much more water does the Alqueva reservoir hold than the Cedillo reservoir?',
      '3.89 billion m3 (4.15 billion cubic metres against 0.26 billion cubic metres)',
      [/^The Alqueva reservoir on the Guadiana holds 4\.15 billion cubic metres of water\.$/, /^The Cedillo reservoir on the Tagus holds 0\.26 billion cubic metres of water\.$/],
    ],
    [
      'a sum of the parts one passage gives',
      'How much did Spain lend to Portuguese rail projects over 2014-2021 in total?',
      '300 million EUR (120 million euros + 180 million euros)',
      [/^Spain lent 120 million euros to Portuguese rail projects for 2014-2017 and 180 million euros for 2018-2021\.$/],
    ],
    ['a table row, the column its header names', 'What was the value of Spanish exports to Portugal in 2020?', '€15.0 billion', [/^2020 {4}€13\.1 billion {4}€15\.0 billion$/]],
    [
      'a comparison read from a table',
      'Did Portuguese exports to Spain rise between 2019 and 2021?',
      'Yes: €14.6 billion in 2019, €16.2 billion in 2021',
      [/^Year {4}Portuguese exports to Spain/, /^2019 {4}€14\.6 billion/, /^2021 {4}€16\.2 billion/],
    ],
    ['a person the lexicon does not know, by the title the question names', 'Who is the Spanish ambassador to Portugal?', 'Ricardo Molina', [/^Spanish Ambassador to Portugal Ricardo Molina said/]],
  ];
  for (const [form, question, answer, passages] of cases) {
    it(`answers ${form}`, async () => {
      const a = await engine.ask(question, form);
      expect(a).toMatchObject({ id: form, status: 'answered', answer });
      for (const p of passages) expect(a.citations.some((c) => p.test(c.quote))).toBe(true);
      exact(a);
    });
  }

  it("answers with each side's account when the question asks how two states tell a matter, each cited", async () => {
    const a = await engine.ask('Who started the dispute over the dam release, according to Czechia and Slovakia?');
    expect(a.status).toBe('conflict');
    expect(a.claims.map((c) => c.answer)).toEqual([
      "Czechia: accused Slovakia of opening the dam's gates without notice",
      'Slovakia: rejected the accusation as "groundless" and said the release had been agreed in advance',
    ]);
    expect(a.claims.map((c) => c.citations.map((x) => x.quote))).toEqual([
      ["The Czech foreign ministry accused Slovakia of opening the dam's gates without notice, flooding two villages."],
      ['The Slovak government, meanwhile, rejected the accusation as "groundless" and said the release had been agreed in advance.'],
    ]);
    exact(a);
  });

  it('answers a count two passages give for the same measure with both claims', async () => {
    const a = await engine.ask('How many people were injured in the flooding?');
    expect(a.status).toBe('conflict');
    expect(a.claims.map((c) => c.citations[0]!.quote)).toEqual([
      'A Czech regional official said three people were injured in the flooding.',
      'Slovak police later said five people were injured in the flooding.',
    ]);
    exact(a);
  });

  const refusals: [string, string][] = [
    ['arithmetic when one of its two parts is not in the documents', 'How many years separate the Treaty of Valladolid from the Treaty of Lisbon?'],
    ['a person by a title no passage gives', 'Who is the Slovak ambassador to Czechia?'],
    ['a change between two years when one year has no figure', 'By how much did two-way trade between Portugal and Spain grow from 2019 to 2020?'],
  ];
  itRefuses(fixture, refusals);

  it('reads the operation a question asks for, and none in a question one span answers', () => {
    expect(operationOf('How many years separate the Treaty of Oslo from the Treaty of Bergen?')).toEqual({
      kind: 'years',
      questions: ['When was the Treaty of Oslo?', 'When was the Treaty of Bergen?'],
    });
    expect(operationOf('How many years after the ceasefire did the two states sign a peace treaty?')).toEqual({
      kind: 'years',
      questions: ['When was the ceasefire?', 'When did the two states sign a peace treaty?'],
    });
    expect(operationOf('How much higher was trade in 2021 than in 2018?')).toEqual({
      kind: 'difference',
      questions: ['How much was trade in 2018?', 'How much was trade in 2021?'],
      years: ['2018', '2021'],
    });
    expect(operationOf('What was the combined value of exports and imports in 2019?')).toEqual({ kind: 'sum' });
    expect(operationOf('How many years did the war last?')).toBeUndefined();
    expect(operationOf('How many years passed between 2010 and 2020?')).toBeUndefined();
    expect(operationOf('What was the total value of trade in 2019?')).toBeUndefined();
  });

  it('writes a computed figure as a person reads it', () => {
    expect(shownFigure(13e9, 'USD')).toBe('13 billion USD');
    expect(shownFigure(-2.5e6, 'EUR')).toBe('-2.5 million EUR');
    expect(shownFigure(426908, 'persons')).toBe('426,908 persons');
  });

  it('reads a plain-text table aligned by spaces, and no table in prose', () => {
    const table = 'Year    Exports\n2020    $1.2 billion\n2021    $1.4 billion';
    expect(alignedRows(table, { start: 0, end: 15 })!.map((r) => r.map((c) => table.slice(c.start, c.end)))).toEqual([
      ['Year', 'Exports'],
      ['2020', '$1.2 billion'],
      ['2021', '$1.4 billion'],
    ]);
    expect(alignedRows('Trade grew. Exports rose to $1.2 billion in 2020.', { start: 0, end: 11 })).toBeUndefined();
  });
});
