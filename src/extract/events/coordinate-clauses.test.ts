import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** The events of a text whose rule matches `rule`: [trigger start, trigger end, trigger text, date, PLOVER category, rule]. */
function eventsBy(text: string, rule: RegExp, date?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: date })
    .events.filter((e) => rule.test(e.rule))
    .map((e) => [e.trigger.start, e.trigger.end, text.slice(e.trigger.start, e.trigger.end), e.date, e.plover.type, e.rule]);
}

describe('coordinate clauses with an actor of their own for subject (coordinateActs)', () => {
  it.each([
    // The first clause's act, a verb of the vocabulary; the second clause holds the trigger the sentence's date took.
    ['Peru built a customs post on the lake in 1911, and Bolivia protested.', [[5, 10, 'built', '1911', 'COOPERATE', 'verb+coordinate']]],
    // The second clause's act, of another kind than the first's (a semicolon's clauses are `partEvents`' already).
    ['In 1994 Zambia recognised the new government in Lilongwe, and Malawi lent Zambia two million dollars.', [[69, 73, 'lent', '1994', 'AID', 'verb+coordinate']]],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(eventsBy(text, /\+coordinate$/)).toEqual(expected);
  });

  it.each([
    // One clause, or a second clause whose subject is no actor ("the matter"), or one in the present perfect (how things stand now).
    'Peru built a customs post on the lake in 1911.',
    'In 1911 Bolivia protested, and the matter was left to the courts.',
    'In 1911 Bolivia demanded compensation for the raid; Peru has not accepted the claim.',
    // A clause that states a date of its own is dated by it, not by the sentence's act.
    'Peru built a customs post on the lake in 1911, and Bolivia opened a consulate in Puno in 1925.',
  ])('%s: nothing', (text) => {
    expect(eventsBy(text, /\+coordinate$/)).toEqual([]);
  });
});
