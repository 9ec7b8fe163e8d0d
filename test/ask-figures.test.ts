import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../src/knowledge/ask/question.js';
import { askFixture, itAnswers } from './helpers/ask.js';

/** A wire on Denmark and Iceland whose sentences give two states' amounts, or two counts, side by side, and two names of agreements (test/data/ask-figures/). */
const DOCS = new URL('./data/ask-figures/', import.meta.url).pathname;

describe('dyad ask: the figure of the state asked among several in one sentence, and names that run past their head noun', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "Denmark will contribute DKK 400 million and Iceland ISK 6 billion": Iceland's is the amount after Iceland, not the one after the verb.
    [
      'second state',
      'How much will Iceland contribute to the first stage of the cable project?',
      'ISK 6 billion (6000000000 ISK)',
      /^Denmark will contribute DKK 400 million and Iceland ISK 6 billion/,
    ],
    ['first state', 'How much will Denmark contribute to the first stage of the cable project?', 'DKK 400 million (400000000 DKK)', /^Denmark will contribute DKK 400 million/],
    // Counts go by the noun they count, not by the state named before them ("Four Danish cable ships and two Icelandic survey vessels").
    ['count after a state adjective', 'How many Icelandic survey vessels will take part in the work?', 'two Icelandic survey vessels', /^Four Danish cable ships and two Icelandic survey vessels/],
    ['amount of the pair both named', 'What was trade between Denmark and Iceland worth in 2024?', 'DKK 9.8 billion', /^Trade between Denmark and Iceland was worth/],
  ]);

  itAnswers(fixture, [
    ['capital of a company', 'What is the authorised capital of the joint cable company?', 'DKK 50 million', /with an authorised capital of DKK 50 million/],
    // A name the head noun stands inside runs on past it, not cut at "Convention" nor read as what it is about ("the Protection of…").
    ['name running past its head noun', 'Which convention will the cable work follow?', 'Convention on the Protection of Submarine Cables', /^Both governments said the work would follow/],
    ['name ending in its tail', 'Which agreement will the cable work follow?', 'Nordic Agreement for Maritime Cooperation', /^Both governments said the work would follow/],
  ]);

  it("reads an authorised or registered capital as a figure asked, a state's capital as a place", () => {
    expect(parseQuestion('What is the registered capital of the joint venture?').wants[0]).toBe('number');
    expect(parseQuestion('What is the capital of Iceland?').wants[0]).toBe('place');
  });
});
