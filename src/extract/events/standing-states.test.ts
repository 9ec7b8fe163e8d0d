import { describe, expect, it } from 'vitest';
import { reportEvents } from '../../../test/helpers/events.js';

/** A report of Wednesday 4 March 2026, written for these tests in the manner of a wire story. */
const rows = (text: string) => reportEvents(text, '2026-03-04').map((e) => [e.trigger, e.triggerStart, e.date, e.dateSource, e.plover, e.rule]);

describe('a state named with no date of its own is no act (stateNouns, standing-states.ts, session 31)', () => {
  it('"The war in Mozambique has driven …", "Behind the quarrel lies the crisis …": the recall alone', () => {
    const text =
      'LUSAKA, March 4 (Wire) - Zambia recalled its high commissioner from Lilongwe on Tuesday. The war in Mozambique has driven thousands of refugees into both countries. Behind the quarrel lies the crisis on Lake Malawi.';
    expect(rows(text)).toEqual([['recalled its high commissioner', 32, '2026-03-03', 'sentence', 'SANCTION', 'trigger+relative-date']]);
  });

  it('keeps a war declared or gone to, and a war its sentence dates', () => {
    expect(rows('LUSAKA, March 4 (Wire) - Zambia declared war on Malawi on Tuesday. Malawi said it was ready to go to war.')).toEqual([
      ['war', 41, '2026-03-03', 'sentence', 'FIGHT', 'trigger+relative-date'],
      ['war', 101, '2026-03-03', 'context', 'FIGHT', 'trigger+context-date'],
    ]);
    expect(rows('LUSAKA, March 4 (Wire) - Malawi and Zambia went to war over the lake in 1964. The war ended in March 1967.')).toEqual([
      ['war', 51, '1964', 'sentence', 'FIGHT', 'trigger+date'],
      ['war', 82, '1967-03', 'sentence', 'FIGHT', 'trigger+date'],
    ]);
  });
});
