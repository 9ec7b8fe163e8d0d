import { describe } from 'vitest';
import { askFixture, itAnswers } from './helpers/ask.js';

/** A wire report written for these tests (test/data/ask-negated/): acts one passage tells and another denies. */
const DOCS = new URL('./data/ask-negated/', import.meta.url).pathname;

describe('dyad ask: a yes/no question whose act a passage denies (negated.ts)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // The best passage tells the Tunisian boat's shots and its return to Sfax; another names Italy and says its navy "did not return fire".
    ['yes/no, denied of its subject by a passage nearly as good', 'Did Italy return fire after the warning shots?', 'No', /but did not return fire/],
    // "Rome has asked Tunis to sign a protocol … Tunisia has not done that": the next sentence denies the act with a pro-verb.
    ['yes/no, denied by a pro-verb in the next sentence', 'Has Tunisia signed the protocol on the joint patrol of the rescue zones?', 'No', /Tunisia has not done that/],
    // Must-not: an act told and denied of nobody stays a "Yes".
    ['yes/no, told and not denied', 'Did the Tunisian boat return to Sfax?', 'Yes', /returned to Sfax/],
    ['yes/no, told once and not denied', 'Did Italy and Tunisia renew a fisheries agreement?', 'Yes', /renewed a fisheries agreement in March/],
  ]);
});
