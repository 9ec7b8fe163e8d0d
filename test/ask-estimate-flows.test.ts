import { describe, expect, it } from 'vitest';
import { askFixture, itAnswersPlainly, itConflicts } from './helpers/ask.js';

/**
 * A wire on Kenya and Uganda whose sides each give the flow the other way "over the same year" (Uganda's exports to Kenya beside Kenya's to
 * Uganda, arrivals from Kenya beside arrivals from Uganda), and another source's figure of the same flow (test/data/ask-estimates-flows/;
 * session 34, issue 11): two flows of opposite direction are two measures, never a conflict.
 */
const FLOWS = new URL('./data/ask-estimates-flows/', import.meta.url).pathname;

describe('dyad ask: a figure of the flow the other way is no rival', () => {
  const fixture = askFixture(FLOWS);
  const { engine, exact, texts } = fixture;

  itAnswersPlainly(fixture, [
    ['the other side\'s exports the other way ("Uganda\'s exports to Kenya at $540 million")', "What were Kenya's exports to Uganda in 2025?", '$720 million'],
    ['arrivals the other way ("190,000 arrivals from Kenya in the same year")', 'How many arrivals from Uganda did Kenya record in 2025?', '230,000 arrivals'],
  ]);

  itConflicts(fixture, [
    [
      'another source\'s count of the same flow ("put the lorries bound for Uganda at 54,000")',
      'How many lorries from Kenya passed the Malaba crossing in 2025?',
      ['61,000 lorries', '54,000'],
      [/^Uganda's border agency counted 61,000 lorries/, /^Uganda's border agency counted 61,000 lorries/],
    ],
  ]);

  it("cites the same flow's rival in the answer's sentence at its exact offsets", async () => {
    const a = await engine.ask('How many lorries from Kenya passed the Malaba crossing in 2025?');
    const text = texts.get('kenya-uganda-wire')!;
    const rival = a.claims[1]!.citations[0]!;
    expect(rival.start).toBe(text.indexOf("Uganda's border agency"));
    expect(rival.end).toBe(text.indexOf('at 54,000.') + 'at 54,000.'.length);
    exact(a);
  });
});

/**
 * Wires each giving two sources' figures of one flow between two states (test/data/ask-estimates-flows-same/; session 34 review fixes): a
 * state word that does not modify the flow noun ("Zambian officials put exports from Tanzania"), a noun whose possessor may be its people
 * ("Togo's remittances from Ghana", "Malawian arrivals"), or the other side's word for the flow ("Botswana's imports from Namibia") leaves
 * the same flow, and the two figures a conflict.
 */
const SAME = new URL('./data/ask-estimates-flows-same/', import.meta.url).pathname;

describe('dyad ask: two figures of the same flow are rivals', () => {
  const fixture = askFixture(SAME);
  itConflicts(fixture, [
    [
      'an adjective two words before the flow noun beside "from"',
      "What were Tanzania's exports to Zambia in 2025?",
      ['$410 million (410000000 USD)', '$365 million (365000000 USD)'],
      [/^Tanzania's exports to Zambia reached \$410 million/, /^Zambian officials put exports from Tanzania at \$365 million/],
    ],
    [
      'a possessive two words before the flow noun beside "from"',
      "What were Rwanda's exports to Burundi in 2025?",
      ['$96 million (96000000 USD)', '$81 million (81000000 USD)'],
      [/^Rwanda's exports to Burundi reached \$96 million/, /^Burundi's ministry put exports from Rwanda at \$81 million/],
    ],
    [
      'remittances whose possessive is the receiving state',
      'How much did remittances from Ghana to Togo reach in 2025?',
      ['$130 million (130000000 USD)', '$112 million'],
      [/^Remittances from Ghana to Togo reached \$130 million/, /^Togo's remittances from Ghana were put at \$112 million/],
    ],
    [
      "arrivals whose adjective is the travellers' state",
      'How many arrivals from Malawi did Mozambique record in 2025?',
      ['148,000', '171,000'],
      [/^Mozambique's arrivals from Malawi reached 148,000/, /^Malawi's tourism ministry counted 171,000 Malawian arrivals in Mozambique/],
    ],
    [
      "the other side's imports of the same flow",
      "What were Namibia's exports to Botswana in 2025?",
      ['$212 million (212000000 USD)', '$187 million'],
      [/^Namibia's exports to Botswana reached \$212 million/, /^Statistics Botswana put Botswana's imports from Namibia at \$187 million/],
    ],
  ]);
});
