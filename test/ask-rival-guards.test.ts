import { describe, expect, it } from 'vitest';
import { credits } from '../src/knowledge/ask/estimates.js';
import { askFixture, itConflicts } from './helpers/ask.js';

/**
 * A report on Ghana and Togo (test/data/ask-rival-guards/; review of session 35, issue 11): a year or a figure beside the answer's that no
 * source sets against it stays out of the answer. A year that opens a clause ("officials say 2018 will see …") is no year a source gives
 * alone; a dispute of another matter ("whether the treaty is in force is disputed") widens no date's window, and "said in 2012 that" dates a
 * saying; "including a figure of" tells a part, no source's figure. A year "some sources say" alone stays a conflict.
 */
const DOCS = new URL('./data/ask-rival-guards/', import.meta.url).pathname;

describe('dyad ask: a year or a figure no source sets against the answer is no rival', () => {
  const fixture = askFixture(DOCS);

  const plain = async (question: string, answer: string, quote: string, start: number) => {
    const a = await fixture.engine.ask(question);
    expect(a.status).toBe('answered');
    expect(a.answer).toBe(answer);
    expect(a.claims).toEqual([]);
    const c = a.citations[0]!;
    expect([c.start, c.end]).toEqual([start, start + quote.length]);
    expect(fixture.texts.get('ghana-togo-report')!.slice(c.start, c.end)).toBe(quote);
  };

  it('does not take a year that opens a clause ("officials say 2018 will see the first freight trains") for a rival', async () => {
    await plain(
      'When did Ghana and Togo sign the coastal railway agreement?',
      '2016',
      'Ghana and Togo signed the coastal railway agreement in 2016; officials say 2018 will see the first freight trains.',
      41,
    );
  });

  it('does not widen the window for a dispute of another matter, nor take a saying\'s year ("said in 2012 that") for a rival', async () => {
    await plain(
      'When did Togo sign the maritime boundary treaty?',
      '2009',
      'Whether the maritime boundary treaty is in force is disputed: Togo signed it in 2009, but Ghanaian deputies said in 2012 that ratification was incomplete.',
      157,
    );
  });

  it('does not take a part told "including a figure of" for another source\'s figure', async () => {
    await plain(
      'What were Ghanaian exports to Togo in 2024?',
      '$700 million (700000000 USD)',
      'Ghanaian exports to Togo were $700 million in 2024, including a figure of $250 million for cocoa products.',
      401,
    );
  });

  itConflicts(fixture, [
    ['a year "some sources say" alone, before the sentence ends', 'When did Ghana and Togo sign the fisheries accord?', ['2011', '2012'], [/^The two governments signed/, /some sources say 2012\.$/]],
  ]);
});

describe('credits: "figure of" credits a figure a source owns', () => {
  it.each([
    ["the Hungarian embassy's figure of EUR 1.1 billion", true],
    ['a figure of $95 million given by the central bank', true],
    ['including a figure of $250 million for cocoa products', false],
    ["with the ministry's figure of $250 million for cocoa", false],
    ["it's a figure of 300 million", false],
  ])('%s → %s', (clause, credited) => {
    expect(credits(clause)).toBe(credited);
  });
});
