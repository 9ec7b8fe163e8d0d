import { describe } from 'vitest';
import { askFixture, itAnswers } from './helpers/ask.js';

/** A wire on Ireland and Spain whose sentence gives a crew's size ("the crew of 31") beside a catch in tonnes (test/data/ask-units/). */
const DOCS = new URL('./data/ask-units/', import.meta.url).pathname;

describe('dyad ask: "how much <noun>" takes a measured amount, "how many <noun>" a count (session 33)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "the crew of 31 had logged some 92 tonnes of hake": hake is weighed, not counted in persons.
    ['how much of a thing', 'How much hake did the crew log?', '92 tonnes', /^Inspectors say the crew of 31 had logged some 92 tonnes of hake/],
    // The must-not: the crew is still counted by its size, not by the catch.
    ['how many of a body', 'How many crew were on the Spanish trawler?', '31', /^Inspectors say the crew of 31/],
  ]);
});
