import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/knowledge/ask/question.js';
import { citation } from '../src/knowledge/ask/corpus.js';
import { goodsAsked, muchPhrase } from '../src/knowledge/ask/numbers.js';
import { askFixture, itAnswersCiting, itRefuses } from './helpers/ask.js';

/**
 * The review of when the answerer answers and when it refuses (issue 11, session 39): "what was the … day" only when the phrase ends at the
 * date or the day; a day of another clause that refines the verb's month or year answers "on what exact day"; a good is the head of the
 * "how much" phrase, a noun of money switches the rule off; a note in a common source form answers nothing; a table by measure answers
 * only with a cell that is a figure; "next" in a past question asks no act to come. A Malawi–Mozambique wire and fact sheet written for
 * the tests (test/data/ask-refusals-review/). Each case below was answered otherwise before the review's fixes (the comment says how),
 * save the must-nots marked as holding on both.
 */
const DOCS = new URL('./data/ask-refusals-review/', import.meta.url).pathname;
const WIRE = 'malawi-mozambique-wire';
const SHEET = 'malawi-mozambique-factsheet';

describe('dyad ask: the review of answer or refuse (issue 11)', () => {
  const fixture = askFixture(DOCS);

  it('reads "what was the … date/day" as a date question only when the phrase ends at "date" or "day"', () => {
    expect(parseQuestion('What was the date of the handover ceremony?')).toMatchObject({ type: 'when' });
    expect(parseQuestion('What is the planned opening date?')).toMatchObject({ type: 'when' });
    expect(parseQuestion('What was the day on which the border reopened?')).toMatchObject({ type: 'when' });
    // Must-nots (each a when question before): "day-to-day", "the day's", a day in a name, "Day" before another noun, "date palm".
    for (const q of [
      'What was the day-to-day cost of the lake ferry stoppage?',
      "What was the day's main outcome for the traders?",
      'What was the theme of Heroes Day in Lilongwe?',
      'What is the Independence Day message of the Malawian president?',
      'What was the date palm harvest of the northern region?',
    ])
      expect(parseQuestion(q).type, q).not.toBe('when');
  });

  it('reads "next" in a past question as no act to come', () => {
    expect(parseQuestion('When did the commission next meet after the 2019 election?').ahead).toBe(false);
    // Must-nots: an act to come.
    expect(parseQuestion('When will the commission next meet?').ahead).toBe(true);
    expect(parseQuestion('When does the commission next meet?').ahead).toBe(true);
  });

  it('asks a quantity of a good only when the good heads the "how much" phrase and no noun of money is in it', () => {
    expect(muchPhrase('How much gas a year will the pipeline carry?')).toBe('gas');
    expect(goodsAsked(parseQuestion('How much gas will the pipeline carry a year?'))).toBe(true);
    expect(goodsAsked(parseQuestion('How much natural gas did Malawi buy in 2025?'))).toBe(true);
    // Must-nots: the good modifies a noun of money.
    expect(goodsAsked(parseQuestion('How much gas revenue did Mozambique earn from Malawi in 2025?'))).toBe(false);
    expect(goodsAsked(parseQuestion('How much gas income did Mozambique earn from Malawi in 2025?'))).toBe(false);
    expect(goodsAsked(parseQuestion('How much oil export earnings did Malawi lose?'))).toBe(false);
  });

  it('reads common source forms of a note as sources, an explanatory note as none', () => {
    expect(citation('2. Agência Lusófona, "Malawi and Mozambique agree lake ferry fares", 3 November 2021.')).toBe(true);
    expect(citation('3. Peter Chiume, Frontiers on the Lake (Lilongwe: Kachere Press, 2019), 88.')).toBe(true);
    expect(citation('4. Ministry of Foreign Affairs, press release no. 112, 14 May 2018.')).toBe(true);
    expect(citation('Embassy of Malawi in Maputo, statement on the lake border, 2 June 2020.')).toBe(true);
    // Must-nots: explanatory notes, one with a quotation, one with a statement told in prose.
    expect(citation('5. About 2,600 Malawian pupils attended schools in Tete province in 2024, according to the provincial education office.')).toBe(false);
    expect(citation('The minister called the accord "a turning point for the lake", and it entered into force in 2022.')).toBe(false);
    expect(citation('The ministry said in a statement that 300 boats were registered in 2023.')).toBe(false);
  });

  const refused: [string, string][] = [
    // The clause of "settled" dates the act "in August"; "said on 28 August" dates the saying, in the same month. (Must-not: refused before too.)
    ['a day of a saying in the act’s month', 'On what exact day did Malawi and Mozambique settle the Lake Niassa fishing quota?'],
    // Only a note in a source's form dates it. (Before: "3 November 2021" and "14 May 2018", from the notes.)
    ['a date only a source note gives', 'When did Malawi and Mozambique agree the lake ferry fares?'],
    ['a date only a press release note gives', 'When did the Ministry of Foreign Affairs issue press release no. 112?'],
    // A year in brackets in a note. (Must-not: refused before too.)
    ['a treaty named with a year in a note', 'When was the Treaty of Amity between Malawi and Mozambique signed?'],
    // The row's cells after the label are "n/a" and a source. (Before: "Mozambique Ministry of Education, 2026 yearbook".)
    ['a table row by measure with no figure', 'How many Malawian students were in Mozambique in 2025?'],
  ];
  itRefuses(fixture, refused);

  const answered: [string, string, string, string, string][] = [
    // A day that refines the verb clause's month or year. (Before: each refused.)
    ['a day that refines the month', 'On what exact day did Malawi and Mozambique sign the power interconnector agreement?', '4 September (4 September 2026)', WIRE, 'BLANTYRE, Sept 9'],
    ['a day that refines the year', 'On what exact day did the two governments ratify the Shire-Zambezi waterway treaty?', '22 June (22 June 2011)', WIRE, 'The two governments ratified'],
    ['a day of a ceremony in the month', 'On what exact day did Mozambique open its consulate in Mangochi?', '15 July (15 July 2026)', WIRE, 'Mozambique opened a consulate'],
    // A past meeting asked with "next". (Before: refused.)
    ['a past act asked with "next"', 'When did the joint permanent commission next meet after March 2019?', '8 October 2021', WIRE, 'The Malawi-Mozambique joint permanent commission'],
    // Money asked of a good. (Before: "1.8 billion cubic metres (1800000000 m3)".)
    ['a good’s revenue', 'How much gas revenue did Mozambique earn from Malawi in 2025?', '410 million dollars (410000000 USD)', SHEET, "Mozambique's gas revenue"],
    // Must-nots (answered before too): the good's quantity; a row whose cell is a figure; an explanatory note.
    ['a good’s quantity', 'How much gas did Mozambique export to Malawi in 2025?', '1.8 billion cubic metres (1800000000 m3)', SHEET, 'Mozambique exported 1.8 billion'],
    ['a table row by measure with a figure', 'How many Mozambican traders were in Blantyre in 2025?', '9,300', SHEET, 'Mozambican traders in Blantyre, 2025'],
    ['an explanatory note', 'How many Malawian pupils attended schools in Tete province in 2024?', '2,600', SHEET, 'About 2,600 Malawian pupils'],
  ];
  itAnswersCiting(fixture, answered);
});
