import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { inBaseUnits, numberWords } from './numbers.js';
import { unitNouns } from './unit-nouns.js';
import { readLexicon } from '../../lexicon.js';

function facts(text: string, documentDate = '2023-06-14') {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).facts;
}

/** [sentence, [quote of the value, value, unit, period]…]: quotes found left to right; the sentence gives exactly these. */
type Case = [string, [string, number, string, string | undefined][]];

/** Every fact of a text as [quote, value, unit, period], the quote cut at the value's exact offsets. */
const read = (text: string, date?: string) => facts(text, date).map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.period]);

// Physical units (numbers.json `measures`), each word with a case, and scale words before them.
const measures: Case[] = [
  ['Bhutan exported 1,020 MW of hydropower to India in 2019.', [['1,020 MW', 1020, 'MW', '2019']]],
  ['The dam in Laos adds 1,285 megawatts for Thailand from 2019.', [['1,285 megawatts', 1285, 'MW', '2019']]],
  ['Egypt asked for 2 GW from the Ethiopian grid in 2022.', [['2 GW', 2, 'GW', '2022']]],
  ['Ethiopia pledged 2.5 gigawatts to Sudan in 2021.', [['2.5 gigawatts', 2.5, 'GW', '2021']]],
  ['The rooftop array Chile gave Peru in 2020 delivers 400 kW.', [['400 kW', 400, 'kW', '2020']]],
  ['Kenya and Uganda agreed in 2016 on a railway of 273 km.', [['273 km', 273, 'km', '2016']]],
  ['The pipeline from Chad to Cameroon runs 1,070 kilometres since 2003.', [['1,070 kilometres', 1070, 'km', '2003/..']]],
  ['Ecuador ceded 13,480 km2 to Peru in 1998.', [['13,480 km2', 13480, 'km2', '1998']]],
  ['Bolivia claimed 120,000 km² from Chile in 1879.', [['120,000 km²', 120000, 'km2', '1879']]],
  ['Nicaragua lost 90,000 square kilometres of sea to Colombia in 2012.', [['90,000 square kilometres', 90000, 'km2', '2012']]],
  ['Ghana leased 3,000 ha of farmland to Nigeria in 2018.', [['3,000 ha', 3000, 'ha', '2018']]],
  ['Sudan offered 400,000 hectares to Saudi Arabia in 2015.', [['400,000 hectares', 400000, 'ha', '2015']]],
  ['Ukraine shipped 5 million tonnes of grain to Poland in 2022.', [['5 million tonnes', 5000000, 'tons', '2022']]],
  ['Vietnam sold 1.2 million tons of rice to the Philippines in 2019.', [['1.2 million tons', 1200000, 'tons', '2019']]],
  ['Algeria piped 9 billion cubic metres of gas to Spain in 2021.', [['9 billion cubic metres', 9000000000, 'm3', '2021']]],
  ['Norway sold 20 billion cubic meters of gas to Poland in 2023.', [['20 billion cubic meters', 20000000000, 'm3', '2023']]],
  ['Azerbaijan sent 11 billion m3 to Turkey in 2022.', [['11 billion m3', 11000000000, 'm3', '2022']]],
  ['Turkmenistan sent 34 billion m³ to China in 2021.', [['34 billion m³', 34000000000, 'm3', '2021']]],
  ['Israel agreed in 2016 to sell 300 million cubic feet of gas a day to Jordan.', [['300 million cubic feet', 300000000, 'ft3', '2016']]],
  ['Iraq trucked 3 million barrels of crude to Jordan in 2020.', [['3 million barrels', 3000000, 'barrels', '2020']]],
  // Length, area, mass and energy keep the unit written (numbers.json `baseUnits` converts them for answers): "14 nautical miles" is no count.
  ['Guinea built a 212-kilometre road to Mali in 2017.', [['212-kilometre', 212, 'km', '2017']]],
  ['Malta built a 450-metre breakwater for Tunisia in 2012.', [['450-metre', 450, 'm', '2012']]],
  ['Iceland fenced 80 meters of the shore it lent to Norway in 2004.', [['80 meters', 80, 'm', '2004']]],
  ['Fiji leased 5,000 m² of its port to Tonga in 2021.', [['5,000 m²', 5000, 'm2', '2021']]],
  ['Latvia rented 1,200 square metres of offices to Portugal in 2019.', [['1,200 square metres', 1200, 'm2', '2019']]],
  ['The trawlers were stopped 9 nautical miles off Dakhla by Morocco in 2021.', [['9 nautical miles', 9, 'nmi', '2021']]],
  ['Greece claimed waters 12 nmi from its islands against Turkey in 2020.', [['12 nmi', 12, 'nmi', '2020']]],
  ['Mexico and the US share a border of 1,954 miles since 1853.', [['1,954 miles', 1954, 'mi', '1853/..']]],
  ['Belize said in 2019 that Guatemala claimed 4,400 square miles of its land.', [['4,400 square miles', 4400, 'mi2', '2019']]],
  ['Chile sent 800 metric tons of copper wire to Bolivia in 2018.', [['800 metric tons', 800, 'tons', '2018']]],
  ['Colombia seized 1,200 kilograms of cocaine bound for Venezuela in 2024.', [['1,200 kilograms', 1200, 'kg', '2024']]],
  ['Laos sold 4,000 GWh of electricity to Thailand in 2020.', [['4,000 GWh', 4000, 'GWh', '2020']]],
  ['Paraguay exported 38 terawatt-hours to Brazil in 2016.', [['38 terawatt-hours', 38, 'TWh', '2016']]],
  ['Norway sold 3.2 TWh to Sweden in 2021.', [['3.2 TWh', 3.2, 'TWh', '2021']]],
  ['Bhutan sold 7,500 gigawatt hours to India in 2022.', [['7,500 gigawatt hours', 7500, 'GWh', '2022']]],
  ['Tajikistan supplied 1.5 billion kilowatt-hours to Afghanistan in 2019.', [['1.5 billion kilowatt-hours', 1500000000, 'kWh', '2019']]],
  ['The cable took 600 megawatt-hours from Denmark to Germany in 2015.', [['600 megawatt-hours', 600, 'MWh', '2015']]],
  ['Peru seized 350 kg of gold smuggled from Bolivia in 2023.', [['350 kg', 350, 'kg', '2023']]],
  ['A 40 kWh battery gift from Japan reached Fiji in 2022.', [['40 kWh', 40, 'kWh', '2022']]],
  // Session 46: units the field writes (numbers.json `measures`), and units written with their scale (`measureFactors`), stored as the unit they scale.
  ['Angola shipped 40,000 bpd of crude to Namibia in 2023.', [['40,000 bpd', 40000, 'bpd', '2023']]],
  ['Oman sent 12,000 BPD to Yemen in 2022.', [['12,000 BPD', 12000, 'bpd', '2022']]],
  ['Nigeria supplied 25,000 b/d to Ghana in 2021.', [['25,000 b/d', 25000, 'bpd', '2021']]],
  ['The port of Tema handled 120,000 TEU of Togolese cargo in 2024.', [['120,000 TEU', 120000, 'TEU', '2024']]],
  ['Djibouti moved 800,000 TEUs for Ethiopia in 2023.', [['800,000 TEUs', 800000, 'TEU', '2023']]],
  ['Greece sold Cyprus a tanker of 50,000 dwt in 2020.', [['50,000 dwt', 50000, 'dwt', '2020']]],
  ['Malta bought a 30,000 DWT ferry from Italy in 2019.', [['30,000 DWT', 30000, 'dwt', '2019']]],
  ['Korea delivered a ship of 60,000 deadweight tonnes to Vietnam in 2018.', [['60,000 deadweight tonnes', 60000, 'dwt', '2018']]],
  ['Panama registered a carrier of 75,000 deadweight tons for Chile in 2017.', [['75,000 deadweight tons', 75000, 'dwt', '2017']]],
  ['Egypt leased 500 feddans of farmland to Sudan in 2016.', [['500 feddans', 500, 'feddans', '2016']]],
  ['Qatar sent 2 million tonnes of oil equivalent to Kuwait in 2021.', [['2 million tonnes of oil equivalent', 2000000, 'toe', '2021']]],
  ['Algeria piped 2.5 bcm of gas to Tunisia in 2025.', [['2.5 bcm', 2500000000, 'm3', '2025']]],
  ['Azerbaijan sold 3 Bcm to Georgia in 2024.', [['3 Bcm', 3000000000, 'm3', '2024']]],
  ['Norway shipped 6.1 BCM to Poland in 2023.', [['6.1 BCM', 6100000000, 'm3', '2023']]],
  ['Israel sold 450 mcm of gas to Jordan in 2022.', [['450 mcm', 450000000, 'm3', '2022']]],
  ['Russia sent 80 MCM to Armenia in 2021.', [['80 MCM', 80000000, 'm3', '2021']]],
  ['Qatar sold 300 bcf of gas to Oman in 2019.', [['300 bcf', 300000000000, 'ft3', '2019']]],
  ['Turkmenistan sold 14 mmcm of gas to Uzbekistan in 2020.', [['14 mmcm', 14000000, 'm3', '2020']]],
  ['Iran agreed in 2018 to sell Pakistan 1.2 Bcf of gas.', [['1.2 Bcf', 1200000000, 'ft3', '2018']]],
  // The first end of a range keeps the factor of the second's unit (after review): 5 is 5e9 m3, not 5 m3.
  [
    'Egypt imported between 5 and 7 bcm of gas from Israel in 2024.',
    [
      ['5', 5000000000, 'm3', '2024'],
      ['7 bcm', 7000000000, 'm3', '2024'],
    ],
  ],
  [
    'Azerbaijan piped 10-12 bcm to Turkey in 2023.',
    [
      ['10', 10000000000, 'm3', '2023'],
      ['12 bcm', 12000000000, 'm3', '2023'],
    ],
  ],
  [
    'Ukraine sold Poland between 2 and 3 million tonnes of grain in 2022.',
    [
      ['2', 2000000, 'tons', '2022'],
      ['3 million tonnes', 3000000, 'tons', '2022'],
    ],
  ],
  ['Mozambique found 5 tcf of gas near Tanzania in 2017.', [['5 tcf', 5000000000000, 'ft3', '2017']]],
  ['Cyprus said in 2016 that its field shared with Egypt held 4.5 Tcf.', [['4.5 Tcf', 4500000000000, 'ft3', '2016']]],
  ['Egypt exported 1.5 Mtoe of oil to Jordan in 2025.', [['1.5 Mtoe', 1500000, 'toe', '2025']]],
  ['Russia supplied 3 mtoe to Belarus in 2024.', [['3 mtoe', 3000000, 'toe', '2024']]],
  ['Kazakhstan sent 7 MTOE to China in 2023.', [['7 MTOE', 7000000, 'toe', '2023']]],
  ['The interconnector carried 900 MWh between Estonia and Finland in 2014.', [['900 MWh', 900, 'MWh', '2014']]],
  // The singular, after "one" and in compounds.
  ['The treaty gave Ecuador one square kilometre at the border post in 1998.', [['one square kilometre', 1, 'km2', '1998']]],
  ['Argentina sent a 2,000-tonne cargo of wheat to Bolivia in 2017.', [['2,000-tonne', 2000, 'tons', '2017']]],
  ['Peru leased a 120-hectare plot to Bolivia in 1992.', [['120-hectare', 120, 'ha', '1992']]],
  // The size of a body of people: "-strong".
  ['A 25,000-strong Vietnamese community lives in Poland.', [['25,000', 25000, 'persons', '2023-06-14']]],
  ['Fiji sent a 600-strong contingent to the Solomon Islands in 2003.', [['600', 600, 'persons', '2003']]],
  // Capitalised, as headings and tables write units.
  ['Ghana received 35,000 Tonnes of rice from Viet Nam in 2021.', [['35,000 Tonnes', 35000, 'tons', '2021']]],
  ['Zambia sold 1,200 Gigawatt Hours to Botswana in 2020.', [['1,200 Gigawatt Hours', 1200, 'GWh', '2020']]],
];

// Ranks by a superlative alone (indicators.json `superlativeRanks`): rank 1, in the year of publication when told in the present.
const superlatives: Case[] = [
  ["Peru is Chile's largest trading partner.", [['largest', 1, 'rank', '2023']]],
  // In apposition after a comma, a superlative tells the present too.
  ['Lorries from Zambia queue at Beitbridge, the busiest land port in southern Africa.', [['busiest', 1, 'rank', '2023']]],
  ['In 2019 Germany was the biggest investor in Poland.', [['biggest', 1, 'rank', '2019']]],
  ["Kenya remains Uganda's leading export market.", [['leading', 1, 'rank', '2023']]],
  ['Norway is the top donor to Malawi.', [['top', 1, 'rank', '2023']]],
  ["Mombasa is the busiest port for Uganda's imports.", [['busiest', 1, 'rank', '2023']]],
  ['Saudi Arabia is the largest source of remittances to Pakistan.', [['largest', 1, 'rank', '2023']]],
  ['China is the largest lender to Zambia.', [['largest', 1, 'rank', '2023']]],
  ["Thailand is Laos's top destination for migrant labour.", [['top', 1, 'rank', '2023']]],
  ['Sudan is the largest recipient of aid from Egypt.', [['largest', 1, 'rank', '2023']]],
  ["Peru is Chile's biggest exporter of copper concentrate.", [['biggest', 1, 'rank', '2023']]],
  ['Germany is the largest importer of Polish goods.', [['largest', 1, 'rank', '2023']]],
  ["Qatar is Kuwait's leading supplier of gas.", [['leading', 1, 'rank', '2023']]],
  [
    'Canada is the largest creditor of Haiti and the biggest customer of its textiles.',
    [
      ['largest', 1, 'rank', '2023'],
      ['biggest', 1, 'rank', '2023'],
    ],
  ],
  [
    "India is Nepal's largest buyer of electricity and its largest provider of fuel.",
    [
      ['largest', 1, 'rank', '2023'],
      ['largest', 1, 'rank', '2023'],
    ],
  ],
  ['Norway is the biggest contributor to the fund for Sweden.', [['biggest', 1, 'rank', '2023']]],
  // A count of the first places after "one of" or "among": a rank at most that count.
  ["Uruguay is one of Paraguay's five largest trading partners.", [['five', 5, 'rank', '2023']]],
  ["In 2021 Malta remained among Tunisia's 3 biggest investors.", [['3', 3, 'rank', '2021']]],
];

// Nouns that give a number its unit (indicators.json `unitNouns`) and plurals of country adjectives.
const counted: Case[] = [
  ['An estimated 1 million Zimbabweans live in South Africa.', [['1 million', 1000000, 'persons', '2023-06-14']]],
  ['About 250,000 Pakistanis worked in Oman in 2020.', [['250,000', 250000, 'persons', '2020']]],
  ['Some 4,000 Ghanaians studied in Britain in 2010.', [['4,000', 4000, 'persons', '2010']]],
  // Demonyms that are nouns in "-er", "-ech", "-ek" and plurals no rule gives (countries.json `people`): persons, not the
  // previous sentence's money.
  ['Some 10,000 Icelanders live in Norway, the statistics office says.', [['10,000', 10000, 'persons', '2023-06-14']]],
  [
    'Around 8,000 Danes and 3,500 Czechs worked in Germany in 2022.',
    [
      ['8,000', 8000, 'persons', '2022'],
      ['3,500', 3500, 'persons', '2022'],
    ],
  ],
  [
    'Trade between the two countries reached $1.1 billion in 2022. About 2,300 Greeks live in Cyprus.',
    [
      ['$1.1 billion', 1100000000, 'USD', '2022'],
      ['2,300', 2300, 'persons', '2023-06-14'],
    ],
  ],
  ['The crossing at Malaba handles around 12,000 travellers a day.', [['12,000', 12000, 'persons', '2023-06-14']]],
  ['NATO keeps about 4,300 troops in Kosovo.', [['4,300', 4300, 'persons', '2023-06-14']]],
  ['Some 90,000 holidaymakers crossed from Austria in 2019.', [['90,000', 90000, 'persons', '2019']]],
  ['About 45,000 vacationers flew in from Chile in 2018.', [['45,000', 45000, 'persons', '2018']]],
  ['Egypt granted 500 scholarships in 2020.', [['500', 500, 'count', '2020']]],
  ['More than 150 trucks waited at the border with Serbia on Monday.', [['150', 150, 'count', '2023-06-12']]],
  ['Rwanda Air runs 21 weekly flights to Kenya.', [['21', 21, 'count', '2023-06-14']]],
  ['The commission of Ghana and Togo reviewed 9 agreements in 2019.', [['9', 9, 'count', '2019']]],
  ['A parliamentary assembly of 100 members from Germany and France met in 2019.', [['100', 100, 'persons', '2019']]],
  [
    'The clashes of 1995 killed 73 Ecuadorian and 46 Peruvian servicemen and two islanders.',
    [
      ['73', 73, 'persons', '1995'],
      ['46', 46, 'persons', '1995'],
      ['two', 2, 'persons', '1995'],
    ],
  ],
  ['A boat carrying 31 Comorian islanders reached Mayotte from the Comoros in 2021.', [['31', 31, 'persons', '2021']]],
  ['In 1983 Nigeria expelled some 1.5 million aliens, most of them from Ghana.', [['1.5 million', 1500000, 'persons', '1983']]],
  ['The Dover ferry carried 2 million passengers to France in 2019.', [['2 million', 2000000, 'persons', '2019']]],
  ['More than a million Ukrainian refugees lived in Poland in 2023.', [['a million', 1000000, 'persons', '2023']]],
  ['Italy took in 15,000 asylum seekers from Tunisia in 2022.', [['15,000', 15000, 'persons', '2022']]],
  ['About 300,000 migrants crossed from Guatemala in 2021.', [['300,000', 300000, 'persons', '2021']]],
  ['Some 230,000 seafarers from the Philippines served on Greek ships in 2019.', [['230,000', 230000, 'persons', '2019']]],
  ['The airlift brought 1,800 evacuees from Lebanon to Cyprus in 2006.', [['1,800', 1800, 'persons', '2006']]],
  ['In 2019 some 3,000 persons crossed from Benin to Togo each week.', [['3,000', 3000, 'persons', '2019']]],
  ['The festival drew 80,000 people from Chile to Peru in 2018.', [['80,000', 80000, 'persons', '2018']]],
  ['Morocco welcomed 900,000 visitors from Spain in 2019.', [['900,000', 900000, 'persons', '2019']]],
  ['Greece received 4 million tourists from Germany in 2019.', [['4 million', 4000000, 'persons', '2019']]],
  ['Korea hosted 2,000 students from Mongolia in 2015.', [['2,000', 2000, 'persons', '2015']]],
  [
    'Korea took 800 trainees and 120 interns from Cambodia in 2016.',
    [
      ['800', 800, 'persons', '2016'],
      ['120', 120, 'persons', '2016'],
    ],
  ],
  ['Dubai counted 40,000 residents from Kenya in 2020.', [['40,000', 40000, 'persons', '2020']]],
  ['Chad sent 1,400 soldiers to Mali in 2013.', [['1,400', 1400, 'persons', '2013']]],
  ['Malaysia ran 200 projects in Cambodia in 2019.', [['200', 200, 'projects', '2019']]],
  [
    'Turkey had 300 companies, 40 firms from Qatar and 12 enterprises in Georgia in 2018.',
    [
      ['300', 300, 'count', '2018'],
      ['40', 40, 'count', '2018'],
      ['12', 12, 'count', '2018'],
    ],
  ],
  ['About 2,000 pilgrims from Iran reached Saudi Arabia in 2023.', [['2,000', 2000, 'persons', '2023']]],
  ['The clashes between Sudan and Chad caused 45 deaths in 2021.', [['45', 45, 'persons', '2021']]],
  ['The border war between Peru and Ecuador left 120 casualties in 1995.', [['120', 120, 'persons', '1995']]],
  ['Floods in Malawi caused 30 fatalities among Mozambican workers in 2019.', [['30', 30, 'persons', '2019']]],
  ['About 6,000 Indonesian nationals lived in Australia in 2021.', [['6,000', 6000, 'persons', '2021']]],
  ['Some 30,000 Brazilian citizens lived in Argentina in 2020.', [['30,000', 30000, 'persons', '2020']]],
  ['The Chilean base in Peru employed 1,200 personnel in 2021.', [['1,200', 1200, 'persons', '2021']]],
  ['The Brazilian embassy in Asuncion had 35 staff in 2024.', [['35', 35, 'persons', '2024']]],
  // People WordNet files elsewhere or not at all: counted as persons all the same.
  ['The UN mission had more than 15,000 peacekeepers in Mali in 2019.', [['15,000', 15000, 'persons', '2019']]],
  ['About 2,000 protesters marched on the Turkish embassy in Baghdad in 2024.', [['2,000', 2000, 'persons', '2024']]],
  ['Hamas held 240 hostages in Gaza in 2023.', [['240', 240, 'persons', '2023']]],
  ['Some 300 militants crossed from Afghanistan into Pakistan in 2022.', [['300', 300, 'persons', '2022']]],
  ['Azerbaijan released 32 detainees to Armenia in 2023.', [['32', 32, 'persons', '2023']]],
  ['In 2024, 120 Mongolian lawmakers visited Japan.', [['120', 120, 'persons', '2024']]],
  ['Georgia recalled three envoys from Moscow in 2008.', [['three', 3, 'persons', '2008']]],
  ['About 45,000 Indian expatriates lived in Mauritius in 2020.', [['45,000', 45000, 'persons', '2020']]],
];

// Money: the rand by symbol and word, scales written against the amount, Indian digit grouping.
const money: Case[] = [
  ['South Africa exported goods worth R32.4 billion to Zimbabwe in 2020.', [['R32.4 billion', 32400000000, 'ZAR', '2020']]],
  ['Namibia paid South Africa R1,500 per container in 2021.', [['R1,500', 1500, 'ZAR', '2021']]],
  // Session 46: the naira written "N" in plain letters, read as the rand's "R" is (a scale word or a number written as money, Nigeria named).
  ['Nigeria seized goods bound for Benin worth N3.2bn in 2025.', [['N3.2bn', 3200000000, 'NGN', '2025']]],
  ['Nigeria collected N14.6 billion at the Ghana border in 2024.', [['N14.6 billion', 14600000000, 'NGN', '2024']]],
  ['Nigeria paid Niger N1,250,000 in transit fees in 2023.', [['N1,250,000', 1250000, 'NGN', '2023']]],
  ['Nigeria paid Niger N 2.3 billion in 2023.', [['N 2.3 billion', 2300000000, 'NGN', '2023']]],
  // "mln", "bln" and "trln", as wire services write the scale.
  ['Russia lent Belarus USD 600 mln in 2022.', [['USD 600 mln', 600000000, 'USD', '2022']]],
  ['China granted Laos CNY 1.2 bln in 2021.', [['CNY 1.2 bln', 1200000000, 'CNY', '2021']]],
  ['Japan pledged Indonesia JPY 1.4 trln in 2020.', [['JPY 1.4 trln', 1400000000000, 'JPY', '2020']]],
  ['Lesotho earned 9 billion rand from water sold to South Africa in 2022.', [['9 billion rand', 9000000000, 'ZAR', '2022']]],
  ['Britain gave Ireland £300m in aid in 2011.', [['£300m', 300000000, 'GBP', '2011']]],
  ['Qatar lent Pakistan US$2.5b in 2019.', [['US$2.5b', 2500000000, 'USD', '2019']]],
  ['Norway granted Sweden €40k for the study in 2020.', [['€40k', 40000, 'EUR', '2020']]],
  ['India extended lines of credit worth Rs 1,50,000 crore to Bangladesh in 2017.', [['Rs 1,50,000 crore', 1500000000000, 'INR', '2017']]],
  ['Indian exports to Nepal came to ₹12,34,567 in 2018.', [['₹12,34,567', 1234567, 'INR', '2018']]],
];

// Shares told as a ratio of two counts, in percent, each with the qualifier before it; no span of time, year or idiom.
const ratios: Case[] = [
  ["Tunisia's consulate in Rome says close to one in two visa applicants waited more than a month in 2025.", [['one in two', 50, 'percent', '2025']]],
  [
    'About one in every five Tunisians living in Italy worked in agriculture in 2024, and three out of four of them in Sicily.',
    [
      ['one in every five', 20, 'percent', '2024'],
      ['three out of four', 75, 'percent', '2024'],
    ],
  ],
  ['Only 1 in 8 Italian tenders for the port of Bizerte went to Tunisian firms in 2023.', [['1 in 8', 12.5, 'percent', '2023']]],
  ['The joint commission of Italy and Tunisia meets once in three years, and the one in 2025 was postponed.', []],
  ['The Tunisian negotiator was one in a million, the Italian minister said in 2024.', []],
  // A scale word after the second number makes it a count, not the whole of a share.
  ["Tunisia's health ministry says allergic reactions followed one in 2 million doses given in 2021.", [['2 million', 2000000, 'count', '2021']]],
  ['The Italian operator put the chance of a delay at the port of Bizerte at one in ten thousand in 2023.', []],
];

// Targets are no facts; a clause of its own under "during which" has its own subject.
const notMeasured: Case[] = [
  ['The two countries are looking toward US$10 billion in trade next year.', []],
  ['Kenya and Uganda could raise trade to US$5 billion by 2030.', []],
  ['Officials hope to double trade to US$8 billion in 2025, Peru said of Chile.', []],
];

describe('values by mechanism', () => {
  for (const [name, cases] of [
    ['physical units', measures],
    ['superlative ranks', superlatives],
    ['counted nouns', counted],
    ['money', money],
    ['ratios', ratios],
    ['targets and forecasts', notMeasured],
  ] as const) {
    describe(name, () => {
      it.each(cases)('%s', (sentence, expected) => {
        expect(read(sentence)).toEqual(expected);
      });
    });
  }

  it('has a case for every measure word, unit noun, superlative, rank noun and short scale of the lexicon', () => {
    const text = [...measures, ...superlatives, ...counted, ...money].map(([s]) => s).join('\n');
    const missing: string[] = [];
    for (const [unit, words] of Object.entries(numberWords().measures))
      for (const w of words) if (!new RegExp(`\\d\\s?(?:\\S+\\s)?${w}(?![\\p{L}\\p{N}])`, 'u').test(text)) missing.push(`measures.${unit}: ${w}`);
    for (const s of Object.keys(numberWords().shortScales)) if (!new RegExp(`\\d${s}\\b`).test(text)) missing.push(`shortScales: ${s}`);
    const lexicon = readLexicon('indicators.json');
    for (const [unit, nouns] of Object.entries(lexicon.unitNouns as Record<string, string[]>))
      for (const n of nouns) if (!new RegExp(`\\b${n}\\b`, 'i').test(text)) missing.push(`unitNouns.${unit}: ${n}`);
    for (const part of ['superlatives', 'nouns'])
      for (const w of lexicon.superlativeRanks[part] as string[]) if (!new RegExp(`\\b${w}\\b`, 'i').test(superlatives.map(([s]) => s).join('\n'))) missing.push(`superlativeRanks.${part}: ${w}`);
    expect(missing).toEqual([]);
    expect(unitNouns().alternation).toContain('Zimbabweans');
  });

  it('gives every measure its base unit, and nothing for money, counts or a base unit itself', () => {
    expect(Object.keys(numberWords().measures).filter((u) => !numberWords().baseUnits[u])).toEqual([]);
    expect(inBaseUnits(14, 'nmi')).toEqual({ value: 25928, unit: 'm' });
    expect(inBaseUnits(560000, 'tons')).toEqual({ value: 560000000, unit: 'kg' });
    expect(inBaseUnits(38, 'TWh')).toEqual({ value: 38e12, unit: 'Wh' });
    for (const [value, unit] of [
      [5e9, 'USD'],
      [11, 'persons'],
      [3e6, 'm3'],
    ] as const)
      expect(inBaseUnits(value, unit)).toBeUndefined();
  });

  // Numbers that are no facts; the lines of test/data/negatives.txt (no time, no event either) hold more.
  it.each([
    'The talks resumed on 12 March 2019 in Nairobi.',
    'In 1998, 2003 and 2010 the two sides met in Lusaka.',
    'For visas, call the embassy in Accra on +233 30 221 3250 before 15 May 2019.',
    'Under Article 51 the two states met in 2014 in Geneva.',
    'Resolution 242 was read again at the 2019 session in New York.',
    'The G20 met in Osaka in 2019, with Korea and India present.',
    'Page 214 of the 2019 report tells the story of the border.',
    'In 2019 the minister said she was 100 percent sure that Chile would sign.',
    // A number word before "of" picks one of a group: it counts nothing.
    "In 2015 Ghana set out its plans for trade. One of high priorities in Ghana's diplomacy has been given to ties with new partners.",
    'In 2019 two of the largest exporters in Peru opened offices in Santiago.',
    // A day of a month without its year, numbers joined by "+", a vague amount, a label: no quantity (no-quantity.ts, numbers.json `labels`).
    "Chile's trade with Peru, financial years (1 July – 30 June), grew in 2019.",
    "Peru's trade with Chile, fiscal years ending June 30, grew in 2019.",
    'Japan and India held 2+2 talks in 2019 on trade.',
    'In Ceuta, several hundred people marched to the harbour on Friday evening in 2024.',
    'Thousands of Kenyans and a few hundred Ugandans crossed in 2019.',
    'Readers in Ghana may call extension 3417 or room 12 about Nigeria in 2019.',
    'Under Resolution 2065 of 1965 and paragraph 4 of the accord, Britain and Argentina met in 2019.',
    // A label's plural names every number of its list (session 45).
    'Tables 7–9 give the exports of Kenya to Uganda for 2022.',
  ])('gives no fact: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  // In a paragraph that writes dollars, a label's list took them: "Sections 6.1 and 6.2" was US$ 6.1 and US$ 6.2 (session 45).
  it.each([
    ['Trade between Chile and Peru reached US$ 2.1 billion in 2024. The reasons are set out in Sections 4.1 and 4.2.', 'US$ 2.1 billion', 2.1e9, 'USD', '2024'],
    ['Ghana lent Togo US$ 40 million in 2019. Articles 3, 5 and 12 of the loan agreement govern its repayment.', 'US$ 40 million', 4e7, 'USD', '2019'],
  ])('reads no figure in the numbers a plural label names: %s', (text, quote, value, unit, period) => {
    expect(read(text)).toEqual([[quote, value, unit, period]]);
  });

  // A label's list ends where its numbers end: the figure after it is read, with its own offsets (session 45, after review).
  it.each<Case>([
    ['Under Articles 3 and 5, 200 Ugandan traders were deported by Kenya in 2023.', [['200', 200, 'persons', '2023']]],
    ['Under Sections 4 to 6, 1,200 Kenyan troops were sent to Uganda in 2023.', [['1,200', 1200, 'persons', '2023']]],
    ['Japan raised its loan to Vietnam for Phases 1 and 2 to 3.2 billion yen in 2019.', [['3.2 billion yen', 3.2e9, 'JPY', '2019']]],
    [
      'Kenya supplied Uganda with 120 MW in 2023; Phases 1 and 2, 40 MW each, were finished in 2021.',
      [
        ['120 MW', 120, 'MW', '2023'],
        ['40 MW', 40, 'MW', '2021'],
      ],
    ],
    [
      "Kenya's GDP figures 2022 and 2023, 5.6 per cent and 4.8 per cent, were revised.",
      [
        ['5.6 per cent', 5.6, 'percent', '2023'],
        ['4.8 per cent', 4.8, 'percent', '2023'],
      ],
    ],
  ])('reads the figure after a label list: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads the percentage after a list of lower-case items', () => {
    const text = 'Uganda cut the duty on Kenyan goods in items 3 and 4 to 10 per cent in 2023.';
    expect(read(text).filter((f) => f[0] === '10 per cent')).toEqual([['10 per cent', 10, 'percent', '2023']]);
  });

  // A figure at a sentence's head, or a hard-wrapped line's, is no clause number (session 45, after review).
  it.each<Case>([
    ['# 2.5 Million Kenyans Visited Uganda in 2023\n\nThe tourism board of Uganda released its figures on Monday.', [['2.5 Million', 2.5e6, 'persons', '2023']]],
    ['# 2.5 MILLION KENYANS CROSSED INTO UGANDA IN 2023\n\nThe figures were released by the border agency.', [['2.5 MILLION', 2.5e6, 'persons', '2023']]],
    ['1.5 Million Ugandans live in Kenya, the census of 2019 found.', [['1.5 Million', 1.5e6, 'persons', '2019']]],
    ['India and Nepal trade figures for 2023.\n2.5 Lakh Indian tourists visited Nepal in 2023, the Nepal Tourism Board said.', [['2.5 Lakh', 2.5e5, 'persons', '2023']]],
    [
      'Kenya’s trade surplus with Uganda widened in 2023, and the shilling was weak: the exchange rate stood at\n28.5 Ugandan shillings to the Kenyan shilling in December 2023.',
      [['28.5 Ugandan shillings', 28.5, 'UGX', '2023-12']],
    ],
    ['3.2 Kenya shall grant Uganda a loan of US$ 40 million in 2024.', [['US$ 40 million', 4e7, 'USD', '2024']]],
  ])('reads the figure at a head: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads a figure in a currency opening a hard-wrapped line', () => {
    const text = 'Nepal bought Indian power in 2023 at a price equivalent to\n4.5 Indian rupees a unit, the authority said.';
    expect(read(text).map((f) => [f[0], f[1], f[2]])).toEqual([['4.5 Indian rupees', 4.5, 'INR']]);
  });

  // A bracketed number alone is a count; one of a sequence is a list item (session 45, after review).
  it.each<Case>([
    ['In 2023 Kenya funded roads and (12) projects in northern Uganda, the embassy said.', [['12', 12, 'projects', '2023']]],
    [
      'The embassy listed the projects funded by Kenya in Uganda in 2023: (12) projects in health and 5 in water.',
      [
        ['12', 12, 'projects', '2023'],
        ['5', 5, 'projects', '2023'],
      ],
    ],
    [
      'The ministers agreed on: (1) a loan of US$ 40 million to Uganda, (2) a grant of EUR 5 million and (3) 200 scholarships for Ugandan students in 2024.',
      [
        ['US$ 40 million', 4e7, 'USD', '2024'],
        ['EUR 5 million', 5e6, 'EUR', '2024'],
        ['200', 200, 'count', '2024'],
      ],
    ],
  ])('reads a bracketed count and skips list items: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('gives no subject from a clause that "during which" parts from the value', () => {
    const [f] = facts('Turkey brokered a truce last May after four weeks of fighting, during which more than 300 people were killed.', '2021-11-16');
    expect([f?.value, f?.unit, f?.subject]).toEqual([300, 'persons', undefined]);
  });

  it('passes over a country named in a clause set off by commas that opens with a participle or "which"', () => {
    const text = 'Free zones in Egypt, created under a 2004 protocol with Israel, employed some 30,000 workers in 2010.';
    const f = facts(text, '2021-11-16');
    expect(f.map((x) => [text.slice(x.valueStart, x.valueEnd), x.value, x.unit, x.period, x.subject])).toEqual([['30,000', 30000, 'persons', '2010', 'Egypt']]);
    // Not a clause of its own: "Egypt, Israel and Jordan" is a list.
    expect(facts('Egypt, Israel and Jordan traded US$2 billion in 2010.', '2021-11-16').map((x) => x.subject)).toEqual(['Jordan']);
  });

  it('reads ", N of them" as a part of the count before it, in its unit and under its indicator', () => {
    const text = 'Since 1947 Peru and Ecuador have fought three wars, two of them over the Cordillera del Condor.';
    expect(facts(text).map((x) => [text.slice(x.valueStart, x.valueEnd), x.value, x.unit, x.indicator])).toEqual([
      ['three', 3, 'count', 'operations_conducted'],
      ['two', 2, 'count', 'operations_conducted'],
    ]);
    const killed = 'Shelling killed 12 people near Tovuz in 2020, five of them soldiers, Azerbaijan said.';
    expect(facts(killed).map((x) => [killed.slice(x.valueStart, x.valueEnd), x.value, x.unit, x.indicator])).toEqual([
      ['12', 12, 'persons', 'persons_killed'],
      ['five', 5, 'persons', 'persons_killed'],
    ]);
    // Money is no count of parts: "US$5 billion, two of them" counts nothing.
    expect(facts('Japan sent US$5 billion to Laos in 2019, two of them in loans.').map((x) => x.value)).toEqual([5e9]);
  });

  it('reads a figure in a hypothetical clause as a fact: what the act would put at risk, bring or change', () => {
    expect(read('Rabat said in 2021 the ban would affect only about 15 weekly flights from Algiers.')).toEqual([['15', 15, 'count', '2021']]);
    expect(read('Ending the accord in 2024 would endanger aid from Japan worth US$300 million a year to Laos.')).toEqual([['US$300 million', 300000000, 'USD', '2024']]);
    expect(read('A customs union of Malta and Tunisia would cut tariffs by US$4 billion in 2025.')).toEqual([['US$4 billion', 4000000000, 'USD', '2025']]);
    expect(read('Joining the customs union would open a market of 11 million consumers to Icelandic farmers in 2026.')).toEqual([['11 million', 11000000, 'persons', '2026']]);
    expect(read('A ferry line could carry 40,000 Maltese visitors to Tunisia in 2027.')).toEqual([['40,000', 40000, 'persons', '2027']]);
    // A forecast states a figure too; a target ("should reach … by 2030") does not.
    expect(read("Iceland's exports to Malta are expected to reach 90 million euros in 2027.")).toEqual([['90 million euros', 90000000, 'EUR', '2027']]);
  });

  it('takes the indicator measured, not a keyword in a phrase that qualifies it', () => {
    const f = facts('Student visas issued to Ghanaian nationals: 6,210 in 2022.', '2023-06-14');
    expect(f.map((x) => [x.value, x.unit, x.indicator])).toEqual([[6210, 'count', 'visas']]);
    // With no keyword before it, the nearest is taken: "nationals" counts persons.
    expect(facts('Ghanaian nationals living in Nigeria: 6,210 in 2022.', '2023-06-14').map((x) => [x.value, x.unit])).toEqual([[6210, 'persons']]);
  });

  it("dates a chronology entry's sentences without a date of their own by the entry's year", () => {
    const text = '2019 - Chile opens a trade office in Lima. Chile becomes the largest investor in Peru.\n\n- 2021: Peru and Chile hold talks. Some 3,000 Peruvian workers cross daily.';
    expect(read(text)).toEqual([
      ['largest', 1, 'rank', '2019'],
      ['3,000', 3000, 'persons', '2021'],
    ]);
    // A paragraph that opens with a date and no dash is no entry: a present rank holds at publication.
    expect(read('In 2019 Chile opened a trade office. Chile is the largest investor in Peru.')).toEqual([['largest', 1, 'rank', '2023']]);
  });

  it('ranks nothing by a superlative after an ordinal, "one of" or no determiner, and no one-letter symbol without money digits', () => {
    for (const text of ["Canada is one of Mexico's leading export markets.", 'A leading investor from Korea came to Ghana.', 'Traffic on the R2 from Pretoria was heavy.'])
      expect(read(text, '2023-06-14')).toEqual([]);
    expect(read('Japan is the third largest investor in Kenya.', '2023-06-14')).toEqual([['third', 3, 'rank', '2023']]);
  });

  it('dates a rank told without a date by the dated figure before it in its paragraph, and no rank without one', () => {
    const text = 'Trade between Romania and Bulgaria reached US$4 billion in 2022. Romania remained among Bulgaria’s three largest trading partners.';
    expect(facts(text).map((f) => [f.value, f.unit, f.period])).toEqual([
      [4000000000, 'USD', '2022'],
      [3, 'rank', '2022'],
    ]);
    // A new paragraph carries no period: a past rank alone places nothing.
    expect(facts('Trade between Romania and Bulgaria reached US$4 billion in 2022.\n\nRomania remained among Bulgaria’s three largest trading partners.').map((f) => f.unit)).toEqual(['USD']);
  });

  it('reads a bare number a figure is compared with as counting the same thing', () => {
    const text = 'Croatian guards recorded more than 900 attempts at illegal crossing since March, compared with about 4,100 in the whole of 2023.';
    const got = facts(text).map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.indicator, f.qualifier]);
    expect(got).toEqual([
      ['900', 900, 'count', 'attempts', 'more_than'],
      ['4,100', 4100, 'count', 'attempts', 'approx'],
    ]);
    // A year compared with is a date, no figure.
    expect(facts('Croatian guards recorded 900 attempts at illegal crossing in 2024, compared with 2023.').map((f) => f.value)).toEqual([900]);
  });

  it('reads a superlative\'s "since" after a figure as what it is compared with, not its period', () => {
    // "the highest since 2018" compares; the months before the figure are its period.
    const text = 'Kenyan visitor arrivals in Uganda in January-June 2025 reached 84,300, the highest since 2018, according to the tourism board.';
    expect(read(text)).toEqual([['84,300', 84300, 'persons', '2025-01/2025-06']]);
    // Words between the superlative and "since": what is compared is still the year after it.
    const monthly = 'In January-June 2025 Kenyan visitor arrivals in Uganda reached 84,300, the highest monthly total since March 2020.';
    expect(read(monthly)).toEqual([['84,300', 84300, 'persons', '2025-01/2025-06']]);
    // Must-not: a plain "since" names the period the figure counts ("1,070 kilometres since 2003" above), and so does one after a figure with no superlative.
    expect(read('Uganda has received 1,400 Kenyan students since 2019.').map((r) => r[3])).toEqual(['2019/..']);
  });

  it('reads "one of" or "among" a count of first places as a rank at most that count', () => {
    expect(facts("Uruguay is one of Paraguay's five largest trading partners.").map((f) => [f.value, f.unit, f.qualifier])).toEqual([[5, 'rank', 'at_most']]);
    expect(facts('In 2020 Norway was among the 3 biggest donors to Malawi.').map((f) => [f.value, f.unit, f.period, f.qualifier])).toEqual([[3, 'rank', '2020', 'at_most']]);
    // Not a count of places: "one of the largest", a count of states.
    expect(facts('Japan and Vietnam are two of the largest partners.')).toEqual([]);
  });
});

// Session 46: must-nots of the naira's "N" and of the field's units: a road's number, "N" where no country using the naira is
// named, a bare number after "N", and words that hold a unit's letters.
describe("the naira's N and the field's units, must-nots", () => {
  it.each([
    'The N2 road from Nigeria to Benin reopened in 2025.',
    'Benin paid Togo N3.2bn for the port works in 2025.',
    'Nigeria and Niger reopened gate N12 at the border in 2024.',
    'Ghana said in 2024 that the Tcfa talks with Togo would resume.',
    // After review: "N" parted from a bare number by a space is no naira (a sample's size); rates per day are no volumes;
    // "kV" and "MU" are not read.
    'Nigeria polled a sample (N 1,250) at the Benin border in 2024.',
    'Qatar has sent 6.5 Bcf/d to the UAE since 2020.',
    'Russia sent 20 mcm a day to Armenia in 2021.',
    'Russia sent 20 mcm per day to Armenia in 2021.',
    'Ghana and Togo agreed in 2025 on a line of 330 kV across the Volta.',
    'Nepal and India signed the 2 MU accord in 2023.',
  ])('%s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it('reads "N 1,690 km" as a length, not as naira', () => {
    const text = 'Nigeria says its border with Cameroon runs N 1,690 km by one count.';
    expect(read(text)).toEqual([['1,690 km', 1690, 'km', '2023-06-14']]);
  });

  it('reads no unit "toe" in a word about feet ("2 toe bones")', () => {
    expect(read('A Nigerian forward broke 2 toe bones in the match against Ghana in 2024.').map((f) => f[2])).not.toContain('toe');
  });
});

// After review: a count after a place, a weekday or a country stays a count (session 46's name-number rule took these out).
describe('counts after a capitalised word', () => {
  it.each<Case>([
    ['In Tripoli 45 people were killed in clashes with Tunisian smugglers in 2024.', [['45', 45, 'persons', '2024']]],
    ['By Friday 800 people had crossed from Chad into Niger in 2023.', [['800', 800, 'persons', '2023-06-09']]],
    ['In Baku 40 companies bid for the Georgian pipeline contract in 2023.', [['40', 40, 'count', '2023']]],
    [
      'China gave Laos 20 to 30 buses in 2019.',
      [
        ['20', 20, 'count', '2019'],
        ['30', 30, 'count', '2019'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
