import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers } from './helpers/ask.js';
import { parseQuestion } from '../src/knowledge/ask/question.js';
import { changeStart } from '../src/knowledge/ask/figure-choice.js';
import { withoutApposition } from '../src/knowledge/ask/slot.js';
import { compoundRoot, standInCounted } from '../src/knowledge/ask/stand-in.js';
import { countedWords } from '../src/knowledge/ask/answer-types.js';
import type { Passage } from '../src/knowledge/ask/corpus.js';
import { tokens } from '../src/knowledge/ask/text.js';
import type { DocumentRecord } from '../src/model/document.js';
import { nameAlone, type Span } from '../src/knowledge/ask/spans.js';
import type { EntityMention } from '../src/model/annotation.js';

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
    // "before 2030" names a deadline, not the start of the change.
    ['How many students will the scheme admit before 2030?', '900', 1],
    ['How many students will the scheme admit before 2030?', '1,200', 0],
    ['How many students will be admitted before June?', '900', 1],
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

describe('people told by another noun (stand-in.ts) and the state that qualifies them (answer-types.ts)', () => {
  /** A passage of one sentence, as the answerer reads it. */
  const read = (text: string) => {
    const doc = { text } as DocumentRecord;
    const passage: Passage = { doc: 'wire', start: 0, end: text.length, block: 0, index: 0, words: tokens(text) };
    return { doc, passage };
  };
  const boats = 'A Zambian patrol boarded two Malawian fishing boats on the lake on Tuesday and detained their 14 crew members.';
  it('counts the crew of fishing boats as the fishermen asked', () => {
    const { doc, passage } = read(boats);
    const words = standInCounted(parseQuestion('How many fishermen did the Zambian patrol detain?'), doc, passage);
    expect(words.map((w) => [w.start, w.end, w.folded])).toEqual([[boats.indexOf('members'), boats.indexOf('members') + 7, 'members']]);
  });
  it.each([
    // "traders" is no compound of people: "trade" does not tell the market workers are traders (a prefix "trad" did).
    ['How many traders did the Zambian police detain?', 'Zambian police raided a trade fair in Chipata on Monday and detained 14 market workers.'],
    ['How many officials did the Malawian police detain?', 'Malawian police closed the customs office at Mchinji and detained 14 clearing agents.'],
    ['How many soldiers did the Zambian patrol detain?', boats],
  ])('must not stand in: %s', (question, text) => {
    const { doc, passage } = read(text);
    expect(standInCounted(parseQuestion(question), doc, passage)).toEqual([]);
  });
  it('must not count another state\'s people for a qualified noun ("Malawian fishermen" are not "14 Zambian crew members")', () => {
    const text = 'Malawian rangers boarded two fishing boats on the lake on Tuesday and detained 14 Zambian crew members.';
    const { doc, passage } = read(text);
    expect(countedWords(parseQuestion('How many Malawian fishermen did the rangers detain?'), doc, passage)).toEqual([]);
    expect(countedWords(parseQuestion('How many Zambian fishermen did the rangers detain?'), doc, passage).map((w) => w.folded)).toEqual(['members']);
  });
  it.each([
    ['fishermen', 'fish'],
    ['seamen', 'sea'],
    ['crewmen', 'crew'],
    ['traders', undefined],
    ['workers', undefined],
    ['civilians', undefined],
    ['soldiers', undefined],
  ])('the root of %s is %s', (noun, root) => {
    expect(compoundRoot(noun)).toBe(root);
  });
});

describe('a subject that is a name alone (spans.ts)', () => {
  const span = (text: string): Span => ({ kind: 'span', start: 0, end: text.length, text, value: text, structured: false });
  const entity = (text: string, kind: EntityMention['kind']): EntityMention => ({ start: 0, end: text.length, text, entity: `${kind}:x`, name: text, kind }) as EntityMention;
  it.each([
    ['Mette Holm', [], true],
    ['Mette Holm', [entity('Mette Holm', 'person')], true],
    // A proper name the actor stage could not place.
    ['Mette Holm', [entity('Mette Holm', 'other')], true],
    // Not persons: opened by "The", or another kind of entity the actor stage knows.
    ['The Kremlin', [], false],
    ['The Danish Foreign Ministry', [], false],
    ['South Korea', [entity('South Korea', 'country')], false],
    ['Zambia Revenue Authority', [entity('Zambia Revenue Authority', 'organisation')], false],
  ] as const)('%s → %s', (text, entities, expected) => {
    expect(nameAlone(span(text), [...entities])).toBe(expected);
  });
});
