import { describe, expect, it } from 'vitest';
import { askFixture } from './helpers/ask.js';

/** A wire on Zambia and Malawi (test/data/ask-side-dates/): one side dates an ambush, the other tells it with no date of its own. */
const DOCS = new URL('./data/ask-side-dates/', import.meta.url).pathname;

describe("dyad ask: a side's date against the report's own", () => {
  const fixture = askFixture(DOCS);

  it('answers the one side’s date: the other side’s sentence gives the act no date, and the report’s date is none of its', async () => {
    const a = await fixture.engine.ask('When did the ambush on the fuel convoy begin?');
    expect(a).toMatchObject({ status: 'answered', answer: 'Sunday (8 June 2025)', claims: [] });
    expect(a.citations[0]!.quote).toBe('Lusaka said the ambush on the fuel convoy began at dusk on Sunday.');
    fixture.exact(a);
  });
});
