/**
 * The cases of lexicon/plover.json's rules (src/extract/events/plover-rules.test.ts runs them and
 * checks that every rule has one): [rule id, a sentence written for another pair of states, the
 * document's date, the event expected as [type, category, mode, trigger, the last plover rule]].
 */
export const CASES: [string, string, string | undefined, (string | undefined)[]][] = [
  [
    'break-relations',
    'Bogotá broke off diplomatic relations with Caracas on 23 February 2019.',
    undefined,
    ['diplomatic_relations', 'SANCTION', 'asserted', 'broke off diplomatic relations', 'plover:break-relations'],
  ],
  [
    'hit-by-fire',
    'A Chadian army patrol was hit by Sudanese rocket fire on 9 April 2021.',
    undefined,
    ['other', 'FIGHT', 'asserted', 'hit by Sudanese rocket fire on 9 April 2021', 'plover:hit-by-fire'],
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
    'Ghana and Togo share a border. In August 2021 Togo declared a state of emergency in its northern region.',
    undefined,
    ['conflict_or_incident', 'COERCE', 'asserted', 'declared a state of emergency in its northern region', 'plover:emergency-rule'],
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
    ['conflict_or_incident', 'COERCE', 'asserted', 'fired', 'plover:warning-shots'],
  ],
  // Demands accepted are yielded to: the acceptance is the act.
  ['accepted-demands', "On 3 May 2021 Lomé accepted Ghana's demands.", undefined, ['conflict_or_incident', 'CONCEDE', 'asserted', 'demands', 'plover:accepted-demands']],
  [
    'accepted-responsibility',
    'Tanzania accepted responsibility for the border shooting on 3 March 2026.',
    '2026-03-10',
    ['other', 'CONCEDE', 'asserted', 'accepted', 'plover:accepted-responsibility'],
  ],
  // Refugees taken in are given refuge (AID); migrants or goods taken in, cooperation: accepting people is no agreement (session 31, issue 11).
  ['accepted-refugees', 'In March 2022 Tanzania accepted about 2,000 refugees from Burundi.', undefined, ['other', 'AID', 'asserted', 'accepted', 'plover:accepted-refugees']],
  ['accepted-people-goods', 'On 4 May 2021 Senegal accepted 150 Gambian migrants returned from Mauritania.', undefined, ['other', 'COOPERATE', 'asserted', 'accepted', 'plover:accepted-people-goods']],
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
  // Session 24: a minister, an envoy or a counterpart received or briefed is a meeting held.
  [
    'visitor-received',
    "Zambia's president received Malawi's foreign minister on 3 March 2026.",
    undefined,
    ['summit_or_meeting', 'CONSULT', 'asserted', "received Malawi's foreign minister on 3 March 2026", 'plover:visitor-received'],
  ],
  // Session 24: a vote for a resolution or a bid backs it; a vote against turns it down.
  ['voted-for', 'In 2019 Zambia voted in favour of the Malawian resolution.', undefined, ['other', 'SUPPORT', 'asserted', 'voted', 'plover:voted-for']],
  ['voted-against', 'In 2019 Zambia voted against the Malawian resolution.', undefined, ['other', 'REJECT', 'asserted', 'voted', 'plover:voted-against']],
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
    'equipment-given',
    'On 3 May 2023 Seoul handed over three patrol boats to the Vietnamese coast guard.',
    undefined,
    ['security_cooperation', 'AID', 'asserted', 'patrol boats', 'plover:equipment-given'],
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
    'Ljubljana released the 12 Croatian border guards on Wednesday.',
    '2024-03-08',
    ['other', 'CONCEDE', 'asserted', 'released the 12 Croatian border guards on Wednesday', 'plover:people-released'],
  ],
  ['amnesty', 'Montevideo granted amnesty to 20 Argentine prisoners on Monday.', '2024-03-08', ['other', 'CONCEDE', 'asserted', 'granted', 'plover:amnesty']],
  ['talks-launched', 'Prague and Bratislava launched negotiations on a defence pact on Monday.', '2024-03-08', ['other', 'CONSULT', 'asserted', 'launched', 'plover:talks-launched']],
  ['inspectors-sent', 'The UN sent inspectors to the plant on Monday.', '2024-03-08', ['other', 'INVESTIGATE', 'asserted', 'sent inspectors to the plant on Monday', 'plover:inspectors-sent']],
  // A sum a state announced it would pay is aid; troops camped on an island occupy it.
  [
    'money-given',
    'In December 2024 Maseru announced it would pay 60 million rand over four years for clinics in Eswatini.',
    undefined,
    ['aid_commitment', 'AID', 'asserted', 'announced it would pay 60 million rand over four years for clinics in Eswatini', 'plover:money-given'],
  ],
  [
    'forces-occupy',
    'Nicaraguan troops set up camp on the disputed island in October 2010.',
    undefined,
    ['conflict_or_incident', 'FIGHT', 'asserted', 'set up camp on the disputed island in October 2010', 'plover:forces-occupy'],
  ],
  // Session 18: barbs traded are criticism, views exchanged are talks, concern voiced is disapproval, an issue raised with another is consultation.
  ['words-traded', 'Zagreb and Ljubljana traded barbs over the history issue on Monday.', '2024-03-08', ['conflict_or_incident', 'DISAPPROVE', 'asserted', 'traded', 'plover:words-traded']],
  ['views-exchanged', 'Tirana and Podgorica exchanged views on the region on Monday.', '2024-03-08', ['other', 'CONSULT', 'asserted', 'exchanged', 'plover:views-exchanged']],
  ['concerns-voiced', 'Bratislava voiced concern about the Czech survey on Monday.', '2024-03-08', ['conflict_or_incident', 'DISAPPROVE', 'asserted', 'voiced', 'plover:concerns-voiced']],
  ['issue-raised', 'Cairo raised the issue with Washington on Monday.', '2024-03-08', ['other', 'CONSULT', 'asserted', 'raised the issue with Washington on Monday', 'plover:issue-raised']],
  // Measures called a retaliation are judged, not threatened; a retaliation by dropping a partner from a list is the penalty.
  [
    'characterised-as',
    'Ljubljana called the measures a clear economic retaliation on Monday.',
    '2024-03-08',
    ['conflict_or_incident', 'DISAPPROVE', 'asserted', 'retaliation', 'plover:characterised-as'],
  ],
  [
    'retaliated-by-sanction',
    'Ljubljana retaliated on Monday by dropping Croatia from its own list of trusted partners.',
    '2024-03-08',
    ['conflict_or_incident', 'SANCTION', 'asserted', 'retaliated', 'plover:retaliated-by-sanction'],
  ],
  // A state's independence gained or declared settles its status: AGREE, not OTHER.
  ['independence', 'Timor-Leste regained its independence in May 2002.', undefined, ['other', 'AGREE', 'asserted', 'independence in', 'plover:independence']],
  ['independence', '1960: Senegal becomes independent.', undefined, ['other', 'AGREE', 'asserted', 'becomes independent', 'plover:independence']],
  // A package blocked in a body is vetoed; compensation sought is demanded; a cooperative act another must do is a demand.
  ['decision-blocked', "On 3 March 2024 Bratislava blocked the EU's aid package for Moldova.", undefined, ['conflict_or_incident', 'REJECT', 'asserted', 'blocked', 'plover:decision-blocked']],
  ['sought-yield', 'On 3 March 2024 Windhoek sought compensation for the damage.', undefined, ['conflict_or_incident', 'DEMAND', 'asserted', 'compensation', 'plover:sought-yield']],
  ['must-do', 'On 3 March 2024 Slovenia said Croatia must restore the rights of its Slovene minority.', undefined, ['other', 'DEMAND', 'asserted', 'restore', 'plover:must-do']],
  // A bridge opened with no word of funding by one side is a joint project, not aid.
  [
    'project-built',
    'The New Europe Bridge across the Danube between Vidin and Calafat was opened in June 2013.',
    undefined,
    ['aid_project', 'COOPERATE', 'asserted', 'Bridge across the Danube between Vidin and Calafat was opened', 'plover:project-built'],
  ],
  // Support reiterated and thanks for assistance are praise; a commitment reaffirmed is a promise; another's contribution welcomed is backed.
  ['support-expressed', "On 3 March 2024 Apia reiterated its full support for Wellington's position.", undefined, ['other', 'SUPPORT', 'asserted', 'reiterated', 'plover:support-expressed']],
  [
    'support-expressed',
    'On 3 March 2024 Samoa expressed gratitude to New Zealand for the assistance.',
    undefined,
    ['other', 'SUPPORT', 'asserted', 'expressed gratitude to New Zealand for the assistance', 'plover:support-expressed'],
  ],
  ['commitment-reaffirmed', 'On 3 March 2024 Lima reaffirmed its commitment to the peace accord.', undefined, ['other', 'AGREE', 'asserted', 'reaffirmed', 'plover:commitment-reaffirmed']],
  [
    'welcomed-act',
    "On 3 March 2024 Namibia welcomed Botswana's contribution to the peace process.",
    undefined,
    ['other', 'SUPPORT', 'asserted', "welcomed Botswana's contribution to the peace process", 'plover:welcomed-act'],
  ],
  // Captives a passive tells freed are released; regret for one's own acts is an apology.
  ['captives-freed', 'On 3 March 2024 the detained fishermen were freed.', undefined, ['conflict_or_incident', 'CONCEDE', 'asserted', 'detained', 'plover:captives-freed']],
  ['regret-for', 'In 2002 Islamabad expressed regret for the events of 1971.', undefined, ['conflict_or_incident', 'CONCEDE', 'asserted', 'expressed regret', 'plover:regret-for']],
  // Patrol boats sent to a disputed place are a show of force.
  ['vessels-sent', 'On 3 May 2023 Zagreb sent two patrol boats to Piran Bay.', undefined, ['security_cooperation', 'MOBILIZE', 'asserted', 'patrol boats', 'plover:vessels-sent']],
  // A fence built along the border is a show of force, not a project.
  ['border-fortified', 'Riga built a 200-kilometre fence along the border with Belarus in 2023.', undefined, ['other', 'MOBILIZE', 'asserted', 'built', 'plover:border-fortified']],
  // A retaliation told as done is the penalty; a pact not renewed ends.
  [
    'in-retaliation',
    'In retaliation, Ljubljana removed Croatia from its list of trusted trading partners on Monday.',
    '2019-08-23',
    ['conflict_or_incident', 'SANCTION', 'asserted', 'retaliation', 'plover:in-retaliation'],
  ],
  [
    'retaliation-imposed',
    'Ljubljana announced retaliatory measures against Zagreb on Monday.',
    '2019-08-23',
    ['conflict_or_incident', 'SANCTION', 'asserted', 'retaliatory', 'plover:retaliation-imposed'],
  ],
  [
    'not-renewed',
    'Ljubljana decided on Thursday not to renew the General Security of Military Information Agreement with Zagreb.',
    '2019-08-23',
    ['other', 'SANCTION', 'asserted', 'decided on Thursday not to renew the General Security of Military Information Ag', 'plover:not-renewed'],
  ],
  // Gas deliveries stopped are a sanction; people charged with a crime are coerced; an appeal ignored is refused; a ceasefire that collapsed is fighting.
  ['supplies-stopped', 'On 3 March 2024 Bucharest stopped gas deliveries to Moldova.', undefined, ['other', 'SANCTION', 'asserted', 'stopped gas deliveries to Moldova', 'plover:supplies-stopped']],
  [
    'charged-with',
    'On 3 March 2024 Namibian prosecutors charged two Zambian citizens with smuggling.',
    undefined,
    ['conflict_or_incident', 'COERCE', 'asserted', 'charged two Zambian citizens with smuggling', 'plover:charged-with'],
  ],
  ['appeal-ignored', "On 3 March 2024 Bratislava ignored the EU's appeal.", undefined, ['conflict_or_incident', 'REJECT', 'asserted', 'ignored', 'plover:appeal-ignored']],
  ['ceasefire-broken', 'On 3 March 2024 the ceasefire collapsed.', undefined, ['conflict_or_incident', 'FIGHT', 'asserted', 'ceasefire', 'plover:ceasefire-broken']],
  // A removal from a list approved by a cabinet is the penalty decided.
  [
    'penalty-approved',
    "Slovenia's cabinet approved the removal of Croatia from its list of trusted trading partners on Friday.",
    '2019-08-02',
    ['conflict_or_incident', 'SANCTION', 'asserted', 'cabinet approved', 'plover:penalty-approved'],
  ],
  // A statement that another must act is a demand, whatever the sentiment of its words.
  [
    'said-must',
    "Uruguay recalled its ambassador from Buenos Aires on Monday after Argentine patrol boats seized two Uruguayan trawlers.\n\nUruguay's Foreign Minister Ana Torres said Argentina must release the trawlers immediately.",
    '2023-03-08',
    ['other', 'DEMAND', 'asserted', 'said Argentina must release the trawlers immediately', 'plover:said-must'],
  ],
  // A military operation launched is fighting begun.
  [
    'operation-launched',
    'On 3 May 2021 Rwanda launched a military operation in northern Mozambique.',
    undefined,
    ['conflict_or_incident', 'FIGHT', 'asserted', 'launched', 'plover:operation-launched'],
  ],
  // Session 19: a courtesy call, a protest note, an invasion called off, aid thanked with its date, a named dialogue,
  // negotiations on an agreement, an award declared null, relations lowered, retaliation promised, a joint survey.
  ['courtesy-call', "Nepal's foreign minister called on the Prime Minister of Bhutan on 3 May 2024.", undefined, ['summit_or_meeting', 'CONSULT', 'asserted', 'called on', 'plover:courtesy-call']],
  // Session 25: a party's general secretary or a chairman called on is a courtesy call too (a visit's programme: "laid a wreath …,
  // called on the General Secretary of the Communist Party … and met …"); "called on Helsinki to release" stays a demand.
  [
    'courtesy-call',
    'On 3 May 2024 the Latvian Prime Minister laid a wreath at the war memorial in Helsinki, called on the General Secretary of the Social Democratic Party, and met the Speaker.',
    undefined,
    ['summit_or_meeting', 'CONSULT', 'asserted', 'called on', 'plover:courtesy-call'],
  ],
  [
    'courtesy-call',
    "Latvia's foreign minister called on the Chairman of the Finnish parliament's foreign affairs committee on 3 May 2024.",
    undefined,
    ['summit_or_meeting', 'CONSULT', 'asserted', 'called on', 'plover:courtesy-call'],
  ],
  [
    'protest-note',
    "On 3 May 2024 Tunisia's foreign ministry summoned the Libyan ambassador and handed him a note of protest.",
    undefined,
    ['conflict_or_incident', 'DISAPPROVE', 'asserted', 'protest', 'plover:protest-note'],
  ],
  [
    'called-off',
    'In March 2011 Honduras massed troops for an invasion of Guatemala that was called off two days later.',
    undefined,
    ['conflict_or_incident', 'RETREAT', 'asserted', 'invasion', 'plover:called-off'],
  ],
  ['aid-thanked', 'The Maldivian side thanked Sri Lanka for its assistance in the rescue of 40 fishermen in June 2024.', undefined, ['other', 'AID', 'asserted', 'thanked', 'plover:aid-thanked']],
  [
    'named-dialogue',
    'The two sides agreed to hold the next Security Cooperation Dialogue in Colombo in March 2027.',
    undefined,
    ['dialogue_mechanism', 'CONSULT', 'asserted', 'Security Cooperation', 'plover:named-dialogue'],
  ],
  [
    'negotiations-on',
    'The third round of negotiations on a bilateral investment treaty, launched in May 2023, was held in Lilongwe.',
    undefined,
    ['trade_or_investment_milestone', 'CONSULT', 'asserted', 'investment treaty, launched', 'plover:negotiations-on'],
  ],
  [
    'declared-null',
    "Paraguay's supreme court declared the 1995 fisheries accord with Uruguay null in March 2001.",
    undefined,
    ['other', 'REJECT', 'asserted', 'declared the 1995 fisheries accord with Uruguay null in March 2001', 'plover:declared-null'],
  ],
  [
    'relations-lowered',
    "In 2014 Tunisia and Libya lowered their relations to the level of chargés d'affaires.",
    undefined,
    ['diplomatic_relations', 'SANCTION', 'asserted', "lowered their relations to the level of chargés d'affaires", 'plover:relations-lowered'],
  ],
  [
    'retaliatory-measures',
    'Libya responded on Tuesday by saying it would take reciprocal measures, without giving details.',
    '2024-05-08',
    ['conflict_or_incident', 'THREATEN', 'asserted', 'responded on Tuesday by saying it would take reciprocal measures', 'plover:retaliatory-measures'],
  ],
  [
    'joint-activity',
    'In February 2022 the navies of Sri Lanka and the Maldives conducted a joint hydrographic survey near Addu.',
    undefined,
    ['other', 'COOPERATE', 'asserted', 'conducted', 'plover:joint-activity'],
  ],
  // An act of force rejected is condemned; the detained questioned are investigated.
  [
    'act-rejected',
    'Foreign Minister Ana Ruiz told the Honduran ambassador on Tuesday that Guatemala "firmly rejects" the seizure of its trawler.',
    '2025-03-05',
    ['conflict_or_incident', 'DISAPPROVE', 'asserted', 'rejects', 'plover:act-rejected'],
  ],
  [
    'detained-questioned',
    'Police said on Tuesday the detained Zambians were being questioned about the smuggling ring.',
    '2025-03-05',
    ['conflict_or_incident', 'INVESTIGATE', 'asserted', 'detained', 'plover:detained-questioned'],
  ],
  // Captives exchanged are released; suspects handed over are judicial cooperation.
  [
    'captives-exchanged',
    'A Malawian trader was arrested in Lusaka in 2019; he was exchanged a year later at the Mwami border post.',
    undefined,
    ['other', 'CONCEDE', 'asserted', 'exchanged', 'plover:captives-exchanged'],
  ],
  ['suspects-handed-over', 'Zambia handed over 12 suspected smugglers to Malawi in July 2021.', undefined, ['other', 'COOPERATE', 'asserted', 'suspected', 'plover:suspects-handed-over']],
  // Cooperation named as a document's subject is the document agreed; independence told by an untyped clause is AGREE.
  [
    'named-document',
    'Zambia and Malawi: 2007 Joint Declaration on Security Cooperation issued (13 March).',
    undefined,
    ['security_cooperation', 'AGREE', 'asserted', 'Security Cooperation', 'plover:named-document'],
  ],
  [
    'independence-told',
    'The island republic, administered by Portugal for most of the century, became independent on 12 March 1968.',
    undefined,
    ['other', 'AGREE', 'asserted', 'administered', 'plover:independence-told'],
  ],
  // A state that says it would not sign rejects the agreement.
  [
    'refused-to',
    'On 16 November 2023 the foreign minister said that Zambia would not sign the water deal.',
    undefined,
    ['agreement_signed', 'REJECT', 'asserted', 'sign the water deal', 'plover:refused-to'],
  ],
  // An incident raised with others is a consultation about it.
  [
    'incident-raised',
    'The minister said on Thursday she would raise the latest incident with regional defence chiefs in Lusaka next week.',
    '2026-05-14',
    ['summit_or_meeting', 'CONSULT', 'planned', 'incident', 'plover:incident-raised'],
  ],
  // The remains of another's dead handed over, or reparations paid, yield to the other's claim (session 22).
  ['reparations-paid', 'In June 2019 Namibia handed over the remains of two Botswana soldiers at the Ngoma bridge.', undefined, ['other', 'CONCEDE', 'asserted', 'handed', 'plover:reparations-paid']],
  // A joint body founded is cooperation; its sessions are consultations (session 22).
  [
    'body-created',
    'In March 2016 Namibia and Botswana established a joint permanent commission on trade.',
    undefined,
    ['dialogue_mechanism', 'COOPERATE', 'asserted', 'established a joint permanent commission', 'plover:body-created'],
  ],
  // An agreement told by what it allows or opens is the agreement.
  [
    'agreement-provides',
    '2004 - A transport agreement opens rail and road links between Zambia and Malawi.',
    undefined,
    ['other', 'AGREE', 'asserted', 'transport agreement opens rail and road links between Zambia and Malawi', 'plover:agreement-provides'],
  ],
  [
    'agreement-allows',
    'March 2011 - An agreement allows Zambian traders to visit Malawi and restores a weekly bus service.',
    undefined,
    ['leader_visit', 'AGREE', 'asserted', 'visit', 'plover:agreement-allows'],
  ],
  // Session 29: a ceasefire the clause says was agreed or signed is that agreement (a ceasefire taking effect stays RETREAT).
  [
    'ceasefire-agreed',
    'Mongolian and Kazakh border units agreed a ceasefire on 14 March 2024 after two days of clashes.',
    undefined,
    ['conflict_or_incident', 'AGREE', 'asserted', 'ceasefire', 'plover:ceasefire-agreed'],
  ],
  // Session 29: a penalty of one's own making suspended, waived or scrapped is taken back (RETREAT), not imposed.
  [
    'penalty-lifted',
    'On 3 May 2024 Lima agreed to suspend for 90 days the punitive tariffs it had imposed on Brazilian steel.',
    undefined,
    ['conflict_or_incident', 'RETREAT', 'asserted', 'punitive tariffs', 'plover:penalty-lifted'],
  ],
  // Gas flows from one side to the other beginning: economic cooperation.
  ['supplies-begin', '1 January 2020: Gas flows from Zambia to Malawi begin.', undefined, ['other', 'COOPERATE', 'asserted', 'flows from Zambia to Malawi begin', 'plover:supplies-begin']],
  // Session 31: territory seized by force is occupation (FIGHT); a diplomat summoned in the passive is the host's complaint;
  // an exercise held with another's forces is a joint one (COOPERATE).
  ['territory-seized', 'In October 1993 Armenian forces captured the district of Zangilan.', undefined, ['conflict_or_incident', 'FIGHT', 'asserted', 'captured', 'plover:territory-seized']],
  // The territory noun heads the object when a preposition, a date or the clause's end follows it.
  ['territory-seized', 'Malawian troops captured the border village near Chitipa on 6 March 2024.', undefined, ['conflict_or_incident', 'FIGHT', 'asserted', 'captured', 'plover:territory-seized']],
  // Session 35: a person shot dead, or who died after being stabbed, is violence outside combat.
  [
    'killed-outside-combat',
    'A Malawian trader was shot dead by a Zambian soldier near Chitipa on 3 May 2023.',
    undefined,
    ['conflict_or_incident', 'ASSAULT', 'asserted', 'shot dead by a Zambian soldier', 'plover:killed-outside-combat'],
  ],
  [
    'killed-outside-combat',
    'In May 2023 a Kenyan soldier died after being stabbed at the border fence near Busia.',
    undefined,
    ['conflict_or_incident', 'ASSAULT', 'asserted', 'died', 'plover:killed-outside-combat'],
  ],
  // Review fix: a civilian shot dead by police (MOBILIZE by the lemma), or who died in hospital days after a beating.
  [
    'killed-outside-combat',
    'A Togolese vendor was shot dead by Ghanaian police on 3 May 2023.',
    undefined,
    ['conflict_or_incident', 'ASSAULT', 'asserted', 'shot dead by Ghanaian police on 3 May 2023', 'plover:killed-outside-combat'],
  ],
  [
    'killed-outside-combat',
    'A Togolese student died in an Accra hospital on 3 May 2023 after being beaten by Ghanaian police.',
    undefined,
    ['conflict_or_incident', 'ASSAULT', 'asserted', 'died in an Accra hospital on 3 May 2023', 'plover:killed-outside-combat'],
  ],
  // Session 36: a death of a poison named after "of" or "from" (`poisons`) is violence outside combat, not a complaint.
  [
    'killed-outside-combat',
    'Former Georgian spy Levan Beridze died of exposure to thallium in Vienna in March 2019.',
    undefined,
    ['conflict_or_incident', 'ASSAULT', 'asserted', 'died of exposure to thallium in Vienna in March 2019', 'plover:killed-outside-combat'],
  ],
  // Review fixes (issue 10): the list holds agents used to kill people (a nerve agent such as sarin or VX), not industrial poisons.
  [
    'killed-outside-combat',
    'A Malaysian envoy died of sarin in a Jakarta hotel in February 2017.',
    undefined,
    ['conflict_or_incident', 'ASSAULT', 'asserted', 'died of sarin in a Jakarta hotel in February 2017', 'plover:killed-outside-combat'],
  ],
  // Session 36: tear gas, rubber bullets … fired at people is force not meant to kill: COERCE, not an attack on civilians.
  [
    'non-lethal-force',
    'Zambian police fired tear gas at Malawian traders at the Mwami border post on 3 May 2023.',
    undefined,
    ['conflict_or_incident', 'COERCE', 'asserted', 'fired', 'plover:non-lethal-force'],
  ],
  // Session 35: a place seized by its bare name, or land seized, is territory taken (matched with case).
  ['place-seized-by-name', 'Rebel fighters seized Kindu in March 2012 and Kalemie a month later.', undefined, ['conflict_or_incident', 'FIGHT', 'asserted', 'seized', 'plover:place-seized-by-name']],
  ['place-seized-by-name', 'Ugandan troops seized land along the Kagera river in October 1978.', undefined, ['conflict_or_incident', 'FIGHT', 'asserted', 'seized', 'plover:place-seized-by-name']],
  [
    'taken-to-court',
    'In April 2019 Nicaragua sued Honduras at the International Court of Justice over the fishing zone.',
    undefined,
    ['conflict_or_incident', 'DISAPPROVE', 'asserted', 'sued', 'plover:taken-to-court'],
  ],
  ['taken-to-court', 'Ghana took Togo to the ECOWAS court in March 2018.', undefined, ['conflict_or_incident', 'DISAPPROVE', 'asserted', 'took', 'plover:taken-to-court']],
  // Review fix: the trigger is the court itself.
  ['taken-to-court-lead', 'Togo took Ghana to court on 3 May 2023.', undefined, ['conflict_or_incident', 'DISAPPROVE', 'asserted', 'court on 3 May 2023', 'plover:taken-to-court-lead']],
  [
    'study-published',
    'A study by the Kenyan fisheries institute published in June 2023 found that catches on the lake had fallen.',
    undefined,
    ['other', 'INVESTIGATE', 'asserted', 'published in June 2023 found that catches on the lake had fallen', 'plover:study-published'],
  ],
  [
    'summoned-diplomat',
    'The Zambian high commissioner was called in to the foreign ministry in Lilongwe on 3 May 2024.',
    '2024-05-08',
    ['conflict_or_incident', 'DISAPPROVE', 'asserted', 'called', 'plover:summoned-diplomat'],
  ],
  [
    'exercise-with',
    "Zambia's air force held a week-long exercise with Malawian troops near Chipata on 3 May 2024.",
    '2024-05-08',
    ['security_cooperation', 'COOPERATE', 'asserted', 'held', 'plover:exercise-with'],
  ],
  // Session 31: a state of emergency along a border raises the alert there (MOBILIZE); one in a city stays emergency-rule.
  [
    'border-emergency',
    'In July 2021 Vilnius declared a state of emergency along its border with Belarus.',
    undefined,
    ['conflict_or_incident', 'MOBILIZE', 'asserted', 'declared a state of emergency along its border with Belarus', 'plover:border-emergency'],
  ],
  // Session 31: an attack on a shop, a market or a customs post strikes civilians (ASSAULT), not another's forces.
  [
    'civilian-site-attacked',
    'Lusaka condemned the attack on a Zambian customs post at Mwami on 3 May 2024.',
    undefined,
    ['conflict_or_incident', 'ASSAULT', 'asserted', 'attack', 'plover:civilian-site-attacked'],
  ],
  [
    'civilian-site-attacked',
    'On 3 May 2024 Zambian soldiers attacked a market in Kasumbalesa.',
    undefined,
    ['conflict_or_incident', 'ASSAULT', 'asserted', 'attacked', 'plover:civilian-site-attacked'],
  ],
  // Session 31: a joint body founded, told in the passive, is the same founding (body-created).
  [
    'body-created',
    'A joint working group on border crossings was set up by Namibia and Botswana in March 2016.',
    undefined,
    ['dialogue_mechanism', 'COOPERATE', 'asserted', 'working group on border crossings was set up', 'plover:body-created'],
  ],
  // Session 31: a binational cabinet or political consultations between ministries are a standing dialogue's meetings.
  ['joint-cabinet', 'The first binational cabinet took place in Lusaka in June 2015.', '2024-05-08', ['dialogue_mechanism', 'CONSULT', 'asserted', 'took', 'plover:joint-cabinet']],
  // Session 31: a ban ended is a penalty taken back, also when no trigger typed the act (an untyped clause, OTHER).
  ['penalty-lifted', 'In May 2024 Lusaka ended the ban on Malawian maize.', undefined, ['other', 'RETREAT', 'asserted', 'ended the ban on Malawian maize', 'plover:penalty-lifted']],
  // Session 32: a penalty that takes effect is imposed, SANCTION; an agreement that takes effect stays AGREE (must-nots in plover-rules.test.ts).
  ['penalty-in-force', 'The surcharge on Zambian cement took effect on 1 March 2024.', undefined, ['conflict_or_incident', 'SANCTION', 'asserted', 'took effect', 'plover:penalty-in-force']],
  [
    'penalty-in-force',
    'Lusaka imposed duties of 15 percent on Malawian sugar, which entered into force on 2 April 2024.',
    undefined,
    ['conflict_or_incident', 'SANCTION', 'asserted', 'entered into force', 'plover:penalty-in-force'],
  ],
  // Session 33: a release told with the detention it ends ("after a year in detention"): the release, CONCEDE.
  [
    'released-after-detention',
    'The journalist Amos Banda was released in February 2024 after a year in detention in Malawi.',
    '2024-06-01',
    ['conflict_or_incident', 'CONCEDE', 'asserted', 'detention', 'plover:released-after-detention'],
  ],
  // Review of session 33: the release read over the whole clause before the detention, not its last 60 characters.
  [
    'released-after-detention',
    'Zambia released the Malawian journalist Peter Chisale on 3 March 2024 after a year in detention.',
    '2024-06-01',
    ['conflict_or_incident', 'CONCEDE', 'asserted', 'detention', 'plover:released-after-detention'],
  ],
  // Session 33: cultural objects returned are property given back, CONCEDE (reparations-paid).
  [
    'reparations-paid',
    'In July 2023 Zambia returned 40 cultural objects taken from Malawi in the colonial era.',
    '2024-06-01',
    ['other', 'CONCEDE', 'asserted', 'returned', 'plover:reparations-paid'],
  ],
  // Session 34: relief thanked for, dated by the disaster it relieved, is the aid (disaster-relief-thanked); a claimant recognised
  // as president is backed (leader-recognised); a church's protest is a complaint made (protest-from-body).
  [
    'disaster-relief-thanked',
    'President Banda thanked Zambia for the humanitarian assistance of 40 tonnes of food and medicines sent after the floods in Karonga in March 2024.',
    undefined,
    ['conflict_or_incident', 'AID', 'asserted', 'floods', 'plover:disaster-relief-thanked'],
  ],
  [
    'leader-recognised',
    'Zambia recognised José Mwalé as interim president of Malawi on 23 January 2019.',
    undefined,
    ['diplomatic_relations', 'SUPPORT', 'asserted', 'recognised', 'plover:leader-recognised'],
  ],
  [
    'protest-from-body',
    'In 2019 Zambian police detained a Malawian priest at the border, prompting a protest from the Malawian Anglican church.',
    undefined,
    ['conflict_or_incident', 'DISAPPROVE', 'asserted', 'protest', 'plover:protest-from-body'],
  ],
  // Session 48: an act whose own trigger is the "force" of "in force" takes effect (COOPERATE), not the signing its passage
  // names; an envoy's credentials presented or a post taken up is diplomatic exchange (COOPERATE); a request, a claim or a
  // memorial filed is a demand.
  ['in-force', 'The Zambia–Malawi road transport protocol, signed in 2016, has been in force in full from 1 March 2018.', undefined, ['other', 'COOPERATE', 'asserted', 'force', 'plover:in-force']],
  [
    'envoy-accredited',
    'The new Zambian High Commissioner presented her credentials to President Chakwera in Lilongwe on 9 June 2023.',
    undefined,
    ['other', 'COOPERATE', 'asserted', 'presented her credentials to President Chakwera in Lilongwe on 9 June 2023', 'plover:envoy-accredited'],
  ],
  ['request-filed', 'Malawi filed a request with Zambia on 4 April 2024.', undefined, ['other', 'DEMAND', 'asserted', 'filed', 'plover:request-filed']],
  // A reply to the other side's note is an exchange of notes (CONSULT); a reply to reporters stays OTHER (session 48 review).
  ['reply-to-note', 'Malawi replied to the Zambian note on the fishing quotas on 5 June 2022.', undefined, ['other', 'CONSULT', 'asserted', 'replied', 'plover:reply-to-note']],
];
