import { describe, expect, it } from 'vitest';
import { askFixture } from './helpers/ask.js';

/** A wire on Italy and Tunisia in which each side's ministry gives its own share of one measure, in clauses parted by a semicolon (test/data/fact-sides/). */
const DOCS = new URL('./data/fact-sides/', import.meta.url).pathname;

describe("two sides' figures in one sentence", () => {
  const fixture = askFixture(DOCS);
  const { engine, exact } = fixture;

  it('gives both figures, each cited to the clause of its own source, with the indicator and subject of the first', async () => {
    const facts = (await engine.facts()).filter((f) => f.unit === 'percent');
    expect(facts.map((f) => [f.indicator, f.value, f.period, f.subject, f.qualifier, f.mentions.map((m) => [m.start, m.end, m.quote])])).toEqual([
      ['quantity', 38, '2025', 'Tunisia', 'exact', [[274, 395, "Italy's interior ministry says Tunisian authorities accepted 38 percent of the 5,400 readmission requests it sent in 2025"]]],
      [
        'quantity',
        75,
        '2025',
        'Tunisia',
        'approx',
        [[397, 529, 'the Tunisian foreign ministry puts the share at "close to three in four" and says many of the requests came without identity papers.']],
      ],
    ]);
  });

  it('answers the question of both sides as a conflict, each claim with its own clause', async () => {
    const a = await engine.ask('What share of readmission requests did Tunisia accept in 2025, according to Rome and according to Tunis?');
    expect(a.status).toBe('conflict');
    expect(a.claims.map((c) => [c.answer, c.citations.map((m) => [m.start, m.end])])).toEqual([
      ['38 percent', [[274, 395]]],
      ['three in four (approx 75 percent)', [[397, 529]]],
    ]);
    exact(a);
  });
});
