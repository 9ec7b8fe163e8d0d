import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { eventTypes } from './event-types.js';
import { tag } from './predicate-finder.js';

/** The events of a text (dated by the document when `date` is given): [type, date, PLOVER category, trigger's start, trigger's words, rule]. */
function events(text: string, date?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: date }).events.map((e) => [e.type, e.date, e.plover.type, e.trigger.start, text.slice(e.trigger.start, e.trigger.end), e.rule]);
}

describe('acts a clause tells in parts of their own (partEvents)', () => {
  it.each([
    // A visit that sets the occasion and the act done on it: two events.
    [
      'During a visit to Lima in 2014, the Chilean and Peruvian presidents agreed to raise ties to a strategic partnership.',
      undefined,
      [
        ['partnership_upgrade', '2014', 'AGREE', 78, 'raise ties to a strategic partnership', 'trigger+date'],
        ['leader_visit', '2014', 'CONSULT', 9, 'visit', 'trigger+date+occasion'],
      ],
    ],
    // The occasion is the main trigger (a visit ranks before talks): the talks told after it are their own event.
    [
      'In March 2019 the Kenyan president visited Dodoma. During the visit, he held talks with President Magufuli.',
      undefined,
      [
        ['leader_visit', '2019-03', 'CONSULT', 35, 'visited', 'trigger+date'],
        ['leader_visit', '2019-03', 'CONSULT', 62, 'visit', 'trigger+context-date'],
        ['summit_or_meeting', '2019-03', 'CONSULT', 77, 'talks', 'trigger+context-date+occasion'],
      ],
    ],
    // A statement issued on the occasion of a signing: the signing is an event too.
    [
      'On 12 March 2022 the foreign ministries of Chile and Peru issued a joint statement on the occasion of the signing of the border treaty.',
      undefined,
      [
        ['joint_statement', '2022-03-12', 'AGREE', 67, 'joint statement', 'trigger+date'],
        ['agreement_signed', '2022-03-12', 'AGREE', 106, 'signing of the border treaty', 'trigger+date+occasion'],
      ],
    ],
    // "on" and a possessive pronoun opens an occasion too.
    [
      'In June 2015, on his visit to Quito, the Peruvian president signed a border agreement.',
      undefined,
      [
        ['agreement_signed', '2015-06', 'AGREE', 60, 'signed a border agreement', 'trigger+date'],
        ['leader_visit', '2015-06', 'CONSULT', 21, 'visit', 'trigger+date+occasion'],
      ],
    ],
    // Clauses a semicolon parts in a chronology's entry.
    [
      '1975: Mozambique declares independence; Portugal opens a liaison office in Maputo.',
      undefined,
      [
        ['diplomatic_relations', '1975', 'COOPERATE', 49, 'opens a liaison office', 'trigger+date'],
        ['other', '1975', 'AGREE', 17, 'declares independence', 'trigger+date+clause+plover:independence'],
      ],
    ],
  ] as [string, string | undefined, unknown[][]][])('%s', (text, date, expected) => {
    expect(events(text, date)).toEqual(expected);
  });

  it.each([
    // A multilateral meeting that sets the occasion is where the act was done, not an act of the pair.
    ['In July 2005, on the sidelines of the regional summit, Laos and Thailand signed a border protocol.', [['agreement_signed', '2005-07', 'AGREE', 73, 'signed a border protocol', 'trigger+date']]],
    // "on" opens an occasion only before a possessive: "on trade" is the talks' subject.
    ['In May 2017 Ghana and Togo held talks on trade during which they agreed to reopen the crossing.', [['summit_or_meeting', '2017-05', 'CONSULT', 32, 'talks', 'trigger+date']]],
  ] as [string, unknown[][]][])('no second event: %s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('the date of an occasion', () => {
  it('is that of the last event of its kind told before with the people its phrase names', () => {
    const text =
      "In April 2008 President Lula attended a regional summit in Lima. In May 2008 President Lula paid a state visit to Santiago. In June 2008 the Chilean president met the Peruvian president. During President Lula's visit, four agreements were signed.";
    expect(events(text).slice(-2)).toEqual([
      ['agreement_signed', '2008-05', 'AGREE', 223, 'agreements were signed', 'trigger+context-date'],
      ['leader_visit', '2008-05', 'CONSULT', 211, 'visit', 'trigger+context-date+occasion'],
    ]);
  });
});

describe('event nouns, passives and headlines the finders read', () => {
  it.each([
    // Agentless participles told with their date (the verb finder): after "was", and right after their noun.
    ['The curfew on the Kenyan border town was lifted on 3 June 2019.', undefined, [['conflict_or_incident', '2019-06-03', 'RETREAT', 41, 'lifted', 'verb+date']]],
    ['The Ugandan ban on Kenyan milk, a measure lifted in 2020, had cost farmers dearly.', undefined, [['conflict_or_incident', '2020', 'RETREAT', 42, 'lifted', 'verb+date']]],
    // A news headline "X to VERB": the day's act.
    [
      'Peru to lend Bolivia $50 million for border road\n\nLIMA, May 3 - The loan was approved by the cabinet.',
      '2023-05-03',
      [['aid_commitment', '2023-05-03', 'AID', 8, 'lend', 'verb+document-date']],
    ],
    // A domestic body's approval ("by the senate") is no act between the pair; a passive whose doers are the pair's leaders is.
    [
      'Chile to lend Peru $20 million for port works\n\nSANTIAGO, June 9 - The credit was approved by the senate.',
      '2023-06-09',
      [['aid_commitment', '2023-06-09', 'AID', 9, 'lend', 'verb+document-date']],
    ],
    [
      'Peru to lend Bolivia $50 million for border road\n\nLIMA, May 3 - The loan was approved by the prime ministers of the two countries.',
      '2023-05-03',
      [
        ['aid_commitment', '2023-05-03', 'AID', 8, 'lend', 'verb+document-date'],
        ['other', '2023-05-03', 'AGREE', 77, 'approved', 'wordnet-verb+relative-date+plover-lemma:approve'],
      ],
    ],
    // Agreements signed, in the perfect passive and as a participle after the noun.
    [
      'Two agreements on fisheries have been signed between Ecuador and Peru, the ministry said on 4 March 2019.',
      undefined,
      [['agreement_signed', '2019-03-04', 'AGREE', 4, 'agreements on fisheries have been signed', 'trigger+date']],
    ],
    [
      'The leaders welcomed the pact signed today on a new power line between Laos and Thailand.',
      '2024-04-12',
      [['agreement_signed', '2024-04-12', 'AGREE', 25, 'pact signed today', 'trigger+relative-date']],
    ],
    // A heading that states a date of its own tells an event, in any document.
    [
      '# Signing of the border treaty, 28/05/1975\n\nThe leaders of Benin and Togo met in Lome.',
      undefined,
      [['agreement_signed', '1975-05-28', 'AGREE', 2, 'Signing of the border treaty', 'trigger+date']],
    ],
    // Patrols stepped up.
    ['In March 2021 Greece increased naval patrols near the Turkish coast.', undefined, [['conflict_or_incident', '2021-03', 'MOBILIZE', 21, 'increased naval patrols', 'trigger+date']]],
    // Aid raised by a donor.
    ['In 2011 Norway doubled its aid to Ethiopia.', undefined, [['aid_commitment', '2011', 'AID', 15, 'doubled its aid', 'trigger+date']]],
    // Relations broken off, a credit line extended, an office opened, a foreign trip.
    [
      'In 1980 Liberia broke off diplomatic relations with Libya.',
      undefined,
      [['diplomatic_relations', '1980', 'SANCTION', 16, 'broke off diplomatic relations', 'trigger+date+plover:break-relations']],
    ],
    ['In 2022 India extended a credit line of 500 million dollars to Sri Lanka.', undefined, [['aid_commitment', '2022', 'AID', 14, 'extended a credit line', 'trigger+date']]],
    ['In 1994 Israel opened a representative office in Hanoi.', undefined, [['diplomatic_relations', '1994', 'COOPERATE', 15, 'opened a representative office', 'trigger+date']]],
    ['In January 2023 the Chilean president made his first foreign trip, to Buenos Aires.', undefined, [['leader_visit', '2023-01', 'CONSULT', 53, 'foreign trip', 'trigger+date']]],
  ] as [string, string | undefined, unknown[][]][])('%s', (text, date, expected) => {
    expect(events(text, date)).toEqual(expected);
  });

  it.each([
    // A participle in brackets tells when a thing began, not an act ("the team (founded in 1995)"); after a comma it is an
    // act of its own since session 17 (verb-finder.test.ts).
    ['The Kenyan team (founded in 1995) won the regional cup.'],
    // "to" and a verb outside a headline is a purpose, not an act.
    ['In 2019 a fund to lend Peruvian farmers money was set up by the bank.'],
  ])('gives no event: %s', (text) => {
    expect(events(text)).toEqual([]);
  });
});

/** One dated sentence for each noun of the vocabulary (`nouns` in event-types.json), with an actor for its argument: each must give an event through it. */
const NOUN_CASES = [
  "In 2019 Nigeria's closure of its land border hurt traders in Benin.",
  'The severance of ties between Qatar and Egypt in 2017 hurt trade.',
  "In 2012 Mali's suspension from the regional bloc followed the mutiny.",
  "In 2018 Zimbabwe's presidential election drew observers from South Africa.",
  'In 2016 the British referendum on the European Union shook Ireland.',
  'In May 2019 Indonesia sent its foreign minister to the inauguration of the Philippine president.',
  'In 2006 the Thai coup alarmed Cambodia.',
  'In 2008 the recognition of Kosovo by Japan angered Serbia.',
  'The ratification of the border treaty by Peru in 2000 ended the dispute.',
  'The dissolution of the union of Senegal and Gambia in 1989 ended the confederation.',
  'The partition of Cyprus in 1974 divided the island.',
  'In 1990 the unification of Germany changed relations with Poland.',
  'In 1990 the reunification of Yemen ended the border dispute with Oman.',
  'In 1993 the secession of Eritrea from Ethiopia was accepted by Sudan.',
  'The annexation of Crimea by Russia in 2014 angered Ukraine.',
];

describe("event nouns with an actor for argument (the verb finder's nouns)", () => {
  it.each([
    ["In 2019 Nigeria's closure of its land border hurt traders in Benin.", [['conflict_or_incident', '2019', 'SANCTION', 18, 'closure', 'noun+date']]],
    ['The dissolution of the union of Senegal and Gambia in 1989 ended the confederation.', [['other', '1989', 'AGREE', 4, 'dissolution', 'noun+date']]],
    ["In 2018 Zimbabwe's presidential election drew observers from South Africa.", [['domestic_policy', '2018', 'OTHER', 32, 'election', 'noun+date']]],
    // An act of friction that holds its date in its phrase, its actors the clause's.
    ['The closure of the Namanga crossing on 14 June 2023 angered Tanzania.', [['conflict_or_incident', '2023-06-14', 'SANCTION', 4, 'closure', 'noun+date']]],
    ['The suspension of the ferry service in May 2019 hurt exporters in Djibouti.', [['conflict_or_incident', '2019-05', 'SANCTION', 4, 'suspension', 'noun+date']]],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each([
    // No actor for argument: a closure of roads, an election of a club.
    ['In 2019 the closure of two roads hurt traders.'],
    ['The election of the club chairman in 2018 drew a crowd.'],
    // A closure that holds its date in a sentence naming no actor; a closure whose date is not in its phrase.
    ['The closure of the old mine on 14 June 2023 angered residents.'],
    ['The closure of the Namanga crossing angered Tanzania in June 2023.'],
  ])('gives no event: %s', (text) => {
    expect(events(text)).toEqual([]);
  });

  it('has a case for every noun of the vocabulary', () => {
    const seen = new Set(
      NOUN_CASES.flatMap((text) => {
        const { blocks, sentences } = structure(text);
        return extract({ text, blocks, sentences })
          .events.filter((e) => /noun/.test(e.rule))
          .map((e) => tag(text.slice(e.trigger.start, e.trigger.end))[0]!.lemma);
      }),
    );
    expect([...eventTypes().nouns.lemmas.keys()].filter((l) => !seen.has(l))).toEqual([]);
  });
});

describe('an act of friction and a cooperative act told by verbs joined with "and" (conjoinedEvents)', () => {
  it.each([
    // A concession, then a promise: two acts of one date.
    [
      "In March 2017, Ecuador's government apologised and promised to repair the Colombian consulate.",
      [
        ['conflict_or_incident', '2017-03', 'CONCEDE', 36, 'apologised', 'trigger+date'],
        ['other', '2017-03', 'AGREE', 51, 'promised', 'trigger+date+conjoined-verb'],
      ],
    ],
    // An expulsion and an offer: the offer is its own event beside the talks it offers and the expulsion.
    [
      'In 2015 Peru expelled two Chilean diplomats and offered talks on the fishing dispute.',
      [
        ['summit_or_meeting', '2015', 'CONSULT', 56, 'talks', 'trigger+date'],
        ['conflict_or_incident', '2015', 'SANCTION', 13, 'expelled', 'trigger+date+co-trigger'],
        ['other', '2015', 'AGREE', 48, 'offered', 'trigger+date+co-verb'],
      ],
    ],
  ] as [string, unknown[][]][])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each([
    // Two cooperative verbs: facets of one occasion.
    ['In May 2016 the Kenyan president visited Kampala and met President Museveni.', [['leader_visit', '2016-05', 'CONSULT', 33, 'visited', 'trigger+date']]],
    // Two acts of friction: coEvents' work, one event each, none of this rule (the talks suspended are cut off, plover.json cut-off).
    [
      'In 2019 Lima recalled its envoy to Santiago and suspended the fisheries talks.',
      [
        ['conflict_or_incident', '2019', 'SANCTION', 72, 'talks', 'trigger+date+plover:cut-off'],
        ['conflict_or_incident', '2019', 'SANCTION', 13, 'recalled its envoy', 'trigger+date+co-trigger'],
      ],
    ],
    // Nouns joined by "and" are no verb phrases: one concession.
    ["In 2012 Ghana's apology and its promise of compensation eased the row with Nigeria.", [['conflict_or_incident', '2012', 'CONCEDE', 16, 'apology', 'trigger+date']]],
  ] as [string, unknown[][]][])('gives no conjoined event: %s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('a meeting and an agreement a clause tells side by side are two acts (apartCategories, session 21)', () => {
  it('"met … and signed": a meeting and an agreement, each an event of the date', () => {
    expect(events('The presidents of Zambia and Malawi met in Lusaka in May 2019 and signed a road agreement.')).toEqual([
      ['agreement_signed', '2019-05', 'AGREE', 66, 'signed a road agreement', 'trigger+date'],
      ['summit_or_meeting', '2019-05', 'CONSULT', 36, 'met', 'trigger+date+co-trigger'],
    ]);
  });

  it('must not: a summit that is the setting of the signing ("on the sidelines of") is no second act', () => {
    expect(events('In July 2019, on the sidelines of the SADC summit, Botswana and Namibia signed a water agreement.')).toEqual([
      ['agreement_signed', '2019-07', 'AGREE', 72, 'signed a water agreement', 'trigger+date'],
    ]);
  });

  it('must not: a meeting coEvents takes is no clause of partEvents too (one trigger, one event)', () => {
    // The talks are the date's act (its clause, before the semicolon: `ofDateClause`, session 36); the signing is told beside them.
    expect(events('Zambia and Malawi held talks in Lusaka on 4 May 2019; they signed a road agreement.')).toEqual([
      ['summit_or_meeting', '2019-05-04', 'CONSULT', 23, 'talks', 'trigger+date'],
      ['agreement_signed', '2019-05-04', 'AGREE', 59, 'signed a road agreement', 'trigger+date+co-trigger'],
    ]);
  });

  it('must not: an agreement coEvents takes beside a visit is no occasion event too', () => {
    expect(events('During a visit to Lisbon in 2019, the Spanish and Portuguese prime ministers agreed to extend the rail link.')).toEqual([
      ['leader_visit', '2019', 'CONSULT', 9, 'visit', 'trigger+date'],
      ['other', '2019', 'AGREE', 77, 'agreed', 'trigger+date+co-verb'],
    ]);
  });

  it('a date after a bare "on" is no setting: "on 4 May 2019 and held talks" keeps the talks (finding 2)', () => {
    expect(events('Zambia signed a loan agreement with Malawi on 4 May 2019 and held talks on trade.')).toEqual([
      ['agreement_signed', '2019-05-04', 'AGREE', 7, 'signed a loan agreement', 'trigger+date'],
      ['summit_or_meeting', '2019-05-04', 'CONSULT', 66, 'talks', 'trigger+date+co-trigger'],
    ]);
  });

  it('a setting phrase ends at a conjunction: "on good terms and held talks" keeps the talks', () => {
    expect(events('In May 2019 Zambia signed a loan agreement with Malawi on good terms and held talks on trade.')).toEqual([
      ['agreement_signed', '2019-05', 'AGREE', 19, 'signed a loan agreement', 'trigger+date'],
      ['summit_or_meeting', '2019-05', 'CONSULT', 78, 'talks', 'trigger+date+co-trigger'],
    ]);
  });

  it('a setting phrase ends at a finite verb: "at a ceremony where Zambia held talks" keeps the talks', () => {
    expect(events('In May 2019 Malawi signed a road agreement at a ceremony where Zambia held talks with it.')).toEqual([
      ['agreement_signed', '2019-05', 'AGREE', 19, 'signed a road agreement', 'trigger+date'],
      ['summit_or_meeting', '2019-05', 'CONSULT', 75, 'talks', 'trigger+date+co-trigger'],
    ]);
  });

  it('must not: "at the talks" after a dated signing is still their setting', () => {
    expect(events('Zambia and Malawi signed a loan agreement on 4 May 2019 at the talks on trade.')).toEqual([
      ['agreement_signed', '2019-05-04', 'AGREE', 18, 'signed a loan agreement', 'trigger+date'],
    ]);
  });

  it('must not: two meetings of one clause are one act (same category)', () => {
    expect(events('Zambia and Malawi held talks in Lusaka in May 2019 and met again in Lilongwe.').map((e) => e[2])).toEqual(['CONSULT']);
  });
});

describe('a verb no trigger types, joined by "and" to an act of friction, is an act of its own (session 21, untypedConjoined)', () => {
  it('"detained … and released their crews": the release is an event of the date, by its own verb', () => {
    expect(events('Icelandic patrols detained two Portuguese trawlers in 2021 and released their crews a month later.')).toEqual([
      ['conflict_or_incident', '2021', 'COERCE', 18, 'detained', 'trigger+date'],
      ['other', '2021', 'CONCEDE', 63, 'released', 'trigger+date+conjoined-act+plover:people-released'],
    ]);
  });

  it.each([
    // A saying after "and" is no act (notEventVerbs).
    'On 6 May 2025 Iceland expelled a Portuguese diplomat and said it would respond.',
    // The second verb is that of the clause "after" opens, not joined to the summons.
    'On 6 May 2025 Iceland summoned the Portuguese envoy after two trawlers sailed into its waters and damaged a cable.',
    // ", and drew …" after a clause of "since": the verb joins the sentence's first predicate.
    'The seizure caused the worst losses since Portugal withdrew its frigates from the bank in 2018, and drew Lisbon into a new quarrel with Reykjavik.',
    // Two cooperative verbs are facets of one occasion.
    'In May 2016 the Icelandic president visited Lisbon and opened a trade fair.',
    // A second act of the first one's category is the same act of coercion; a verb no rule categorises is none.
    'In 2022 Iceland seized a Portuguese trawler off Grimsey and fined its captain.',
    'In 2022 Iceland arrested a Portuguese skipper off Grimsey and visited his vessel.',
    // Two verbs of one object tell one act in other words.
    'In 2019 Portugal condemned and criticised the Icelandic seizure.',
    // "agreed to meet", "met to discuss": one act each.
    'Portugal and Iceland agreed on 5 May 2025 to meet in Lisbon.',
    'The Icelandic and Portuguese ministers met in Lisbon on 5 May 2025 to discuss fishing quotas.',
  ])('must not: %s', (text) => {
    expect(events(text).filter((e) => String(e[5]).includes('conjoined-act'))).toEqual([]);
  });
});
