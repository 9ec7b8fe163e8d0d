import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers, itConflicts, itRefuses } from './helpers/ask.js';
import { alternativesHead } from '../src/knowledge/ask/alternatives.js';
import { listAfter } from '../src/knowledge/ask/items.js';
import { numbers } from '../src/knowledge/ask/numbers.js';
import { parseQuestion } from '../src/knowledge/ask/question.js';
import { tokens } from '../src/knowledge/ask/text.js';
import type { Passage } from '../src/knowledge/ask/corpus.js';
import type { DocumentRecord } from '../src/model/document.js';
import type { FactAnnotation } from '../src/model/annotation.js';

/**
 * Documents written for these tests (test/data/ask-held/): a Peru–Chile communique (documents signed, listed on lettered lines; a count
 * told before a partial list), a Sudan–Chad wire on a border clash (each side's account of who fired first,
 * one side's speaker introduced by "its"; an earlier incident no side speaks of; a headline's yes the other side denies, a framework's guarantors) and a Peru–Bolivia wire on fishermen held on a lake (each side's account of
 * whose waters, an unnamed foreign minister's visit, a named trade minister's, the heads of two delegations, a document initialled and not signed), a 1992 accord's square kilometre where sailors drowned
 * and its parks, a count of firms told after its noun, and each report's trade between "the two countries". Each refusal was answered, and each conflict was not, on main de731df.
 */
const DOCS = new URL('./data/ask-held/', import.meta.url).pathname;

describe('dyad ask: an answer must be of the kind the question asks', () => {
  const fixture = askFixture(DOCS);

  itAnswers(fixture, [
    ['person asked by title, the title before the name', 'Who is the Bolivian trade minister due to visit Lima in May?', 'Rosa Condori', /^Bolivian Trade Minister Rosa Condori/],
    ['count of the unit of measure asked', 'How many square kilometres at Ilo did the 1992 accord give Bolivia?', 'one square kilometre', /^A 1992 accord/],
    ['count of things before their noun', 'How many ecological parks did the 1992 accord create?', 'two ecological parks', /^The accord also created/],
    // "the Peruvian delegation was headed by … Jorge Paredes, and the Bolivian delegation by … Marco Huanca": the name of the clause whose state
    // qualifies the noun asked (main answered Jorge Paredes to both).
    [
      'person heading the delegation of the state asked, the second of two clauses',
      'Who headed the Bolivian delegation at the border talks in Puno?',
      'Marco Huanca',
      /^At the last round of border talks/,
    ],
    [
      'person heading the delegation of the state asked, the first of two clauses',
      'Who headed the Peruvian delegation at the border talks in Puno?',
      'Jorge Paredes',
      /^At the last round of border talks/,
    ],
    // '"…," Foreign Minister Celia Mamani told reporters … after meeting Ambassador Jorge Salas': the person given the title the question's head
    // noun names, not the nearer one (main answered Jorge Salas).
    ['person given the title a which question asks', "Which Bolivian minister met Peru's ambassador after he was summoned?", 'Celia Mamani', /^"Bolivia will not accept/],
    // "with Qatar, Egypt and Ethiopia as guarantors": states before places and other names (main answered "African and Border Security").
    ['states a which-countries question asks', 'Which countries were guarantors of the Adre Framework?', 'Qatar, Egypt and Ethiopia', /^At a meeting of African foreign ministers/],
    // "The Parties signed the following documents:" and four lettered lines, one running on to the next (main refused the count and
    // answered the list with "the following").
    ['count of the items of a list the sentence opens', 'How many documents did the Parties sign in Lima?', '4 documents', /^\s*a\) an agreement on the integrated control/],
    [
      'list of the items a sentence opens',
      'List the documents the Parties signed in Lima.',
      'an agreement on the integrated control of the Chacalluta-Santa Rosa border crossing',
      /^The Parties signed the following documents:/,
    ],
    // "signed 12 agreements in Tacna on the same day, including the following:": the sentence counts them; its list is only some.
    ['count a sentence gives before a partial list', 'How many agreements did the ministers of trade sign in Tacna?', '12 agreements', /^The ministers of trade signed 12/],
    // "A second document, a protocol on the exchange of customs data, was initialled": the head noun's apposition names it (main answered
    // with the reason after "because").
    ['thing a which question asks, named in apposition', 'Which document was initialled but not signed at the border talks?', 'a protocol on the exchange of customs data', /^A second document/],
    ['count told after its noun', 'How many Peruvian firms were registered in Bolivia in 2025?', '1,410', /^The number of Peruvian firms/],
  ]);

  itConflicts(fixture, [
    [
      // The minister's words are quoted before her name; the ministry's clause holds both alternatives, one of them beside "waters".
      'the waters each side claims, one side quoted before its speaker',
      'Were the fishermen detained in Bolivian or Peruvian waters?',
      ['Celia Mamani: are seized in Bolivian waters by a foreign navy', 'Peru: in waters under Peruvian jurisdiction'],
      [/^"Bolivia will not accept/, /^In a statement issued on Wednesday, Peru's Foreign Ministry/],
    ],
  ]);

  // "Who opened fire first" names no state: the report's pair speaks. Sudan's speaker is "Its deputy commander" of "Sudan's Border Force" in
  // the sentence before; the lead's "officials in both countries said." says nothing after its verb and is no claim.
  it('answers who fired first as each side blaming the other, each claim cited', async () => {
    const a = await fixture.engine.ask('Who opened fire first in the clash at the Adre crossing?');
    expect(a.status).toBe('conflict');
    expect(a.claims.map((c) => c.answer)).toEqual([
      'Sudan: told state radio that Sudanese troops had "responded to hostile fire" and that the fighting lasted about an hour',
      'Chad: said Sudanese troops had opened fire first and that three Chadian soldiers had been wounded',
    ]);
    expect(a.claims.map((c) => c.citations[0]!.quote)).toEqual([expect.stringMatching(/^Its deputy commander/), expect.stringMatching(/^A spokesman for Chad's Defence Ministry/)]);
    fixture.exact(a);
  });

  // The headline tells it in the report's own words; Chad denies it five paragraphs on (main answered "Yes").
  it('answers a yes the report tells and a side denies further on as a conflict, each cited', async () => {
    const a = await fixture.engine.ask('Did the Chadian drone violate Sudanese airspace?');
    expect(a.status).toBe('conflict');
    expect(a.claims.map((c) => c.answer)).toEqual([
      'Yes: Sudan closes Adre crossing after border clash; Chadian drone violates Sudanese airspace',
      'Chad: denied any violation of Sudanese airspace and said its drones had stayed on the Chadian side of the border',
    ]);
    fixture.exact(a);
  });
  it('answers a yes the report tells when the denial nearby is of another act', async () => {
    expect(await fixture.engine.ask('Did Sudan close the Adre crossing?')).toMatchObject({ status: 'answered', answer: 'Yes' });
  });

  it('answers who fired first from the report when no side speaks of it', async () => {
    const a = await fixture.engine.ask('Who fired first on the customs post in March?');
    expect(a).toMatchObject({ status: 'answered', answer: 'herders from the Tina area' });
  });

  it('finds no conflict in a clause holding both alternatives when neither qualifies a noun asked', async () => {
    expect((await fixture.engine.ask('Were the fishermen Bolivian or Peruvian?')).status).not.toBe('conflict');
  });

  // Each wire writes "Bilateral trade between the two countries reached … in 2025"; the store holds the two as one figure of two values.
  it("answers a pair's figure from its own report, not as a conflict with another pair's", async () => {
    const a = await fixture.engine.ask('What was bilateral trade between Peru and Bolivia in 2025?');
    expect(a).toMatchObject({ status: 'answered', answer: '1.9 billion US dollars (1900000000 USD)' });
    expect(a.citations[0]!.doc).toBe('peru-bolivia-wire');
  });
  it('keeps the conflict when the question names no pair', async () => {
    const a = await fixture.engine.ask('What was bilateral trade between the two countries in 2025?');
    expect(a.status).toBe('conflict');
    expect(a.claims.map((c) => c.citations[0]!.doc).sort()).toEqual(['peru-bolivia-wire', 'sudan-chad-wire']);
    fixture.exact(a);
  });

  it('reads the noun two alternatives qualify', () => {
    expect(alternativesHead(parseQuestion('Were the boats in Moroccan or Spanish waters?'))).toBe('water');
    expect(alternativesHead(parseQuestion('Were the fishermen Bolivian or Peruvian?'))).toBeUndefined();
  });

  itRefuses(fixture, [
    // "due to visit" ended no title: "Thai foreign minister due" read no title, so a body ("the Joint Border Commission") answered.
    ['a person asked by title that the passage does not name', 'Who is the Peruvian foreign minister due to visit Lima next month?'],
    // "one square kilometre at Ilo, where Bolivian sailors had drowned": a measure of land, no count of sailors.
    ['a count of people read from a measure of land beside them', 'How many Bolivian sailors drowned at Ilo in 1987?'],
  ]);
});

describe('listAfter: the items on the lines after a sentence that ends with a colon', () => {
  const text = 'Intro.\n4. The Parties signed the following documents:\n   a) an agreement on X;\n   b) a protocol on Y, to\n      be applied in 2027;\n5. The Parties met.\n';
  const at = (s: string) => ({ doc: 'd', start: text.indexOf(s), end: text.indexOf(s) + s.length, block: 0, index: 0, words: tokens(s, text.indexOf(s)) }) as Passage;
  it('reads each item without its mark, a line with no mark running on the item before, up to a numbered paragraph', () => {
    expect(listAfter({ text } as DocumentRecord, at('4. The Parties signed the following documents:')).map((s) => s.text)).toEqual(['an agreement on X', 'a protocol on Y, to be applied in 2027']);
  });
  it('reads nothing after a sentence that opens no list', () => {
    expect(listAfter({ text } as DocumentRecord, at('Intro.'))).toEqual([]);
  });
});

describe('numbers: a stored count of another noun counts nothing asked', () => {
  const text = 'The accord gave Ecuador ownership of one square kilometre at Tiwintza, where soldiers had died in 1995, and created two ecological parks.';
  const fact = (value: number, written: string, indicator: string) => {
    const valueStart = text.indexOf(written);
    return { indicator, value, unit: 'count', valueStart, valueEnd: valueStart + written.length } as FactAnnotation;
  };
  const doc = { text, blocks: [{ type: 'paragraph' }], annotations: { facts: [fact(1, 'one', 'square_kilometre'), fact(2, 'two', 'ecological_parks')], times: [] } } as unknown as DocumentRecord;
  const passage = { doc: 'd', start: 0, end: text.length, block: 0, index: 0, words: tokens(text) } as Passage;
  const read = (question: string) => numbers(parseQuestion(question), doc, passage, []).map((s) => s.text);

  it('takes no count followed by a unit of measure or by a noun of its own for the noun asked', () => {
    expect(read('How many soldiers died at Tiwintza in 1995?')).toEqual([]);
  });
  it('takes a figure before its conversion in brackets, the conversion stored and the figure not', () => {
    const told = 'Port Moresby pledged 18 million kina (about 4.5 million U.S. dollars) over three years.';
    const at = told.indexOf('4.5');
    const converted = { indicator: 'quantity', value: 4500000, unit: 'USD', valueStart: at, valueEnd: at + '4.5 million U.S. dollars'.length } as FactAnnotation;
    const d = { text: told, blocks: [{ type: 'paragraph' }], annotations: { facts: [converted], times: [] } } as unknown as DocumentRecord;
    const p = { doc: 'd', start: 0, end: told.length, block: 0, index: 0, words: tokens(told) } as Passage;
    const read = numbers(parseQuestion('How much did Port Moresby pledge?'), d, p, []).map((s) => s.text);
    expect(read[0]).toBe('18 million');
    expect(read.indexOf('4.5 million U.S. dollars (4500000 USD)')).toBeGreaterThan(0);
  });
  it('takes the count of the noun asked', () => {
    expect(read('How many ecological parks did the accord create?')[0]).toBe('two ecological parks (2 count)');
    expect(read('How many square kilometres did the accord give Ecuador?')[0]).toMatch(/^one/);
  });
});
