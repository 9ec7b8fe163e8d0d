import { describe } from 'vitest';
import { askFixture, itAnswers, itRefuses } from './helpers/ask.js';

/**
 * A Zambia–Malawi wire written for these tests (test/data/ask-lengths/): "how long is …" asks a length even when the thing measured is
 * told with a participle before it ("the planned railway", "high-speed") or the question goes on to a second one whose verb is of a period
 * ("…, and when did it open"); a period is still asked by "how long was X closed" (question.ts, `asksLength`).
 */
const DOCS = new URL('./data/ask-lengths/', import.meta.url).pathname;

describe('dyad ask: "how long is X" asks a length, the participle before X an adjective (question.ts, issue 11)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "…for the planned Chipata-Lilongwe railway, some 140 km, due for completion in 2030": "planned" after "the" is no verb of a period.
    ['how long (a length, a participle after the article)', 'How long is the planned Chipata-Lilongwe railway?', '140 km', /planned Chipata-Lilongwe railway, some 140 km/],
    // "the 3.2-km Mwami border bridge": "open" belongs to the second question, not to the length asked.
    ['how long (a length, then a second question)', 'How long is the Mwami border bridge, and when did it open to traffic?', '3.2-km', /3\.2-km Mwami border bridge/],
    // Must-not: a verb of a period after "was" still asks a period, not a length.
    ['how long (a period)', 'How long was the Mchinji border post closed?', 'nine days', /closed for nine days/],
    // Must-not: "were … in custody" is a state held for a period; "detained" after "the" is an adjective, but the question asks no length.
    ['how long (a period in a state)', 'How long were the detained fishermen in custody?', '12 days', /in custody for 12 days/],
  ]);
  itRefuses(fixture, [
    // Must-not: the wire gives no length of the pipeline; the railway's 140 km is not its length.
    ['a length the wire never gives', 'How long is the proposed gas pipeline from Nacala to Lusaka?'],
  ]);
});
