import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers, itRefuses } from './helpers/ask.js';
import { closingSource, creditedBy, creditedElsewhere, creditsIn, inLabel } from '../src/knowledge/ask/speakers.js';
import { parseQuestion } from '../src/knowledge/ask/question.js';

/** A briefing transcript and a wire written for these tests (test/data/ask-speakers/): who speaks is not who acted. */
const DOCS = new URL('./data/ask-speakers/', import.meta.url).pathname;

describe('speaker labels and closing sources (speakers.ts)', () => {
  const briefing = 'SPOKESPERSON BATBAYAR: Good afternoon.\n\nQUESTION (Montsame, Oyun Ganbold): A court in Almaty last week refused to hand over a herder.';
  it('reads a name between a line start and its colon as a label', () => {
    expect(inLabel(briefing, briefing.indexOf('Montsame'))).toBe(true);
    expect(inLabel(briefing, briefing.indexOf('Oyun'))).toBe(true);
    expect(inLabel(briefing, briefing.indexOf('BATBAYAR'))).toBe(true);
    const title = 'The Parliamentary Under-Secretary of State for Foreign Affairs (Daniel Whitlow): Last Thursday we received notice.';
    expect(inLabel(title, title.indexOf('Daniel'))).toBe(true);
    const behalf = 'Latvia on behalf of the Nordic-Baltic Eight (Mr. Andris Kalniņš): We welcome the agreement between Finland and Estonia.';
    expect(inLabel(behalf, behalf.indexOf('Andris'))).toBe(true);
  });
  it('reads no label in a sentence that goes on to a colon', () => {
    const said = 'Foreign Minister Battsetseg Batmunkh said on Thursday: "We regret the decision."';
    expect(inLabel(said, 0)).toBe(false);
    const list = 'The ministers of Mongolia and Kazakhstan signed three documents: a veterinary protocol, a customs plan and a memorandum.';
    expect(inLabel(list, list.indexOf('Mongolia'))).toBe(false);
  });
  it('reads a source that closes a sentence after a comma, not one that opens it', () => {
    const closing = 'Mongolia declared a trade attaché persona non grata on Wednesday, Foreign Minister Battsetseg Batmunkh said in a statement.';
    const at = closing.indexOf('Battsetseg');
    expect(closingSource(closing, at, at + 'Battsetseg Batmunkh'.length)).toBe(true);
    const opening = 'Foreign Minister Battsetseg Batmunkh said Mongolia had declared a trade attaché persona non grata.';
    const from = opening.indexOf('Battsetseg');
    expect(closingSource(opening, from, from + 'Battsetseg Batmunkh'.length)).toBe(false);
    // After an opening phrase and its comma, the subject of a verb of saying that goes on with what is said opens the main clause.
    const during = 'During his visit to Astana in May 2026, Mongolian Foreign Minister Battsetseg Batmunkh stated that Kazakhstan is a key partner.';
    const by = during.indexOf('Battsetseg');
    expect(closingSource(during, by, by + 'Battsetseg Batmunkh'.length)).toBe(false);
    const told = 'Mongolia declared a trade attaché persona non grata, Foreign Minister Battsetseg Batmunkh told reporters.';
    const at2 = told.indexOf('Battsetseg');
    expect(closingSource(told, at2, at2 + 'Battsetseg Batmunkh'.length)).toBe(true);
  });
  it('reads the states a question and a passage credit a figure to', () => {
    expect(creditedBy('How many horses did Ulaanbaatar say were driven back across the border in April?')).toEqual(['MNG']);
    expect(creditedBy('How many horses were driven back, according to Mongolia and according to Kazakhstan?')).toEqual(['MNG', 'KAZ']);
    expect(creditedBy('How many horses were driven back across the border in April?')).toEqual([]);
    expect(creditsIn('Some 4,000 horses and sheep were driven back across the border in April, according to Kazakh border officials; Ulaanbaatar has given no figure.')).toEqual(['KAZ']);
    expect(creditsIn('The requests were sent in April, the Mongolian foreign ministry said.')).toEqual(['MNG']);
    expect(creditedElsewhere('How many horses did Astana say were driven back?', 'Some 4,000 horses were driven back, according to Kazakh border officials.')).toBe(false);
  });
  it('reads no saying in a question whose verb is an act ("put", "count") or whose "report" is a noun', () => {
    expect(creditedBy('How much money did Mongolia put into the Altai veterinary fund in 2025?')).toEqual([]);
    expect(creditedBy('How many cattle did Kazakhstan count at the Tsagaannuur crossing in June?')).toEqual([]);
    expect(creditedBy("How many cattle did Kazakhstan's report show were seized in June?")).toEqual([]);
    expect(creditedBy('How many cattle did Kazakhstan report seized at the crossing in June?')).toEqual(['KAZ']);
    const wire = "Mongolia put $12 million into the Altai veterinary fund in 2025, Kazakhstan's agriculture ministry said.";
    expect(creditedElsewhere('How much money did Mongolia put into the Altai veterinary fund in 2025?', wire)).toBe(false);
  });
  it('credits a passage to the subject of a verb of saying that opens its sentence, besides a later clause', () => {
    const disputed = 'Kazakhstan said 2,300 cattle were seized at the Tsagaannuur crossing in June, a figure that Mongolian officials said was inflated.';
    expect(creditsIn(disputed)).toEqual(['MNG', 'KAZ']);
    expect(creditedElsewhere('How many cattle did Astana say were seized at the Tsagaannuur crossing in June?', disputed)).toBe(false);
  });
  it('refuses nothing when a phrase the question credits names no state', () => {
    const q = 'How many cattle were seized in June, according to the herders and according to Mongolia?';
    expect(creditedBy(q)).toEqual(['MNG']);
    expect(creditedElsewhere(q, 'Kazakhstan said 2,300 cattle were seized at the Tsagaannuur crossing in June.')).toBe(false);
    expect(creditedElsewhere('How many cattle were seized in June, according to Mongolia?', 'Kazakhstan said 2,300 cattle were seized in June.')).toBe(true);
  });
  it('asks no person of "man-made" or "woman-led", a person of "who is the woman whose…"', () => {
    expect(parseQuestion('Which man-made lake did Latvia and Finland restore in 2019?').personHead).toBe(false);
    expect(parseQuestion('What man-made canal links the two rivers near the Latvian border?').personHead).toBe(false);
    expect(parseQuestion('Which woman-led delegation did Tunisia send to Italy in 2021?').personHead).toBe(false);
    expect(parseQuestion('Which minister did Tunisia send to Italy in 2021?').personHead).toBe(true);
    expect(parseQuestion('Who is the woman whose appointment Tunisia welcomed in 2021?').onlyPeople).toBe(true);
  });
});

describe('dyad ask: who speaks is not who acted, a figure credited to another side (speakers.ts)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // The label's names are the speakers; the one who did the act is told in the sentence itself.
    ['who, not the label of the transcript', 'Who led the Kazakh delegation at the consultations on consular affairs?', 'Yerlan Sadykov', /led by Deputy Minister Yerlan Sadykov/],
    // A question about who said it is answered by the source that closes the sentence.
    ['who said, by the closing source', 'Who said Mongolia declared the trade attaché persona non grata?', 'Battsetseg Batmunkh', /Foreign Minister Battsetseg Batmunkh said in a statement/],
    // A figure credited to the side the question names.
    ['how many, by the side named', 'How many horses and sheep did Astana say were driven back across the border in April?', '4,000', /according to Kazakh border officials/],
    // "How much … money": an amount of money, not the count of people beside it ("for which four doctors were hired").
    // "Mongolia put $12 million into …, Kazakhstan's agriculture ministry said": "put" is the act asked about, not a verb of saying.
    ['how much money, a question whose verb is "put"', 'How much money did Mongolia put into the Altai veterinary fund in 2025?', '$12 million', /Mongolia put \$12 million/],
    // "Kazakhstan said 2,300 cattle were seized …, a figure that Mongolian officials said was inflated": Kazakhstan said it first.
    ['how many, by the side that opens the sentence', 'How many cattle did Astana say were seized at the Tsagaannuur crossing in June?', '2,300', /Kazakhstan said 2,300 cattle/],
    ['how much money, an amount before a count of people', 'How much Mongolian money went to the border clinics under the 2022 health scheme?', '9 million dollars', /found that 9 million dollars/],
  ]);
  itRefuses(fixture, [
    // "QUESTION (Montsame, Oyun Ganbold): A court in Almaty … refused to hand over a herder": the label names the journalist, not the herder.
    ['a who question answered only by a speaker label', 'Who is the man whose return the court in Almaty refused?'],
    // "Mongolia declared a trade attaché … persona non grata on Wednesday, Foreign Minister Battsetseg Batmunkh said": the minister said it.
    ['a name question answered only by the source closing the sentence', 'What is the name of the Kazakh trade attaché whom Mongolia declared persona non grata?'],
    // "…, according to Kazakh border officials; Ulaanbaatar has given no figure": not what Ulaanbaatar said.
    ['a figure the question credits to one side and the passage to the other', 'How many horses and sheep did Ulaanbaatar say were driven back across the border in April?'],
  ]);
  it('still answers who did an act told by a person before its verb', async () => {
    const a = await fixture.engine.ask('Who will travel to Astana for the fifth session of the intergovernmental commission?');
    expect(a.answer).toContain('Battsetseg Batmunkh');
  });
});
