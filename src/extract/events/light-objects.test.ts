import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { compileEventTypes, eventTypes } from './event-types.js';
import { DyadError } from '../../model/errors.js';

/** The events a text gives: [date, type, PLOVER category, trigger start, trigger end, trigger words, actors]. */
function events(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences }).events.map((e) => [
    e.date,
    e.type,
    e.plover.type,
    e.trigger.start,
    e.trigger.end,
    text.slice(e.trigger.start, e.trigger.end),
    e.actors.map((a) => a.name).sort(),
  ]);
}

const AGREED = ['2019', 'agreement_signed', 'AGREE', 20, 44, 'signed a ferry agreement', ['Estonia', 'Finland']];

describe('a light verb read through its event noun (`lightActObjects`, session 35)', () => {
  it('gives the act of "hold" with a session for object (the tagger reads "first" as an adverb)', () => {
    expect(events('Kenya and Uganda held their first joint cabinet session in Entebbe on 3 March 2024.')).toEqual([
      ['2024-03-03', 'dialogue_mechanism', 'CONSULT', 17, 21, 'held', ['Kenya', 'Uganda']],
    ]);
  });

  it('gives the act of "hold" with consultations for object', () => {
    expect(events('Chile and Peru held consultations on border crossings on 3 May 2022.')).toEqual([['2022-05-03', 'dialogue_mechanism', 'CONSULT', 15, 19, 'held', ['Chile', 'Peru']]]);
  });

  it('gives the act of a passive "was held" whose subject is a session, after a sentence that named the pair', () => {
    expect(events('Finland and Estonia signed a ferry agreement in 2019. The third joint commission session was held in Tallinn on 4 May 2021.')).toEqual([
      AGREED,
      ['2021-05-04', 'dialogue_mechanism', 'CONSULT', 93, 97, 'held', []],
    ]);
  });

  it('gives the act of a participle after a comma whose noun is a session', () => {
    expect(events('Finland and Estonia signed a ferry agreement in 2019. The eighth session, held in Tallinn in July 2021, approved a timetable.')).toEqual([
      AGREED,
      ['2021-07', 'dialogue_mechanism', 'CONSULT', 74, 78, 'held', []],
    ]);
  });

  it.each([
    // "hold" with an object that is no event noun of the list.
    ['The Kenyan navy held the Ugandan fishing boat for a week in May 2024.'],
    // A session named, but no light verb tells it.
    ['Finland and Estonia signed a ferry agreement in 2019. The session on 4 May 2021 was long.'],
    // A light verb the noun does not go with: "took" a session.
    ['Finland and Estonia signed a ferry agreement in 2019. The session took four hours on 4 May 2021.'],
  ])('gives no act of a light verb: %s', (text) => {
    expect(events(text).filter((e) => e[5] !== 'signed a ferry agreement')).toEqual([]);
  });

  it('has a case for every noun of the list', () => {
    const { lightActObjects } = eventTypes();
    const cases = ['Kenya and Uganda held their first joint cabinet session in Entebbe on 3 March 2024.', 'Chile and Peru held consultations on border crossings on 3 May 2022.'];
    const seen = new Set(cases.flatMap((text) => [...lightActObjects.lemmas.keys()].filter((l) => text.includes(l) && events(text).some((e) => e[5] === 'held'))));
    expect([...lightActObjects.lemmas.keys()].filter((l) => !seen.has(l))).toEqual([]);
  });

  it('refuses a group whose verbs are no light verbs with LEXICON_INVALID', () => {
    const raw = (verbs: unknown) => ({
      types: [{ id: 'dialogue_mechanism', plover: { type: 'CONSULT', mode: 'dialogue' }, triggers: [] }],
      modes: {},
      notEventVerbs: ['hold'],
      lightActVerbs: ['hold'],
      lightActObjects: { groups: [{ verbs, type: 'dialogue_mechanism', plover: { type: 'CONSULT', mode: 'dialogue' }, lemmas: ['session'] }] },
    });
    expect(compileEventTypes(raw(['hold']), 'my-types.json').lightActObjects.verbsOf.get('session')).toEqual(new Set(['hold']));
    try {
      compileEventTypes(raw(['sign']), 'my-types.json');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DyadError);
      expect(`${(err as DyadError).code} ${(err as Error).message}`).toMatch(/^LEXICON_INVALID my-types\.json: lightActObjects\.groups\[0\]: "verbs" must list lemmas of lightActVerbs/);
    }
  });
});
