import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers } from './helpers/ask.js';
import { parseQuestion } from '../src/knowledge/ask/question.js';
import { changeStart } from '../src/knowledge/ask/figure-choice.js';
import { withoutApposition } from '../src/knowledge/ask/slot.js';
import type { Span } from '../src/knowledge/ask/spans.js';

/** A wire on Iceland and Denmark written for these tests (test/data/ask-people/): people told by another noun, a subject before an apposition, a change. */
const DOCS = new URL('./data/ask-people/', import.meta.url).pathname;

describe('dyad ask: people, subjects and changes', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "…boarded two Icelandic fishing trawlers … and detained their 14 crew members": the crew of fishing trawlers are the fishermen asked.
    ['how many (people told by another noun)', 'How many Icelandic fishermen did the Danish navy detain?', '14', /detained their 14 crew members/],
    // "Mette Holm, a senior adviser to Prime Minister Lars Eriksen, dismissed…": the subject, not the person in its apposition.
    ['who (a subject before an apposition)', 'Who dismissed the Icelandic protest as "theatre for a home audience"?', 'Mette Holm', /Mette Holm, a senior adviser/],
    // "from about 900 currently to 1,200": the figure the change reaches.
    ['how many (the end of a change)', 'How many Icelandic students will Danish universities admit each year?', '1,200', /from about 900 currently to 1,200/],
    // Asked what was before the change: its start.
    ['how many (the start of a change, asked)', 'How many Icelandic students do Danish universities currently admit each year?', '900', /from about 900 currently to 1,200/],
  ]);
  it('must not answer a count of other people: the crew members are no soldiers', async () => {
    const a = await fixture.engine.ask('How many Icelandic soldiers did the Danish navy detain?');
    expect(a.status).toBe('not_in_corpus');
    expect(a.answer).toBeNull();
  });
  it('must not take the person in the apposition for the subject', async () => {
    const a = await fixture.engine.ask('Who dismissed the Icelandic protest as "theatre for a home audience"?');
    expect(a.answer).not.toContain('Lars Eriksen');
  });
});

describe('the figure a change starts from (figure-choice.ts)', () => {
  const text = 'They agreed to raise the number of students from about 900 currently to 1,200, and to fund 40 grants.';
  const at = (w: string): Span => {
    const start = text.indexOf(w);
    return { kind: 'number', start, end: start + w.length, text: w, value: w, structured: false };
  };
  const spans = ['900', '1,200', '40'].map(at);
  it.each([
    ['How many students will be admitted?', '900', 1],
    ['How many students will be admitted?', '1,200', 0],
    ['How many students will be admitted?', '40', 0],
    ['How many students were admitted before the change?', '900', 0],
  ] as const)('%s — %s → %d', (question, figure, expected) => {
    expect(changeStart(parseQuestion(question), text, spans, 0)(at(figure))).toBe(expected);
  });
  it('is no change when a year stands between the figures (a series: "from 120,000 in 1995 to 210,000 in 2003")', () => {
    const series = 'Visitors rose from 120,000 in 1995 to 210,000 in 2003.';
    const s = (w: string): Span => ({ kind: 'number', start: series.indexOf(w), end: series.indexOf(w) + w.length, text: w, value: w, structured: false });
    expect(changeStart(parseQuestion('How many visitors came?'), series, [s('120,000'), s('210,000')], 0)(s('120,000'))).toBe(0);
  });
});

describe('the words before a verb without the apposition that ends them (slot.ts)', () => {
  it.each([
    ['On Friday, Mette Holm, a senior adviser to Prime Minister Lars Eriksen,', 'On Friday, Mette Holm'],
    ['Mette Holm, the adviser,', 'Mette Holm'],
    // Not an apposition: a clause between commas that opens with no article.
    ['On Friday, after the talks,', 'On Friday, after the talks,'],
    ['The foreign ministry', 'The foreign ministry'],
  ])('%s → %s', (before, expected) => {
    expect(withoutApposition(before)).toBe(expected);
  });
});
