import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { compileEventTypes, eventTypes } from './event-types.js';
import { DyadError } from '../../model/errors.js';

/** The events a text of 8 May 2024 gives: [date, type, PLOVER category, trigger start, trigger end, trigger words, actors]. */
function events(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2024-05-08' }).events.map((e) => [
    e.date,
    e.type,
    e.plover.type,
    e.trigger.start,
    e.trigger.end,
    text.slice(e.trigger.start, e.trigger.end),
    e.actors.map((a) => a.name).sort(),
  ]);
}

const WAR = ['1941', 'conflict_or_incident', 'FIGHT', 33, 36, 'war', ['Ecuador', 'Peru']];
const SUMMONED = ['2024-05-06', 'conflict_or_incident', 'DISAPPROVE', 6, 14, 'summoned', ['Kenya', 'Uganda']];

describe('a participle written as its lemma after "was", "were", "been" or "be" (`bareParticiples`, session 35)', () => {
  it.each([
    [
      'Peru and Ecuador fought a border war in 1941. Diplomatic relations between the two states were set up on 1 January 1993.',
      ['1993-01-01', 'other', 'COOPERATE', 95, 119, 'set up on 1 January 1993', []],
    ],
    [
      'Peru and Ecuador fought a border war in 1941. A Peruvian patrol was hit by Ecuadorian fire on 3 March 1995.',
      // Combat (plover.json `hit-by-fire`, review of session 35), not OTHER.
      ['1995-03-03', 'other', 'FIGHT', 68, 106, 'hit by Ecuadorian fire on 3 March 1995', ['Ecuador', 'Peru']],
    ],
    [
      'Peru and Ecuador fought a border war in 1941. The Peruvian consulate in Guayaquil was put under guard on 3 March 1995.',
      ['1995-03-03', 'other', 'OTHER', 86, 117, 'put under guard on 3 March 1995', ['Peru']],
    ],
    [
      'Peru and Ecuador fought a border war in 1941. The joint river commission was split into two national offices in 1998.',
      ['1998', 'other', 'OTHER', 77, 116, 'split into two national offices in 1998', []],
    ],
  ])('reads a dated passive: %s', (text, act) => {
    expect(events(text)).toEqual([WAR, act]);
  });

  it("types soldiers hit by the other side's fire as combat, not a deployment (review of session 35)", () => {
    expect(events('Two Kenyan soldiers were hit by Somali fire near Mandera on 3 May 2023.')).toEqual([
      ['2023-05-03', 'other', 'FIGHT', 25, 70, 'hit by Somali fire near Mandera on 3 May 2023', ['Kenya', 'Somalia']],
    ]);
  });

  it('reads "split on" before a date as the act, not divided opinion', () => {
    expect(events('Peru and Ecuador fought a border war in 1941. The joint river commission was split on 3 May 1998.')).toEqual([
      WAR,
      ['1998-05-03', 'other', 'OTHER', 77, 96, 'split on 3 May 1998', []],
    ]);
  });

  it('gives no act of "was set to" with an infinitive: a plan, not a setting', () => {
    expect(events('Peru and Ecuador fought a border war in 1941. The treaty was set to expire on 1 January 1993.')).toEqual([WAR]);
  });

  it('has a case for every participle of the list', () => {
    expect([...eventTypes().bareParticiples].sort()).toEqual(['hit', 'put', 'set', 'split']);
  });
});

describe('a passive idiom of a state, a feeling or divided opinion (`passiveIdioms`, review of session 35)', () => {
  it.each([
    ['take ill', 'Two Kenyan journalists were taken ill at a Ugandan hotel on 3 May 2023.'],
    ['take aback', 'Kenyan diplomats were taken aback by the Ugandan reply on 3 May 2023.'],
    ['take by surprise', 'Kenyan negotiators were taken completely by surprise by the Ugandan offer on 3 May 2023.'],
    ['hold in regard', 'Two Kenyan traders were held in high regard by Ugandan buyers in 2023.'],
    ['hold in esteem', 'Kenyan engineers were held in great esteem by Ugandan officials in 2023.'],
    ['hold in contempt', 'Two Kenyan editors were held in contempt by a Ugandan court in 2023.'],
    ['split over', 'Kenyan opinion was split over the Ugandan deal in 2023.'],
    ['split on', 'Kenyan lawmakers were split on the Ugandan pipeline deal in 2023.'],
    ['split about', 'Kenyan opinion was split about the Ugandan rail deal in 2023.'],
    ['split along', 'Kenyan opinion was split along party lines over the Ugandan deal in 2023.'],
    ['split between', 'Kenyan opinion was split between backers and critics of the Ugandan deal in 2023.'],
  ])('gives no act of "%s": %s', (_idiom, text) => {
    expect(events(text)).toEqual([]);
  });

  it('has a case for every idiom of the list', () => {
    expect(
      eventTypes()
        .passiveIdioms.map((x) => [x.lemma, ...x.words].join(' '))
        .sort(),
    ).toEqual(['hold in contempt', 'hold in esteem', 'hold in regard', 'split about', 'split along', 'split between', 'split on', 'split over', 'take aback', 'take by surprise', 'take ill']);
  });

  it('refuses an idiom of one word with LEXICON_INVALID', () => {
    const raw = (passiveIdioms: string[]) => ({ types: [{ id: 'other', plover: { type: 'OTHER', mode: '' }, triggers: [] }], modes: {}, passiveIdioms });
    expect(compileEventTypes(raw(['take ill']), 'my-types.json').passiveIdioms).toEqual([{ lemma: 'take', words: ['ill'] }]);
    expect(() => compileEventTypes(raw(['ill']), 'my-types.json')).toThrow(/passiveIdioms/);
  });
});

describe('a passive of "take" or "hold" done to people by the other side (`passiveActVerbs`, session 35)', () => {
  it('gives the act of people taken to a place of the other state, dated by the paragraph', () => {
    expect(events('Kenya summoned the Ugandan envoy on Monday. Two Kenyan traders were taken to a Ugandan police post at Busia, the ministry said in a statement.')).toEqual([
      SUMMONED,
      ['2024-05-06', 'other', 'OTHER', 68, 107, 'taken to a Ugandan police post at Busia', ['Kenya', 'Uganda']],
    ]);
  });

  it.each([
    // No actor right after the verb or after a place or movement preposition right after it (review of session 35).
    ['Kenya summoned the Ugandan envoy on Monday. Two Kenyan ministers were taken on a tour of Ugandan factories, the ministry said.'],
    // No actor after the verb in its clause.
    ['Kenya summoned the Ugandan envoy on Monday. Two Kenyan traders were taken to hospital in Eldoret, the ministry said.'],
    // No people for subject.
    ['Kenya summoned the Ugandan envoy on Monday. The maize consignment was taken to a Ugandan police post at Busia, the ministry said.'],
    // A denial.
    ['Kenya summoned the Ugandan envoy on Monday. Two Kenyan traders were not taken to a Ugandan police post, the ministry said.'],
    // The present: a state, not an act.
    ['Kenya summoned the Ugandan envoy on Monday. Two Kenyan traders are being held at a Ugandan police post, the ministry said.'],
  ])('gives no act of the passive: %s', (text) => {
    expect(events(text)).toEqual([SUMMONED]);
  });

  it('refuses a lemma that is no verb of notEventVerbs with LEXICON_INVALID', () => {
    const raw = (passiveActVerbs: string[]) => ({ types: [{ id: 'other', plover: { type: 'OTHER', mode: '' }, triggers: [] }], modes: {}, notEventVerbs: ['take'], passiveActVerbs });
    expect(compileEventTypes(raw(['take']), 'my-types.json').passiveActVerbs).toEqual(new Set(['take']));
    try {
      compileEventTypes(raw(['seize']), 'my-types.json');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DyadError);
      expect(`${(err as DyadError).code} ${(err as Error).message}`).toMatch(/^LEXICON_INVALID my-types\.json: passiveActVerbs: "seize" is no lemma of notEventVerbs/);
    }
  });
});
