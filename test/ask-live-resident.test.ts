import { describe } from 'vitest';
import { askFixture, itAnswers, itRefuses } from './helpers/ask.js';

/**
 * The Estonia–Latvia wire of test/data/ask-durations/: "how many Estonians live in Latvia" is told as nationals "resident in" it, so "live"
 * takes "resident" as a synonym (`synonyms` in lexicon/ask.json); without it the passage held none of what is asked and was refused.
 */
const DOCS = new URL('./data/ask-durations/', import.meta.url).pathname;

describe('dyad ask: people who "live in" a state, told as residents (lexicon/ask.json synonyms, issue 11)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [['how many (people living in a state)', 'How many Estonians live in Latvia?', '12,400', /12,400 Estonian nationals resident in Latvia/]]);
  itRefuses(fixture, [
    // Must-not: the wire counts no Latvians in Estonia; the Estonians' figure is not theirs.
    ['a count of residents the wire never gives', 'How many Latvians live in Estonia?'],
  ]);
});
