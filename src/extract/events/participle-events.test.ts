import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** The events of a text: [type, date, PLOVER category, trigger's start, trigger's words, rule, actors]. */
function events(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences }).events.map((e) => [
    e.type,
    e.date,
    e.plover.type,
    e.trigger.start,
    text.slice(e.trigger.start, e.trigger.end),
    e.rule,
    e.actors.map((a) => a.entity).sort(),
  ]);
}

describe("an act told by a participle after a comma is an event beside the clause's act (participleEvents, session 16)", () => {
  it.each([
    // The participle is the main act (a signing ranks before talks): the clause's own act, the talks, is the other event.
    [
      'Kenya and Uganda held talks in Nairobi on 4 March 2021, signing three agreements on trade and energy.',
      [
        ['agreement_signed', '2021-03-04', 'AGREE', 56, 'signing three agreements', 'trigger+date', ['country:KEN', 'country:UGA']],
        ['summit_or_meeting', '2021-03-04', 'CONSULT', 22, 'talks', 'trigger+date+participle-head-trigger', ['country:KEN', 'country:UGA']],
      ],
    ],
    // The participle's object is the trigger ("holding talks"); its doer is the clause's subject.
    [
      'On 4 March 2021 Kenya signed three agreements with Uganda, holding talks on trade.',
      [
        ['agreement_signed', '2021-03-04', 'AGREE', 22, 'signed three agreements', 'trigger+date', ['country:KEN', 'country:UGA']],
        ['summit_or_meeting', '2021-03-04', 'CONSULT', 67, 'talks', 'trigger+date+participle-trigger', ['country:KEN', 'country:UGA']],
      ],
    ],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each([
    // A statement that announces the act is its vehicle, not an act of its own (no type names "issued").
    [
      'In November 2023, Viet Nam and Japan issued a joint statement, elevating their relations to a comprehensive strategic partnership.',
      [['partnership_upgrade', '2023-11', 'AGREE', 63, 'elevating their relations to a comprehensive strategic partnership', 'trigger+date', ['country:JPN', 'country:VNM']]],
    ],
    // An act of the same type told by the participle is a facet of the clause's: one event.
    [
      'Kenya held talks with Uganda on 4 March 2021, meeting President Museveni in Kampala.',
      [['summit_or_meeting', '2021-03-04', 'CONSULT', 46, 'meeting', 'trigger+date', ['country:KEN', 'country:UGA', 'person:yoweri-museveni']]],
    ],
  ] as [string, unknown[][]][])('gives no participle event: %s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});
