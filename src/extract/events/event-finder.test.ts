import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';

/** The events of a text: [type, date, date source, trigger's start, trigger's words, rule, actors]. */
function events(text: string) {
  const { blocks, sentences } = structure(text, segmentText(text));
  return extract({ text, blocks, sentences }).events.map((e) => [
    e.type,
    e.date,
    e.dateSource,
    e.trigger.start,
    text.slice(e.trigger.start, e.trigger.end),
    e.rule,
    e.actors.map((a) => a.entity).sort(),
  ]);
}

describe("a chronology's entry narrates in the present (opensEntry, session 16)", () => {
  it.each([
    ['1825 - Britain recognises the independence of Argentina.', [['diplomatic_relations', '1825', 'sentence', 15, 'recognises', 'verb+date', ['country:ARG', 'country:GBR']]]],
    ['April 2, 1982: Britain freezes Argentine assets.', [['conflict_or_incident', '1982-04-02', 'sentence', 23, 'freezes', 'verb+date', ['country:ARG', 'country:GBR']]]],
    // The entry's other sentences tell acts of its date, typed or not.
    [
      '1998 - India tests five nuclear devices. Pakistan responds with its own series of tests.',
      [
        ['other', '1998', 'sentence', 13, 'tests five nuclear devices', 'trigger+date', ['country:IND']],
        ['other', '1998', 'context', 50, 'responds with its own series of tests', 'trigger+context-date', ['country:PAK']],
      ],
    ],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each([
    // Prose that opens with no date: the present tense tells a state.
    'Britain recognises the independence of Argentina, as it has since 1825.',
    // An undated sentence after a dated one in prose takes no date by its predicate alone.
    'In 1998 India tested five nuclear devices. Pakistan responds with its own series of tests.',
  ])('reads no present tense or bare predicate as an act outside an entry: %s', (text) => {
    expect(events(text).filter((e) => e[4] === 'recognises' || String(e[4]).startsWith('responds'))).toEqual([]);
  });
});

describe('"the two sides" stand for actors an undated sentence named (session 16)', () => {
  it('a paragraph\'s first sentence names the pair; the next, dated, says "the two sides"', () => {
    expect(events('Kenya and Uganda are neighbours. The two sides agreed on 3 May 2019 to reopen the border crossing.')).toEqual([['other', '2019-05-03', 'sentence', 47, 'agreed', 'verb+date', []]]);
  });

  it('with no actor named before, "the two sides" are nobody', () => {
    expect(events('The two sides agreed on 3 May 2019 to reopen the border crossing.')).toEqual([]);
  });
});
