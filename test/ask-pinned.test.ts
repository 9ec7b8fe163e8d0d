import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers, itRefuses } from './helpers/ask.js';
import { stateAtEnd, stateRun, statesAsked } from '../src/knowledge/ask/states.js';
import { carriesTitle, countedWords } from '../src/knowledge/ask/answer-types.js';
import { writtenIn, type Passage } from '../src/knowledge/ask/corpus.js';
import { tokens } from '../src/knowledge/ask/text.js';
import type { DocumentRecord } from '../src/model/document.js';
import { parseQuestion } from '../src/knowledge/ask/question.js';

/**
 * Documents written for these tests (test/data/ask-pinned/): a Botswana–South Africa wire (drivers detained at a border post, a
 * crossing's closure and its cost, a minister and an unnamed high commissioner), a Uruguay–Paraguay background note (a port strike
 * and its cost, river patrol boats of a class, a free zone's workers at a time, a president's state visit, people of one state living in
 * the other) and a Uganda–South Sudan wire (agreements of
 * Papua New Guinea, a share of traders, a president's words on a crisis of an earlier year). Each refusal below was answered on main
 * d126601 from a passage holding the question's other words.
 */
const DOCS = new URL('./data/ask-pinned/', import.meta.url).pathname;

describe('dyad ask: a passage must hold what the question pins down', () => {
  const fixture = askFixture(DOCS);

  itAnswers(fixture, [
    ['cost of a closure at the crossing named', 'How much did the closure of the Skilpadshek crossing cost exporters?', 'US$3 million', /^The closure of the Skilpadshek crossing/],
    ['cost of a strike at the port named', 'How much did the strike at Nueva Palmira cost Paraguayan exporters?', 'US$18 million', /^In March 2024 a strike by port workers at Nueva Palmira/],
    ['count of people a state of two words detained', 'How many drivers did South African police detain?', 'four', /^GABORONE, May 14/],
    ['minister of the state asked', "Who is Botswana's transport minister?", 'Kabo Molefe', /^Botswana's Transport Minister Kabo Molefe/],
    ['date of a boat of the class named', 'When did the fourth Rio-class patrol boat enter service?', '2023', /^The fourth of them entered service in 2023/],
    ['people of one state living in the other', 'How many Paraguayans live in Uruguay?', '9,000', /^About 9,000 Paraguayans live in Uruguay/],
    ['count for a state whose name ends with another state’s', 'How many agreements did Papua New Guinea and Uganda sign in Port Moresby on Monday?', 'two', /^Uganda's trade ministry added/],
    [
      'count of people a sentence tells no act of, stored as people expelled',
      "How many accredited diplomats does Botswana's mission in Pretoria have left?",
      'three',
      /^Botswana's mission in Pretoria has only three/,
    ],
    [
      'sum set aside, in a sentence that goes on with a loan under consideration',
      'How much has Uruguay set aside to deepen the access channel to Nueva Palmira?',
      'US$40 million',
      /^Uruguay has set aside US\$40 million/,
    ],
    ['state visit of the president named', 'When did President Mujica make a state visit to Asuncion?', '2010', /^In 2010 President Jose Mujica/],
    ['count of workers at a time the sentence gives', 'How many workers did the free zone at Nueva Palmira employ at its peak?', '2,500', /^The free zone at Nueva Palmira employed/],
    ["count of a state's own act", "How many agreements did Uganda's ministers sign in Juba on Tuesday?", 'four', /^JUBA, June 3/],
    ['deputy holder of an office, asked as one', "Who is South Africa's deputy police minister?", 'Thabo Nkosi', /^South Africa's Deputy Police Minister Thabo Nkosi/],
    ['share of people', 'What share of Ugandan traders on the Nimule route paid unofficial fees in 2025?', '62 percent', /^A survey by the Uganda Exporters Forum/],
    [
      'holder of an office, the year naming what a noun is of',
      'Which Pakistani president voiced sorrow for the refugee crisis of 1979 in Kabul?',
      'Pervez Musharraf',
      /^During a visit to Kabul in September 2006/,
    ],
  ]);

  const refused: [string, string][] = [
    ['the cost of closing a crossing no document names', 'How much did the closure of the Ramatlabama crossing cost exporters?'],
    ['the cost of a strike at a port no document names', 'How much did the strike at Fray Bentos cost Paraguayan exporters?'],
    ['a count of people of a state of two words when the passage counts another state’s', 'How many South African drivers were detained by Botswana police?'],
    ['the minister of a state of two words when the passage names another state’s', "Who is South Africa's transport minister?"],
    ['a person by a title the passage gives no one, the question going on with a participle', 'Who was the Botswana high commissioner summoned by Pretoria?'],
    ['a boat of a class no document names', 'When did the fourth Kasane-class patrol boat enter service?'],
    ['people no document names living in a state', 'How many Batswana live in Uruguay?'],
    ["an act of a state's people that the passage, those beside it and the report's opening never name", "How many agreements did Kenya's ministers sign in Juba on Tuesday?"],
    ['a visit of a president by title that the sentence beside tells of another president', 'When did President Pena make a state visit to Asuncion?'],
    ['a count beside the passage, of another time than the year asked', 'How many workers did the free zone at Nueva Palmira employ in 2024?'],
    ['a loan the lender is only considering, beside another sum', 'How large a loan will the Inter-American Development Bank provide to deepen the access channel?'],
    ['the holder of an office when the passage names only its deputy', "Who is South Africa's police minister?"],
    ['a visit the passage tells only as an invitation accepted', 'When did Molefe visit Pretoria?'],
    ['the holder of an office in a year of no term of the person named', 'Which Pakistani president voiced sorrow in Kabul in 1979?'],
  ];
  itRefuses(fixture, refused);
});

describe('readers of what a question pins down', () => {
  it('reads the states a question names, of one to three words, and not a currency prefix', () => {
    expect(statesAsked("Who is Papua New Guinea's defence minister?")).toEqual(['country:PNG']);
    expect(statesAsked('How many Costa Rican fishermen did Nicaragua detain?')).toEqual(['country:CRI', 'country:NIC']);
    expect(statesAsked('Did US$50 million go to the port?')).toEqual([]);
  });

  it('reads the state of the last words of a text, the longest run first', () => {
    expect(stateAtEnd('the Costa Rican')).toBe('country:CRI');
    expect(stateAtEnd("Papua New Guinea's")).toBe('country:PNG');
    expect(stateAtEnd('the five')).toBeUndefined();
  });

  it('reads the longest run of words naming a state, from the start or the end', () => {
    expect(stateRun(['Papua', 'New', "Guinea's", 'defence'])).toEqual({ id: 'country:PNG', n: 3 });
    expect(stateRun(['the', 'Costa', 'Rican'], { fromEnd: true })).toEqual({ id: 'country:CRI', n: 2 });
    expect(stateRun(['South', 'African', 'minister'], { least: 3 })).toBeUndefined();
  });

  it('gives a person the title right before the name, not a lesser title earlier in the sentence', () => {
    const text = 'Deputy Minister Li met Minister Wu in Gaborone on Monday.';
    const passage = { start: 0, end: text.length } as Passage;
    const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
    expect(carriesTitle(text, passage, at('Wu'), 'minister')).toBe(true);
    expect(carriesTitle(text, passage, at('Li'), 'minister')).toBe(false);
    const apposed = 'Wu, the deputy minister, met Li on Monday.';
    expect(carriesTitle(apposed, { start: 0, end: apposed.length } as Passage, { start: 0, end: 2 }, 'minister')).toBe(false);
  });

  it('reads the state of a counted noun across an adjective or a noun, not across a verb', () => {
    const counted = (question: string, text: string) =>
      countedWords(parseQuestion(question), { text } as DocumentRecord, { start: 0, end: text.length, words: tokens(text) } as Passage).map((w) => text.slice(w.start, w.end));
    expect(counted('How many Namibian drivers did Botswana detain?', 'Botswana detained drivers at the Mamuno post on Monday.')).toEqual(['drivers']);
    expect(counted('How many Namibian drivers did Botswana detain?', 'Botswana truck drivers were detained at the Mamuno post on Monday.')).toEqual([]);
  });

  it('finds a name written as a whole word, not as the start of another', () => {
    expect(writtenIn('The sanction on the port was lifted.', 'san')).toBe(false);
    expect(writtenIn("Port Moresby's harbour", 'moresby')).toBe(true);
  });

  it('reads a state of several words before the title a who-question asks', () => {
    expect(parseQuestion("Who is Papua New Guinea's defence minister?").personAdjective).toBe('papua new guinea');
    expect(parseQuestion('Which South African minister visited Gaborone?').personAdjective).toBe('south african');
    expect(parseQuestion("Who is Egypt's energy minister?").personAdjective).toBe('egypt');
  });
});
