import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { eventTypes, findTriggers } from './event-types.js';

/**
 * Events of friction between states, with their PLOVER category, in sentences written in the
 * manner of news reports on several pairs. Each case: the text, the document's date, and the
 * events expected as [date, PLOVER category, mode, trigger text]; of two triggers of one
 * category, the one nearest the date names the event.
 */
const CASES: [string, string | undefined, [string, string, string, string][]][] = [
  [
    'India summoned the Chinese ambassador on Monday to protest the detention of three fishermen near the disputed reef.',
    '2024-03-06',
    [
      ['2024-03-04', 'DISAPPROVE', 'asserted', 'to protest'],
      ['2024-03-04', 'COERCE', 'asserted', 'detention'],
    ],
  ],
  [
    'Ankara condemned the move as "unacceptable" and urged Athens to withdraw its coast guard vessels.',
    '2021-05-12',
    [
      ['2021-05-12', 'DISAPPROVE', 'asserted', 'condemned'],
      ['2021-05-12', 'DEMAND', 'asserted', 'urged'],
      ['2021-05-12', 'RETREAT', 'asserted', 'withdraw'],
    ],
  ],
  ['The foreign ministry lodged a strong protest with the Japanese embassy in Beijing.', '2012-09-15', [['2012-09-15', 'DISAPPROVE', 'asserted', 'lodged a strong protest']]],
  ['Seoul rejected the demand and said it would not pay compensation.', '2019-07-20', [['2019-07-20', 'REJECT', 'asserted', 'rejected']]],
  ['The United States will impose sanctions on 14 Venezuelan officials, the Treasury said.', '2018-05-22', [['2018-05-22', 'SANCTION', 'planned', 'sanctions']]],
  [
    'Pakistan expelled two Indian diplomats on Tuesday, accusing them of spying.',
    '2016-11-03',
    [
      ['2016-11-01', 'SANCTION', 'asserted', 'expelled'],
      ['2016-11-01', 'DISAPPROVE', 'asserted', 'accusing'],
    ],
  ],
  ['Azerbaijani troops opened fire on an Armenian border post, killing two soldiers.', '2022-09-13', [['2022-09-13', 'FIGHT', 'asserted', 'opened fire']]],
  ['Moscow warned of retaliation if the embassy staff were not allowed to return.', '2018-03-20', [['2018-03-20', 'THREATEN', 'asserted', 'warned']]],
  [
    'Beijing deployed two warships to the strait in March 2023, a show of force that Taipei called a provocation.',
    undefined,
    [
      ['2023-03', 'MOBILIZE', 'asserted', 'show of force'],
      ['2023-03', 'DISAPPROVE', 'asserted', 'called a provocation'],
    ],
  ],
  ['In August 2008, Russian tanks rolled into Georgia after days of shelling around Tskhinvali.', undefined, [['2008-08', 'FIGHT', 'asserted', 'shelling']]],
  ['Peru lifted its blockade of the border crossing on 4 May 2015, and both governments agreed to resume talks.', undefined, [['2015-05-04', 'RETREAT', 'asserted', 'lifted its blockade']]],
  ['Tens of thousands of protesters rallied outside the French embassy in Algiers in October 2021.', undefined, [['2021-10', 'PROTEST', 'asserted', 'rallied']]],
  ['Chile welcomed the ruling and praised Bolivia for its restraint.', '2018-10-02', [['2018-10-02', 'SUPPORT', 'asserted', 'praised']]],
  ['In June 2020, the two armies clashed in the Galwan valley, and New Delhi later banned dozens of Chinese apps.', undefined, [['2020-06', 'FIGHT', 'asserted', 'clashed']]],
  // The category follows the doer: a capture by an armed group is ASSAULT, by a state's forces COERCE.
  ['Gunmen from a separatist militia seized two Nigerian engineers near the border on 3 March 2021.', undefined, [['2021-03-03', 'ASSAULT', 'asserted', 'seized']]],
  ['Cameroon accused Abuja on Friday over the abduction of four customs officers by armed men from across the river.', '2019-05-18', [['2019-05-17', 'ASSAULT', 'asserted', 'abduction']]],
  ['The Cameroonian navy seized two Nigerian trawlers on 3 March 2021.', undefined, [['2021-03-03', 'COERCE', 'asserted', 'seized']]],
  ['Two Indian fishermen were detained by the Sri Lankan navy on 9 May 2022 near Katchatheevu.', undefined, [['2022-05-09', 'COERCE', 'asserted', 'detained']]],
  // A state that protests disapproves; people who protest demonstrate.
  ['Azerbaijan protested on Thursday what it called the shelling of a village near Tovuz.', '2020-07-18', [['2020-07-16', 'DISAPPROVE', 'asserted', 'protested']]],
  ['Thousands protested outside the Indian high commission in Ottawa on Saturday.', '2023-09-25', [['2023-09-23', 'PROTEST', 'asserted', 'protested']]],
  ['Georgia reported an incursion by Russian troops near the boundary line on 4 August 2008.', undefined, [['2008-08-04', 'MOBILIZE', 'asserted', 'incursion']]],
  // A denied concession or backing is a refusal.
  ['Asked on Monday about the shooting, the Turkish foreign minister said Ankara would offer no apology to Athens.', '2020-10-06', [['2020-10-05', 'REJECT', 'asserted', 'apology']]],
  ['Kenya said on 4 June 2015 that it did not endorse the Ugandan proposal on the border.', undefined, [['2015-06-04', 'REJECT', 'asserted', 'endorse']]],
  // Threats in the idioms of foreign ministries: a denial in the idiom's own words is no negation of the threat.
  ['Ethiopia’s foreign ministry said on Monday that any strike on the dam would not go unanswered.', '2020-06-24', [['2020-06-22', 'THREATEN', 'asserted', 'would not go unanswered']]],
  ['Canberra said on Friday its defence cooperation with Jakarta was under review.', '2013-11-20', [['2013-11-15', 'THREATEN', 'asserted', 'cooperation with Jakarta was under review']]],
  ['Canberra said on Friday it was reviewing its defence ties with Jakarta.', '2013-11-20', [['2013-11-15', 'THREATEN', 'asserted', 'reviewing its defence ties']]],
  ['Tbilisi reserved the right to respond after the drone was shot down on 20 April 2008.', undefined, [['2008-04-20', 'THREATEN', 'asserted', 'reserved the right to respond']]],
  // A boycott by a state is a sanction (recategorise byAgent with a trigger); by consumers, a protest.
  ['Peru and Chile share a border. In 2011, Peru boycotted the regional fisheries conference in Santiago.', undefined, [['2011', 'SANCTION', 'asserted', 'boycotted']]],
  ['South Korean consumers boycotted Japanese beer and cars in July 2019.', '2019-08-02', [['2019-07', 'PROTEST', 'asserted', 'boycotted']]],
  // The threat is made when told (plover.json toldAsMade): asserted, though what it threatens is to come.
  ['Khartoum said on Friday it would respond at the appropriate time and place.', '2021-06-03', [['2021-05-28', 'THREATEN', 'asserted', 'respond at the appropriate time']]],
  ['Juba said on Friday that Khartoum bore full responsibility for the shelling.', '2021-06-03', [['2021-05-28', 'DISAPPROVE', 'asserted', 'bore full responsibility']]],
  ['The Sudanese army said on Thursday it had sent reinforcements to al-Fashaga.', '2021-06-05', [['2021-06-03', 'MOBILIZE', 'asserted', 'sent reinforcements']]],
  ['Beijing said on Friday that Vilnius must bear all the consequences.', '2021-11-21', [['2021-11-19', 'THREATEN', 'asserted', 'bear all the consequences']]],
  [
    'Beijing said on Friday that the office undermined China’s sovereignty and territorial integrity.',
    '2021-11-21',
    [['2021-11-19', 'DISAPPROVE', 'asserted', 'undermined China’s sovereignty and territorial integrity']],
  ],
  // Ending an agreement reduces relations: SANCTION, not a withdrawal of forces.
  ['Seoul decided on Thursday to scrap an intelligence-sharing pact with Tokyo.', '2019-08-23', [['2019-08-22', 'SANCTION', 'asserted', 'scrap an intelligence-sharing pact']]],
  ['Washington withdrew from the nuclear deal with Tehran on 8 May 2018.', undefined, [['2018-05-08', 'SANCTION', 'asserted', 'withdrew from the nuclear deal']]],
  // A demand told as what a government wants another to do.
  ['Kyiv wants the Belarusian officers to face trial in Ukraine, the prosecutor said on Friday.', '2022-05-14', [['2022-05-13', 'DEMAND', 'asserted', 'wants the Belarusian officers to face trial']]],
  ['Quito put the armed forces on alert on 3 March 2008 after the raid.', undefined, [['2008-03-03', 'MOBILIZE', 'asserted', 'put the armed forces on alert']]],
  ['Bogotá said on Sunday that 17 guerrillas were killed in the raid.', '2008-03-03', [['2008-03-02', 'FIGHT', 'asserted', 'guerrillas were killed']]],
  ['Ecuador froze imports of Colombian goods on 5 March 2008.', undefined, [['2008-03-05', 'SANCTION', 'asserted', 'froze imports']]],
  // A government's words for another's act, quoted: disapproval.
  [
    'Georgetown described the move as "a direct threat" to its territorial integrity on 8 December 2023.',
    undefined,
    [['2023-12-08', 'DISAPPROVE', 'asserted', 'described the move as "a direct threat']],
  ],
  ['Belgrade branded the detentions “an act of intimidation” on Wednesday.', '2024-09-19', [['2024-09-18', 'DISAPPROVE', 'asserted', 'branded the detentions “an act of intimidation']]],
  ['Caracas called the arrests "kidnapping" on Sunday.', '2023-12-11', [['2023-12-10', 'DISAPPROVE', 'asserted', 'called the arrests "kidnapping']]],
  // One state's exercises near a rival are a show of force.
  ['Turkey held naval exercises off the island of Kastellorizo on Tuesday.', '2020-08-27', [['2020-08-25', 'MOBILIZE', 'asserted', 'naval exercises']]],
];

/** Sentences that must give no event of friction. */
const NOTHING: [string, string | undefined][] = [
  ['Post-Cold War Kenya has no formal allies.', '2015-08-17'],
  ['The war-torn city was rebuilt with aid from Norway.', '2015-08-17'],
  ['Ministers discussed cooperation on fisheries and tourism.', undefined],
  ['The two countries have a long history of trade.', '2020-01-10'],
  ['After the war Tokyo signed a reparations agreement with Saigon in May 1959.', undefined],
  // A named war is a period, not an act of its date.
  ['The Philippine navy grounded a World War II-era landing ship on the shoal in 1999.', undefined],
  // Exercises held together are cooperation, not a show of force against each other.
  ['Japan and India held joint naval exercises in the Bay of Bengal in 2023.', undefined],
  ['The Kenyan and Tanzanian navies held combined military drills off Mombasa in 2019.', undefined],
  // Two states that review their cooperation together consult; one state reviewing its ties threatens (review of session 33).
  ['Malawi and Zambia reviewed their border cooperation this week.', '2024-06-01'],
  ['The two presidents reviewed bilateral relations in Lusaka on 3 March 2024.', undefined],
];

function events(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).events;
}

describe('events of friction between states, with PLOVER categories', () => {
  it.each(CASES)('%s', (text, date, expected) => {
    const got = events(text, date).map((e) => [e.date, e.plover.type, e.mode, text.slice(e.trigger.start, e.trigger.end)]);
    for (const x of expected) expect(got).toContainEqual(x);
  });

  it.each(NOTHING)('gives no friction event: %s', (text, date) => {
    expect(events(text, date).filter((e) => e.type === 'conflict_or_incident')).toEqual([]);
  });

  it('dates a news clause with no date of its own by the publication day, and says so', () => {
    const [e] = events('Moscow condemned the expulsions as "immoral".', '2007-07-16');
    expect(e).toMatchObject({ date: '2007-07-16', dateSource: 'document', plover: { type: 'DISAPPROVE' }, rule: 'trigger+document-date' });
    // A year or a month is no publication day: a history dated "2014" dates no undated clause.
    expect(events('Moscow condemned the expulsions as "immoral".', '2014')).toEqual([]);
  });

  it('dates an act told after a dated sentence of its news paragraph by that date, whatever its category', () => {
    const text = 'Seoul summoned the Japanese ambassador on Tuesday over the trade dispute. The note demanded a full explanation from Tokyo.';
    const got = events(text, '2019-07-04').map((e) => [e.date, e.dateSource, e.plover.type]);
    expect(got).toEqual([
      ['2019-07-02', 'sentence', 'DISAPPROVE'],
      ['2019-07-02', 'context', 'DEMAND'],
    ]);
    // Outside news, only types that rarely name a mere mention take their paragraph's date.
    expect(events(text.replace('on Tuesday', 'on 2 July 2019')).map((e) => e.date)).toEqual(['2019-07-02']);
  });

  it('takes no date from a count of occasions in a period ("the second time this year")', () => {
    const got = events('Yesterday, Manila summoned the Chinese envoy for the third time this year.', '2023-08-08').map((e) => e.date);
    expect(got).toEqual(['2023-08-07']);
    // "the second time in 2012" dates the second time.
    expect(events('Abe took office as prime minister for the second time in 2012.').map((e) => e.date)).toEqual(['2012']);
  });

  it('takes what an act ends as its background, not as an act of its date', () => {
    // One event, the truce; brokered, it is the agreement (session 29: plover.json ceasefire-agreed, RETREAT before).
    const got = events('Washington brokered a truce in March 2004 to end three months of fighting along the border.').map((e) => e.plover.type);
    expect(got).toEqual(['AGREE']);
  });

  it('takes what an act answers as its background: "in response to the refusal", "for the capture"', () => {
    const expelled = events('Oslo will expel three diplomats in response to the arrest of a Norwegian consul.', '2021-04-09').map((e) => e.plover.type);
    expect(expelled).toEqual(['SANCTION']);
    const vowed = events('The cabinet vowed a harsh response for the abduction of two border guards.', '2021-04-09').map((e) => e.plover.type);
    expect(vowed).toEqual(['THREATEN']);
  });

  // Session 22: the demand, the offer or the protest a rejection takes as its object was made before; the rejection's day is none of theirs.
  it.each([
    ['Tegucigalpa rejected the demand on Wednesday.', [['2025-03-12', 'REJECT', 'rejected']]],
    ['Lusaka rejects a Malawian offer of talks on the border fence.', [['2025-03-14', 'REJECT', 'rejects']]],
    [
      'Bratislava rejected the Hungarian protest and condemned the arrest of two truck drivers.',
      [
        ['2025-03-14', 'REJECT', 'rejected'],
        ['2025-03-14', 'DISAPPROVE', 'condemned'],
        ['2025-03-14', 'COERCE', 'arrest'],
      ],
    ],
    // Talks that are not what was rejected stay an act of their own.
    [
      'Honduras rejected the plan at talks with El Salvador on Monday.',
      [
        ['2025-03-10', 'CONSULT', 'talks'],
        ['2025-03-10', 'REJECT', 'rejected'],
      ],
    ],
  ])('takes no act of what a rejection takes as its object: %s', (text, expected) => {
    const got = events(text, '2025-03-14').map((e) => [e.date, e.plover.type, text.slice(e.trigger.start, e.trigger.end)]);
    expect(got).toEqual(expected);
  });

  it("leaves a date in a framing phrase to that phrase: an act before it keeps the clause's date", () => {
    const got = events('Eritrea and Ethiopia reported shelling near Badme on Monday and blamed each other for the escalation that has grown since a border war in 1998.', '2016-06-14').map((e) => [
      e.plover.type,
      e.date,
    ]);
    expect(got).toContainEqual(['DISAPPROVE', '2016-06-13']);
    expect(got).not.toContainEqual(['DISAPPROVE', '1998']);
  });

  it('reads the mode of an act in its own clause, not in what a reporting verb introduces', () => {
    const [condemned] = events("Moscow condemned the UK's decision and said it would respond.", '2007-07-16');
    expect(condemned).toMatchObject({ plover: { type: 'DISAPPROVE' }, mode: 'asserted' });
    // Nor in a second verb joined by "and": the meeting took place.
    const [met] = events('The presidents of Guyana and Venezuela met in Kingstown on 14 December 2023 and agreed not to use force.');
    expect(met).toMatchObject({ plover: { type: 'CONSULT' }, mode: 'asserted' });
  });

  it('takes the longer of two nested triggers of one type ("lifted its sanctions" is no sanction)', () => {
    const got = events('Japan lifted its sanctions against Vietnam in 1992.').map((e) => e.plover.type);
    expect(got).toEqual(['RETREAT']);
  });

  it('exercises every trigger of every friction category', () => {
    const texts = [...CASES.map(([t]) => t), ...EXTRA_TRIGGER_CASES];
    const conflict = eventTypes().all.filter((t) => t.type.id === 'conflict_or_incident');
    const hit = new Set(texts.flatMap((t) => findTriggers(t)).map((t) => `${t.plover.type}`));
    const categories = new Set(conflict.map((t) => t.plover.type));
    expect([...categories].filter((c) => !hit.has(c))).toEqual([]);
    for (const rule of conflict) {
      const re = new RegExp(rule.re.source, rule.re.flags.replace('g', ''));
      expect(
        texts.some((t) => re.test(t)),
        `no case exercises ${rule.plover.type} trigger ${rule.re.source}`,
      ).toBe(true);
    }
  });
});

/** More sentences, one construct each, so that every trigger of the friction categories has a case. */
const EXTRA_TRIGGER_CASES = [
  'Israeli jets carried out air strikes on targets near the border.',
  'The navy stepped up patrols around the disputed islets.',
  'Fighting raged for a third day along the line of contact.',
  'Gunners traded fire across the Line of Control overnight.',
  'Several soldiers were killed in the ambush.',
  'The coast guard seized a fishing trawler and arrested its crew.',
  'Chinese vessels blocked two supply boats from reaching the shoal.',
  'The frigate sailed into the territorial waters of its neighbour.',
  'A vessel rammed a patrol boat near the atoll.',
  'A car bomb killed the envoy outside the consulate.',
  'The president blamed the neighbouring government for the attack.',
  'Officials held the foreign ministry responsible for the breach.',
  'The ministry expressed strong dissatisfaction with the decision.',
  'Both capitals called for restraint.',
  'Officials told the company to halt drilling in the disputed waters.',
  'The government denied the allegations.',
  'The cabinet turned down the offer of mediation.',
  'Tehran threatened to close the strait.',
  'Officials vowed to retaliate against any incursion.',
  'The country recalled its ambassador for consultations.',
  'Tokyo decided to remove Seoul from its white list of trusted trading partners.',
  'The government suspended cooperation on intelligence sharing.',
  'Troops were sent to reinforce the frontier as the army raised its alert level.',
  'The navy dispatched two warships to the gulf.',
  'Washington imposed tariffs on steel from its neighbour.',
  'Both sides agreed to a ceasefire and to pull back their forces.',
  'The minister said the border was a red line and the ministry called the move a casus belli.',
  'Police shot dead three protesters near the border post.',
  'The minister apologised for the remarks.',
  'The authorities released the detained fishermen.',
  'The government eased restrictions on exports of rare earths.',
  'Fishermen staged a boycott of the imported fish.',
  'The ministry launched an investigation into the incident.',
  'The government reaffirmed its support for the peace plan and backed the proposal for talks.',
  'The earthquake destroyed the consulate.',
  'The two navies collided near the reef.',
  'Ottawa cited credible allegations linking agents of the neighbouring government to the killing of an activist.',
  'The opposition leader slammed the agreement, and the ministry lashed out at the broadcaster.',
  'The ministry expressed outrage at the desecration of the flag.',
  'The defence minister said all options remain on the table.',
  'The spokesman said the aggressor would pay a heavy price.',
  'Cairo said it would not tolerate any harm to its water share.',
  'The cabinet promised a decisive response to the raid.',
  'New Delhi dismissed the claims as absurd and politically motivated.',
  'The foreign minister cancelled his visit to the capital.',
  'The government suspended visas for citizens of its neighbour.',
  'The attaché was declared persona non grata.',
  'The air force shot down a drone, and the army fired artillery at the ridge.',
  'A court jailed the two journalists, who were sentenced to three years.',
  'The foreign ministry spokesman said the decision to close the consulate was unjustified.',
];
