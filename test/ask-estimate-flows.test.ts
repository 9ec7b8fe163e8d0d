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
