import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers } from './helpers/ask.js';
import { questionSlot } from '../src/knowledge/ask/slot.js';
import { choiceOf } from '../src/knowledge/ask/choice.js';
import { parseQuestion } from '../src/knowledge/ask/question.js';
import { askedTitle } from '../src/knowledge/ask/answer-types.js';
import { irregularForms } from '../src/knowledge/ask/verb-forms.js';
import { stem } from '../src/knowledge/ask/text.js';
import { initialisms } from '../src/knowledge/ask/retrieve.js';

/** A wire report written for these tests (test/data/ask-slots/). */
const DOCS = new URL('./data/ask-slots/', import.meta.url).pathname;

describe("dyad ask: the answer's place against the question's verb, and its type checked against the passage", () => {
  const fixture = askFixture(DOCS);
  const { engine } = fixture;

  const cases: [string, string, string, RegExp][] = [
    ['what, the object of the verb', 'What did the Joint Customs Board replace?', 'the Baltic Transit Committee', /which replaced the Baltic Transit Committee in 2016/],
    ['who, the subject of the verb', 'Who guards the Eglaine rail yard?', 'a battalion of Latvian army engineers', /a battalion of Latvian army engineers guards the Eglaine rail yard/],
    ['over which, after the preposition beside the verb', 'Over which sea would the freight flights be rerouted?', 'the Baltic coast', /rerouted over the Baltic coast/],
    ['how did X respond, in the sentence beside', 'How did Lithuania respond to the Latvian dairy tariff?', 'with a complaint to the European Commission', /Lithuania responded with a complaint/],
    ['which, a name in apposition after its head noun', 'Which Latvian company will build the new power line?', 'Baltwind', /the Latvian company Baltwind would build/],
    ['who, a person the passage gives the title asked', "Who is Latvia's transport minister?", 'Anna Ozola', /Latvia's transport minister, Anna Ozola, said/],
    ['how many, of the state asked', 'How many Latvian trucks were stuck at the border?', '300', /About 300 Latvian trucks were stuck/],
    [
      'how much, the pair told as "the two countries"',
      'What was trade between Latvia and Lithuania worth in 2021?',
      '4.2 billion euros',
      /Trade between the two countries was worth 4\.2 billion euros in 2021/,
    ],
    ['which first, A or B', 'Which was signed first, the Energy Accord or the Border Treaty?', 'Border Treaty (1997), before Energy Accord (2005)', /Border Treaty between them was signed in 1997/],
    ['where does X rank', "Where does Lithuania rank among Latvia's export markets?", 'second', /Lithuania is Latvia's second largest export market/],
    ['how many, a name written as its initials', 'How many staff does the Joint Customs Board secretariat have?', '14', /The JCB secretariat in Daugavpils has a staff of 14/],
    ['how old, an age in years', 'How old was Ozola when she took office?', '54', /a 54-year-old former mayor/],
    ['until what date, a date given as an end', 'Until what date will the Subate border post stay closed?', '30 June 2022', /Subate border post closed until 30 June 2022/],
  ];
  itAnswers(fixture, cases);

  const refused: [string, string][] = [
    ['a title nobody in the passage holds', "Who is Lithuania's ambassador to Latvia?"],
    ["a count of another state's trucks", 'How many Lithuanian trucks were stuck at the border?'],
    ['an end the texts do not give', 'Until what date will the Kalviai crossing stay shut?'],
    ['names of people the passage does not tell as such', 'What were the names of the three Latvian engineers detained near Panevezys?'],
  ];
  for (const [why, question] of refused) {
    it(`refuses a question on ${why}`, async () => {
      const a = await engine.ask(question);
      expect(a).toMatchObject({ status: 'not_in_corpus', answer: null, citations: [] });
    });
  }

  it('reads the slot a question fills from its words', () => {
    expect(questionSlot('What did the commission replace?', 'replac')).toEqual({ role: 'object', verb: 'replac' });
    expect(questionSlot('Who occupies the ship?')).toEqual({ role: 'subject', verb: 'occupy' });
    expect(questionSlot('Which firm will receive the gas?')).toEqual({ role: 'subject', verb: 'receiv' });
    expect(questionSlot('Over which sea would the flights be rerouted?', 'rerout')).toEqual({ role: 'prep', verb: 'rerout', prep: 'over' });
    // A question about a state of things has no verb to place its answer by.
    expect(questionSlot('What was the value of trade in 2021?')).toBeUndefined();
    expect(questionSlot('Who is the ambassador?')).toBeUndefined();
  });

  it("reads the initials a text may write a question's names as", () => {
    expect(initialisms('Did South African exports to Zimbabwe rise?')).toEqual([['SA', ['south', 'african']]]);
    expect(initialisms('Who spoke for the European Union?')).toEqual([['EU', ['european', 'union']]]);
    expect(initialisms('Did Lithuania export more?')).toEqual([]);
  });

  it("gives a question's irregular verb its other forms, from WordNet's exceptions", () => {
    expect(irregularForms('became')).toContain('become');
    expect(irregularForms('make')).toContain('made');
    expect(irregularForms('signed')).toEqual([]);
    expect(parseQuestion('When did Ghana become independent?').terms.find((t) => t.word === 'become')!.stems).toContain(stem('became'));
  });

  it('reads a choice between two things by their dates, and the title a who question asks for', () => {
    expect(choiceOf('Which became independent first, Ghana or Nigeria?')).toMatchObject({ options: ['Ghana', 'Nigeria'], earlier: true });
    expect(choiceOf('Which was signed last, the Border Treaty or the Energy Accord?')).toMatchObject({ options: ['Border Treaty', 'Energy Accord'], earlier: false });
    expect(choiceOf('Which treaty was signed in 1997?')).toBeUndefined();
    expect(askedTitle(parseQuestion('Who was the British prime minister in 2011?'))).toBe('prime minister');
    expect(askedTitle(parseQuestion('What were the names of the two soldiers captured?'))).toBe('soldier');
    expect(askedTitle(parseQuestion('Who signed the treaty?'))).toBeUndefined();
  });
});
