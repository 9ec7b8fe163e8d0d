import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/knowledge/ask/question.js';
import { citation } from '../src/knowledge/ask/corpus.js';
import { askFixture, itAnswersCiting, itRefuses } from './helpers/ask.js';

/**
 * When the answerer answers and when it refuses (issue 11, session 39): a date asked "on what exact day" or as "the … date of", an act
 * still to come, a quantity of a good, a section of notes, a table by measure. A Namibia–Zambia wire and fact sheet written for the tests
 * (test/data/ask-refusals/). Each refusal below was answered on 9afe80a, each answer below it was refused there (save the must-nots, which
 * hold on both).
 */
const DOCS = new URL('./data/ask-refusals/', import.meta.url).pathname;
const WIRE = 'namibia-zambia-wire';
const SHEET = 'namibia-zambia-factsheet';

describe('dyad ask: answer or refuse (issue 11)', () => {
  const fixture = askFixture(DOCS);

  it('reads "on what exact day" and "what is the … date of" as date questions', () => {
    expect(parseQuestion('On what exact day was the water agreement concluded?')).toMatchObject({ type: 'when', wants: ['date'], precision: 'day' });
    expect(parseQuestion('What is the scheduled completion date of the pipeline?')).toMatchObject({ type: 'when', wants: ['date'] });
    // Must-not: a what-question of another head noun keeps its kind.
    expect(parseQuestion('What is the planned route of the pipeline?')).toMatchObject({ type: 'what', wants: ['span'] });
  });

  const refused: [string, string][] = [
    // The clause of "concluded" dates the act "in March"; "said on Tuesday" dates the saying. (9afe80a: "sharing water from the upper Zambezi in March".)
    ['a day asked, the act dated by its month', 'On what exact day was the water agreement concluded?'],
    // A visit still to come, told with no date: not the day it was announced. (9afe80a: "14 April 2026 (date of the report)".)
    ['an act still to come with no date', 'When will President Hichilema visit Windhoek?'],
    // A quantity of oil, where the passage gives the pipeline's money and a count of lenders. (9afe80a: "2.1 billion dollar".)
    ['a quantity of a good the passage does not give', 'How much oil will the fuel pipeline carry a year?'],
    // Must-not: a row of another year answers nothing.
    ['a table row of another year', 'How many Zambian visitors came to Namibia in 2024?'],
  ];
  itRefuses(fixture, refused);

  const answered: [string, string, string, string, string][] = [
    // Must-nots: the day is in the verb's own clause; an act to come with its own date; money asked; a quantity in a unit of measure; a
    // registrar named in apposition.
    ['a day in the verb’s own clause', 'On what exact day did the ministers open the Katima Mulilo bridge?', '12 March 2026', WIRE, 'Namibian Works Minister Petrus Hamutenya'],
    ['an act to come with its own date', 'When will the ferry service at Katima Mulilo resume?', '1 May 2026', WIRE, 'The ferry service across the Zambezi'],
    ['an amount of money asked', 'How much is the fuel pipeline package worth?', '2.1 billion dollar (2100000000 USD)', WIRE, 'The Walvis Bay-Ndola fuel pipeline'],
    ['a quantity of a good in its unit', 'How much oil did Zambia import through Walvis Bay in 2025?', '1.2 million barrels (190784.753914 m3)', WIRE, 'Zambia imported 1.2 million barrels'],
    ['a person named beside the office', 'Who is the registrar of the tribunal?', 'Maria Santos', WIRE, 'Maria Santos, the registrar'],
    // Refused on 9afe80a: the row's label names the measure and the year, the header names neither.
    ['a table row by measure', 'How many Zambian visitors came to Namibia in 2025?', '86,500', SHEET, 'Zambian visitors to Namibia, 2025'],
    // Refused on 9afe80a: every sentence after the "Notes" heading was read as a list of sources.
    ['an explanatory note', 'How many Zambian students were enrolled at Namibian universities in 2025?', '4,200 Zambian students', SHEET, 'Some 4,200 Zambian students'],
  ];
  itAnswersCiting(fixture, answered);

  it('leaves out a note that reads as a source, keeps one that tells a fact', () => {
    expect(citation('Mwale, J. (2019). Students across the Zambezi. Lusaka: University of Zambia Press, p. 12.')).toBe(true);
    expect(citation('"Border posts". Namibian Revenue Agency. Retrieved 3 May 2026.')).toBe(true);
    expect(citation('Some 4,200 Zambian students were enrolled at Namibian universities in 2025, according to the Namibian education ministry.')).toBe(false);
    // Words and a year in brackets are no author's year: not a source.
    expect(citation('The bridge (opened in 2021) carries 212,000 trucks a year.')).toBe(false);
    // A bare year in brackets reads as a source even in prose, which is why the rule is kept to notes sections.
    expect(citation('The bridge treaty (2019) commits both states to share its upkeep.')).toBe(true);
  });
});
