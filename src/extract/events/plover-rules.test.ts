import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { DyadError } from '../../model/errors.js';
import { readLexicon } from '../../lexicon.js';
import { compilePloverRules, ploverRules } from './plover-rules.js';

function events(text: string, documentDate?: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).events.map((e) => [
    e.type,
    e.plover.type,
    e.mode,
    text.slice(e.trigger.start, e.trigger.end),
    e.rule.match(/plover:[\w-]+(?!.*plover:)/)?.[0] ?? '',
  ]);
}

/** Each rule of lexicon/plover.json (the last that changed the category is named), on sentences written for other pairs of states: the act it recategorises, and one it leaves alone. */
const CASES: [string, string, string | undefined, (string | undefined)[]][] = [
  [
    'break-relations',
    'Bogotá broke off diplomatic relations with Caracas on 23 February 2019.',
    undefined,
    ['diplomatic_relations', 'SANCTION', 'asserted', 'broke off diplomatic relations', 'plover:break-relations'],
  ],
  ['close-premises', 'In March 2015 Zambian police closed dozens of shops owned by Malawian traders.', undefined, ['conflict_or_incident', 'COERCE', 'asserted', 'closed', 'plover:close-premises']],
  ['block-goods', 'On 1 December 2021 Beijing blocked Lithuanian goods at customs.', undefined, ['conflict_or_incident', 'SANCTION', 'asserted', 'blocked', 'plover:block-goods']],
  ['expel-people', 'In 1983 Nigeria expelled about a million Ghanaian migrants.', undefined, ['conflict_or_incident', 'COERCE', 'asserted', 'expelled', 'plover:expel-people']],
  ['withdraw-envoy', 'Ottawa pulled out 41 of its diplomats from India on 20 October 2023.', undefined, ['conflict_or_incident', 'SANCTION', 'asserted', 'pulled out', 'plover:withdraw-envoy']],
  [
    'send-forces',
    'Ankara sent two corvettes to escort the survey vessel on Thursday.',
    '2020-08-14',
    ['conflict_or_incident', 'MOBILIZE', 'asserted', 'sent two corvettes to escort the survey vessel on Thursday', 'plover:send-forces'],
  ],
  [
    'kill-civilians',
    'Border guards opened fire on a crowd of villagers on 2 June 2022, killing four civilians.',
    undefined,
    ['conflict_or_incident', 'ASSAULT', 'asserted', 'killing four civilians', 'plover:kill-civilians'],
  ],
  ['contribute-troops', 'Fiji contributed troops to the UN mission in Lebanon from 1978.', undefined, ['security_cooperation', 'COOPERATE', 'asserted', 'contributed', 'plover:contribute-troops']],
  [
    'peacekeepers-sent',
    'Fiji sent 200 soldiers to the UN peacekeeping mission in Lebanon in 2019.',
    undefined,
    ['security_cooperation', 'COOPERATE', 'asserted', 'sent 200 soldiers', 'plover:peacekeepers-sent'],
  ],
  ['session', '2016: Second session of the Fiji–Samoa Joint Commission.', undefined, ['dialogue_mechanism', 'CONSULT', 'asserted', 'session of the Fiji–Samoa Joint Commission', 'plover:session']],
  [
    'document-signed',
    '2021-07-09: Memorandum of Understanding on the Rusumo border post signed.',
    undefined,
    ['agreement_signed', 'AGREE', 'asserted', 'on the Rusumo border post signed', 'plover:document-signed'],
  ],
  [
    'ordered-to-leave',
    'In March 1998, Gabon ordered all undocumented foreigners to leave within 30 days.',
    undefined,
    ['conflict_or_incident', 'COERCE', 'asserted', 'ordered all undocumented foreigners to leave within 30 days', 'plover:ordered-to-leave'],
  ],
  [
    'forces-moved',
    'Two Australian warships sailed through the Taiwan Strait on 9 May 2020.',
    undefined,
    ['conflict_or_incident', 'MOBILIZE', 'asserted', 'sailed through the Taiwan Strait on 9 May 2020', 'plover:forces-moved'],
  ],
  // Farmers attacked by a militia: violence against civilians.
  ['kill-civilians', 'Ethiopian militiamen attacked Sudanese farmers in al-Fashaga on Tuesday.', '2021-06-03', ['conflict_or_incident', 'ASSAULT', 'asserted', 'attacked', 'plover:kill-civilians']],
  ['insist-denial', 'Addis Ababa insisted on Friday that its troops had not crossed the border.', '2021-12-03', ['conflict_or_incident', 'REJECT', 'asserted', 'insisted', 'plover:insist-denial']],
  ['must-do', 'Addis Ababa said on Friday that Sudanese troops must withdraw from the area.', '2021-06-03', ['conflict_or_incident', 'DEMAND', 'asserted', 'withdraw', 'plover:must-do']],
  ['vow-to-retaliate', 'Santiago vowed on Wednesday to defend its sovereign rights in the zone.', '2023-03-08', ['conflict_or_incident', 'THREATEN', 'asserted', 'vowed', 'plover:vow-to-retaliate']],
  [
    'cut-off',
    'Quito paused negotiations on a free trade agreement with Lima on Wednesday.',
    '2023-11-09',
    ['conflict_or_incident', 'SANCTION', 'asserted', 'negotiations on a free trade', 'plover:cut-off'],
  ],
  // An ordinary act stopped: visas no longer issued restrict exchange.
  ['cut-off', 'Dhaka stopped issuing visas to Burmese nationals on 2 October 2022.', undefined, ['conflict_or_incident', 'SANCTION', 'asserted', 'issuing', 'plover:cut-off']],
  // What is cut off in a plan keeps its mode: a future a speaker reports ("said it would") is planned (plan-finder.ts).
  ['cut-off', 'Quito said on Wednesday it would suspend talks on the border with Lima.', '2023-11-09', ['conflict_or_incident', 'SANCTION', 'planned', 'talks', 'plover:cut-off']],
  ['offer', 'Accra offered on Tuesday to hold talks with Lomé in a third country.', '2023-11-09', ['summit_or_meeting', 'AGREE', 'asserted', 'talks', 'plover:offer']],
  // What a state agrees or pledges to do is its agreement, made now.
  ['agreed-to', 'On 3 May 2020 Nairobi and Kampala agreed to resume talks on the border.', undefined, ['summit_or_meeting', 'AGREE', 'asserted', 'talks', 'plover:agreed-to']],
  // Forces sent for a joint exercise cooperate with the host; sent alone they are a show of force.
  [
    'joint-exercise',
    'Bolivian Air Force jets deployed to Chile on 4 May 2021 for a joint exercise.',
    undefined,
    ['security_cooperation', 'COOPERATE', 'asserted', 'deployed', 'plover:joint-exercise'],
  ],
  // Patrol vessels that board another's boats act on them: no equipment shared.
  [
    'vessels-acting',
    'On 5 August 2023 Spanish patrol boats chased and boarded two Moroccan fishing boats.',
    undefined,
    ['conflict_or_incident', 'COERCE', 'asserted', 'patrol boats', 'plover:vessels-acting'],
  ],
  // A lease or an agreement ended is a cooperative relation terminated.
  [
    'end-agreement',
    "In November 2019 Panama ended Costa Rica's lease of the two border farms.",
    undefined,
    ['other', 'SANCTION', 'asserted', "ended Costa Rica's lease of the two border farms", 'plover:end-agreement'],
  ],
  // A penalty the speaker "would not hesitate" to impose is threatened, not denied.
  [
    'not-hesitate',
    'Riga said on Tuesday it would "not hesitate" to expel Russian diplomats if the incursions continued.',
    '2021-06-10',
    ['conflict_or_incident', 'THREATEN', 'asserted', 'expel', 'plover:not-hesitate'],
  ],
  ['promise', 'Chile will finance up to $40 million of the Bolivian port works, the ministry said on Monday.', '2022-06-08', ['aid_commitment', 'AGREE', 'planned', 'finance', 'plover:promise']],
  // Session 17: aircraft in another's airspace are an incursion, a show of force.
  ['incursion', 'On 4 March 2022 Turkish jets violated Greek airspace.', undefined, ['conflict_or_incident', 'MOBILIZE', 'asserted', 'violated Greek airspace', 'plover:incursion']],
  // A crowd tear gas was fired at is repressed: the trigger names the crowd, not a protest made.
  ['crowd-repressed', 'On 9 May 2023 Kenyan riot police fired tear gas at Ugandan protesters.', undefined, ['conflict_or_incident', 'COERCE', 'asserted', 'protesters', 'plover:crowd-repressed']],
  [
    'crowd-repressed',
    'On 9 May 2023 police dispersed hundreds of demonstrators outside the Kenyan embassy.',
    undefined,
    ['conflict_or_incident', 'COERCE', 'asserted', 'demonstrators', 'plover:crowd-repressed'],
  ],
  // Another's garrison driven out is force used on it, not relations reduced.
  ['expel-people', 'In January 1833 Chilean forces expel a Peruvian garrison from the islands.', undefined, ['conflict_or_incident', 'COERCE', 'asserted', 'expel', 'plover:expel-people']],
  // A state of emergency declared restricts people; another's trawlers boarded are acted on by force.
  [
    'emergency-rule',
    'Ghana and Togo share a border. In August 2021 Togo declared a state of emergency along the border.',
    undefined,
    ['conflict_or_incident', 'COERCE', 'asserted', 'declared a state of emergency along the border', 'plover:emergency-rule'],
  ],
  [
    'vessels-boarded',
    'Peru and Ecuador\n\n2019 - Peruvian sailors board two Ecuadorian trawlers off Tumbes.',
    undefined,
    ['conflict_or_incident', 'COERCE', 'asserted', 'sailors board two Ecuadorian trawlers off Tumbes', 'plover:vessels-boarded'],
  ],
  // Captives named by their capture in the object of a release are released: the release is the act.
  ['released-captives', 'On 3 May 2021 Lomé returned the seized Ghanaian fishing boats.', undefined, ['conflict_or_incident', 'CONCEDE', 'asserted', 'seized', 'plover:released-captives']],
  // A retaliation told as done by a penalty is the penalty, not a threat; talks of a kind suspended are cut off.
  [
    'retaliated-by-sanction',
    'On 3 May 2021 Minsk retaliated by expelling two Latvian diplomats.',
    undefined,
    ['conflict_or_incident', 'SANCTION', 'asserted', 'retaliated', 'plover:retaliated-by-sanction'],
  ],
  ['cut-off', 'Ottawa suspended trade talks with New Delhi on Friday.', '2023-09-16', ['conflict_or_incident', 'SANCTION', 'asserted', 'talks', 'plover:cut-off']],
  // Shots fired into the air to stop people are force short of harm.
  [
    'warning-shots',
    'On 3 May 2021 Bulgarian border guards fired shots in the air to stop migrants crossing from Turkey.',
    undefined,
    ['conflict_or_incident', 'COERCE', 'asserted', 'fired shots in the air to stop migrants crossing from Turkey', 'plover:warning-shots'],
  ],
  // Demands accepted are yielded to: the acceptance is the act.
  ['accepted-demands', "On 3 May 2021 Lomé accepted Ghana's demands.", undefined, ['conflict_or_incident', 'CONCEDE', 'asserted', 'demands', 'plover:accepted-demands']],
  ['block-goods', 'On 3 May 2021 Nairobi blocked Ugandan lorries at the Busia crossing.', undefined, ['conflict_or_incident', 'SANCTION', 'asserted', 'blocked', 'plover:block-goods']],
  // Aid delivered to the other side is aid given, not an exchange.
  ['aid-delivered', 'On 3 June 2022 Ghana delivered 30 tonnes of food aid to Burkina Faso.', undefined, ['other', 'AID', 'asserted', 'delivered', 'plover:aid-delivered']],
  ['asylum', 'On 3 June 2022 Quito granted asylum to a former Peruvian minister.', undefined, ['other', 'AID', 'asserted', 'granted', 'plover:asylum']],
  ['lawsuit', 'On 3 June 2022 Guyana filed a case against Venezuela at the International Court of Justice.', undefined, ['conflict_or_incident', 'DISAPPROVE', 'asserted', 'filed', 'plover:lawsuit']],
  [
    'welcomed-act',
    "On 3 June 2022 Lomé welcomed Ghana's decision to reopen the border.",
    undefined,
    ['other', 'SUPPORT', 'asserted', "welcomed Ghana's decision to reopen the border", 'plover:welcomed-act'],
  ],
  ['phone-call', 'On 3 June 2022 the Ghanaian and Togolese presidents spoke by telephone.', undefined, ['summit_or_meeting', 'CONSULT', 'asserted', 'spoke by telephone', 'plover:phone-call']],
  [
    'diplomats-ordered-out',
    'On 3 June 2022 Accra ordered two Togolese diplomats to leave the country.',
    undefined,
    ['conflict_or_incident', 'SANCTION', 'asserted', 'ordered two Togolese diplomats to leave the country', 'plover:diplomats-ordered-out'],
  ],
  // Session 18: a signature withdrawn ends what was agreed; an envoy asked to leave is expelled.
  [
    'withdraw-signature',
    'On 12 May 2019 Bogotá withdrew its signature from the fisheries protocol.',
    undefined,
    ['conflict_or_incident', 'SANCTION', 'asserted', 'withdrew', 'plover:withdraw-signature'],
  ],
  [
    'diplomats-told-to-leave',
    "On 3 June 2022 Vilnius asked the Belarusian chargé d'affaires to leave.",
    undefined,
    ['conflict_or_incident', 'SANCTION', 'asserted', 'asked', 'plover:diplomats-told-to-leave'],
  ],
  // An army abolished is demobilised; visa rules tightened restrict the other side; drones shot down are combat.
  ['forces-disbanded', 'Panama abolished its armed forces in 1990.', undefined, ['other', 'RETREAT', 'asserted', 'abolished', 'plover:forces-disbanded']],
  [
    'entry-tightened',
    'In March 2023 Ghana tightened visa rules for Togolese officials.',
    undefined,
    ['other', 'SANCTION', 'asserted', 'tightened visa rules for Togolese officials', 'plover:entry-tightened'],
  ],
  [
    'projectiles-intercepted',
    'On 3 May 2024 Romanian jets intercepted Russian drones over Tulcea.',
    undefined,
    ['conflict_or_incident', 'FIGHT', 'asserted', 'intercepted', 'plover:projectiles-intercepted'],
  ],
  // A trade deal negotiated is talks held; a crackdown on protests is the repression.
  [
    'talks-on-agreement',
    'Chile and Peru negotiated a free trade deal in 2005.',
    undefined,
    ['trade_or_investment_milestone', 'CONSULT', 'asserted', 'negotiated a free trade', 'plover:talks-on-agreement'],
  ],
  [
    'crowd-repressed',
    "Zimbabwe's crackdown on the protests of January 2019 strained ties with Pretoria.",
    undefined,
    ['conflict_or_incident', 'COERCE', 'asserted', 'protests', 'plover:crowd-repressed'],
  ],
  // Patrol boats handed over are military aid; a freight train dispatched is a trade link, not forces moved.
  [
    'equipment-handed-over',
    'On 3 May 2023 Seoul handed over three patrol boats to the Vietnamese coast guard.',
    undefined,
    ['security_cooperation', 'AID', 'asserted', 'patrol boats', 'plover:equipment-handed-over'],
  ],
  ['equipment-given', 'On 3 May 2023 Canberra handed over a Guardian-class patrol boat to Tonga.', undefined, ['other', 'AID', 'asserted', 'handed', 'plover:equipment-given']],
  [
    'freight-dispatched',
    'The first container train from Almaty to Tashkent was dispatched on 3 May 2024.',
    undefined,
    ['trade_or_investment_milestone', 'COOPERATE', 'asserted', 'dispatched', 'plover:freight-dispatched'],
  ],
  // Troops that leave withdraw; people a court orders held are detained.
  ['forces-left', 'Syrian troops left Lebanon in April 2005.', undefined, ['other', 'RETREAT', 'asserted', 'left Lebanon in April 2005', 'plover:forces-left']],
  [
    'ordered-held',
    'On 3 May 2021 a court in Accra ordered the two Togolese fishermen held for 14 days.',
    undefined,
    ['conflict_or_incident', 'COERCE', 'asserted', 'ordered the two Togolese fishermen held for 14 days', 'plover:ordered-held'],
  ],
  // Guards released and prisoners amnestied are yielded; talks launched are talks; inspectors sent investigate.
  [
    'people-released',
    'Tashkent released the 12 Kyrgyz border guards on Wednesday.',
    '2024-03-08',
    ['other', 'CONCEDE', 'asserted', 'released the 12 Kyrgyz border guards on Wednesday', 'plover:people-released'],
  ],
  ['amnesty', 'Caracas granted amnesty to 20 Colombian prisoners on Monday.', '2024-03-08', ['other', 'CONCEDE', 'asserted', 'granted', 'plover:amnesty']],
  ['talks-launched', 'Canberra and Jakarta launched negotiations on a defence pact on Monday.', '2024-03-08', ['other', 'CONSULT', 'asserted', 'launched', 'plover:talks-launched']],
  ['inspectors-sent', 'The UN sent inspectors to the plant on Monday.', '2024-03-08', ['other', 'INVESTIGATE', 'asserted', 'sent inspectors to the plant on Monday', 'plover:inspectors-sent']],
  // A sum a state announced it would pay is aid; troops camped on an island occupy it.
  [
    'money-given',
    'In December 2024 Wellington announced it would pay NZ$60 million over five years to build a stadium in Apia.',
    undefined,
    ['aid_commitment', 'AID', 'asserted', 'announced it would pay NZ$60 million over five years to build a stadium in Apia', 'plover:money-given'],
  ],
  [
    'forces-occupy',
    'Nicaraguan troops set up camp on the disputed island in October 2010.',
    undefined,
    ['conflict_or_incident', 'FIGHT', 'asserted', 'set up camp on the disputed island in October 2010', 'plover:forces-occupy'],
  ],
];

describe('lexicon/plover.json: the category from the trigger, its object and its mode', () => {
  it.each(CASES)('%s: %s', (_id, text, date, expected) => {
    expect(events(text, date)).toContainEqual(expected);
  });

  it.each([
    // Diplomats expelled: relations reduced, SANCTION as the trigger says.
    ['Canada expelled two Indian diplomats on 14 October 2024.', ['conflict_or_incident', 'SANCTION', 'asserted', 'expelled', '']],
    // A border closed is a sanction on the neighbour, not repression of people.
    ['Kenya closed its border with Somalia in 2011.', ['conflict_or_incident', 'SANCTION', 'asserted', 'closed', '']],
    // Aid given is aid; only a promise of it is AGREE.
    ['Chile financed the Bolivian port works in 2019.', ['aid_commitment', 'AID', 'asserted', 'financed', '']],
    // Insisting on what another should do is a demand.
    ['Cairo insisted on 3 December 2021 on a binding agreement on the dam.', ['conflict_or_incident', 'DEMAND', 'asserted', 'insisted', '']],
    // Troops withdrawing, told as done: RETREAT.
    ['Sudanese troops withdrew from the area on 4 June 2021.', ['conflict_or_incident', 'RETREAT', 'asserted', 'withdrew', '']],
    // Diplomats and their families expelled: the diplomats decide, SANCTION.
    ['In April 2018 Moscow expelled 23 British diplomats and their families.', ['conflict_or_incident', 'SANCTION', 'asserted', 'expelled', '']],
    // A vow to cooperate is a promise, AGREE.
    ['Santiago vowed on 8 March 2023 to deepen cooperation with Lima on fisheries.', ['other', 'AGREE', 'asserted', 'vowed', '']],
    // Talks held are talks: no offer, no cut-off.
    ['Accra and Lomé held talks on the border on 7 November 2023.', ['summit_or_meeting', 'CONSULT', 'asserted', 'talks', '']],
    // Fighting halted is no sanction: combat is not a cooperative act cut off.
    ['Colombian and Venezuelan troops halted fighting on 3 March 2008.', ['conflict_or_incident', 'FIGHT', 'asserted', 'fighting', '']],
    // Soldiers killed in a clash: combat, FIGHT.
    ['Azerbaijani troops opened fire on an Armenian border post on 13 September 2022, killing two soldiers.', ['conflict_or_incident', 'FIGHT', 'asserted', 'killing two soldiers', '']],
    // Protesters who march make a protest; an agreement violated is no incursion.
    ['Thousands of protesters marched to the Kenyan embassy on 9 May 2023.', ['conflict_or_incident', 'PROTEST', 'asserted', 'marched', '']],
    ['On 4 March 2022 Moscow violated the grain agreement.', ['other', 'OTHER', 'asserted', 'violated the grain agreement', '']],
    // A vow to retaliate is a threat.
    ['On 3 May 2021 Minsk vowed to retaliate against Riga.', ['conflict_or_incident', 'THREATEN', 'asserted', 'vowed to retaliate', '']],
    // Those detained on a day of their own keep their detention; demands made are demands; a guest welcomed is no approval; supplies exchanged are mutual: cooperation, not aid.
    ['On 3 May 2021 Lomé released the sailors detained on Monday.', ['conflict_or_incident', 'COERCE', 'asserted', 'detained', '']],
    ["On 3 May 2021 Lomé rejected Ghana's demands.", ['conflict_or_incident', 'REJECT', 'asserted', 'rejected', '']],
    ['On 3 June 2022 Ghana and Togo exchanged medical supplies.', ['other', 'COOPERATE', 'asserted', 'exchanged', '']],
    ['On 3 June 2022 Lomé welcomed the Ghanaian president to the capital.', ['other', 'OTHER', 'asserted', 'welcomed the Ghanaian president to the capital', '']],
    // Session 18: troops dispatched are still forces moved; troops that withdraw to their bases still retreat; visa rules eased are a concession.
    ['Moscow dispatched troops to the border on 3 May 2024.', ['conflict_or_incident', 'MOBILIZE', 'asserted', 'dispatched troops', '']],
    ['Syrian troops withdrew to their bases in April 2005.', ['conflict_or_incident', 'RETREAT', 'asserted', 'withdrew', '']],
    ['In 2019 Ghana eased visa rules for Togolese traders.', ['conflict_or_incident', 'CONCEDE', 'asserted', 'eased', '']],
    // Vessels sold are trade, not aid.
    ['On 3 May 2023 Seoul transferred two corvettes to Hanoi under a sale agreement.', ['other', 'OTHER', 'asserted', 'transferred', '']],
    // A demand to release someone stays a demand; troops that leave a place to attack do not withdraw.
    ['On 3 June 2022 Vilnius asked Minsk to release the detained journalist.', ['conflict_or_incident', 'DEMAND', 'asserted', 'asked Minsk to release', '']],
    ['Syrian troops left their barracks to shell the town on 3 May 2012.', ['conflict_or_incident', 'ASSAULT', 'asserted', 'left their barracks to shell the town on 3 May 2012', '']],
    // A deal signed after talks is the signing.
    ['A free trade deal with Lima, negotiated since 2005, was signed in 2006.', ['agreement_signed', 'AGREE', 'asserted', 'signed', '']],
    // A report released is no person freed; a sum paid in compensation is a concession, not aid.
    ['On 3 May 2021 Accra released a report on the border dispute with Lomé.', ['other', 'OTHER', 'asserted', 'released a report on the border dispute with Lomé', '']],
    ['In March 2021 Accra announced it would pay $60 million in compensation to Lomé.', ['conflict_or_incident', 'CONCEDE', 'planned', 'compensation', '']],
  ])('leaves the trigger’s category: %s', (text, expected) => {
    expect(events(text)).toContainEqual(expected);
  });

  it('a threat is made when told: its future or condition is its content, not its mode (toldAsMade)', () => {
    expect(events('Moscow said the expulsions would have serious consequences for relations with London.', '2007-07-16')).toContainEqual([
      'conflict_or_incident',
      'THREATEN',
      'asserted',
      'serious consequences',
      '',
    ]);
    expect(ploverRules().toldAsMade).toEqual(new Set(['THREATEN']));
    // A denied threat stays denied; what is threatened keeps its mode.
    expect(events('Cairo did not threaten Addis Ababa with force on 3 June 2013.')).toContainEqual(['conflict_or_incident', 'THREATEN', 'negated', 'threaten', '']);
    expect(events('Addis Ababa warned on Friday that any attack on the dam would be met with force.', '2013-06-08')).toContainEqual(['conflict_or_incident', 'FIGHT', 'hypothetical', 'attack', '']);
  });

  it('has a case for every rule', () => {
    const { byArguments, byMode, byLead, forOther } = ploverRules();
    expect(new Set(CASES.map((c) => c[0]))).toEqual(new Set([...byArguments, ...byMode, ...byLead, ...forOther].map((r) => r.id)));
  });

  it('reads the object of a passive trigger from its subject', () => {
    expect(events('In 1972 some 50,000 traders, most of them Ugandan residents, were expelled by Kenya.')).toContainEqual([
      'conflict_or_incident',
      'COERCE',
      'asserted',
      'expelled',
      'plover:expel-people',
    ]);
  });

  it('expands a class of nouns in a pattern, longest noun first', () => {
    const { objects } = ploverRules();
    const diplomats = new RegExp(objects.get('diplomats')!, 'i');
    expect('the embassy staff left'.match(diplomats)?.[0]).toBe('embassy staff');
    expect(diplomats.test('diplomatic relations')).toBe(false);
  });

  it('refuses a rule with an unknown category, type or mode, naming it', () => {
    const file = readLexicon('plover.json');
    const types = new Set([
      'diplomatic_relations',
      'trade_or_investment_milestone',
      'conflict_or_incident',
      'security_cooperation',
      'aid_commitment',
      'dialogue_mechanism',
      'agreement_signed',
      'summit_or_meeting',
      'other',
    ]);
    expect(() => compilePloverRules(file, 'plover.json', types)).not.toThrow();
    const bad = (patch: object) => () => compilePloverRules({ ...file, byArguments: [{ ...file.byArguments[0], ...patch }] }, 'plover.json', types);
    expect(bad({ to: { type: 'SCOLD', mode: '' } })).toThrow(DyadError);
    expect(bad({ type: 'quarrel' })).toThrow(/byArguments\[0\] "break-relations": "type" must be an event type/);
    expect(bad({ object: '(' })).toThrow(/not a valid regular expression/);
    expect(bad({ object: '{pirates}' })).toThrow(/\{pirates\} names no class of "objects"/);
    expect(() => compilePloverRules({ ...file, objects: { crews: [] } }, 'plover.json', types)).toThrow(/objects.crews: must list its nouns/);
    expect(() => compilePloverRules({ ...file, byMode: [{ ...file.byMode[0], mode: 'someday' }] }, 'plover.json', types)).toThrow(/"mode" must be one of/);
    expect(() => compilePloverRules({ ...file, forOther: [{ ...file.forOther[0], type: 'chat' }] }, 'plover.json', types)).toThrow(/forOther\[0\]: "type" must be an event type/);
    expect(() => compilePloverRules({ ...file, byLead: [{ ...file.byLead[0], from: ['YIELD'] }] }, 'plover.json', types)).toThrow(/byLead\[0\]: "from" must list PLOVER categories/);
  });
});

describe('the doer of an attack (event-types.json recategorise.byAgent)', () => {
  it.each([
    ['A suicide bomber killed 12 people at a market in Kabul on 5 March 2024.', 'ASSAULT'],
    ['Gunmen attacked a bus carrying Pakistani engineers on 5 March 2024.', 'ASSAULT'],
    ['Pakistani troops attacked Afghan border posts on 5 March 2024.', 'FIGHT'],
  ])('%s', (text, category) => {
    expect(events(text).map((e) => e[1])).toEqual([category, ...(/bomber/.test(text) ? [category] : [])]);
  });
});

describe('the doer of a protest', () => {
  it.each([
    ['Hundreds of Uzbek truckers protested at the Kazakh border on 3 March 2022.', 'PROTEST'],
    ['Uzbekistan protested to Kazakhstan over the border queues on 3 March 2022.', 'DISAPPROVE'],
  ])('%s', (text, category) => {
    expect(events(text).map((e) => e[1])).toContain(category);
  });
});
