import { describe, expect, it } from 'vitest';
import { plannedDatesOnly, refersBack } from '../src/knowledge/ask/retrieve.js';
import { tokens } from '../src/knowledge/ask/text.js';
import { askFixture } from './helpers/ask.js';

/**
 * Passages whose subject stands for what the sentence before names ("*They* were released on Tuesday", "*It* was not signed", "*The
 * levy* took effect on 1 March"): the sentence before's words count as their own in retrieval (issue 11, session 39). On 9afe80a each
 * answer below came from the sentence before, which holds the question's names but not its act. A Uruguay–Paraguay wire written for
 * the test (test/data/ask-refers-back/).
 */
const DOCS = new URL('./data/ask-refers-back/', import.meta.url).pathname;
const DOC = 'uruguay-paraguay-barges';

describe('dyad ask: a passage whose subject refers to the sentence before (issue 11)', () => {
  const fixture = askFixture(DOCS);
  const cases: [string, string, string, string][] = [
    ['a pronoun subject', 'When were the detained barges released?', 'Tuesday (7 April 2026)', 'They were released on Tuesday after the owners paid a fine of 40,000 dollars.'],
    ['a pronoun subject, denied', 'Was the dredging protocol signed?', 'No', 'It was not signed, because Paraguay asked for more time to consult its river pilots.'],
    ['a determiner and a noun of the sentence before', "When did Paraguay's transit levy on foreign barges take effect?", '1 March (1 March 2026)', 'The levy took effect on 1 March.'],
  ];
  for (const [form, question, answer, sentence] of cases) {
    it(`answers from ${form}, citing it first`, async () => {
      const a = await fixture.engine.ask(question);
      expect(a.status).toBe('answered');
      expect(a.answer).toBe(answer);
      const text = fixture.texts.get(DOC)!;
      expect(a.citations[0]).toMatchObject({ doc: DOC, start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length });
      fixture.exact(a);
    });
  }

  it('keeps the sentence that names the act first when the one after adds none of the question’s words', async () => {
    // Must-not: "They were released…" holds every word of this question through the sentence before, and no more: the act's own sentence stays first.
    const a = await fixture.engine.ask('Where did Paraguayan customs officers detain the barges?');
    expect(a.answer).toBe('Asunción (Paraguay)');
    const text = fixture.texts.get(DOC)!;
    expect(a.citations[0]!.start).toBe(text.indexOf('Paraguayan customs officers detained'));
    fixture.exact(a);
  });

  it('answers a which-question from the sentence a referring noun stands for, not from the noun (its head noun)', async () => {
    // Must-not: "Those measures will stay in place…" refers back, but "which measures" asks what the sentence before names.
    const a = await fixture.engine.ask('Which measures did Paraguay take against Uruguayan operators in February?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('suspended the river licences of two Uruguayan operators and closed a fuel depot at Pilar');
    const text = fixture.texts.get(DOC)!;
    expect(a.citations[0]!.start).toBe(text.indexOf('In February Paraguay also suspended'));
    expect(a.citations.some((c) => c.quote.startsWith('Those measures'))).toBe(false);
    fixture.exact(a);
  });
});

describe('dyad ask: a referring sentence whose date is of an act it plans (issue 11, review)', () => {
  const fixture = askFixture(DOCS);
  it('dates the asked act by the sentence before, not by the planned act’s date in the referring sentence', async () => {
    // Must-not: "She invited him to visit Kumasi in October" refers back to the meeting, but October is the visit's date, not the invitation's.
    const a = await fixture.engine.ask('When did Efua Mensah invite Komi Agbeko to visit Kumasi?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('14 May (14 May 2026)');
    const text = fixture.texts.get('ghana-togo-trade')!;
    const sentence = "Ghana's trade minister Efua Mensah met her Togolese counterpart Komi Agbeko in Lomé on 14 May.";
    expect(a.citations[0]).toMatchObject({ doc: 'ghana-togo-trade', start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length });
    fixture.exact(a);
  });
});

describe('plannedDatesOnly: whether a sentence’s every date is of an act it plans', () => {
  const at = (sentence: string, date: string) => [{ start: sentence.indexOf(date), end: sentence.indexOf(date) + date.length }];
  it('reads a date after "to" and a verb', () => {
    const s = 'She invited him to attend a trade fair in Accra in October.';
    expect(plannedDatesOnly(s, tokens(s), at(s, 'October'))).toBe(true);
  });
  it('does not read a date before the "to", "to" before a place or a determiner, or a sentence with no date', () => {
    // Must-nots: the act's own date comes first; "to Accra", "to the border" plan nothing; no date, nothing to discount.
    const a = 'On 3 June she invited him to visit Accra.';
    expect(plannedDatesOnly(a, tokens(a), at(a, '3 June'))).toBe(false);
    const b = 'They returned to Accra on 9 June.';
    expect(plannedDatesOnly(b, tokens(b), at(b, '9 June'))).toBe(false);
    const c = 'They were taken to the border on 9 June.';
    expect(plannedDatesOnly(c, tokens(c), at(c, '9 June'))).toBe(false);
    const d = 'She invited him to visit Accra.';
    expect(plannedDatesOnly(d, tokens(d), [])).toBe(false);
  });
});

describe('refersBack: whether a sentence’s subject stands for what the sentence before names', () => {
  const reads = (sentence: string, before: string) => refersBack(sentence, tokens(sentence), tokens(before));
  it('reads a pronoun subject, after a connective too', () => {
    expect(reads('They were freed on Friday.', 'Police held six traders at the crossing.')).toBe(true);
    expect(reads('But it was never ratified by the senate.', 'The two states signed a fisheries accord in 2019.')).toBe(true);
  });
  it('reads a determiner before a lowercase noun the sentence before holds, a number between or not', () => {
    expect(reads('The tariff was lifted in May.', 'Lima imposed a tariff on cement imports.')).toBe(true);
    expect(reads('The two governments will meet again in July.', 'Both governments welcomed the talks.')).toBe(true);
  });
  it('does not read a determiner before a name, a noun the sentence before lacks, or a sentence that opens with a name', () => {
    // Must-nots: "The Bolivian side" after "The Chilean side" is the other side; a new noun opens a new matter; a name is its own subject.
    expect(reads('The Bolivian side said it would reply.', 'The Chilean side proposed a joint patrol.')).toBe(false);
    expect(reads('The railway reopened in June.', 'Lima imposed a tariff on cement imports.')).toBe(false);
    expect(reads('Quito said the tariff was unlawful.', 'Lima imposed a tariff on cement imports.')).toBe(false);
  });
  it('does not read "this", "these", "those" without a noun the sentence before holds (issue 11, review)', () => {
    // Must-nots: a demonstrative before a new noun, or a time, opens a new matter.
    expect(reads('This year exports will fall to 1.1 billion dollars.', 'Exports to Togo rose 9 percent in 2025.')).toBe(false);
    expect(reads('These Ghanaian officials said the fee was unlawful.', 'Lomé imposed a fee on cocoa trucks.')).toBe(false);
    expect(reads('Those talks were held in Lomé.', 'The two ministers met on 14 May.')).toBe(false);
    // With a noun the sentence before holds, a demonstrative does refer back.
    expect(reads('Those talks ended without agreement.', 'The two states opened talks on the tunnel.')).toBe(true);
  });
  it('does not read an expletive or cleft "it" (issue 11, review)', () => {
    // Must-nots: "it" before a verb of being, a word and "when", "that", "whether" stands for the clause after, not the sentence before.
    expect(reads('It is unclear when the cargo will be returned.', 'Customs seized three trucks of cocoa.')).toBe(false);
    expect(reads('It was Togo that closed the crossing first.', 'The crossing was closed for a week.')).toBe(false);
    expect(reads('It is not clear whether the fee applies to buses.', 'Lomé imposed a fee on cocoa trucks.')).toBe(false);
    expect(reads('But it has been agreed that the fee will stay.', 'Lomé imposed a fee on cocoa trucks.')).toBe(false);
    // A referring "it" still refers back, a verb of being and a participle too.
    expect(reads('It was signed in Lomé on 2 May.', 'The two states agreed a transit protocol.')).toBe(true);
    expect(reads('It was the first such accord since 1998.', 'The two states agreed a transit protocol.')).toBe(true);
  });
});
