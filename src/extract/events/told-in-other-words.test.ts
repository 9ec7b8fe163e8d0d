import { describe, expect, it } from 'vitest';
import type { EventAnnotation } from '../../model/annotation.js';
import { toldInOtherWords } from './told-in-other-words.js';

type Event = Omit<EventAnnotation, 'stage'>;

/**
 * The events of one sentence as the category refiners leave them: each trigger given by its words, with the
 * category it ends with and the rule that made it (`+co-…`: told beside the clause's main act).
 */
function events(text: string, acts: [string, string, string, string][]): Event[] {
  return acts.map(([words, type, plover, rule]) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`not in the sentence: ${words}`);
    return {
      start: 0,
      end: text.length,
      type,
      plover: { type: plover, mode: 'asserted' },
      date: '2026-04-14',
      dateSource: 'sentence',
      trigger: { start, end: start + words.length },
      actors: [],
      mode: 'asserted',
      confidence: 0.8,
      rule,
    } as Event;
  });
}

/** The triggers' words of the events kept. */
const kept = (text: string, es: Event[]) => toldInOtherWords(text, es).map((e) => text.slice(e.trigger.start, e.trigger.end));

describe('one act told in other words (told-in-other-words.ts, session 32)', () => {
  it("a co-event refined into the category of its clause's main act is that act again", () => {
    // The march, read as COERCE among the detentions, and the detention told beside it.
    const a = 'Relatives of the detained fishermen marched on Tuesday through the centre of Mangochi.';
    expect(
      kept(
        a,
        events(a, [
          ['marched', 'conflict_or_incident', 'COERCE', 'trigger+relative-date+plover:crowd-repressed'],
          ['detained', 'conflict_or_incident', 'COERCE', 'trigger+relative-date+co-trigger'],
        ]),
      ),
    ).toEqual(['marched']);
    // Two co-events of one category: the one whose category a rule of the clause gave (what is demanded) stays.
    const b = 'On Tuesday Lusaka handed the Malawian envoy a note of protest demanding the release of the fishermen.';
    expect(
      kept(
        b,
        events(b, [
          ['protest', 'conflict_or_incident', 'DISAPPROVE', 'trigger+relative-date+plover:protest-note'],
          ['demanding', 'conflict_or_incident', 'DEMAND', 'trigger+relative-date+co-trigger'],
          ['release of the fishermen', 'conflict_or_incident', 'DEMAND', 'trigger+relative-date+co-trigger+plover:sought-yield'],
        ]),
      ),
    ).toEqual(['protest', 'release of the fishermen']);
  });

  it.each([
    // Two acts joined by a comma and "and", each by its own doer (the gold counts both).
    [
      'On Tuesday Lilongwe expelled the Zambian ambassador, and Lusaka asked the Malawian ambassador to leave in response.',
      [
        ['expelled', 'conflict_or_incident', 'SANCTION', 'trigger+relative-date'],
        ['asked the Malawian ambassador to leave', 'conflict_or_incident', 'SANCTION', 'trigger+relative-date+co-trigger+plover:diplomats-told-to-leave'],
      ],
    ],
    // Two meetings with two people, joined by "and".
    [
      'The Prime Minister called on the President of Zambia and met the Speaker of the National Assembly.',
      [
        ['called on', 'summit_or_meeting', 'CONSULT', 'trigger+relative-date'],
        ['met', 'summit_or_meeting', 'CONSULT', 'trigger+relative-date+co-trigger'],
      ],
    ],
    // Of another category: an act of its own.
    [
      'On Tuesday Lusaka summoned the Malawian envoy to protest the detention of the fishermen.',
      [
        ['to protest', 'conflict_or_incident', 'DISAPPROVE', 'trigger+relative-date'],
        ['detention', 'conflict_or_incident', 'COERCE', 'trigger+relative-date+co-trigger'],
      ],
    ],
  ] as [string, [string, string, string, string][]][])('keeps both acts: %s', (text, acts) => {
    expect(kept(text, events(text, acts))).toEqual(acts.map(([words]) => words));
  });
});
