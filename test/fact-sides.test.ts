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

/**
 * A customs report and an economic review on Latvia and Finland (test/data/fact-sayers/): figures whose sentence has a verb of
 * saying, or a word that reads as one ("an estimated"), but gives one source only, and a sentence whose two clauses each give
 * their own source's figure of their own measure.
 */
const SAYERS = new URL('./data/fact-sayers/', import.meta.url).pathname;

describe('a verb of saying outside two sources’ clauses', () => {
  const { engine, texts } = askFixture(SAYERS);

  it('keeps the whole passage as the scope of a figure one source gives, so two documents that differ conflict', async () => {
    const stored = (await engine.conflicts()).map((c) => [c.about, c.claims.map((k) => [k.value, k.citations.map((m) => [m.doc, m.start, m.end, m.quote])])]);
    expect(stored).toEqual([
      [
        'exports Finland 2023 (USD)',
        [
          [
            '2400000000 USD',
            [['latvia_finland_customs_2024.txt', 69, 200, "Latvia's customs office reported that exports to Finland rose to $2.4 billion in 2023, led by sawn timber and electrical machinery."]],
          ],
          ['2900000000 USD', [['latvia_finland_review_2024.txt', 40, 100, 'Exports from Latvia to Finland reached $2.9 billion in 2023.']]],
        ],
      ],
      [
        'workers Latvia 2023 (persons)',
        [
          ['42000 persons', [['latvia_finland_customs_2024.txt', 202, 313, 'Finland was home to an estimated 42,000 Latvian workers in 2023, most of them in construction and shipbuilding.']]],
          ['35000 persons', [['latvia_finland_review_2024.txt', 102, 153, 'Finland was home to 35,000 Latvian workers in 2023.']]],
        ],
      ],
    ]);
  });

  it('gives a later clause that names its own measure its own indicator and subject, not the first clause’s', async () => {
    const text = texts.get('latvia_finland_customs_2024.txt')!;
    const facts = (await engine.facts()).filter((f) => f.unit === 'percent');
    expect(facts.map((f) => [f.indicator, f.value, f.period, f.subject, f.mentions.map((m) => [m.start, m.end, m.quote])])).toEqual([
      ['fdi_registered', 12, '2023', 'Finland', [[391, 481, "Latvia's statistics office reports that its investment in Finland fell 12 percent in 2023."]]],
      ['imports', 5, '2023', 'Latvia', [[315, 389, "Finland's finance ministry says imports from Latvia rose 5 percent in 2023"]]],
    ]);
    expect(text.slice(391, 481)).toBe("Latvia's statistics office reports that its investment in Finland fell 12 percent in 2023.");
  });
});
