import { describe, expect, it } from 'vitest';
import { commonValues } from '../src/knowledge/ask/estimates.js';
import { askFixture, itAnswersPlainly, itConflicts } from './helpers/ask.js';

/**
 * A debate in which a minister corrects a day nine sentences after the deputy gave it, and a newsletter on Oman and the UAE (test/data/ask-estimates-reported/; session 38, issue 11): another source that "reports" or "reported"
 * a figure credits it, and two sides' amounts in their own currencies are compared by the dollar equivalents the text writes in brackets
 * ("OMR 1.45 billion (≈ $3.77 billion)" against "AED 15.2 billion (≈ $4.14 billion)"). An amount in another currency with no equivalent, a
 * bracket that tells a part ("including $600 million of re-exports"), and a figure "reported" for another year stay plain; a far correction of a day that is not the answer's is no rival.
 */
const DOCS = new URL('./data/ask-estimates-reported/', import.meta.url).pathname;

describe('dyad ask: a figure a source reports, amounts compared by their written equivalents', () => {
  const fixture = askFixture(DOCS);

  itConflicts(fixture, [
    [
      'two currencies compared by the equivalents in brackets',
      'What was bilateral trade between Oman and the UAE in 2025?',
      ['OMR 1.45 billion (1450000000 OMR)', 'AED 15.2 billion'],
      [/^Bilateral trade reached OMR 1\.45 billion/, /^The UAE's Federal Competitiveness and Statistics Centre reports/],
    ],
    [
      'a count another source "reported" for the same year',
      'How many Omani visitors entered the UAE in 2025?',
      ['2.1 million Omani visitors (2100000 persons)', '2.4 million'],
      [/^Some 2\.1 million Omani visitors/, /reported 2\.4 million for the same year\.$/],
    ],
  ]);

  itAnswersPlainly(fixture, [
    ['an amount in another currency with no equivalent written', 'How much is the Hafeet Rail line to cost?', 'OMR 1.2 billion'],
    ['a bracket telling a part, not an equivalent ("including $600 million")', 'How much were Omani exports to the UAE worth in 2025?', 'OMR 610 million'],
    ['a figure "reported" for another year', 'How many flights were there between Muscat and Dubai in 2025?', '14,200'],
  ]);

  itConflicts(fixture, [
    [
      'a correction of the answer\'s very day nine sentences on ("on September 10, not September 8")',
      'When did Lithuania begin charging its road toll for Latvian lorries?',
      ['September 8 (8 September 2025)', 'September 10 (10 September 2025)'],
      [/^Edgars Ozols/, /^I must correct the deputy on one point/],
    ],
  ]);

  itAnswersPlainly(fixture, [['a far correction of another day ("on 20 March, not 18 March")', 'When did the Lielupe bridge at Bauska reopen to lorries?', 'April 3']]);

  it('cites the far correction at its exact offsets', async () => {
    const a = await fixture.engine.ask('When did Lithuania begin charging its road toll for Latvian lorries?');
    const text = fixture.texts.get('latvia-lithuania-debate')!;
    const c = a.claims[1]!.citations[0]!;
    expect([c.start, c.end]).toEqual([764, 893]);
    expect(text.slice(c.start, c.end)).toBe("I must correct the deputy on one point: the toll began on September 10, not September 8, and hauliers were given a month's grace.");
  });

  it("cites the rival amount's own sentence at its exact offsets", async () => {
    const a = await fixture.engine.ask('What was bilateral trade between Oman and the UAE in 2025?');
    const text = fixture.texts.get('oman-uae-newsletter')!;
    const [mine, rival] = a.claims.map((c) => c.citations[0]!);
    expect([mine!.start, mine!.end, rival!.start, rival!.end]).toEqual([82, 217, 218, 326]);
    expect(text.slice(rival!.start, rival!.end)).toBe("The UAE's Federal Competitiveness and Statistics Centre reports a larger AED 15.2 billion (≈ $4.14 billion).");
    expect(text.slice(291, 307)).toBe('AED 15.2 billion');
  });
});

describe('commonValues: two figures in one unit', () => {
  const qar = { start: 0, end: 16, value: 1.62e9, unit: 'QAR', equivalent: { value: 445e6, unit: 'USD' } };
  it('compares two currencies by the equivalents both are written in', () => {
    expect(commonValues(qar, { start: 40, end: 55, value: 128e6, unit: 'BHD', equivalent: { value: 340e6, unit: 'USD' } })).toEqual([445e6, 340e6]);
  });
  it("compares an amount's equivalent with a figure in that currency", () => {
    expect(commonValues(qar, { start: 40, end: 52, value: 300e6, unit: 'USD' })).toEqual([445e6, 300e6]);
  });
  it('finds no common unit for two currencies with no equivalent, nor a currency and a percentage', () => {
    expect(commonValues({ start: 0, end: 10, value: 1.2e9, unit: 'OMR' }, { start: 20, end: 30, value: 3e9, unit: 'AED' })).toBeUndefined();
    expect(commonValues(qar, { start: 20, end: 30, value: 12, unit: 'percent' })).toBeUndefined();
  });
});
