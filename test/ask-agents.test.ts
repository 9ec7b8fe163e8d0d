import { describe } from 'vitest';
import { askFixture, itAnswers, itRefuses } from './helpers/ask.js';

/** A wire report written for these tests (test/data/ask-agents/): who did an act, told by a participle after a comma, or by no one. */
const DOCS = new URL('./data/ask-agents/', import.meta.url).pathname;

describe('dyad ask: who did an act, read from its agent (slot.ts, spans.ts)', () => {
  const fixture = askFixture(DOCS);
  itAnswers(fixture, [
    // "a two-year project, financed by the Inter-American Development Bank": a participle after a comma names its agent after "by".
    ['who, the agent after a participle', 'Who will finance the dredging of the channel near Nueva Palmira?', 'the Inter-American Development Bank', /financed by the Inter-American Development Bank/],
  ]);
  itRefuses(fixture, [
    // "A joint survey of the river bed, commissioned in 2023": the act is told with no doer; what was commissioned did not commission it.
    ['a who question whose act the passage tells with no doer', 'Who commissioned the joint survey of the river bed?'],
    // The passage names the delegation but not who led it; the state that spoke to it did not lead it.
    ['a who question whose act the passage does not tell', 'Who led the Uruguayan trade delegation that visited Asunción?'],
  ]);
});
