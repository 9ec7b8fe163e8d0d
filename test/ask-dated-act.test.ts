import { describe, it, expect } from 'vitest';
import { askFixture, itConflicts } from './helpers/ask.js';

/**
 * A briefing note on Zambia and Mozambique in which a second source dates the answer's act by its noun, with a verb of dating ("dates the
 * envoy's arrival to", "records it as") or as sources giving a month alone (test/data/ask-dated-act/; session 46, issue 11): both claims,
 * each cited. A verb of dating whose object names another matter ("dates the new customs rules to April 2021") makes no rival.
 */
const DOCS = new URL('./data/ask-dated-act/', import.meta.url).pathname;

describe('dyad ask: another source dates the act by its noun', () => {
  const fixture = askFixture(DOCS);
  const { engine, exact, texts } = fixture;

  itConflicts(fixture, [
    [
      'a day and the day an archive "dates the arrival to" (the question\'s verb told by its noun)',
      'On what date did the Zambian envoy arrive in Maputo?',
      ['5 March 2019', '4 March (4 March 2019)'],
      [/^The Mozambican papers/, /^The Mozambican papers/],
    ],
    [
      'a month and the month other accounts "give"',
      'When did the first Zambian medical team reach Tete?',
      ['May 2018', 'June 2018'],
      [/^The first Zambian medical team/, /^The first Zambian medical team/],
    ],
    [
      'a day and the day a website "records it as"',
      'On what date was the third session of the joint commission held in Chipata?',
      ['14 October 2024', '15 October 2024'],
      [/^The third session/, /^The third session/],
    ],
  ]);

  it("cites the rival's sentence at its exact offsets", async () => {
    const a = await engine.ask('When did the first Zambian medical team reach Tete?');
    const text = texts.get('zambia-mozambique-brief')!;
    const rival = a.claims[1]!.citations[0]!;
    expect(rival.start).toBe(text.indexOf('The first Zambian medical team'));
    expect(rival.end).toBe(text.indexOf('give June 2018.') + 'give June 2018.'.length);
    exact(a);
  });

  it('answers plainly when the verb of dating names another matter ("dates the new customs rules to April 2021")', async () => {
    const a = await engine.ask('When did the Zambian trade office open in Beira?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('March 2021');
    expect(a.claims).toEqual([]);
    exact(a);
  });

  it('answers plainly when the verb of dating names another act by its noun ("dates the customs decision to July 2022")', async () => {
    const a = await engine.ask('When did the Zambian liaison office open in Nacala?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('June 2022');
    expect(a.claims).toEqual([]);
    exact(a);
  });

  // Must-nots (session 46, after review): a verb of dating whose object is not the answer's act, or that states a day rather than dating it.
  it.each([
    ['the object\'s head is another act beside the question\'s words ("dates the rail tender to")', 'When did Zambia and Mozambique open the Mwami rail link?', 'August 2023'],
    ['the object\'s head is another act after a possessive ("the bus terminal\'s closure")', 'When did Zambia and Mozambique open the Kasumbalesa bus terminal?', '4 May 2012'],
    ['the object is an act with a state the question does not name ("their accord with Tanzania")', 'When did Zambia and Mozambique sign the Zambezi transit accord?', 'February 2015'],
    ['the object is an act of the catch-all type only ("recorded the drought as")', 'When did Zambia and Mozambique open the Chanida market hall?', '6 June 2013'],
    ['a pronoun after another act of the next sentence ("The first trucks crossed … records it as")', 'When did Zambia and Mozambique sign the power exchange memorandum?', '3 May 2022'],
    ['a verb of recording with "on" states a day, not a second dating ("recorded the opening on")', 'When did Zambia and Mozambique open the Mchinji grain depot?', '10 July 2019'],
  ])('answers plainly when %s', async (_, question, day) => {
    const a = await engine.ask(question);
    expect(a.status).toBe('answered');
    expect(a.answer).toContain(day);
    expect(a.claims).toEqual([]);
    exact(a);
  });
});
