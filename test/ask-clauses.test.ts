import { describe } from 'vitest';
import { askFixture, itAnswers } from './helpers/ask.js';

/** A wire on Malawi and Mozambique written for these tests (test/data/ask-clauses/): one sentence dating two acts in two clauses. */
const DOCS = new URL('./data/ask-clauses/', import.meta.url).pathname;

describe("dyad ask: the date of the clause that holds the question's verb", () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "…on Friday and summoned Mozambique's envoy, after the Mozambican navy seized three Malawian canoes … late on Wednesday": the seizure
    // is Wednesday's, though Friday stands nearer the names.
    ['when (the verb of a later clause)', 'When did the Mozambican navy seize the three Malawian canoes?', 'Wednesday (11 March 2026)', /seized three Malawian canoes/],
    ['when (the verb of the first clause)', "When did Malawi summon Mozambique's envoy?", 'Friday (13 March 2026)', /summoned Mozambique's envoy/],
    // "Yesterday, Mozambique summoned … over the weekend": a date that opens the sentence dates it, not the weekend of the post's burning.
    ['when (a date opening the sentence)', "On what date did Mozambique summon Malawi's chargé d'affaires?", '12 March 2026', /Yesterday, Mozambique summoned/],
  ]);
});
