import { describe, expect, it } from 'vitest';
import { titleOfPattern } from '../src/knowledge/ask/answer-types.js';
import { askFixture, itAnswers } from './helpers/ask.js';

/** A joint communiqué on Ghana and Togo written for these tests (test/data/ask-titles/): ministers named after a long title and an honorific, firms after a state's adjective. */
const DOCS = new URL('./data/ask-titles/', import.meta.url).pathname;

describe('dyad ask: people by a long title, names after a descriptor, acts with no date yet', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "the Minister for Foreign Affairs of the Republic of Ghana, Mrs. Abena Mensah": the title is of Ghana, so she is the Ghanaian minister.
    ['title of a state, honorific', 'Who is the Ghanaian foreign minister?', 'Abena Mensah', /Mrs\. Abena Mensah, paid a working visit/],
    ['title of the other state', 'Who is the Togolese foreign minister?', 'Kodjo Amedome', /Republic of Togo, Mr\. Kodjo Amedome/],
    ['which-minister', 'Which Ghanaian minister visited Lomé?', 'Abena Mensah', /paid a working visit to Lomé/],
    // "Ghanaian Ambassador to Togo Kwesi Boateng": the title is to Togo, not of it; he is the Ghanaian envoy.
    ['envoy to a state', 'Which Ghanaian ambassador said the Aflao market would open in June?', 'Kwesi Boateng', /Ambassador to Togo Kwesi Boateng/],
    // "the Ghanaian firm Keta Builders": the name after the head noun answers, not "Ghanaian firm".
    ['which-firm', 'Which firm was awarded the contract for the Aflao border market?', 'Keta Builders', /award of the contract for the Aflao border market/],
    ['which-company', 'Which company will run the new customs warehouse?', 'Sokode Logistics', /run the new customs warehouse/],
    // "…visited Lomé on 3 February 2026, and no date was set for the return visit…": the date stands before the cue, so it dates the visit.
    ['when (a date before the cue)', 'When did the President of Ghana visit Lomé?', '3 February 2026', /visited Lomé on 3 February 2026/],
    // "On 9 March 2026 the two Ministers signed the fisheries protocol; a ratification date has not been set.": the cue is of another act,
    // across the semicolon; the signing keeps its date.
    ['when (a cue in the next clause)', 'When did the two Ministers sign the fisheries protocol?', '9 March 2026', /signed the fisheries protocol/],
    ['when (planned)', 'When will the Commission meet again?', '2027', /meet again in Accra in 2027/],
  ]);

  it('does not read a state adjective and its head noun as the name', async () => {
    const a = await fixture.engine.ask('Which firm was awarded the contract for the Aflao border market?');
    expect(a.answer).not.toMatch(/Ghanaian firm/);
  });

  it('refuses a when question the passage says has no date yet, not dating it by the sentence beside', async () => {
    // "…accepted an invitation to visit Accra, although no date was set. The President of Ghana visited Lomé on 3 February 2026…"
    expect(await fixture.engine.ask('When will the President of Togo visit Accra?')).toMatchObject({ status: 'not_in_corpus', answer: null });
  });

  for (const question of ['Who is the Togolese prime minister?', 'Who is the Togolese minister of defence?']) {
    it(`refuses a title nobody in the passages holds: ${question}`, async () => {
      expect(await fixture.engine.ask(question)).toMatchObject({ status: 'not_in_corpus', answer: null });
    });
  }
});

describe('what a title is of, one pattern for the answer types and the names', () => {
  const proper = String.raw`\p{Lu}[\p{Ll}'’-]+`;
  const any = "[\\p{L}'’-]+";
  const whole = (word: string, s: string) => new RegExp(`^${titleOfPattern(word)}$`, 'u').test(s);
  it('reads up to three phrases of to, of, for or in, in either case pattern alike', () => {
    const phrases = [' in Lomé', ' to the Republic of Togo', ' of Foreign Affairs of the Republic of Ghana', ' for West African Integration', ''];
    expect(phrases.map((s) => whole(proper, s))).toEqual([true, true, true, true, true]);
    expect(phrases.map((s) => whole(any, s.toLowerCase()))).toEqual([true, true, true, true, true]);
  });
  it('does not read a fourth phrase or a phrase of four words', () => {
    expect(whole(proper, ' of Trade of the Republic of Togo in Lomé')).toBe(false);
    expect(whole(proper, ' to the Economic Community West African')).toBe(false);
  });
});
