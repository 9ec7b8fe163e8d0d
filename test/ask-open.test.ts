import { describe, expect, it } from 'vitest';
import { askFixture, itAnswers } from './helpers/ask.js';
import { parseQuestion } from '../src/knowledge/ask/question.js';
import { sourcesAsked } from '../src/knowledge/ask/sources.js';

/**
 * A wire on Iceland and Denmark written for these tests (test/data/ask-open/): an act the report leaves open, the doer of one clause of two,
 * a distance each side gives.
 */
const DOCS = new URL('./data/ask-open/', import.meta.url).pathname;

describe('dyad ask: an act another passage leaves open; the doer in the subject of the verb asked', () => {
  const fixture = askFixture(DOCS);

  // "…mapped new spawning grounds … inside the zone claimed by Iceland" holds more of the question's words, but says nothing of a complaint;
  // "…but did not say whether a formal complaint had been filed" says the answer is not known.
  it('refuses a yes/no question another passage of the document leaves open', async () => {
    const a = await fixture.engine.ask('Did Iceland file a formal complaint with Denmark over the new spawning grounds east of the Faroe Islands?');
    expect(a).toMatchObject({ status: 'not_in_corpus', answer: null, citations: [] });
  });

  itAnswers(fixture, [
    // Must not: a passage that tells the act itself ("Iceland lodged a protest") answers.
    ['yes/no (the act told, no passage leaving it open)', 'Did Iceland lodge a protest with Denmark over the arrest of the trawler Hekla?', 'Yes', /^Iceland lodged a protest with Denmark on 9 April/],
    // "On 2 March Norway announced …; the next day, Prime Minister Lars Holm welcomed …": the state in the verb's subject, not the person of the other clause.
    ['who (a state as the subject of the verb asked)', 'Who announced on 2 March that Copenhagen would reopen the Torshavn fishing office?', 'Norway', /^On 2 March Norway announced/],
    // Must not: a person in the subject keeps the answer ("Danish Foreign Minister Karen Voss announced"), not the state before the title.
    ['who (a person as the subject)', 'Who announced that the crew of the Hekla would be released?', 'Karen Voss', /^Danish Foreign Minister Karen Voss announced/],
  ]);

  // "The Danish coast guard said … 9 nautical miles …" and "Iceland's fisheries ministry said … no more than 2 nautical miles …": the question
  // names both as sources, so each one's figure is a claim, cited by its own passage.
  it('answers each source a question names with its own figure, cited', async () => {
    const a = await fixture.engine.ask('How far inside the protected zone was the Hekla fishing, according to Denmark and according to Iceland?');
    expect(a.status).toBe('conflict');
    expect(a.claims.map((c) => c.answer)).toEqual(['Denmark: 9 nautical miles (16668 m)', 'Iceland: 2 nautical miles (3704 m)']);
    expect(a.claims.map((c) => c.citations[0]!.quote)).toEqual([expect.stringMatching(/^The Danish coast guard said/), expect.stringMatching(/^Iceland's fisheries ministry said/)]);
    fixture.exact(a);
  });

  itAnswers(fixture, [
    // Must not: without sources named, the best passage's figure alone.
    ['how far (a distance, no sources named)', 'How far inside the protected zone was the Hekla fishing?', '9 nautical miles (16668 m)', /^The Danish coast guard said/],
  ]);

  it('reads "how far/close" as a distance and "according to A and according to B" as two sources', () => {
    expect(parseQuestion('How close to the coast did the Hekla come?')).toMatchObject({ wants: ['number'], length: true, duration: true });
    expect(sourcesAsked(parseQuestion('How far out was the Hekla, according to Denmark and according to Iceland?'))).toEqual(['DNK', 'ISL']);
    expect(sourcesAsked(parseQuestion('How far out was the Hekla, according to Denmark?'))).toEqual([]);
    expect(sourcesAsked(parseQuestion('How far out was the Hekla?'))).toEqual([]);
  });
});
