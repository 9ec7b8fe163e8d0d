import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers, itConflicts } from './helpers/ask.js';
import { parseQuestion } from '../src/knowledge/ask/question.js';
import { alternativesOf } from '../src/knowledge/ask/alternatives.js';
import { officeAsked, officeBefore } from '../src/knowledge/ask/office.js';
import { countOf, spanOf } from '../src/knowledge/ask/relative.js';

/** Two reports on Eritrea and Ethiopia, a brief on Tunisia and Morocco that contradicts itself on an office, a wire on Peru and Chile with each side's claim, a brief on Ghana and Togo that counts weeks from a date (test/data/ask-disagreements/). */
const DOCS = new URL('./data/ask-disagreements/', import.meta.url).pathname;

describe('dyad ask: offices, alternatives and acts told by their noun, in disagreement or not', () => {
  const fixture = askFixture(DOCS);
  const { engine, exact } = fixture;

  const conflicts: [string, string, string[], RegExp[]][] = [
    [
      'a year two documents give an act a light verb names, one telling it by its noun alone',
      'In what year did Eritrea gain independence?',
      ['1993', '1992'],
      [/since the country gained independence in 1993/, /when Eritrean independence in 1992 changed/],
    ],
    [
      "a person's office one document gives an act twice, with its year",
      'In what capacity, and in what year, did Leila Haddad promise the €30 million credit?',
      ['Trade Minister; May 2004', 'Finance Minister; 2004'],
      [/^In May 2004, Trade Minister Leila Haddad visited Rabat/, /^Furthermore, in 2004, Finance Minister Leila Haddad promised/],
    ],
    [
      'the alternative each side claims',
      'Was the Peruvian trawler fishing in Peruvian or Chilean waters?',
      ['Lima: fishing lawfully inside Peruvian waters north', 'Santiago: in waters under Chilean control'],
      [/^Lima says the trawler/, /^Lima says the trawler/],
    ],
    [
      'a count from an earlier date that misses the date told with it',
      "When did Ghana's parliament ratify the energy accord?",
      ['late August 2016', 'June 2016 (three weeks after early June 2016)'],
      [/^Three weeks later, in late August/, /^In early June 2016, Togo's prime minister/],
    ],
  ];
  itConflicts(fixture, conflicts);

  const agreed: [string, string, string, RegExp][] = [
    ['one office in two acts ten years apart', 'In what capacity did Omar Benali sign the customs protocol?', 'Deputy Minister', /^In 1998, Deputy Minister Omar Benali signed/],
    ['an office and the same office told more fully', 'In what capacity did Sara Idrissi pledge money for the joint research fund?', 'Research Minister', /Research Minister Sara Idrissi pledged/],
    ['one alternative the best passage holds, the other only named elsewhere', 'Was the captain of the trawler Peruvian or Ecuadorian?', 'Ecuadorian', /^The captain, an Ecuadorian national/],
    ['a date told at two precisions', 'When did the Zalambessa crossing reopen?', 'June 2018', /Zalambessa crossing/],
    [
      'a count from an earlier date that agrees with the date told with it',
      'When did the joint border commission hold its first session?',
      'Two weeks later (March 2015)',
      /^Two weeks later, in mid-March/,
    ],
  ];
  for (const [why, question, answer, passage] of agreed) {
    it(`does not take ${why} for a conflict`, async () => {
      const a = await engine.ask(question);
      expect(a.status).toBe('answered');
      expect(a.answer).toBe(answer);
      expect(a.citations.some((c) => passage.test(c.quote))).toBe(true);
      exact(a);
    });
  }

  itAnswers(fixture, [
    ['how many (the number before the noun counted, not a stored figure beside it)', 'How many Peruvian fishermen are idle in Ilo?', '300 Peruvian fishermen', /^About 300 Peruvian fishermen/],
    ['which, its wh-phrase the subject (the name before the verb)', 'Which bank will lend $40 million to FONDEPES?', 'Andean Development Bank', /the Andean Development Bank will lend/],
  ]);

  it('reads a what-question whose noun phrase ends in an amount as asking a figure', () => {
    expect(parseQuestion('What was Peru–Chile bilateral trade in 2020?').wants).toEqual(['number']);
    expect(parseQuestion("What were Peru's exports to Chile in 2020?").wants).toEqual(['number']);
    expect(parseQuestion('What was the trade agreement signed in 2020?').wants).toEqual(['span']);
    expect(parseQuestion('What was the interest rate on the loan?').wants).toEqual(['number']);
  });

  it('refuses a question the passage leaves open ("did not say whether he would accept")', async () => {
    const a = await engine.ask("Has Chile's president accepted the invitation to visit Lima?");
    expect(a).toMatchObject({ status: 'not_in_corpus', answer: null, citations: [] });
  });

  it('reads a count from an earlier date and the days a date as written spans', () => {
    expect(countOf('Three weeks later')).toEqual({ n: 3, unit: 'week', sign: 1 });
    expect(countOf('two months earlier')).toEqual({ n: 2, unit: 'month', sign: -1 });
    expect(countOf('later that week')).toBeUndefined();
    expect(spanOf({ text: 'late November', edtf: '2021-11' })).toEqual([Date.UTC(2021, 10, 21), Date.UTC(2021, 10, 30)]);
    expect(spanOf({ text: 'early October 2021', edtf: '2021-10' })).toEqual([Date.UTC(2021, 9, 1), Date.UTC(2021, 9, 10)]);
    expect(spanOf({ text: '2021', edtf: '2021' })).toBeUndefined();
  });

  it('reads an office asked for, the title before a name, and the alternatives a question offers', () => {
    expect(officeAsked(parseQuestion('In what capacity did Leila Haddad visit Rabat?'))).toBe(true);
    expect(officeAsked(parseQuestion('When did Leila Haddad visit Rabat?'))).toBe(false);
    const s = 'In May 2004, Trade Minister Leila Haddad visited Rabat.';
    expect(officeBefore(s, 'haddad')).toEqual({ start: 13, end: 27, text: 'Trade Minister' });
    expect(officeBefore('Leila Haddad, the trade minister, visited Rabat.', 'haddad')).toBeUndefined();
    expect(officeBefore('Mr Omar Benali signed it.', 'benali')).toBeUndefined();
    expect(alternativesOf(parseQuestion('Was the loan paid in euros or dollars?'))).toEqual(['euros', 'dollars']);
    expect(alternativesOf(parseQuestion('Did Chile sign the treaty?'))).toBeUndefined();
    expect(alternativesOf(parseQuestion('When was the loan paid, in euros or dollars?'))).toBeUndefined();
  });
});
