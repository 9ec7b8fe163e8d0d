import { describe, expect, it } from 'vitest';
import { askFixture, itConflicts, itRefuses } from './helpers/ask.js';
import { alternativesOf, choosesState } from '../src/knowledge/ask/alternatives.js';
import { parseQuestion } from '../src/knowledge/ask/question.js';

/** A wire report written for these tests (test/data/ask-own-claims/): one side claims "our waters", the other names its own. */
const DOCS = new URL('./data/ask-own-claims/', import.meta.url).pathname;

describe("dyad ask: two sides' claims of two alternatives, one told in the first person (alternatives.ts)", () => {
  const fixture = askFixture(DOCS);
  const fiji = 'Lui Naituku: Fijian waters ("was fishing in our waters, under a licence issued in Suva")';
  const tonga = 'Tonga: stopped well inside Tongan waters and that its master would';
  itConflicts(fixture, [
    // '"… in our waters …," Foreign Minister Lui Naituku told reporters' in a report datelined Suva: Fiji's claim, against Tonga's statement.
    ['a where question offering two states', 'Where was the Fijian longliner detained: in Fijian or in Tongan waters?', [fiji, tonga], [/in our waters/, /inside Tongan waters/]],
    ['a yes/no question offering two states', 'Was the Fijian longliner detained in Fijian or Tongan waters?', [fiji, tonga], [/in our waters/, /inside Tongan waters/]],
  ]);
  itRefuses(fixture, [
    // Neither side speaks of the licence's state: which state is asked, and no passage picks one.
    ['a choice of two states no passage makes', 'Was the licence of the Fijian longliner Fijian or Samoan?'],
  ]);

  it('reads two alternatives from a where question only when they name two states', () => {
    expect(alternativesOf(parseQuestion('Where was the longliner detained: in Fijian or in Tongan waters?'))).toEqual(['fijian', 'tongan']);
    expect(choosesState(parseQuestion('Where was the longliner detained: in Fijian or in Tongan waters?'))).toBe(true);
    // Must-not: "killed or wounded" offers no choice of a state to a how-many question.
    expect(alternativesOf(parseQuestion('How many sailors were killed or wounded?'))).toBeUndefined();
  });
});
