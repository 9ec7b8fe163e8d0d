import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { eventTypes } from './event-types.js';

/** The pipeline over a text segmented as ingest segments it. */
function run(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text);
  return { text, ...extract({ text, blocks, sentences, documentDate }) };
}

/** The events the named-act finder typed: [date, type, trigger's text, trigger's offset]. */
function named(text: string, documentDate?: string) {
  const a = run(text, documentDate);
  return a.events.filter((e) => e.rule.startsWith('named-act')).map((e) => [e.date, e.type, text.slice(e.trigger.start, e.trigger.end), e.trigger.start]);
}

describe('named acts with a date of their own (session 24)', () => {
  it('reads a treaty named with its year in brackets', () => {
    const text = 'Slovenia and Croatia share a border of 670 km. The Drnovsek-Racan Pact (2001) drew a line across the Bay of Piran.';
    expect(named(text)).toEqual([['2001', 'agreement_signed', 'Pact', 66]]);
  });

  it('reads a name whose complement stands between it and its date ("of Brezice of 1993")', () => {
    const text = 'Slovenia and Croatia opened talks. The Protocol of Brezice of March 1993 settled the crossing points.';
    expect(named(text)).toEqual([['1993-03', 'agreement_signed', 'Protocol', 39]]);
  });

  it('reads a lower-case head after a capitalised word, and a revolution in brackets', () => {
    // An invented revolution, in the manner of a history section.
    const text = 'The Ljubljana treaty of 1994 opened six crossings. After the Carniolan Revolution in Slovenia (1848), Zagreb followed.';
    expect(named(text)).toEqual([
      ['1994', 'agreement_signed', 'treaty', 14],
      ['1848', 'domestic_policy', 'Revolution', 71],
    ]);
  });
});

describe('named acts: must produce nothing', () => {
  it.each([
    // No name: a common noun with a date.
    'Croatia says the treaty (2001) is void.',
    'Slovenia holds that a protocol of 1993 still governs the bay.',
    // A year before the name is part of it ("the 2001 Accord"), not the act's date.
    'Slovenia and Croatia still dispute the 2001 Accord of Piran.',
    // A clause between the name and the date: the date is the clause's.
    'The Piran Accord, which Croatia rejected in 2002, remains a reference.',
    // The head opens the sentence: no capitalised word makes it a name.
    'Armistice (1992) is a film about Croatia.',
    // Punctuation of a clause between the head and its date.
    'Slovenia recalls the Karlovac Armistice; of 1992 little remains.',
    // A bracket the date does not close.
    'The Piran Pact (2001– ) still divides the bay.',
    // A complement that is no name's part ("with Croatia") stands between the head and its date.
    'The Piran Pact with Croatia (2001) drew a line across the bay.',
    // A body, a party's meeting or an era, not an act (`namedActs.notAfter`).
    'The Democratic National Convention of 2016 nominated a Slovenian-born speaker.',
    'The Croatian National Congress of 2019 elected a new speaker.',
    'After the Green Revolution of the 1960s, Slovenia exported grain to Croatia.',
  ])('%s', (text) => {
    expect(named(text)).toEqual([]);
  });
});

describe('named acts: every head noun of `namedActs` has a case', () => {
  // One sentence per head, in the manner of an encyclopedia's history section.
  const CASES: [string, string][] = [
    ['treaty', 'The Bled Treaty of 1995 set the customs posts.'],
    ['pact', 'The Piran Pact (2001) drew a line across the bay.'],
    ['accord', 'The Brezice accord of 1996 reopened the rail bridge.'],
    ['accords', 'The Ljubljana Accords (1992) settled the debts.'],
    ['protocol', 'The Protocol of Brezice of March 1993 settled the crossing points.'],
    ['convention', 'The Sava Convention of 2002 governs navigation on the river.'],
    ['concordat', 'The Zagreb Concordat (1998) returned church land.'],
    ['armistice', 'The Karlovac Armistice (1992) stopped the shelling.'],
    ['revolution', 'After the Carniolan Revolution in Slovenia (1848), Zagreb followed.'],
    ['coup', 'The Ljubljana Coup (1991) failed within hours.'],
    ['revolt', 'The Krajina Revolt (1990) closed the roads to the coast.'],
    ['uprising', 'The Istrian Uprising (1921) was put down by the army.'],
    ['rebellion', 'The Peasant Rebellion of 1573 spread across the border.'],
    ['congress', 'The Congress of Zagreb (1848) called for a union of the two crowns.'],
  ];
  it('lists a case for every head noun', () => {
    expect(CASES.map(([h]) => h).sort()).toEqual([...eventTypes().namedActs.lemmas.keys()].sort());
  });
  it.each(CASES)('%s: %s', (head, text) => {
    expect(named(text).map(([, , t]) => String(t).toLowerCase())).toContain(head);
  });
});
