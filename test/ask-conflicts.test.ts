import { describe, expect, it } from 'vitest';
import { askFixture } from './helpers/ask.js';
import { measureScope } from '../src/reconcile/measure-scope.js';
import { parseQuestion } from '../src/knowledge/ask/question.js';

/** Two sources on Kenya and Tanzania that date one act and give one figure differently, and a brief on Croatia and Slovenia that contradicts itself (test/data/ask-conflicts/). */
const DOCS = new URL('./data/ask-conflicts/', import.meta.url).pathname;

describe('dyad ask: sources that disagree, and differences that are no disagreement', () => {
  const fixture = askFixture(DOCS);
  const { engine, exact } = fixture;

  const conflicts: [string, string, string[], string[]][] = [
    ['a date two documents give in other words', 'When did Uhuru Kenyatta visit Dar es Salaam?', ['May 2019', 'July 2019'], ['kenya-tanzania-wire', 'kenya-tanzania-review']],
    [
      'an act one document dates, the other dates otherwise',
      'When did Kenya and Tanzania set up the joint border commission?',
      ['May 2019', 'July 2019'],
      ['kenya-tanzania-wire', 'kenya-tanzania-review'],
    ],
    [
      'a figure two documents give (stored conflict, shown as written)',
      'What was trade between Kenya and Tanzania worth in 2018?',
      ['$520 million (520000000 USD)', '$450 million (450000000 USD)'],
      ['kenya-tanzania-review', 'kenya-tanzania-wire'],
    ],
    [
      'a date one document gives twice, a year apart',
      'When did the tribunal deliver its final award on the Croatia–Slovenia border?',
      ['29 June 2017', '29 June 2016'],
      ['croatia-slovenia-brief', 'croatia-slovenia-brief'],
    ],
    [
      'a figure one document gives twice',
      'How much were Slovenian exports to Croatia worth in 2019?',
      ['€3.1 billion (3100000000 EUR)', '€3.6 billion (3600000000 EUR)'],
      ['croatia-slovenia-brief', 'croatia-slovenia-brief'],
    ],
  ];
  for (const [why, question, answers, docs] of conflicts) {
    it(`answers ${why} as a conflict, each claim with its own citation`, async () => {
      const a = await engine.ask(question);
      expect(a.status).toBe('conflict');
      expect(a.claims.map((c) => c.answer)).toEqual(answers);
      expect(a.claims.map((c) => c.citations[0]!.doc)).toEqual(docs);
      expect(a.answer).toMatch(/^The sources disagree: /);
      expect(a.answer!.length).toBeLessThanOrEqual(100);
      for (const [i, c] of a.claims.entries()) expect(c.citations[0]!.quote).toContain(answers[i]!.replace(/ \(.*$/, ''));
      exact(a);
    });
  }

  const agreed: [string, string, string, RegExp][] = [
    ['a difference of precision (1964 and March 1964)', 'When did Kenya and Tanzania establish diplomatic relations?', 'March 1964', /established diplomatic relations in March 1964/],
    [
      'figures of other scope (registered and disbursed)',
      'How much registered Kenyan investment was there in Tanzania by the end of 2018?',
      '$1.7 billion',
      /\$1\.7 billion of registered Kenyan investment/,
    ],
    ['two visits, the second told as such', 'When did Magufuli visit Nairobi?', 'October 2016', /first visited Nairobi in October 2016/],
    ['two visits told in one sentence', 'When did Miro Cerar visit Zagreb?', '2016', /visited Zagreb in 2016 and in 2018/],
    ['an act only one source dates', 'When was the one-stop border post at Namanga opened?', 'December 2018', /opened in December 2018/],
  ];
  for (const [why, question, answer, passage] of agreed) {
    it(`does not take ${why} for a conflict`, async () => {
      const a = await engine.ask(question);
      expect(a.status).toBe('answered');
      expect(a.answer).toContain(answer);
      expect(a.citations.some((c) => passage.test(c.quote))).toBe(true);
      exact(a);
    });
  }

  it('stores no conflict between a registered and a disbursed figure, nor between precisions or two visits', async () => {
    const stored = (await engine.conflicts()).map((c) => [c.kind, c.about, c.claims.map((k) => k.value)]);
    expect(stored).toEqual([
      ['event', 'leader_visit: Kenya, Uhuru Kenyatta, Tanzania', ['2019-05', '2019-07']],
      ['fact', 'exports Croatia 2019 (EUR)', ['3100000000 EUR', '3600000000 EUR']],
      ['fact', 'trade Tanzania 2018 (USD)', ['520000000 USD', '450000000 USD']],
    ]);
  });

  it('reads the scope words of the clause that holds a figure', () => {
    const s = 'Of the $1.7 billion of registered investment, only $600 million had been disbursed by 2018.';
    expect(measureScope(s, s.indexOf('$1.7'), s.indexOf(' of registered'))).toBe('registered');
    expect(measureScope(s, s.indexOf('$600'), s.indexOf(' had been'))).toBe('disbursed');
    expect(measureScope('Trade was worth $450 million in 2018.', 16, 28)).toBe('');
  });

  it("reads the question's verb past its subject, and a figure in what something was worth", () => {
    expect(parseQuestion('When did the tribunal deliver its final award?').terms.find((t) => t.verb)?.word).toBe('deliver');
    expect(parseQuestion('When did the two countries establish relations?').terms.find((t) => t.verb)?.word).toBe('establish');
    expect(parseQuestion('What was trade between Kenya and Tanzania worth in 2018?').wants).toEqual(['number']);
    expect(parseQuestion('What will the second bridge cost?').wants).toEqual(['number']);
    expect(parseQuestion('What was the bridge named after?').wants).toEqual(['span']);
  });

  it("answers how two states named together explain a matter with each side's account, the other side's read near the first's", async () => {
    const a = await engine.ask('How did Rwanda and Uganda explain the closure of the Gatuna crossing?');
    expect(a.status).toBe('conflict');
    expect(a.claims.map((c) => c.answer)).toEqual([
      'Rwanda: said the crossing was shut for construction works on the road and that traffic could use other crossings',
      'Uganda: dismissed the explanation as "a pretext" and accused Kigali of imposing an illegal trade embargo in breach of East African Community rules',
    ]);
    expect(a.claims.map((c) => c.citations[0]!.quote.slice(0, 30))).toEqual(["Rwanda's foreign minister said", "Uganda's foreign ministry dism"]);
    exact(a);
  });

  it('does not give both sides when the question asks how one state described the other', async () => {
    const a = await engine.ask("How did Uganda describe Rwanda's explanation for the closure of the Gatuna crossing?");
    expect(a.status).not.toBe('conflict');
    expect(a.claims).toEqual([]);
  });
});
