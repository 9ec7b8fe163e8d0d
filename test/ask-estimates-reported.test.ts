import { describe, expect, it } from 'vitest';
import { commonValues, credits, sourceReports } from '../src/knowledge/ask/estimates.js';
import { askFixture, itAnswersPlainly, itConflicts } from './helpers/ask.js';

/**
 * A newsletter on Oman and the UAE, a bulletin on Japan and Vietnam and a debate (test/data/ask-estimates-reported/; session 38, issue 11 and
 * its review): a source (an office, a ministry, a statistics centre) that "reports" or "reported" a figure credits it, a place's hotels do not, and two sides' amounts in their own currencies are compared by the dollar equivalents the text writes in brackets
 * ("OMR 1.45 billion (≈ $3.77 billion)" against "AED 15.2 billion (≈ $4.14 billion)"). An amount in another currency with no equivalent, a
 * bracket that tells a part ("including $600 million of re-exports"), and a figure "reported" for another year, two sources' equivalents of one amount at their own rates
 * ("about $85 million", "about $86 million") stay plain; a far correction of another act on the answer's day is no rival.
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

  itAnswersPlainly(fixture, [
    [
      'a correction of another act on the answer\'s day nine sentences on ("talks opened on September 10, not September 8") is no rival',
      'When did Lithuania begin charging its road toll for Latvian lorries?',
      'September 8',
    ],
    ['two sources\' equivalents of one amount a percent apart, each at its own rate ("about $85 million", "about $86 million")', 'How much grant aid did Japan give Vietnam in 2024?', '¥12 billion'],
    ['a count a place\'s hotels "reported", no source\'s rival of the national total', 'How many Japanese visitors arrived in Vietnam in 2023?', '590,000'],
  ]);

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

describe('sourceReports: "reports" credits a source, not a part narrowed to a place', () => {
  it('credits a figure an office, a centre or customs reports, one in a city too', () => {
    expect(sourceReports('The Abu Dhabi statistics centre reported 2.4 million for the same year')).toBe(true);
    expect(sourceReports('Dubai Customs also reports AED 2.4 billion')).toBe(true);
    expect(credits('The statistics office in Hanoi reported 41,000 arrivals.')).toBe(true);
  });
  it('does not credit a figure hotels or farmers of a place or region report', () => {
    expect(sourceReports('Hotels in Hoi An reported 260,000 Japanese guests in 2023')).toBe(false);
    expect(credits('Hotels in Hoi An reported 260,000 Japanese guests in 2023.')).toBe(false);
    expect(credits('Farmers in the north reported 3,000 tonnes lost.')).toBe(false);
  });
  it('reads the place only in the verb\'s own subject, and a month after "in" is no place', () => {
    expect(sourceReports('Earlier in March the Lao agriculture ministry reported 520,000 tonnes.')).toBe(true);
    expect(sourceReports('The ministry in a statement in June reported 41,000 arrivals.')).toBe(true);
    expect(sourceReports('Speaking at Davos, the minister reported 3,000 jobs.')).toBe(true);
    expect(sourceReports('Tour operators in Da Nang reported 250,000 Japanese guests.')).toBe(false);
  });
  it('must not: "reports" the noun credits nothing', () => {
    expect(sourceReports('The two reports released in May cover 41,000 arrivals.')).toBe(false);
    expect(credits('The two reports released in May cover 41,000 arrivals.')).toBe(false);
    expect(sourceReports('News reports said 40 people died in the clashes.')).toBe(false);
    expect(sourceReports('Its reports cover 2,000 cases.')).toBe(false);
    // The verb after a name, which the tagger alone reads as a noun.
    expect(sourceReports('Etihad Rail reports AED 3 billion of contracts already awarded.')).toBe(true);
  });
});
