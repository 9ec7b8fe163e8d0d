import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/knowledge/ask/question.js';
import { headListed, listAfter } from '../src/knowledge/ask/items.js';
import { tokens } from '../src/knowledge/ask/text.js';
import type { Passage } from '../src/knowledge/ask/corpus.js';
import type { DocumentRecord } from '../src/model/document.js';
import { askFixture, itAnswers } from './helpers/ask.js';

/**
 * "Which documents were signed during the visit?" against "…signed the following documents:" and lettered lines: a which-question whose
 * plural noun the list's lead-in names is answered by the list's items (items.ts `headListed`), not by a span of the lead-in. On e15a3f2
 * the answer was "the following" (the items were read only for "List the …" / "Name the …"). A Ghana–Burkina Faso communiqué written
 * for the test (test/data/ask-list-heads/).
 */
const DOCS = new URL('./data/ask-list-heads/', import.meta.url).pathname;
const LEAD = 'In the presence of the two Heads of State, the Ministers of Foreign Affairs signed the following documents:';

describe('dyad ask: a which-question with a plural noun answered by the list its passage opens (issue 11)', () => {
  const fixture = askFixture(DOCS);

  it('names every item of the list, in the order written, citing the lead-in and the item lines', async () => {
    const a = await fixture.engine.ask('Which documents were signed during the visit?');
    expect(a.status).toBe('answered');
    // Clipped at 100 characters, as every answer is.
    expect(a.answer).toBe('Agreement on the Joint Patrol of the Common Border, Memorandum of Understanding on the Supply of…');
    const text = fixture.texts.get('ghana-burkinafaso-communique')!;
    const lead = a.citations.find((c) => c.quote === `3. ${LEAD}` || c.quote === LEAD);
    expect(lead?.start).toBe(text.indexOf(LEAD) - (lead?.quote.startsWith('3. ') ? 3 : 0));
    fixture.exact(a);
  });

  itAnswers(fixture, [
    // The verb after the noun, in the active: the Ministers "sign" them.
    [
      'list of documents asked in the active',
      'Which documents did the Ministers of Foreign Affairs sign in the presence of the two Heads of State?',
      'Agreement on the Joint Patrol',
      /signed the following documents:/,
    ],
  ]);

  it('answers a singular which-question with one thing, not the list', async () => {
    // Must-not: "Which agreement was not signed?" asks for one agreement; the items signed are not it.
    const a = await fixture.engine.ask('Which agreement was discussed but not signed?');
    expect(a.answer ?? '').not.toContain('Joint Patrol');
  });

  it('reads a plural head the lead-in names, and nothing else', () => {
    expect(headListed(parseQuestion('Which documents were signed during the visit?'), 'During the visit, the following documents were signed:')).toBe(true);
    expect(headListed(parseQuestion('Which instruments were signed?'), 'The following instruments were signed:')).toBe(true);
    // A singular head, a plural the lead-in does not name, a lead-in of another noun.
    expect(headListed(parseQuestion('Which agreement was not signed?'), 'The following agreements were signed:')).toBe(false);
    expect(headListed(parseQuestion('Which ministers attended the talks?'), 'The following documents were signed:')).toBe(false);
    expect(headListed(parseQuestion('Which documents were signed?'), 'The delegations included the following ministers:')).toBe(false);
  });
});

describe('listAfter: one blank line between the lead-in and its first item', () => {
  const lead = '10. The two Prime Ministers witnessed the exchange of the following documents:';
  const read = (text: string) => {
    const start = text.indexOf(lead);
    const p = { doc: 'd', start, end: start + lead.length, block: 0, index: 0, words: tokens(lead, start) } as Passage;
    return listAfter({ text } as DocumentRecord, p).map((s) => [s.text, s.start]);
  };
  it('reads the items after one blank line, up to the blank line after the last', () => {
    // On e15a3f2 the blank line ended the list before its first item, and the which-question was answered "of the following documents".
    const text = `Intro.\n${lead}\n\n(a) Memorandum of Understanding on Rail Services;\n(b) Agreement on the Second Bridge; and\n(c) Programme of Cooperation in Higher Education.\n\nThe revised agreement was not finalised.\n`;
    expect(read(text)).toEqual([
      ['Memorandum of Understanding on Rail Services', text.indexOf('Memorandum')],
      ['Agreement on the Second Bridge', text.indexOf('Agreement on the Second')],
      ['Programme of Cooperation in Higher Education', text.indexOf('Programme')],
    ]);
  });
  it('reads no list after two blank lines: the lead-in opens nothing there', () => {
    expect(read(`Intro.\n${lead}\n\n\n(a) Memorandum of Understanding on Rail Services;\n(b) Agreement on the Second Bridge.\n`)).toEqual([]);
  });
});
