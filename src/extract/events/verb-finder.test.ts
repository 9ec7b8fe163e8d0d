import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { eventTypes } from './event-types.js';
import { tag } from '../nlp/tagger.js';
import { mayHoldVerb, traceRefusals, type Refusal } from './verb-finder.js';
import { reportEvents } from '../../../test/helpers/events.js';

/** The events the verb finder made in a text (dated by the document when `date` is given): [date, PLOVER category, mode, source of date, verb]. */
function verbEvents(text: string, date?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: date })
    .events.filter((e) => /(?:^|co-)verb/.test(e.rule))
    .map((e) => [e.date, e.plover.type, e.mode, e.dateSource, text.slice(e.trigger.start, e.trigger.end)]);
}

/**
 * One dated sentence for each verb of the vocabulary (`verbs` in event-types.json), written in
 * the manner of histories and news on many pairs of states: each must give an event through
 * the verb finder (the test below checks that every lemma has one).
 */
const LEMMA_CASES = [
  'In 1929 Chile and Peru signed at Lima.',
  'In 2016 Ecuador and Colombia agreed to open two new border crossings.',
  'In June 2018, Kenya pledged to resettle the displaced families and Uganda promised to rebuild the market.',
  'In 2022 Poland committed two more brigades to the exercise in Lithuania.',
  'In 1998 Portugal undertook to return the archives to Mozambique.',
  'In 2010 Brazil offered Bolivia a joint study of the river.',
  'In 1992 Germany recognised Croatia.',
  'In 1995 Peru ratified the border treaty with Ecuador.',
  'In 2003 Cambodia acceded to the regional treaty.',
  'In 2014 Russia annexed Crimea from Ukraine.',
  'In 2012 Qatar supplied arms to the Libyan rebels.',
  'Argentine and Chilean officials negotiated the final boundary in 1984.',
  'In April 2011 Egypt discussed water sharing with Sudan.',
  'In 2005 Norway consulted Denmark on the fishing quotas.',
  'In July 2020, Ramaphosa telephoned Mnangagwa.',
  'Modi toured Bhutan in June 2014.',
  'In 2009 Japan financed a new bridge in Laos and funded two hospitals in Vientiane.',
  'Saudi Arabia lent Pakistan three billion dollars in 2018.',
  'Qatar donated twenty ambulances to Tunisia in 2013.',
  'In 2019 Sweden contributed troops to the mission in Mali.',
  'In 2018 Uganda promised Kenya a new market at the border.',
  'In 2003 Malaysia and Singapore cooperated on haze monitoring.',
  'In 1992 Brazil established a cultural centre in Montevideo.',
  'Nigeria founded the regional bank with Ghana in 1975.',
  'In 2010 India launched a weather satellite for Nepal.',
  'In 2017 Kazakhstan inaugurated a pipeline to China.',
  'In 2015 Russia delivered four helicopters to Peru.',
  'China built a stadium in Costa Rica in 2011.',
  'In 1999 Greece backed Turkey at the Helsinki summit.',
  'In 2004 Spain congratulated Morocco on the new family code.',
  'In 2020 Japan eased entry rules for Vietnamese workers.',
  'In 1995 Ecuador conceded the disputed hill to Peru.',
  'In 2021 Belarus pardoned two Lithuanian citizens.',
  'In 2022 Canada lifted the visa requirement for Mexico.',
  'In 2019 Qatar reopened its border with Saudi Arabia.',
  'In 2011 Italy evacuated its citizens from Libya.',
  'In 1990 Iraqi forces retreated from the border posts of Iran.',
  'In 2018 Israel requested the extradition of a suspect from Ukraine.',
  'In 2019 Argentina asked Britain to resume talks.',
  'In 2016 Washington pressed Manila on the drug war.',
  'In 2005 Serbia appealed to Russia for gas supplies.',
  'In 2013 Ecuador decried the spying by the United States.',
  'In 2021 Morocco regretted the rupture with Algeria.',
  'In 2020 Ethiopia dismissed the Egyptian proposal.',
  "In 2008 Georgia opposed Russia's plan for the region.",
  'In 2017 Egypt suspended a Qatari broadcaster.',
  'In 2019 Ghana banned imports of Nigerian rice.',
  'In 2016 Saudi Arabia severed ties with Iran.',
  'In 2018 Australia downgraded its mission in Fiji.',
  'In 2020 India closed its border with Nepal.',
  'In 2021 Kyrgyzstan shut its border with Tajikistan.',
  'In 2017 Bahrain cut air links with Qatar.',
  'In 2019 Germany halted arms sales to Saudi Arabia.',
  'In 2022 Britain froze the accounts of Russian banks.',
  'In 2019 Japan restricted exports of chemicals to South Korea.',
  'In 2023 Niger revoked its military pacts with France.',
  'In 2018 the United States terminated its nuclear deal with Iran.',
  'In 1986 Libya broke its trade pact with Tunisia.',
  'In 2020 Turkey dispatched a research vessel to waters claimed by Greece.',
  'In 2014 Ukraine reinforced its border with Russia.',
  'In 2021 Chinese ships patrolled waters off Japan.',
  'In 2023 Azerbaijan blocked the road to Armenia.',
  'In 2010 North Korean gunners killed a South Korean fisherman.',
  'In 1999 NATO bombed Serbia.',
  'In 2016 Indian troops wounded three Pakistani soldiers.',
  'In 2020 Chinese soldiers injured Indian troops in the valley.',
  'In 2018 Norway inspected a Russian trawler.',
  'In 2010 South Korea funded two hospitals in Laos.',
];

describe('the verb finder (a verb of the vocabulary whose clause has an actor)', () => {
  it.each([
    // The subject an actor, the object an actor, a verb sharing its subject through "and", a pronoun after a sentence naming actors.
    ['In 2019 Ghana banned imports of Nigerian rice.', undefined, [['2019', 'SANCTION', 'asserted', 'sentence', 'banned']]],
    ['Brazil will finance the second stretch of the pipeline, ministers said.', '2023-05-03', [['2023-05-03', 'AGREE', 'planned', 'document', 'finance']]],
    ['Kenya summoned the envoy and restricted the flights of the Ugandan carrier.', '2016-03-02', [['2016-03-02', 'SANCTION', 'asserted', 'document', 'restricted']]],
    ['Norway and Sweden met in Oslo on 3 May 2024.\n\nThey froze the accounts of two shipping firms.', '2024-05-04', [['2024-05-04', 'SANCTION', 'asserted', 'document', 'froze']]],
    ['Lima did not sign the charter in 2009.', undefined, [['2009', 'AGREE', 'negated', 'sentence', 'sign']]],
    // "and" joins the verb to the clause's verb, past a verb a preposition governs ("since taking office").
    [
      "Peru and Ecuador met in Quito in March 2019, on the Peruvian leader's first trip since taking office, and signed a fisheries plan.",
      undefined,
      // The meeting is an act apart from the signing (session 21, `apartCategories`).
      [
        ['2019-03', 'AGREE', 'asserted', 'sentence', 'signed'],
        ['2019-03', 'CONSULT', 'asserted', 'sentence', 'met'],
      ],
    ],
    // "The Prime Ministers" after a sentence naming the pair stand for its leaders.
    [
      'Norway and Sweden held talks in Oslo on 3 May 2024.\n\nThe Prime Ministers agreed in June 2024 to set up a joint rail company.',
      undefined,
      [['2024-06', 'AGREE', 'asserted', 'sentence', 'agreed']],
    ],
    // A participle set off by commas after its noun, with a date in its clause; a span of years the participle governs dates it (session 17).
    ['Kenya and Uganda use the Malaba bridge, inaugurated by both presidents in March 1975, for most of their trade.', undefined, [['1975-03', 'COOPERATE', 'asserted', 'sentence', 'inaugurated']]],
    ['The Tororo pipeline, built between 2005 and 2008 at a cost of $600 million, carries Kenyan fuel to Uganda.', undefined, [['2005/2008', 'COOPERATE', 'asserted', 'sentence', 'built']]],
    // A news headline's present tense tells the day's act.
    ['Algeria shuts its airspace to Moroccan aircraft\n\nThe decision was announced late on Wednesday.', '2021-09-23', [['2021-09-23', 'SANCTION', 'asserted', 'document', 'shuts']]],
    // A present verb right after its subject that the tagger reads as a noun, in a headline or a chronology's entry (session 26).
    ['Astana bans Mongolian meat imports\n\nThe measure was announced on Tuesday.', '2025-03-14', [['2025-03-14', 'SANCTION', 'asserted', 'document', 'bans']]],
    ['March 2003 - Astana pledges to build a rail link to Mongolia.', undefined, [['2003-03', 'AGREE', 'asserted', 'sentence', 'pledges']]],
    // A time phrase between the subject and its verb, as wire copy writes it (session 26): the actor before it is the subject.
    ['Mongolia on Thursday closed the Tsagaannuur crossing to Kazakh lorries.', '2025-03-14', [['2025-03-13', 'SANCTION', 'asserted', 'sentence', 'closed']]],
    ['Astana late on Tuesday suspended the licences of two foreign mining firms.', '2025-03-14', [['2025-03-11', 'SANCTION', 'asserted', 'sentence', 'suspended']]],
    // An agentless passive with a phrase of place or cause between it and its date (session 26): the verb, not the predicate, is the trigger.
    [
      'Mongolia and Kazakhstan agreed a water treaty in 2015. The treaty was ratified in the capital in March 2016.',
      undefined,
      [
        ['2015', 'AGREE', 'asserted', 'sentence', 'agreed'],
        ['2016-03', 'AGREE', 'asserted', 'sentence', 'ratified'],
      ],
    ],
    [
      'Chile and New Zealand share a fisheries treaty. The treaty was suspended at the request of the court on 4 May 2023.',
      undefined,
      [['2023-05-04', 'SANCTION', 'asserted', 'sentence', 'suspended']],
    ],
    // A passive with an adverb or "not" between its auxiliary and its participle, its date before it or in its clause (session 33).
    ['In March 2021 the road bridge between Uruguay and Brazil at Jaguarão was formally inaugurated.', undefined, [['2021-03', 'COOPERATE', 'asserted', 'sentence', 'inaugurated']]],
    ['Chile and New Zealand share a fisheries treaty. The treaty was finally ratified on 4 May 2023.', undefined, [['2023-05-04', 'AGREE', 'asserted', 'sentence', 'ratified']]],
    // A past perfect passive whose date stands in its own clause (review of session 33).
    ['Chile and New Zealand share a fisheries treaty. In May 2023 the treaty had been quietly ratified.', undefined, [['2023-05', 'AGREE', 'asserted', 'sentence', 'ratified']]],
  ] as [string, string | undefined, string[][]][])('%s', (text, date, expected) => {
    expect(verbEvents(text, date)).toEqual(expected);
  });

  it.each([
    // A state told in the present tense, what a verb reports ("agreed that"), an infinitive under another
    // verb, a participle in a compound adjective, a gerund standing alone, a cooperative act in an
    // undated sentence of a report (a facet of the occasion told before), a verb with no actor in its clause.
    ['Bolivian troops patrol the border near Lake Titicaca in 2015.', undefined],
    // Outside a headline or an entry the tagger's noun stays one: ordinary prose's present states a habit.
    ['In 2015 Mongolia offers Kazakh herders winter pasture every year.', undefined],
    ['In 2015 Chile agreed that Peru had a point.', undefined],
    ['In 2014 Kenya wanted Uganda to close the market.', undefined],
    ['In 2012 the Uganda-backed militia crossed the river.', undefined],
    ['In 2016, backing the rebels, Ethiopia sent supplies.', undefined],
    ['The two foreign ministers met in Quito on Monday.\n\nThey also discussed fisheries and cooperated on customs.', '2022-11-25'],
    ['In 2001 the river flooded and closed the road.', undefined],
    // A participle after a comma with no date in its clause, or in brackets; a span of years a verb of no act governs (session 17).
    ['Kenya and Uganda use the Malaba bridge (inaugurated by both presidents in March 1975) for most of their trade.', undefined],
    ['Kenya and Uganda use the Malaba bridge, inaugurated by both presidents, for most of their trade.', undefined],
    ['Kenyan exports to Uganda, boosted from 2005 to 2008 by new roads, doubled.', undefined],
    // Leaders of no pair named before; a verb whose "and" joins it to a subject that is no actor.
    ['The Prime Ministers agreed in June 2024 to set up a joint rail company.', undefined],
    // A passive whose phrase ends before the date, which dates the report of it (session 26).
    ['Chile and New Zealand share a fisheries treaty. The treaty was suspended at the request of the court, officials said on 4 May 2023.', undefined],
    ['In March 2019, after meeting the Chilean president, the delegates rested and signed a plan.', undefined],
    // A passive whose only date follows a comma dates the report of it, however its auxiliary is written (session 33).
    ['Chile and New Zealand share a fisheries treaty. The treaty was finally ratified, the ministry said on 4 May 2023.', undefined],
    // A negated passive with no doer tells a standing state, not an act of the day (session 33).
    ['Chile and New Zealand share a fisheries treaty. The treaty was not ratified on 4 May 2023.', undefined],
    // Review of session 33: an adverb of denial or near miss before the auxiliary or the participle ("almost", "never" before
    // "been", `denialAdverbs`), a present "is" (a state), a date that belongs to the saying before a "that" clause.
    ['Chile and New Zealand share a fisheries treaty. In May 2023 the new treaty was almost signed, but the talks collapsed.', undefined],
    ['Chile and New Zealand share a fisheries treaty. The 2019 treaty has never been ratified.', undefined],
    ['Chile and New Zealand share a fisheries treaty. Officials said on 4 May 2023 that the treaty had been quietly ratified years earlier.', undefined],
    // A time phrase after a subject that is no actor leaves the verb without one; a verb of saying tells no act (session 26).
    ['The lorry drivers on Thursday closed the road to the Tsagaannuur crossing.', '2025-03-14'],
    ['The Mongolian minister on Thursday arrived in Astana and said the talks were useful.', '2025-03-14'],
  ] as [string, string | undefined][])('gives no verb event: %s', (text, date) => {
    expect(verbEvents(text, date)).toEqual([]);
  });

  it('gives no act, of any vocabulary, for a passive in the present, which tells a state (review of session 33)', () => {
    const text = 'Chile and New Zealand share a fisheries treaty. The 2015 treaty is still widely ignored.';
    const { blocks, sentences } = structure(text);
    expect(extract({ text, blocks, sentences }).events.map((e) => text.slice(e.trigger.start, e.trigger.end))).toEqual([]);
  });

  it('tells the audit of missed acts which check refused a word (`traceRefusals`, session 33)', () => {
    const heard: [string, Refusal][] = [];
    traceRefusals((text, start, end, why) => heard.push([text.slice(start, end), why]));
    try {
      verbEvents('In 2015 Chile agreed that Peru had a point.');
    } finally {
      traceRefusals(undefined);
    }
    expect(heard).toEqual([['agreed', 'that-clause']]);
  });

  it('has a case for every verb of the vocabulary', () => {
    const seen = new Set(
      LEMMA_CASES.flatMap((text) => {
        const { blocks, sentences } = structure(text);
        return extract({ text, blocks, sentences })
          .events.filter((e) => /verb/.test(e.rule))
          .map((e) => tag(text.slice(e.trigger.start, e.trigger.end))[0]!.lemma);
      }),
    );
    expect([...eventTypes().verbs.lemmas.keys()].filter((l) => !seen.has(l))).toEqual([]);
  });

  it('tags only sentences holding a word of the vocabulary', () => {
    // ("Exports rose …" is tagged since WordNet's vocabulary holds the verb "export".)
    expect(mayHoldVerb('Rainfall rose to three metres.')).toBe(false);
    expect(mayHoldVerb('Qatar apologised and lent Oman a tanker.')).toBe(true);
  });

  it('reads the vocabulary at the beginning of a word only, in any case, outside the spans the patterns cover', () => {
    // "signed" begins with a stem; "co-signed", "designed" and "ensigns" only hold one inside the word.
    expect(mayHoldVerb('The two ministers SIGNED the protocol in Lima.')).toBe(true);
    expect(mayHoldVerb('The protocol was co-signed by the deputies, who later designed their ensigns.')).toBe(false);
    // After a dash that joins nothing, a word begins: "--signed" holds "signed".
    expect(mayHoldVerb('The protocol (--signed in Lima--) stands.')).toBe(true);
    // The only word of the vocabulary lies in a trigger a pattern found (offsets into the sentence).
    const s = 'Later that year Peru signed a protocol with Chile.';
    const at = s.indexOf('signed');
    expect(mayHoldVerb(s, [{ start: at, end: at + 'signed a protocol'.length }])).toBe(false);
    expect(mayHoldVerb(s, [{ start: 0, end: at }])).toBe(true);
  });
});

describe('a participle set off by commas, dated in its clause (session 17)', () => {
  it('gives the participle as trigger, at its offsets, with its clause date', () => {
    const text = 'The Tororo pipeline, built between 2005 and 2008 at a cost of $600 million, carries Kenyan fuel to Uganda.';
    const { blocks, sentences } = structure(text);
    expect(extract({ text, blocks, sentences }).events.map((e) => [e.date, e.trigger.start, e.trigger.end, e.rule])).toEqual([['2005/2008', 21, 26, 'verb+date']]);
  });
});

describe("a joint statement: each cooperative act is one of the meeting's days (session 24)", () => {
  const statement = (body: string) => `JOINT STATEMENT\n\nLjubljana, 14-15 May 2026\n\n1. The Prime Minister of Croatia paid an official visit to Slovenia.\n\n2. ${body}`;
  it('dates an undated "The two sides agreed" by the dateline, as the verb finder typed it, not by an earlier "agreed"', () => {
    const text = statement('The two sides agreed in 2025 to open a rail link.\n\n3. The Croatian side agreed to strengthen cooperation in border policing.');
    const rows = reportEvents(text, '2026-05-15').filter((e) => e.triggerStart === text.lastIndexOf('agreed'));
    expect(rows.map((e) => [e.triggerStart, e.trigger, e.date, e.rule])).toEqual([[189, 'agreed', '2026-05-14/2026-05-15', 'verb+document-date+dateline-span']]);
  });
  it('leaves the same sentence of a news report a facet of the meeting told before it', () => {
    const text = 'Slovenia and Croatia held talks in Ljubljana on Monday.\n\nThe Croatian side agreed to strengthen cooperation in border policing.';
    expect(verbEvents(text, '2026-05-15')).toEqual([]);
  });
});

describe('a span dateline alone makes no joint statement, and a verb in news may tell a dated act again (review fixes, session 24)', () => {
  it('leaves a news report with a span dateline: its undated cooperative acts are no acts of the meeting', () => {
    const text = 'Ljubljana, 14-15 May 2026\n\nSlovenia and Croatia held talks in Ljubljana.\n\nThe Croatian side agreed to strengthen cooperation in border policing.';
    expect(verbEvents(text, '2026-05-15').filter(([, c]) => c === 'AGREE' || c === 'COOPERATE')).toEqual([]);
  });
  it('dates a news "The Slovenian government froze …" by the freezing the report dated before it', () => {
    const text = 'Slovenia froze the assets of two Croatian firms on Monday, officials said.\n\nThe Slovenian government froze the accounts in a second step.';
    const rows = reportEvents(text, '2026-05-13').filter((e) => e.triggerStart === text.lastIndexOf('froze'));
    expect(rows.map((e) => [e.trigger, e.date, e.rule])).toEqual([['froze', '2026-05-11', 'verb+document-date+anaphor']]);
  });
});
