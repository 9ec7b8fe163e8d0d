import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { lexiconPath } from '../../lexicon.js';

function facts(text: string, documentDate = '2023-06-14') {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).facts;
}

/** [sentence, quote of the value, value, unit, indicator]: the fact the sentence must give, among others. */
type Case = [string, string, number, string, string];

// Each indicator keyword of lexicon/indicators.json (those that are not actions: counted.test.ts has those) has a case here.
const indicatorCases: Case[] = [
  ["Chile's GDP per capita reached US$15,000 in 2022.", 'US$15,000', 15000, 'USD', 'gdp_per_capita'],
  ['Per capita income in Peru stood at US$7,100 in 2021.', 'US$7,100', 7100, 'USD', 'gdp_per_capita'],
  ['Average income per capita in Ghana was US$2,300 in 2022.', 'US$2,300', 2300, 'USD', 'gdp_per_capita'],
  ["Nigeria's GDP was US$477 billion in 2022.", 'US$477 billion', 477000000000, 'USD', 'gdp'],
  ["Norway's gross domestic product was 5,500 billion kroner in 2022.", '5,500 billion kroner', 5500000000000, 'NOK', 'gdp'],
  ["In 2020 Morocco's economy was worth 1,150 billion dirham.", '1,150 billion dirham', 1150000000000, 'MAD', 'gdp'],
  ['Seoul pledged yen loans of ¥20 billion to Jakarta in 1998.', '¥20 billion', 20000000000, 'JPY', 'oda_loans'],
  ['Korea provided ODA loans worth US$300 million to Laos in 2019.', 'US$300 million', 300000000, 'USD', 'oda_loans'],
  ['China offered concessional loans of US$2 billion to Kenya in 2014.', 'US$2 billion', 2000000000, 'USD', 'oda_loans'],
  ['India approved a loan of US$500 million to Sri Lanka in 2022.', 'US$500 million', 500000000, 'USD', 'oda_loans'],
  ['Kuwait lent KD 20 million to Jordan for a water project in 2018.', 'KD 20 million', 20000000, 'KWD', 'oda_loans'],
  ['Australia gave grant aid of A$40 million to Timor-Leste in 2019.', 'A$40 million', 40000000, 'AUD', 'oda_grants'],
  ['The EU provided grants of €60 million to Moldova in 2022.', '€60 million', 60000000, 'EUR', 'oda_grants'],
  ['Germany disbursed €120 million to Namibia in 2021.', '€120 million', 120000000, 'EUR', 'oda_disbursed'],
  ["Sweden's aid spending in Tanzania was US$90 million in 2018.", 'US$90 million', 90000000, 'USD', 'oda_disbursed'],
  ['Net ODA from France to Senegal was US$250 million in 2020.', 'US$250 million', 250000000, 'USD', 'oda_disbursed'],
  ['Canadian ODA to Haiti totalled US$150 million in 2016.', 'US$150 million', 150000000, 'USD', 'oda'],
  ['Official development assistance from Norway to Malawi reached US$70 million in 2017.', 'US$70 million', 70000000, 'USD', 'oda'],
  ['The United States sent US$1.2 billion in aid to Jordan in 2019.', 'US$1.2 billion', 1200000000, 'USD', 'oda'],
  ['Britain provided US$30 million in assistance to Nepal in 2015.', 'US$30 million', 30000000, 'USD', 'oda'],
  ['Registered capital from Singapore in Indonesia reached US$6 billion in 2021.', 'US$6 billion', 6000000000, 'USD', 'fdi_registered'],
  ['FDI from Korea into India was US$1.1 billion in 2019.', 'US$1.1 billion', 1100000000, 'USD', 'fdi_registered'],
  ['Foreign direct investment from Qatar in Pakistan was US$200 million in 2020.', 'US$200 million', 200000000, 'USD', 'fdi_registered'],
  ['Brazil received investment capital of US$900 million from Spain in 2018.', 'US$900 million', 900000000, 'USD', 'fdi_registered'],
  ['Emirati firms invested US$3 billion in Egypt in 2022.', 'US$3 billion', 3000000000, 'USD', 'fdi_registered'],
  ['Malaysia had 140 investment projects in Cambodia in 2020.', '140', 140, 'projects', 'investment_projects'],
  ['Poland exported goods worth US$4 billion to Ukraine in 2021.', 'US$4 billion', 4000000000, 'USD', 'exports'],
  ['Mexican exports to Canada reached US$12 billion in 2019.', 'US$12 billion', 12000000000, 'USD', 'exports'],
  ['Kenya imported tea worth US$50 million from Rwanda in 2018.', 'US$50 million', 50000000, 'USD', 'imports'],
  ['Serbian imports from Hungary came to €2 billion in 2022.', '€2 billion', 2000000000, 'EUR', 'imports'],
  ['Bilateral trade between Chile and Peru reached US$4.5 billion in 2022.', 'US$4.5 billion', 4500000000, 'USD', 'trade'],
  ['Visitors from Thailand numbered 800,000 in 2019.', '800,000', 800000, 'persons', 'visitors'],
  ['Tourists from Germany reached 1.2 million in Greece in 2018.', '1.2 million', 1200000, 'persons', 'visitors'],
  ['Arrivals from India in Nepal rose to 250,000 in 2019.', '250,000', 250000, 'persons', 'visitors'],
  ['Travellers from Uganda to Kenya numbered 90,000 in 2021.', '90,000', 90000, 'persons', 'visitors'],
  ['Residents of Turkish origin in Germany numbered 2.8 million in 2021.', '2.8 million', 2800000, 'persons', 'residents'],
  ['Filipinos living in Japan numbered 300,000 in 2022.', '300,000', 300000, 'persons', 'residents'],
  ['Moroccans residing in Spain numbered 780,000 in 2021.', '780,000', 780000, 'persons', 'residents'],
  ['Indian nationals in Oman numbered 550,000 in 2020.', '550,000', 550000, 'persons', 'residents'],
  ['Students from Nepal in Australia numbered 57,000 in 2022.', '57,000', 57000, 'persons', 'students'],
  ['Technical intern trainees from Indonesia in Korea numbered 9,000 in 2019.', '9,000', 9000, 'persons', 'technical_interns'],
  ['Interns from Myanmar in Thailand numbered 4,000 in 2018.', '4,000', 4000, 'persons', 'technical_interns'],
  ['Trainees from Mongolia in Korea numbered 1,500 in 2017.', '1,500', 1500, 'persons', 'technical_interns'],
  ['Workers from Bangladesh in Malaysia numbered 600,000 in 2022.', '600,000', 600000, 'persons', 'workers'],
  ['Refugees from Myanmar in Bangladesh numbered about 960,000 in 2022.', '960,000', 960000, 'persons', 'refugees_and_migrants'],
  ['Asylum seekers from Venezuela in Peru reached 530,000 in 2021.', '530,000', 530000, 'persons', 'refugees_and_migrants'],
  ['Migrants from Zimbabwe in South Africa numbered 1.1 million in 2020.', '1.1 million', 1100000, 'persons', 'refugees_and_migrants'],
  ['Evacuees from Sudan flown to Egypt numbered 4,200 in 2023.', '4,200', 4200, 'persons', 'refugees_and_migrants'],
  ['Labourers from Tajikistan in Russia numbered 1.1 million in 2019.', '1.1 million', 1100000, 'persons', 'workers'],
  ['Employees of Korean factories in Vietnam numbered 700,000 in 2020.', '700,000', 700000, 'persons', 'workers'],
  ['Indian companies in the UAE numbered 8,000 in 2021.', '8,000', 8000, 'count', 'companies'],
  ['Turkish firms in Azerbaijan numbered 4,500 in 2020.', '4,500', 4500, 'count', 'companies'],
  ['Chinese enterprises in Zambia numbered 600 in 2019.', '600', 600, 'count', 'companies'],
  ['Members of the Chamber in Seoul numbered 420 in 2022, all from Canada.', '420', 420, 'count', 'companies'],
  ['Colombia had free trade agreements with 17 countries in 2020.', '17', 17, 'count', 'agreements'],
  ['In 2021 Israel counted 40 strategic partners, Egypt among them.', '40', 40, 'count', 'agreements'],
  ['The Kenyan president visited Uganda five times in 2019.', 'five times', 5, 'count', 'visits'],
  ['Ministerial visits between Austria and Slovenia numbered 12 in 2018.', '12', 12, 'count', 'visits'],
  ['The foreign ministers of Chile and Bolivia met four times in 2021.', 'four times', 4, 'count', 'meetings'],
  ["Ghana's population was 33 million in 2022.", '33 million', 33000000, 'persons', 'population'],
  ['Some 90 million people lived in Ethiopia in 2012, upstream of Egypt.', '90 million', 90000000, 'persons', 'population'],
  ['Remittances from Qatar to Nepal reached US$2.5 billion in 2019.', 'US$2.5 billion', 2500000000, 'USD', 'remittances'],
  ['Money sent home from Saudi Arabia to Pakistan was US$7 billion in 2021.', 'US$7 billion', 7000000000, 'USD', 'remittances'],
  ['India extended lines of credit worth US$7.8 billion to Bangladesh by 2022.', 'US$7.8 billion', 7800000000, 'USD', 'lines_of_credit'],
  ['China opened a credit line of US$1 billion to Argentina in 2014.', 'US$1 billion', 1000000000, 'USD', 'lines_of_credit'],
  ['Three LoCs worth US$800 million went from India to Nepal in 2019.', 'US$800 million', 800000000, 'USD', 'lines_of_credit'],
  ["Zambia's debt to China stood at US$6 billion in 2021.", 'US$6 billion', 6000000000, 'USD', 'debt'],
  ['Sri Lanka owed US$7 billion to China in 2022.', 'US$7 billion', 7000000000, 'USD', 'debt'],
  ['In 2023 Kosovo hosted 4,300 troops from NATO.', '4,300', 4300, 'persons', 'troops'],
  ['Fiji sent peacekeepers numbering 180 to Lebanon in 2020.', '180', 180, 'persons', 'troops'],
  ['Military personnel from Chad in Mali numbered 1,400 in 2019.', '1,400', 1400, 'persons', 'troops'],
  ['The death toll on the border rose to 120 in 2017, Nigeria and Cameroon said.', '120', 120, 'persons', 'casualties'],
  ['Casualties on both sides of the line reached 300 in 2016, Armenia and Azerbaijan said.', '300', 300, 'persons', 'casualties'],
  ['The ministry counted 45 deaths along the border between Sudan and Chad in 2021.', '45', 45, 'persons', 'casualties'],
  ['Natural gas exports from Algeria to Spain were 9 billion cubic metres in 2021.', '9 billion cubic metres', 9000000000, 'm3', 'gas'],
  ['Qatar shipped 8 million tonnes of LNG to Korea in 2022.', '8 million tonnes', 8000000, 'tons', 'gas'],
  ['Turkmen gas to China reached 34 billion m3 in 2021.', '34 billion m3', 34000000000, 'm3', 'gas'],
  ['Saudi oil sales to India came to 250 million barrels in 2022.', '250 million barrels', 250000000, 'barrels', 'oil'],
  ['Iraqi crude to Jordan reached 3 million barrels in 2020.', '3 million barrels', 3000000, 'barrels', 'oil'],
  ['The field held 40 million barrels of condensate in 2019, Cyprus said of Egypt.', '40 million barrels', 40000000, 'barrels', 'oil'],
  ['The capacity of the dam that Laos built for Thailand is 1,285 in 2019 terms.', '1,285', 1285, 'MW', 'capacity'],
  ['Bhutan sold 1,020 MW to India from its plant in 2019.', '1,020 MW', 1020, 'MW', 'capacity'],
  ['Ethiopia put 5,150 megawatts into service in 2023, Egypt noted.', '5,150 megawatts', 5150, 'MW', 'capacity'],
  ['China extended concessional lending of US$1.5 billion to Laos in 2019.', 'US$1.5 billion', 1500000000, 'USD', 'oda_loans'],
  ['Norway was the second biggest donor to Malawi in 2019.', 'second', 2, 'rank', 'oda'],
  ['Disbursed FDI from Singapore in Cambodia reached US$800 million in 2021.', 'US$800 million', 800000000, 'USD', 'fdi_disbursed'],
  ['Of the capital pledged by Thai firms in Myanmar, investment disbursed came to US$300 million in 2018.', 'US$300 million', 300000000, 'USD', 'fdi_disbursed'],
  ['Realised investment from Korea in Indonesia came to US$2.1 billion in 2022.', 'US$2.1 billion', 2100000000, 'USD', 'fdi_disbursed'],
  ['Implemented capital of Taiwanese projects in the Philippines was US$450 million in 2020.', 'US$450 million', 450000000, 'USD', 'fdi_disbursed'],
  ['Pledged investment from the United Arab Emirates in Egypt amounted to US$35 billion in 2023.', 'US$35 billion', 35000000000, 'USD', 'fdi_pledged'],
  ['Saudi investment pledges to Pakistan reached US$25 billion in 2023.', 'US$25 billion', 25000000000, 'USD', 'fdi_pledged'],
  ['Argentine shipments to Brazil were worth US$3.4 billion in 2019, the trade ministry said.', 'US$3.4 billion', 3400000000, 'USD', 'exports'],
  ['Kazakhstan was the fifth-biggest trading partner of Turkey in 2021.', 'fifth', 5, 'rank', 'trade'],
  ["Turkey's trade surplus with Iraq widened to US$9 billion in 2021.", 'US$9 billion', 9000000000, 'USD', 'trade_balance'],
  // A surplus or deficit at the head of the figure's phrase is a balance, never the trade it is a balance of (session 25).
  ['Latvia ran a surplus of €310 million in its trade with Finland in 2019.', '€310 million', 310000000, 'EUR', 'trade_balance'],
  ["Chile's deficit with New Zealand widened to US$1.2 billion in 2020.", 'US$1.2 billion', 1200000000, 'USD', 'trade_balance'],
  ["Tunisia's budget deficit reached US$3 billion in 2021, while trade with Italy reached US$7 billion.", 'US$3 billion', 3000000000, 'USD', 'budget_balance'],
  ['Mongolia recorded a current-account deficit of US$900 million in 2018.', 'US$900 million', 900000000, 'USD', 'current_account'],
  ['Malaysia welcomed 2.5 million holidaymakers from Singapore in 2018.', '2.5 million', 2500000, 'persons', 'visitors'],
  ['Canada received 600,000 vacationers from Mexico in 2019.', '600,000', 600000, 'persons', 'visitors'],
  ['The Indian diaspora in the Gulf numbered about 8.9 million in 2021.', '8.9 million', 8900000, 'persons', 'residents'],
  ['Hungary awarded 200 scholarships to students from Laos in 2021.', '200', 200, 'count', 'scholarships'],
  ['Airlines operated 56 flights a week between Doha and Islamabad in 2022.', '56', 56, 'count', 'flights'],
  ['Air services between Israel and Morocco reached 30 a week in 2023.', '30', 30, 'count', 'flights'],
  ['By 2019 Poland and Ukraine had 22 pairs of sister cities.', '22', 22, 'count', 'sister_cities'],
  ['By 2018 Germany and France were linked by more than 2,000 twinned towns.', '2,000', 2000, 'count', 'sister_cities'],
  ['Friendship cities between China and Brazil numbered 60 in 2021.', '60', 60, 'count', 'sister_cities'],
  ['The border clashes of 2020 left 14 soldiers dead.', '14', 14, 'persons', 'casualties'],
  ['Arms sales from Russia to India came to US$13 billion in 2021.', 'US$13 billion', 13000000000, 'USD', 'arms_trade'],
  ['Weapons purchases by Qatar from France reached €6 billion in 2015.', '€6 billion', 6000000000, 'EUR', 'arms_trade'],
  ['In 2018 Washington imposed tariffs of 25% on Chinese steel.', '25%', 25, 'percent', 'tariffs'],
  ['Canada levied duties of 10% on American goods in 2018.', '10%', 10, 'percent', 'tariffs'],
  ['In 2020 India raised the levy to 45% for goods from Malaysia.', '45%', 45, 'percent', 'tariffs'],
  ['Turkish firms won contracts worth US$9 billion in Turkmenistan in 2012.', 'US$9 billion', 9000000000, 'USD', 'contracts'],
  ['Chinese contractors signed deals worth US$5 billion in Angola in 2018.', 'US$5 billion', 5000000000, 'USD', 'contracts'],
  ['Egyptian pilgrims to Saudi Arabia numbered 78,000 in 2019.', '78,000', 78000, 'persons', 'visitors'],
  ['The Korean community in Uzbekistan numbered about 180,000 in 2020.', '180,000', 180000, 'persons', 'residents'],
  ['The number of Mongolians studying in Korea reached 9,000 in 2019.', '9,000', 9000, 'persons', 'students'],
  ['The embassy in Beijing issued 120,000 visas to Chinese citizens travelling to Italy in 2019.', '120,000', 120000, 'count', 'visas'],
  ['The number of Nepalis working in Malaysia stood at around 400,000 in 2022.', '400,000', 400000, 'persons', 'workers'],
];

describe('indicator vocabularies', () => {
  it('reads a surplus told after the trade it is a balance of as the balance, dated by "that year"', () => {
    const text = 'Trade between Latvia and Finland reached €5.1 billion in 2018. Latvia ran a surplus of €310 million in its trade with Finland that year.';
    expect(facts(text).map((f) => [f.valueStart, f.valueEnd, f.indicator, f.value, f.period])).toEqual([
      [text.indexOf('€5.1 billion'), text.indexOf('€5.1 billion') + '€5.1 billion'.length, 'trade', 5100000000, '2018'],
      [text.indexOf('€310 million'), text.indexOf('€310 million') + '€310 million'.length, 'trade_balance', 310000000, '2018'],
    ]);
  });

  it.each([
    // A bare "surplus" or "deficit" is a trade balance in money only (review of session 25).
    ['Thailand has run a surplus of 2 million tonnes of rice with Vietnam since 2019.', '2 million tonnes'],
    ['In 2021 its rice surplus with Japan was 300,000 tonnes.', '300,000 tonnes'],
    ['In 2021 Latvia posted a deficit of 3 percent of GDP.', '3 percent'],
  ])('gives no trade balance to a figure that is no sum of money: %s', (sentence, quote) => {
    const found = facts(sentence).filter((f) => f.valueStart === sentence.indexOf(quote));
    expect(found.length).toBe(1);
    expect(found[0]!.indicator).not.toBe('trade_balance');
  });

  it.each(indicatorCases)('%s', (sentence, quote, value, unit, indicator) => {
    const at = sentence.indexOf(quote);
    expect(facts(sentence).map((f) => [sentence.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.indicator])).toContainEqual([quote, value, unit, indicator]);
    expect(at).toBeGreaterThanOrEqual(0);
  });

  it('has a case for every keyword of every indicator that is not an action', () => {
    const raw = JSON.parse(readFileSync(lexiconPath('indicators.json'), 'utf8'));
    const missing: string[] = [];
    for (const i of raw.indicators as { id: string; keywords: (string | { pattern: string })[]; counts?: string[] }[]) {
      if (i.counts || i.id === 'summons') continue;
      for (const k of i.keywords.map((k) => (typeof k === 'string' ? k : k.pattern)))
        if (!indicatorCases.some(([s, , , , id]) => id === i.id && new RegExp(k, 'i').test(s))) missing.push(`${i.id}: ${k}`);
    }
    expect(missing).toEqual([]);
  });
});
