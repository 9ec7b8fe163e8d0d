import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { segmentText } from '../../ingest/segment/text-blocks.js';
import { eventRows as events } from '../../../test/helpers/events.js';

describe("a chronology's entry narrates in the present (opensEntry, session 16)", () => {
  it.each([
    ['1825 - Britain recognises the independence of Argentina.', [['diplomatic_relations', '1825', 'sentence', 'COOPERATE', 15, 'recognises', 'verb+date', ['country:ARG', 'country:GBR']]]],
    ['April 2, 1982: Britain freezes Argentine assets.', [['conflict_or_incident', '1982-04-02', 'sentence', 'SANCTION', 23, 'freezes', 'verb+date', ['country:ARG', 'country:GBR']]]],
    // The entry's other sentences tell acts of its date, typed or not.
    [
      '1998 - India tests five nuclear devices. Pakistan responds with its own series of tests.',
      [
        // "tests", which the tagger reads as a noun after "India", is the entry's verb (session 26, `presentReadAsNoun`).
        ['other', '1998', 'sentence', 'OTHER', 13, 'tests', 'wordnet-verb+date', ['country:IND']],
        ['other', '1998', 'context', 'OTHER', 50, 'responds with its own series of tests', 'trigger+context-date', ['country:PAK']],
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
    expect(events(text).filter((e) => e[5] === 'recognises' || String(e[5]).startsWith('responds'))).toEqual([]);
  });
});

describe("a chronology's lines are entries of their own (line-cuts.ts, ENTRY_GAP; session 22)", () => {
  it('an entry aligned in columns keeps its own trigger and the finer date of its own line', () => {
    const text =
      'KEY DATES\n\n1948         Diplomatic relations established (12 April)\n1996         Double Taxation Agreement signed (17 December)\n2014         Air services agreement signed in Reykjavik (3 June)';
    expect(events(text)).toEqual([
      ['diplomatic_relations', '1948-04-12', 'sentence', 'COOPERATE', 24, 'Diplomatic relations established', 'trigger+relative-date', []],
      ['agreement_signed', '1996-12-17', 'sentence', 'AGREE', 107, 'signed (17 December)', 'trigger+relative-date+plover:document-signed', []],
      ['agreement_signed', '2014-06-03', 'sentence', 'AGREE', 154, 'agreement signed in', 'trigger+relative-date', ['country:ISL']],
    ]);
  });

  it('bold dates and dashes: each line is dated by its own date', () => {
    const text = '**12 March 2025** – Togo and Benin resume talks on the border\n**30 April 2025** – Benin reopens its border posts with Togo';
    expect(events(text).map((e) => [e[1], e[5]])).toEqual([
      ['2025-03-12', 'talks'],
      ['2025-04-30', 'reopens its border posts with Togo'],
    ]);
  });

  it('a row of figures opened by a year tells no act', () => {
    expect(events('Benin exports to Togo\n\n2021    CFA 41.2 billion\n2022    CFA 44.9 billion')).toEqual([]);
    expect(events('2020    R32.4 billion (US$1.97bn)    R8.1 billion (US$0.49bn)')).toEqual([]);
  });

  it('"Label: value" lines of a fact sheet tell no act', () => {
    expect(events('Capital: Lomé\nPopulation: 9.3 million (2024 estimate)\nHead of mission: Ambassador of Benin, resident in Lomé')).toEqual([]);
  });
});

describe('"the two sides" stand for actors an undated sentence named (session 16)', () => {
  it('a paragraph\'s first sentence names the pair; the next, dated, says "the two sides"', () => {
    expect(events('Kenya and Uganda are neighbours. The two sides agreed on 3 May 2019 to reopen the border crossing.')).toEqual([
      ['other', '2019-05-03', 'sentence', 'AGREE', 47, 'agreed', 'verb+date', []],
    ]);
  });

  it('with no actor named before, "the two sides" are nobody', () => {
    expect(events('The two sides agreed on 3 May 2019 to reopen the border crossing.')).toEqual([]);
  });
});

describe("a date no trigger takes, beside a date that has one, dates its own clause's predicate (session 16)", () => {
  it('"declared a state of emergency in March 2019 and asked … in May 2019": two acts, two dates', () => {
    expect(events('Kenya declared a state of emergency along the border in March 2019 and asked Uganda in May 2019 for help with patrols.').map((e) => e.slice(0, 6))).toEqual([
      // Along the border: the alert raised there (plover.json border-emergency, session 31), MOBILIZE.
      ['conflict_or_incident', '2019-03', 'sentence', 'MOBILIZE', 6, 'declared a state of emergency along the border in March 2019'],
      ['conflict_or_incident', '2019-05', 'sentence', 'DEMAND', 71, 'asked'],
    ]);
  });

  it.each([
    // The date is in a framing phrase: it dates what frames the clause; the framed act is dated from the main one by its
    // length, two months back (`offset-events.ts`, session 18: also when the clause's predicate tells the main act).
    [
      'Uganda closed the crossing in May 2019, two months after Kenya declared a state of emergency in March 2019.',
      [
        ['conflict_or_incident', '2019-05', 'sentence', 'SANCTION', 7, 'closed'],
        ['conflict_or_incident', '2019-03', 'context', 'COERCE', 63, 'declared a state of emergency in March 2019'],
      ],
    ],
    // The clause states a figure: a statistic (the other clause's act stands: its figure is the other clause's, session 17).
    [
      'Kenya declared a state of emergency in March 2019 and Kenyan exports to Uganda fell by 40 percent in May 2019.',
      [['conflict_or_incident', '2019-03', 'sentence', 'COERCE', 6, 'declared a state of emergency in March 2019']],
    ],
  ] as [string, unknown[][]][])('gives no predicate event: %s', (text, expected) => {
    expect(events(text).map((e) => e.slice(0, 6))).toEqual(expected);
  });
});

describe("an act told by a participle after a comma is an event beside the clause's act (participleEvents, session 16)", () => {
  it.each([
    // The participle is the main act (a signing ranks before talks): the clause's own act, the talks, is the other event
    // (session 21: told beside it as a meeting apart from the agreement, `apartCategories`, so by co-trigger).
    [
      'Lesotho and Eswatini held talks in Maseru on 4 March 2021, signing three agreements on trade and energy.',
      [
        ['agreement_signed', '2021-03-04', 'sentence', 'AGREE', 59, 'signing three agreements', 'trigger+date', ['country:LSO', 'country:SWZ']],
        ['summit_or_meeting', '2021-03-04', 'sentence', 'CONSULT', 26, 'talks', 'trigger+date+co-trigger', ['country:LSO', 'country:SWZ']],
      ],
    ],
    // The participle phrase tells an act of its own beside the clause's ("pledging aid"): participleEvents' own path.
    [
      'Lesotho signed a water treaty with Eswatini on 4 March 2021, pledging aid for the dam.',
      [
        ['agreement_signed', '2021-03-04', 'sentence', 'AGREE', 8, 'signed a water treaty', 'trigger+date', ['country:LSO', 'country:SWZ']],
        ['aid_commitment', '2021-03-04', 'sentence', 'AID', 61, 'pledging aid', 'trigger+date+participle-trigger', ['country:LSO', 'country:SWZ']],
      ],
    ],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each([
    // A statement that announces the act is its vehicle, not an act of its own (no type names "issued").
    [
      'In November 2023, Viet Nam and Japan issued a joint statement, elevating their relations to a comprehensive strategic partnership.',
      [['partnership_upgrade', '2023-11', 'sentence', 'AGREE', 63, 'elevating their relations to a comprehensive strategic partnership', 'trigger+date', ['country:JPN', 'country:VNM']]],
    ],
    // An act of the same type told by the participle is a facet of the clause's: one event.
    [
      'Kenya held talks with Uganda on 4 March 2021, meeting President Museveni in Kampala.',
      [['summit_or_meeting', '2021-03-04', 'sentence', 'CONSULT', 46, 'meeting', 'trigger+date', ['country:KEN', 'country:UGA', 'person:yoweri-museveni']]],
    ],
  ] as [string, unknown[][]][])('gives no participle event: %s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('a trigger ending in a verb of a quantity with its figure states a statistic (statesFigure, session 17)', () => {
  it.each([
    'In 2023, bilateral trade between Kenya and Uganda reached a record 22.7 billion euros.',
    '2025 - Trade in goods between Chile and Peru reaches about 2.4 billion dollars, up from 1.7 billion in 2020.',
  ])('gives no event: %s', (text) => {
    expect(events(text)).toEqual([]);
  });

  // A verb only WordNet types, in the passive or as a participle after its noun, with a figure in its part of the sentence
  // (measuresFigure; session 29): what was counted is the figure's statistic.
  it.each([
    'Trade between Mongolia and Kazakhstan was about 610 million dollars in 2025, although much of it passes through Russia and is counted separately.',
    'Latvian exports to Estonia came to 1.9 billion euros in 2024, about 300 million euros more than the imports recorded by Estonian customs in 2024.',
  ])('gives no event for a passive or a participle: %s', (text) => {
    expect(events(text)).toEqual([]);
  });

  it.each([
    // The verb's object is an act, not a figure; a figure further on is no statistic of the verb.
    ['In July 2000 Kenya and Uganda finally reached a trade deal.', [['agreement_signed', '2000-07', 'sentence', 'AGREE', 38, 'reached a trade deal', 'trigger+date', ['country:KEN', 'country:UGA']]]],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('only the first block of a dated document can be its headline (session 17)', () => {
  const events17 = (text: string) => {
    const { blocks, sentences } = structure(text, segmentText(text));
    return extract({ text, blocks, sentences, documentDate: '2024-11-21' }).events.map((e) => [e.date, e.dateSource, e.trigger.start, text.slice(e.trigger.start, e.trigger.end)]);
  };
  it('reads a later heading with no date as the name of a part', () => {
    expect(events17('Kenya and Uganda: a fact sheet\n\nPEOPLE-TO-PEOPLE EXCHANGES\n\nKenya hosts Ugandan students every year.')).toEqual([]);
  });
  it('still reads the first heading as a headline', () => {
    expect(events17('Kenya expels Ugandan diplomat\n\nThe decision was announced in Nairobi.')).toEqual([['2024-11-21', 'document', 6, 'expels']]);
  });
});

describe('a verb that records or counts a figure states a statistic (recordsFigure, measureVerbs; session 27)', () => {
  it.each([
    'Mongolian customs counted about 420 Kazakh lorries a day at the crossing in May 2025.',
    "Latvia's statistics bureau recorded exports to Finland of 1.4 billion euros in 2024.",
    // A passive, the figure before the verb; the figure of the other part of the sentence is the same statistic's.
    'More than 2.3 million crossings of the Mongolian-Kazakh border were recorded in 2025.',
    'Some 12,000 Chilean nationals were registered as residents of New Zealand on 1 January 2025; the New Zealand register lists about 14,000.',
    "Finland's customs service registered 1,200 Latvian trucks at the Vaalimaa crossing in March 2024.",
    // Forms the tagger's lemma reads (review of session 27).
    'Latvian customs were logging 1,400 Finnish lorries a week at the border in March 2024.',
    "Finland's border guard tallies 3,000 Latvian crossings a month in 2024.",
  ])('gives no event: %s', (text) => {
    expect(events(text)).toEqual([]);
  });

  it.each([
    // No figure: the verb tells an act.
    [
      'Latvia registered the border treaty with Finland at the United Nations in 2019.',
      [['other', '2019', 'sentence', 'AGREE', 7, 'registered', 'wordnet-verb+date+plover-named:agreement-named', ['country:FIN', 'country:LVA', 'organisation:un']]],
    ],
    // The figure is another part's, past a semicolon.
    [
      'Tunisia recorded its objection to the Italian decision in March 2024; Italian exports to Tunisia reached 6 billion euros that year.',
      [['other', '2024-03', 'sentence', 'OTHER', 8, 'recorded', 'wordnet-verb+date', ['country:ITA', 'country:TUN']]],
    ],
    // The figure is no object of the verb: in a relative clause, after "with", or the verb relies on (review of session 27).
    [
      'Chile recorded its objection to the New Zealand decision on 3 May 2024, which cost 2 million dollars.',
      [['other', '2024-05-03', 'sentence', 'OTHER', 6, 'recorded', 'wordnet-verb+date', ['country:CHL', 'country:NZL']]],
    ],
    [
      'In 2019 Mongolia and Kazakhstan registered a joint venture with a capital of $20 million.',
      [['other', '2019', 'sentence', 'OTHER', 32, 'registered', 'wordnet-verb+date', ['country:KAZ', 'country:MNG']]],
    ],
    [
      'In March 2024 Kazakhstan counted on Mongolia to back its $2 billion railway plan.',
      [['other', '2024-03', 'sentence', 'OTHER', 25, 'counted', 'wordnet-verb+date', ['country:KAZ', 'country:MNG']]],
    ],
    // A number in words is no figure, for the trigger as for the predicate.
    ['In 2019 Latvia registered two Finnish firms in Riga.', [['other', '2019', 'sentence', 'OTHER', 15, 'registered', 'wordnet-verb+date', ['country:FIN', 'country:LVA']]]],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('a count of acts over a year is a statistic (countedOverYear, session 26)', () => {
  it.each([
    'About 1.2 million Mongolian tourists visited Kazakhstan in 2024, a record.',
    'Kazakh travellers made some 310,000 visits to Mongolia in 2023.',
    'Fewer than 40,000 Chilean students visited New Zealand in 2025.',
    // A people counted by its plural demonym.
    'About one million Mongolians left Kazakhstan in 1992.',
  ])('gives no event: %s', (text) => {
    expect(events(text)).toEqual([]);
  });

  it.each([
    // An act of a day keeps its count.
    [
      'Around 300 Kazakh truck drivers protested at the Mongolian border on 14 May 2024.',
      [['conflict_or_incident', '2024-05-14', 'sentence', 'PROTEST', 32, 'protested at', 'trigger+date+plover-agent', ['country:KAZ', 'country:MNG']]],
    ],
    // A few ships, ministers, companies or officials, or a leader's two visits, are acts, not a population's statistic (session 26's review).
    [
      'Two Mongolian warships entered Kazakh waters in 2019.',
      [['conflict_or_incident', '2019', 'sentence', 'MOBILIZE', 23, 'entered Kazakh waters in 2019', 'trigger+date+plover:forces-moved', ['country:KAZ', 'country:MNG']]],
    ],
    ['Three Mongolian ministers visited Kazakhstan in 2024.', [['leader_visit', '2024', 'sentence', 'CONSULT', 26, 'visited', 'trigger+date', ['country:KAZ', 'country:MNG']]]],
    ['Five Kazakh companies signed contracts with Mongolia in 2020.', [['agreement_signed', '2020', 'sentence', 'AGREE', 22, 'signed', 'verb+date', ['country:KAZ', 'country:MNG']]]],
    [
      'Some 20 Mongolian officials attended the Kazakh summit in 2022.',
      [['summit_or_meeting', '2022', 'sentence', 'CONSULT', 28, 'attended the Kazakh summit', 'trigger+date', ['country:KAZ', 'country:MNG']]],
    ],
    [
      'Mongolian President Khurelsukh made two visits to Kazakhstan in 2023.',
      [['leader_visit', '2023', 'sentence', 'CONSULT', 40, 'visits', 'trigger+date', ['country:KAZ', 'country:MNG', 'person:unknown:khurelsukh']]],
    ],
    // A passive keeps its act too.
    [
      'Two Mongolian fishermen were detained by Kazakh border guards in 2021.',
      [['conflict_or_incident', '2021', 'sentence', 'COERCE', 29, 'detained', 'trigger+date', ['country:KAZ', 'country:MNG']]],
    ],
    // A sum of money counts no acts.
    ['A 12 million euro Italian programme launched in 2023 trains Tunisian coast guards.', [['other', '2023', 'sentence', 'COOPERATE', 36, 'launched', 'verb+date', ['country:ITA', 'country:TUN']]]],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe("the document's triggers, found once (session 29)", () => {
  it('gives the same events when the caller passes the triggers it found (the pipeline scans the patterns once for the event finder and the learned acceptor)', async () => {
    const { findEvents } = await import('./event-finder.js');
    const { findTriggers } = await import('./event-types.js');
    const text = 'Tunisia and Italy signed a memorandum on seasonal labour migration on 3 March 2025. Italy had suspended the scheme in 2020. The two sides agreed to meet again in Rome.';
    const { blocks, sentences } = structure(text);
    const found = extract({ text, blocks, sentences, documentDate: '2025-03-04' });
    const times = found.times.filter((t) => t.timex.type === 'DATE');
    const own = findEvents(text, blocks, sentences, times, found.entities, { publicationDate: '2025-03-04' });
    const given = findEvents(text, blocks, sentences, times, found.entities, { publicationDate: '2025-03-04', triggers: findTriggers(text) });
    expect(own.map((e) => [e.type, e.date, text.slice(e.trigger.start, e.trigger.end)])).toEqual([
      ['agreement_signed', '2025-03-03', 'signed a memorandum'],
      ['conflict_or_incident', '2020', 'suspended'],
    ]);
    expect(given).toEqual(own);
  });
});
