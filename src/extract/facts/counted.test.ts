import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

function facts(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).facts;
}

/** [sentence, [quote of the value, value, unit, indicator, subject]…]: quotes are found left to right. */
type Case = [string, [string, number, string, string, string][]];

// Each action keyword and each counted noun of lexicon/indicators.json has a case here.
const cases: Case[] = [
  [
    'Gunfire from across the border killed three Thai soldiers and a Cambodian civilian, officials said.',
    [
      ['three', 3, 'persons', 'persons_killed', 'Thailand'],
      ['a', 1, 'persons', 'persons_killed', 'Cambodia'],
    ],
  ],
  ['21 Indian soldiers were killed in the clash in the Galwan valley.', [['21', 21, 'persons', 'persons_killed', 'India']]],
  ['Four Pakistani fishermen died when the boat capsized near the Indian coast.', [['Four', 4, 'persons', 'persons_killed', 'Pakistan']]],
  ['Two Georgian police officers were slain at a checkpoint on the boundary line.', [['Two', 2, 'persons', 'persons_killed', 'Georgia']]],
  [
    'Militants killed one person and wounded 12 Israeli servicemen.',
    [
      ['one', 1, 'persons', 'persons_killed', 'Israel'],
      ['12', 12, 'persons', 'persons_wounded', 'Israel'],
    ],
  ],
  [
    'Azerbaijani fire killed two militants, four guerrillas and three fighters.',
    [
      ['two', 2, 'persons', 'persons_killed', 'Azerbaijan'],
      ['four', 4, 'persons', 'persons_killed', 'Azerbaijan'],
      ['three', 3, 'persons', 'persons_killed', 'Azerbaijan'],
    ],
  ],
  [
    'The shelling wounded seven Ukrainian sailors and injured two journalists in the port.',
    [
      ['seven', 7, 'persons', 'persons_wounded', 'Ukraine'],
      ['two', 2, 'persons', 'persons_wounded', 'Ukraine'],
    ],
  ],
  [
    'Kyrgyz border guards captured five Tajik citizens and detained 11 others overnight.',
    [
      ['five', 5, 'persons', 'persons_detained', 'Tajikistan'],
      ['11', 11, 'persons', 'persons_detained', 'Tajikistan'],
    ],
  ],
  ['Indian police arrested 12 Pakistani fishermen off the coast of Gujarat.', [['12', 12, 'persons', 'persons_detained', 'Pakistan']]],
  // "a" counts one in a list whose verb governs it: "four … citizens and a … national".
  [
    'Latvian guards detained three Russian citizens and a Belarusian national at Terehova.',
    [
      ['three', 3, 'persons', 'persons_detained', 'Russia'],
      ['a', 1, 'persons', 'persons_detained', 'Belarus'],
    ],
  ],
  [
    'Gunmen abducted two Chinese nationals in Karachi, and police seized three protesters outside the consulate.',
    [
      ['two', 2, 'persons', 'persons_detained', 'China'],
      ['three', 3, 'persons', 'persons_detained', 'China'],
    ],
  ],
  [
    'Somali pirates seized 20 crew members and two other persons.',
    [
      ['20', 20, 'persons', 'persons_detained', 'Somalia'],
      ['two', 2, 'persons', 'persons_detained', 'Somalia'],
    ],
  ],
  ['Rebels held 40 Ugandan marines near the lake.', [['40', 40, 'persons', 'persons_detained', 'Uganda']]],
  [
    'Kenya will expel two Somali diplomats, after the expulsion of three Kenyan envoys from Mogadishu.',
    [
      ['two', 2, 'persons', 'persons_expelled', 'Somalia'],
      ['three', 3, 'persons', 'persons_expelled', 'Kenya'],
    ],
  ],
  [
    'Moscow deported 23 British officials, and London expelled 23 Russian diplomats.',
    [
      ['23', 23, 'persons', 'persons_expelled', 'United Kingdom'],
      ['23', 23, 'persons', 'persons_expelled', 'Russia'],
    ],
  ],
  [
    'Turkey deployed 300 troops and dispatched four warships to the island.',
    [
      ['300', 300, 'persons', 'forces_deployed', 'Turkey'],
      ['four', 4, 'count', 'forces_deployed', 'Turkey'],
    ],
  ],
  [
    'Japanese patrol planes spotted four Chinese coast guard vessels and two fishing trawlers near the islands.',
    [
      ['four', 4, 'count', 'vessels_and_aircraft_encountered', 'China'],
      ['two', 2, 'count', 'vessels_and_aircraft_encountered', 'China'],
    ],
  ],
  [
    'Greek officials said three Turkish fighter jets violated Greek airspace and two drones entered it.',
    [
      ['three', 3, 'count', 'vessels_and_aircraft_encountered', 'Turkey'],
      ['two', 2, 'count', 'vessels_and_aircraft_encountered', 'Greece'],
    ],
  ],
  [
    'South Korean ships intercepted two North Korean boats, chasing three more vessels away.',
    [
      ['two', 2, 'count', 'vessels_and_aircraft_encountered', 'North Korea'],
      ['three', 3, 'count', 'vessels_and_aircraft_encountered', 'North Korea'],
    ],
  ],
  [
    'Indian helicopters harassed two Chinese warplanes; Chinese ships blocked two aircraft.',
    [
      ['two', 2, 'count', 'vessels_and_aircraft_encountered', 'China'],
      ['two', 2, 'count', 'vessels_and_aircraft_encountered', 'China'],
    ],
  ],
  // The verb after a list's last item governs the items before it.
  [
    'Six Chinese coast guard ships and two militia boats blocked a Philippine supply vessel.',
    [
      ['Six', 6, 'count', 'vessels_and_aircraft_encountered', 'China'],
      ['two', 2, 'count', 'vessels_and_aircraft_encountered', 'China'],
      ['a', 1, 'count', 'vessels_and_aircraft_encountered', 'Philippines'],
    ],
  ],
  [
    'Artillery hit a dozen Armenian villages, destroyed 30 homes and 14 tanks and damaged five bridges.',
    [
      ['a dozen', 12, 'count', 'targets_hit', 'Armenia'],
      ['30', 30, 'count', 'targets_hit', 'Armenia'],
      ['14', 14, 'count', 'targets_hit', 'Armenia'],
      ['five', 5, 'count', 'targets_hit', 'Armenia'],
    ],
  ],
  [
    'Russian forces shelled three Georgian posts and struck two buildings in Gori.',
    [
      ['three', 3, 'count', 'targets_hit', 'Georgia'],
      ['two', 2, 'count', 'targets_hit', 'Georgia'],
    ],
  ],
  [
    'The navy sank two Iranian ships and shot down three helicopters.',
    [
      ['two', 2, 'count', 'targets_hit', 'Iran'],
      ['three', 3, 'count', 'targets_hit', 'Iran'],
    ],
  ],
  ['The Thai army said two of its soldiers were wounded by a Cambodian mine.', [['two', 2, 'persons', 'persons_wounded', 'Thailand']]],
  ['During the visit, eight important bilateral agreements were signed.', [['eight', 8, 'count', 'agreements_signed', '']]],
  [
    'The ministers concluded three trade deals and inked two defence accords.',
    [
      ['three', 3, 'count', 'agreements_signed', ''],
      ['two', 2, 'count', 'agreements_signed', ''],
    ],
  ],
  [
    'Seoul and Hanoi signed four treaties, six memoranda, five MOUs and 12 other documents on energy.',
    [
      ['four', 4, 'count', 'agreements_signed', 'Vietnam'],
      ['six', 6, 'count', 'agreements_signed', 'Vietnam'],
      ['five', 5, 'count', 'agreements_signed', 'Vietnam'],
      ['12', 12, 'count', 'agreements_signed', 'Vietnam'],
    ],
  ],
  [
    'The two neighbours have fought three wars and two border battles.',
    [
      ['three', 3, 'count', 'operations_conducted', ''],
      ['two', 2, 'count', 'operations_conducted', ''],
    ],
  ],
  [
    'Pakistan conducted six nuclear tests, two missile tests and 4 tests of rockets.',
    [
      ['six', 6, 'count', 'operations_conducted', 'Pakistan'],
      ['two', 2, 'count', 'operations_conducted', 'Pakistan'],
      ['4', 4, 'count', 'operations_conducted', 'Pakistan'],
    ],
  ],
  [
    'Militants launched five attacks and staged two raids on army posts.',
    [
      ['five', 5, 'count', 'operations_conducted', ''],
      ['two', 2, 'count', 'operations_conducted', ''],
    ],
  ],
  [
    'The air force carried out 40 air strikes, and the navies conducted two joint exercises and three drills.',
    [
      ['40', 40, 'count', 'operations_conducted', ''],
      ['two', 2, 'count', 'operations_conducted', ''],
      ['three', 3, 'count', 'operations_conducted', ''],
    ],
  ],
  // "a"/"an" is one where the group says so: a diplomat, a bridge; not an agreement.
  [
    'Tokyo expelled a Russian diplomat and the blast hit a bridge.',
    [
      ['a', 1, 'persons', 'persons_expelled', 'Russia'],
      ['a', 1, 'count', 'targets_hit', 'Russia'],
    ],
  ],
  ['It was the third time this month that Seoul had summoned the Japanese ambassador.', [['third', 3, 'count', 'summons', 'South Korea']]],
  // "for the Nth time" with the period still running named: a count so far.
  ['Bucharest summoned the Bulgarian ambassador for the third time this month.', [['third', 3, 'count', 'summons', 'Romania']]],
  ['For the fourth time in five years, a Romanian trade deal with Bulgaria has stalled.', [['fourth', 4, 'count', 'quantity', 'Romania']]],
  // Guards, rangers, hostages and prisoners (group "guards", no article; not "coast guard vessels"); "who" before the participle.
  ['Two Namibian border guards were wounded in an exchange of fire with Botswana poachers.', [['Two', 2, 'persons', 'persons_wounded', 'Namibia']]],
  ['Malawi called for the release of two game rangers who had been detained by Zambian police.', [['two', 2, 'persons', 'persons_detained', 'Malawi']]],
  ['Gunmen seized four Portuguese hostages close to the Spanish border.', [['four', 4, 'persons', 'persons_detained', 'Portugal']]],
  ['Zambia detained five Malawian prisoners after the brawl.', [['five', 5, 'persons', 'persons_detained', 'Malawi']]],
  // Casualties listed with the casualty word after the number (casualtiesIn).
  [
    'An exchange of fire left one Armenian guard dead and three wounded.',
    [
      ['one', 1, 'persons', 'persons_killed', 'Armenia'],
      ['three', 3, 'persons', 'persons_wounded', 'Armenia'],
    ],
  ],
  [
    'The shelling killed two Ukrainian soldiers, leaving four injured.',
    [
      ['two', 2, 'persons', 'persons_killed', 'Ukraine'],
      ['four', 4, 'persons', 'persons_wounded', 'Ukraine'],
    ],
  ],
  // Naval craft (group "naval", no article).
  [
    'Russia deployed two frigates and three corvettes off the Latvian coast.',
    [
      ['two', 2, 'count', 'forces_deployed', 'Russia'],
      ['three', 3, 'count', 'forces_deployed', 'Russia'],
    ],
  ],
  [
    'China dispatched three submarines and six patrol craft toward Taiwan.',
    [
      ['three', 3, 'count', 'forces_deployed', 'China'],
      ['six', 6, 'count', 'forces_deployed', 'China'],
    ],
  ],
  // Forces sent or moved somewhere are deployed; what is sent that no group counts is no deployment.
  ['Iceland sent two additional patrol vessels to the Norwegian fishing grounds on Tuesday.', [['two', 2, 'count', 'forces_deployed', 'Iceland']]],
  [
    'Norway moved 40 Norwegian soldiers and two frigates to the island.',
    [
      ['40', 40, 'persons', 'forces_deployed', 'Norway'],
      ['two', 2, 'count', 'forces_deployed', 'Norway'],
    ],
  ],
  // Projectiles fired or intercepted, and sanctions on people and bodies.
  ['North Korea fired 23 missiles toward South Korean waters.', [['23', 23, 'count', 'projectiles_fired', 'North Korea']]],
  // What the fire was aimed at is no projectile: "against 12 villages" counts villages.
  [
    'Rebels fired 30 rockets against 12 villages in northern Zambia.',
    [
      ['30', 30, 'count', 'projectiles_fired', 'Zambia'],
      ['12', 12, 'count', 'villages', 'Zambia'],
    ],
  ],
  [
    'Hamas launched 40 rockets and a mortar round at Israel.',
    [
      ['40', 40, 'count', 'projectiles_fired', 'Israel'],
      ['a', 1, 'count', 'projectiles_fired', 'Israel'],
    ],
  ],
  ['Russia fires 300 artillery shells a day at Ukrainian positions, Kyiv said.', [['300', 300, 'count', 'projectiles_fired', 'Russia']]],
  [
    'Iran launched three ballistic missiles and two cruise missiles at Iraqi Kurdistan.',
    [
      ['three', 3, 'count', 'projectiles_fired', 'Iran'],
      ['two', 2, 'count', 'projectiles_fired', 'Iran'],
    ],
  ],
  ['The Saudi air defences intercepted 9 projectiles fired from Yemen.', [['9', 9, 'count', 'vessels_and_aircraft_encountered', 'Yemen']]],
  [
    'The EU imposed sanctions on 19 individuals and 3 entities in Belarus.',
    [
      ['19', 19, 'persons', 'sanctioned', 'Belarus'],
      ['3', 3, 'count', 'sanctioned', 'Belarus'],
    ],
  ],
  ['Britain announced sanctions against 2 Iranian banks.', [['2', 2, 'count', 'sanctioned', 'Iran']]],
  ['Washington sanctioned 14 Russian firms.', [['14', 14, 'count', 'sanctioned', 'Russia']]],
  ['The United States blacklisted 12 Chinese companies.', [['12', 12, 'count', 'sanctioned', 'China']]],
];

describe('counts in news', () => {
  it.each(cases)('%s', (sentence, expected) => {
    let from = 0;
    const want = expected.map(([quote, value, unit, indicator, subject]) => {
      // The quote as a whole word: "a" is not the "a" of "coast guard".
      const at = from + sentence.slice(from).search(new RegExp(`(?<![\\p{L}\\d])${quote}(?![\\p{L}\\d])`, 'u'));
      from = at + quote.length;
      return { start: 0, end: sentence.length, valueStart: at, valueEnd: at + quote.length, value, unit, indicator, subject: subject || undefined };
    });
    expect(
      facts(sentence).map((f) => ({ start: f.start, end: f.end, valueStart: f.valueStart, valueEnd: f.valueEnd, value: f.value, unit: f.unit, indicator: f.indicator, subject: f.subject })),
    ).toEqual(want);
  });

  it('dates a count with no date of its own by the day a news report was published', () => {
    const text = 'Indian police arrested 12 Pakistani fishermen off the coast of Gujarat.';
    expect(facts(text, '2019-08-02').map((f) => [f.value, f.period])).toEqual([[12, '2019-08-02']]);
    // A year or a month dates no clause; the clause's own date wins.
    expect(facts(text, '2019').map((f) => f.period)).toEqual([undefined]);
    expect(facts('In March 2018, police arrested 12 Pakistani fishermen.', '2019-08-02').map((f) => f.period)).toEqual(['2018-03']);
  });

  it.each([
    // How often, not an action counted: no copula before "the second time".
    'Abe visited Hanoi for the second time.',
    'Abe visited Hanoi for the second time in his career.',
    'This was the first time that Tokyo had summoned him.',
    // A count no action governs is left to the other rules, which take number words only for an indicator that counts things.
    'The UK will provide six patrol boats to Kenya.',
    'One Chinese vessel sailed past the reef.',
    // "the four diplomats" points back at people already counted.
    'The four Russian diplomats were expelled, the ministry said.',
    'Japan and Vietnam are two of the largest partners.',
    'Japan signed an agreement with Vietnam.',
    // "a" counts no guard or frigate: those groups take no article.
    'A Namibian border guard was wounded in an exchange of fire with Botswana poachers.',
    'Russia deployed a frigate off the Latvian coast.',
    // A bare number before a casualty word names no one: no count.
    'Peru won 3 and lost 2, and 4 were injured in the stands.',
  ])('%s gives nothing', (sentence) => {
    expect(facts(sentence)).toEqual([]);
  });
});
