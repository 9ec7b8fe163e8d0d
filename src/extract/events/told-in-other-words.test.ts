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

describe('tellings compared within their span only (issue 13: no scan of every event of a section per event)', () => {
  // Two sentences of one report: each act's span is its sentence, as the event finder gives it.
  const text = 'Malawian police detained three Zambian fishermen on Lake Malawi on Monday. Relatives of the detained men marched through Mangochi the same day.';
  const second = text.indexOf('Relatives');
  const act = (words: string, plover: string, rule: string): Event => {
    const start = text.indexOf(words);
    const inFirst = start < second;
    return {
      start: inFirst ? 0 : second,
      end: inFirst ? second - 1 : text.length,
      type: 'conflict_or_incident',
      plover: { type: plover, mode: 'asserted' },
      date: '2026-04-13',
      dateSource: 'sentence',
      trigger: { start, end: start + words.length },
      actors: [],
      mode: 'asserted',
      confidence: 0.8,
      rule,
    } as Event;
  };
  const acts = [
    act('detained three', 'COERCE', 'trigger+relative-date'),
    act('marched', 'COERCE', 'trigger+relative-date+plover:crowd-repressed'),
    act('detained men', 'COERCE', 'trigger+relative-date+co-trigger'),
  ];
  /** The comparison of every event with every other, as it was before the events were grouped by span. */
  const scanned = (es: Event[]) => {
    const beside = (e: Event) => e.rule.includes('+co-');
    const same = (a: Event, b: Event) => {
      const [x, y] = a.trigger.start <= b.trigger.start ? [a, b] : [b, a];
      const oneClause = y.trigger.start >= x.trigger.end && !/[,;:.]|\b(?:and|but|or|nor|while|whereas|after|before|when|then)\b/i.test(text.slice(x.trigger.end, y.trigger.start));
      return a.start === b.start && a.end === b.end && a.date === b.date && a.type === b.type && a.plover.type === b.plover.type && oneClause;
    };
    const rank = (e: Event, i: number) => [e.rule.includes('+plover') ? 0 : 1, beside(e) ? 1 : 0, i];
    const before = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
    return es.filter((e, i) => !es.some((o, j) => o !== e && (beside(o) || beside(e)) && same(o, e) && before(rank(o, j), rank(e, i)) < 0));
  };

  it("drops the co-event of the march's sentence, and keeps the detention of the sentence before: another span", () => {
    const words = toldInOtherWords(text, acts).map((e) => text.slice(e.trigger.start, e.trigger.end));
    expect(words).toEqual(['detained three', 'marched']);
    expect(toldInOtherWords(text, acts)).toEqual(scanned(acts));
  });

  it('keeps what the scan of every event keeps, whatever the order of the events', () => {
    const orders = [acts, [...acts].reverse(), [acts[2]!, acts[0]!, acts[1]!]];
    for (const es of orders) expect(toldInOtherWords(text, es)).toEqual(scanned(es));
  });
});
