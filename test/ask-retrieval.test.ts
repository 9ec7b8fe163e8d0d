import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers } from './helpers/ask.js';
import { askedStates, stateWriter } from '../src/knowledge/ask/state-forms.js';
import { frame, matches, retrieve } from '../src/knowledge/ask/retrieve.js';
import type { DocumentRecord } from '../src/model/document.js';
import { AskCorpus } from '../src/knowledge/ask/corpus.js';
import { REFUSE_BELOW } from '../src/knowledge/ask/answer.js';
import { parseQuestion } from '../src/knowledge/ask/question.js';
import { tokens } from '../src/knowledge/ask/text.js';

/**
 * A Mongolia–Kazakhstan wire written for these tests (test/data/ask-retrieval/): a protest lodged by one capital with the other, a
 * panel's ruling told with "ruled", a trade figure in a sentence that names neither state (the headline does). Each question below was
 * refused or answered from another passage on main c6888c0.
 */
const DOCS = new URL('./data/ask-retrieval/', import.meta.url).pathname;

describe('stateWriter: a state written by any of the lexicon’s names', () => {
  it('reads a capital as its state when it acts, not as a place after a preposition', () => {
    const mongolia = stateWriter('country:MNG');
    expect(mongolia('Ulaanbaatar lodged a formal protest with Astana on March 12')).toBe(true);
    expect(mongolia('The talks were held in Ulaanbaatar on March 12')).toBe(false);
    expect(stateWriter('country:KAZ')('a formal protest with Astana on March 12')).toBe(true);
  });

  it('reads a state asked by its adjective only by its adjectives', () => {
    const [state] = askedStates('How many Mongolian herders were detained?', parseQuestion('How many Mongolian herders were detained?').terms);
    expect(state!.id).toBe('country:MNG');
    expect(state!.writes('seven Mongolian herders')).toBe(true);
    expect(state!.writes('herders who crossed into Mongolia')).toBe(false);
  });

  it('gives each state the question’s words that name it, none to a capital the question names as a place', () => {
    const question = 'When did Mongolia protest to Kazakhstan over the herders held in the Astana region?';
    const q = parseQuestion(question);
    expect(askedStates(question, q.terms).map((s) => [s.id, s.terms.map((i) => q.terms[i]!.word)])).toEqual([
      ['country:MNG', ['mongolia']],
      ['country:KAZ', ['kazakhstan']],
    ]);
  });
});

describe('matches: a short verb’s forms', () => {
  it('matches "rule" with "ruled" and "ruling", which the stemmer cuts below the question’s stem', () => {
    const rule = parseQuestion('When did the panel rule on the dispute?').terms.find((t) => t.word === 'rule')!;
    const words = tokens('The panel ruled on 18 February, its ruling final; the rules stand.', 100);
    expect(words.filter((w) => matches(rule, w)).map((w) => [w.start, w.folded])).toEqual([
      [110, 'ruled'],
      [136, 'ruling'],
      [154, 'rules'],
    ]);
  });
});

describe('dyad ask: the passage found when it writes the question’s words otherwise', () => {
  const fixture = askFixture(DOCS);

  itAnswers(fixture, [
    ['state written by its capital', 'When did Mongolia lodge a formal protest with Kazakhstan?', '12 March 2026', /^Ulaanbaatar lodged a formal protest with Astana on March 12/],
    ['ruling told in the past tense', 'When did the arbitration panel rule on the grazing dispute?', '18 February 2026', /^The panel ruled on 18 February/],
    ['figure of a pair only the headline names', 'What was bilateral trade between Mongolia and Kazakhstan in 2025?', '$412 million', /^Bilateral trade reached \$412 million in 2025/],
  ]);

  // The best candidate of retrieval: the sentence that tells it, each question's words held (`coverage`, the names' weights halved where the
  // heading or the report's opening holds them), above the refusal line.
  const best = async (question: string) => (await retrieve(parseQuestion(question), new AskCorpus(fixture.engine.store)))[0]!;
  const at = (quote: string) => fixture.texts.get('mongolia-kazakhstan-wire')!.indexOf(quote);

  it('finds the sentence that names both states by their capitals, holding every word of the question', async () => {
    const top = await best('When did Mongolia lodge a formal protest with Kazakhstan?');
    expect(top.passage.start).toBe(at('Ulaanbaatar lodged a formal protest with Astana'));
    expect(top.coverage).toBe(1);
  });

  it('finds the sentence whose verb is the question’s in the past tense', async () => {
    const all = await retrieve(parseQuestion('When did the arbitration panel rule on the grazing dispute?'), new AskCorpus(fixture.engine.store));
    const ruling = all.find((c) => c.passage.start === at('The panel ruled on 18 February'))!;
    expect(ruling.matched.map((w) => [w.start, w.folded])).toEqual([
      [at('panel ruled'), 'panel'],
      [at('ruled on 18 February'), 'ruled'],
    ]);
    expect(ruling.score).toBeGreaterThanOrEqual(REFUSE_BELOW);
  });

  it('finds the figure of a pair only the headline and the dateline name, above the refusal line', async () => {
    const top = await best('What was bilateral trade between Mongolia and Kazakhstan in 2025?');
    expect(top.passage.start).toBe(at('Bilateral trade reached $412 million'));
    expect(top.score).toBeGreaterThanOrEqual(REFUSE_BELOW);
    expect(top.coverage).toBeCloseTo(0.777, 3);
  });
});

/**
 * A Chile–New Zealand wire written for these tests (test/data/ask-frames/): instruments listed under a lead-in that alone holds the
 * question's words and year. On main 9d040e7 no item is a candidate.
 */
describe('retrieve: list items framed by their lead-in', () => {
  const fixture = askFixture(new URL('./data/ask-frames/', import.meta.url).pathname);
  const all = async (question: string) => retrieve(parseQuestion(question), new AskCorpus(fixture.engine.store));
  const at = (quote: string) => fixture.texts.get('chile-newzealand-wire')!.indexOf(quote);

  it('brings the items of a list whose lead-in is a hit, each holding the lead-in’s words at half and its year', async () => {
    const found = await all('Which instruments did Chile and New Zealand sign in 2024?');
    const items = ['a memorandum on Antarctic', 'a protocol on seasonal', 'an accord on wine'].map((q) => found.find((c) => c.passage.start === at(q)));
    expect(items.map((c) => c && [c.passage.start, c.yearsFound])).toEqual([
      [at('a memorandum on Antarctic'), 1],
      [at('a protocol on seasonal'), 1],
      [at('an accord on wine'), 1],
    ]);
    for (const c of items) expect(c!.coverage).toBeGreaterThan(0.4);
  });
});

/**
 * A Latvia–Estonia wire written for these tests (test/data/ask-frames/): a paragraph that ends in a dated sentence with no colon or
 * "following", then a list of undated items. The sentence is no lead-in: the items are not of its year (review fix, session 28).
 */
describe('retrieve: a sentence before a list frames its items only as a real lead-in', () => {
  const fixture = askFixture(new URL('./data/ask-frames/', import.meta.url).pathname);

  it.each([['What did the ministers conclude in 2018?'], ['What did Latvia and Estonia ratify in 2018?']])('refuses "%s": the text never dates the items', async (question) => {
    const a = await fixture.engine.ask(question);
    expect(a.status).toBe('not_in_corpus');
  });

  it('still answers from the items under a lead-in that ends with a colon', async () => {
    const a = await fixture.engine.ask('Which instruments did Chile and New Zealand sign in 2024?');
    expect(a.status).toBe('answered');
    expect(a.citations.some((c) => /memorandum on Antarctic|protocol on seasonal|accord on wine|following instruments/.test(c.quote))).toBe(true);
  });
});

describe('frame: what frames a table row', () => {
  /** A paragraph `lead`, then a table of two instruments under a header row; `frame` of sentence i. */
  const frames = (lead: string) => {
    const text = `${lead}\n\nInstrument  Signed\nVisa waiver  12 May\nPort accord  3 June\n`;
    const span = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
    const cells = (a: string, b: string) => [span(a), span(b)];
    const table = {
      type: 'table' as const,
      ...span('Instrument  Signed\nVisa waiver  12 May\nPort accord  3 June'),
      header: true,
      rows: [cells('Instrument', 'Signed'), cells('Visa waiver', '12 May'), cells('Port accord', '3 June')],
    };
    const sentences = [span(lead), span('Instrument  Signed'), span('Visa waiver  12 May'), span('Port accord  3 June')].map((x, i) => ({ ...x, block: i ? 1 : 0 }));
    const doc = { text, blocks: [{ type: 'paragraph', ...span(lead) }, table], sentences } as unknown as DocumentRecord;
    return { span, frame: (i: number) => frame(doc, { doc: 'd', ...sentences[i]!, index: i, words: [] }) };
  };

  it('gives a row the lead-in before the table and the table’s header row, and the header row only the lead-in', () => {
    const { span, frame: of } = frames('Latvia and Finland signed the following instruments in 2023:');
    expect(of(2)).toEqual([span('Latvia and Finland signed the following instruments in 2023:'), span('Instrument  Signed')]);
    expect(of(1)).toEqual([span('Latvia and Finland signed the following instruments in 2023:')]);
    expect(of(0)).toEqual([]);
  });

  it('gives a row only the header row when the sentence before the table introduces nothing (review fix, session 28)', () => {
    const { span, frame: of } = frames('Latvia and Finland opened a joint customs office at Valka in 2018.');
    expect(of(2)).toEqual([span('Instrument  Signed')]);
    expect(of(1)).toEqual([]);
  });
});
