import { describe, expect, it } from 'vitest';
import { askFixture, itAnswersPlainly, itConflicts } from './helpers/ask.js';

/**
 * A review and a wire on Slovakia and Hungary (test/data/ask-estimates-sources/; session 35, issue 11): another source's figure credited
 * beside a reference in brackets ("Novák (2023: 212) gives …", whose year is the book's, no period), or as "the embassy's figure of" (both
 * figures held by their sources; the answerer's chosen figure leads, the rival after it, as for every estimate), and a
 * date the text says is disputed, or a year "some sources say", each answered as a conflict; a figure of another year, another measure "a
 * figure of" a source, two acts a week apart with no dispute told, and a year officials "say" of another act stay plain.
 */
const DOCS = new URL('./data/ask-estimates-sources/', import.meta.url).pathname;

describe("dyad ask: another source's figure or date the text sets against the answer's", () => {
  const fixture = askFixture(DOCS);

  itConflicts(fixture, [
    [
      'a count credited beside a reference\'s year and pages ("Novák (2023: 212) gives")',
      'How many people were resettled from Slovakia between 1946 and 1948?',
      ['76,000 people', '45,000'],
      [/^Horváth \(2024: 88-91\)/, /^Novák \(2023: 212\) gives/],
    ],
    [
      'an amount credited as "the embassy\'s figure of"',
      'How much did Slovakia invest directly in Hungary in 2025?',
      ['EUR 1.1 billion (1100000000 EUR)', 'EUR 1.4 billion'],
      [/^The 2025 figure/, /^The 2025 figure/],
    ],
    ["a date the text says is disputed, a week from the answer's", 'On what date did the mixed commission first meet?', ['4 March 1946', '11 March (11 March 1946)'], [/is disputed/, /is disputed/]],
    ['a year "some sources say"', 'When did Slovakia and Hungary sign their first agreement on Danube bridges?', ['1995', '1996'], [/^Slovakia and Hungary signed/, /some sources say 1996/]],
  ]);

  itAnswersPlainly(fixture, [
    ['another measure "a figure of" a source ("imports … a figure of the customs office")', 'What were Hungarian exports to Slovakia in 2025?', 'EUR 9.8 billion'],
    ['two acts a week apart with no dispute told', 'When did the mixed commission sign its rules of procedure?', '9 May 1946'],
    ['a year officials "say" of another act ("say it was repaired in 2003")', 'When did Slovakia and Hungary open the Mária Valéria bridge?', '2001'],
  ]);

  it("gives the rival counted in a review its exact offsets, not the figure of a reference's other year (1950)", async () => {
    const a = await fixture.engine.ask('How many people were resettled from Slovakia between 1946 and 1948?');
    const text = fixture.texts.get('slovakia-hungary-review')!;
    const rival = a.claims[1]!.citations[0]!;
    expect(text.slice(rival.start, rival.end)).toBe('Novák (2023: 212) gives "around 45,000", follows the Czechoslovak commission\'s final report, and says little of the archives.');
    expect(a.claims.map((c) => c.answer)).not.toContain('40,000');
  });
});
