import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/**
 * The forms a field vocabulary of bilateral figures takes (trade by direction, investment
 * registered, disbursed and pledged, aid, people on the move, shares, ranks, ranges, growth,
 * factors), written in the manner of wire reports, statistics releases, fact sheets and
 * encyclopedias about many pairs of states. The expected values were written down before the
 * engine was run on the sentences.
 */
function facts(text: string, documentDate = '2023-06-14') {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate }).facts;
}

/** [sentence, quote of the value, value, unit, period, indicator (undefined: any), qualifier (undefined: exact)]: a fact the sentence must give, among others. */
type Case = [string, string, number, string, string | undefined, string | undefined, string?];

const cases: Case[] = [
  // Trade by direction, balances, growth to a level.
  ['Exports from Chile to China rose 12% to US$38.2 billion in 2021.', 'US$38.2 billion', 38200000000, 'USD', '2021', 'exports'],
  ['Exports from Chile to China rose 12% to US$38.2 billion in 2021.', '12%', 12, 'percent', '2021', 'exports'],
  ["Indonesia's imports from Australia totalled A$9.6 billion in 2022.", 'A$9.6 billion', 9600000000, 'AUD', '2022', 'imports'],
  ['Two-way trade between Canada and Mexico stood at C$56 billion in 2020.', 'C$56 billion', 56000000000, 'CAD', '2020', 'trade'],
  ['Argentine shipments to Brazil were worth US$3.4 billion in 2019, the trade ministry said.', 'US$3.4 billion', 3400000000, 'USD', '2019', 'exports'],
  ["Turkey's trade surplus with Iraq widened to US$9 billion in 2021.", 'US$9 billion', 9000000000, 'USD', '2021', 'trade_balance'],
  ['Kenya ran a trade deficit of US$1.3 billion with China in 2020.', 'US$1.3 billion', 1300000000, 'USD', '2020', 'trade_balance'],
  ['Bilateral trade turnover between Kazakhstan and Uzbekistan grew by 18.5 percent in 2022.', '18.5 percent', 18.5, 'percent', '2022', 'trade'],
  // Investment: registered, disbursed, pledged, cumulative, projects.
  ['Disbursed FDI from Singapore in Cambodia reached US$800 million in 2021.', 'US$800 million', 800000000, 'USD', '2021', 'fdi_disbursed'],
  ['Realised investment from Korea in Indonesia came to US$2.1 billion in 2022.', 'US$2.1 billion', 2100000000, 'USD', '2022', 'fdi_disbursed'],
  ['Pledged investment from the United Arab Emirates in Egypt amounted to US$35 billion in 2023.', 'US$35 billion', 35000000000, 'USD', '2023', 'fdi_pledged'],
  ['Saudi investment pledges to Pakistan reached US$25 billion in 2023.', 'US$25 billion', 25000000000, 'USD', '2023', 'fdi_pledged'],
  ['By the end of 2022, cumulative Korean investment in Uzbekistan stood at US$7 billion in 900 projects.', 'US$7 billion', 7000000000, 'USD', '2022', 'fdi_registered'],
  ['By the end of 2022, cumulative Korean investment in Uzbekistan stood at US$7 billion in 900 projects.', '900', 900, 'projects', '2022', 'investment_projects'],
  ['Chinese firms invested a total of US$12 billion in Laos from 2010 to 2020.', 'US$12 billion', 12000000000, 'USD', '2010/2020', 'fdi_registered'],
  // The year a change is measured from is not the period of the change.
  ['Trade between Chile and Peru reached $4.1 billion last year, up 12 percent from 2021.', '12 percent', 12, 'percent', '2022', 'trade'],
  // Months of one year: a half or a quarter of it is the period, not the day of publication.
  ['In January-June 2023, trade between Chile and Korea reached US$3.9 billion.', 'US$3.9 billion', 3900000000, 'USD', '2023-01/2023-06', 'trade'],
  ['Trade between Chile and Korea reached US$4.2 billion in the first half of 2025.', 'US$4.2 billion', 4200000000, 'USD', '2025-01/2025-06', 'trade'],
  ['In the second half of 2024, Korean investment in Chile came to US$300 million.', 'US$300 million', 300000000, 'USD', '2024-07/2024-12', 'fdi_registered'],
  // A year that a month closes: the twelve months up to it.
  ['Trade between Iran and Iraq reached US$9 billion in the Iranian year ending March 2026.', 'US$9 billion', 9000000000, 'USD', '2025-03/2026-03', 'trade'],
  ['Exports from Kenya to Uganda were US$500 million in the 12 months to June 2025.', 'US$500 million', 500000000, 'USD', '2024-06/2025-06', 'exports'],
  // A season's months depend on the hemisphere: its year is the period.
  ['Trade between Chile and Korea reached US$1.1 billion in summer 2019.', 'US$1.1 billion', 1100000000, 'USD', '2019', 'trade'],
  // Two clauses, each with its amount and its date: the date of the first clause is not the second's.
  ['Of the €400 million pledged by Germany to Namibia in 2021, only €150 million had been disbursed by 2023.', '€400 million', 400000000, 'EUR', '2021', undefined],
  ['Of the €400 million pledged by Germany to Namibia in 2021, only €150 million had been disbursed by 2023.', '€150 million', 150000000, 'EUR', '2023', 'oda_disbursed'],
  // Fiscal years across two calendar years.
  ["In FY2022-23, India's exports to the UAE were US$31.6 billion.", 'US$31.6 billion', 31600000000, 'USD', '2022/2023', 'exports'],
  ['Imports from Nepal reached Rs 1,200 crore in fiscal year 2021/22, the ministry in New Delhi said.', 'Rs 1,200 crore', 12000000000, 'INR', '2021/2022', 'imports'],
  // Aid: loans, grants, lending.
  ['China extended concessional lending of US$1.5 billion to Laos in 2019.', 'US$1.5 billion', 1500000000, 'USD', '2019', 'oda_loans'],
  ["Australia's grants to Papua New Guinea reached A$600 million in 2021.", 'A$600 million', 600000000, 'AUD', '2021', 'oda_grants'],
  ['Humanitarian aid from Sweden to Yemen came to SEK 300 million in 2021.', 'SEK 300 million', 300000000, 'SEK', '2021', 'oda'],
  // People: tourists, students, workers, diaspora, scholarships.
  ['Some 1.4 million Korean tourists visited the Philippines in 2019.', '1.4 million', 1400000, 'persons', '2019', 'visitors', 'approx'],
  ['Malaysia welcomed 2.5 million holidaymakers from Singapore in 2018.', '2.5 million', 2500000, 'persons', '2018', 'visitors'],
  ['Visitor arrivals from Australia to Fiji climbed to 370,000 in 2019.', '370,000', 370000, 'persons', '2019', 'visitors'],
  ['More than 60,000 Chinese students were enrolled at Canadian universities in 2022.', '60,000', 60000, 'persons', '2022', 'students', 'more_than'],
  ['In 2019 Nepal sent 220,000 migrant workers to Qatar.', '220,000', 220000, 'persons', '2019', 'workers'],
  ['The Indian diaspora in the Gulf numbered about 8.9 million in 2021.', '8.9 million', 8900000, 'persons', '2021', 'residents', 'approx'],
  ['Hungary awarded 200 scholarships to students from Laos in 2021.', '200', 200, 'count', '2021', 'scholarships'],
  ['Remittances from Russia to Tajikistan reached US$2.7 billion in 2021.', 'US$2.7 billion', 2700000000, 'USD', '2021', 'remittances'],
  // The economy and the people of a state.
  ["Ghana's population was estimated at 32.8 million in 2021.", '32.8 million', 32800000, 'persons', '2021', 'population'],
  ['Per-capita income in Bhutan reached US$3,700 in 2022.', 'US$3,700', 3700, 'USD', '2022', 'gdp_per_capita'],
  ['GDP per head in Uruguay was US$20,800 in 2022.', 'US$20,800', 20800, 'USD', '2022', 'gdp_per_capita'],
  // Security: troops, casualties.
  ['Russia keeps about 7,000 troops in Tajikistan, according to a 2021 estimate.', '7,000', 7000, 'persons', '2021', 'troops', 'approx'],
  ['The border clashes of 2020 left 14 soldiers dead.', '14', 14, 'persons', '2020', 'casualties'],
  // Links: flights, sister cities.
  ['Airlines operated 56 flights a week between Doha and Islamabad in 2022.', '56', 56, 'count', '2022', 'flights'],
  ['In 2023 there were 28 weekly flights between Manila and Taipei.', '28', 28, 'count', '2023', 'flights'],
  ['By 2019 Poland and Ukraine had 22 pairs of sister cities.', '22', 22, 'count', '2019', 'sister_cities'],
  ['By 2018 the two countries were linked by more than 100 twinned towns.', '100', 100, 'count', '2018', 'sister_cities', 'more_than'],
  // Shares of a total, in figures and in words.
  ["China accounted for 38% of Mongolia's total trade in 2021.", '38%', 38, 'percent', '2021', 'trade'],
  ['In 2020 Germany took a quarter of Czech exports.', 'a quarter', 25, 'percent', '2020', 'exports'],
  ['Nigerians made up one-third of the students from Africa in Malaysia in 2019.', 'one-third', 33.3, 'percent', '2019', 'students'],
  // Ranks: hyphenated ordinals, superlatives.
  ['Qatar is the third-largest investor in Rwanda.', 'third', 3, 'rank', '2023', 'fdi_registered'],
  ['Kazakhstan was the fifth-biggest trading partner of Turkey in 2021.', 'fifth', 5, 'rank', '2021', 'trade'],
  ['Norway was the second biggest donor to Malawi in 2019.', 'second', 2, 'rank', '2019', 'oda'],
  // Ranges, approximations, factors.
  ['Between 3,000 and 5,000 Nepali workers left for Malaysia each month in 2018.', '3,000', 3000, 'persons', '2018', 'workers', 'at_least'],
  ['Between 3,000 and 5,000 Nepali workers left for Malaysia each month in 2018.', '5,000', 5000, 'persons', '2018', 'workers', 'at_most'],
  ['Trade between Peru and Ecuador was worth an estimated US$4-5 billion in 2019.', 'US$4', 4000000000, 'USD', '2019', 'trade', 'approx'],
  ['Trade between India and the UAE grew four-fold between 2005 and 2020.', 'four-fold', 4, 'times', '2005/2020', 'trade'],
  ['Thai exports to Cambodia saw a threefold increase from 2010 to 2019.', 'threefold', 3, 'times', '2010/2019', 'exports'],
  // Second batch: structures around the number (hyphenated measures, "-strong", "No. 1", verbs of growth, people by what they do).
  ['India and Nepal share a 1,751-km border, open since 1950.', '1,751-km', 1751, 'km', '1950/..', undefined],
  ['Bhutan commissioned the 720-MW plant for exports to India in 2019.', '720-MW', 720, 'MW', '2019', 'capacity'],
  ['Fiji sent a 180-strong contingent of peacekeepers to the Golan Heights in 2013.', '180', 180, 'persons', '2013', 'troops'],
  ["China, Myanmar's No. 1 trading partner, bought US$5 billion of its goods in 2021.", '1', 1, 'rank', '2021', 'trade'],
  ['The number of Nepalis working in Malaysia stood at around 400,000 in 2022.', '400,000', 400000, 'persons', '2022', 'workers', 'approx'],
  ['The number of Mongolians studying in Korea reached 9,000 in 2019.', '9,000', 9000, 'persons', '2019', 'students'],
  ['The Korean community in Uzbekistan numbered about 180,000 in 2020.', '180,000', 180000, 'persons', '2020', 'residents', 'approx'],
  ['The embassy in Beijing issued 120,000 visas to Chinese citizens travelling to Italy in 2019.', '120,000', 120000, 'count', '2019', 'visas'],
  ['Chinese contractors signed deals worth US$5 billion in Angola in 2018.', 'US$5 billion', 5000000000, 'USD', '2018', 'contracts'],
  ['Arms sales from Russia to India came to US$13 billion from 2017 to 2021.', 'US$13 billion', 13000000000, 'USD', '2017/2021', 'arms_trade'],
  ['In 2018 Washington imposed tariffs of 25% on Chinese steel.', '25%', 25, 'percent', '2018', 'tariffs'],
  ['Tourist arrivals from China to Thailand doubled to 10.5 million between 2013 and 2018.', 'doubled', 2, 'times', '2013/2018', 'visitors'],
  ['As many as 30,000 Cambodian workers crossed into Thailand in 2014.', '30,000', 30000, 'persons', '2014', 'workers', 'at_most'],
  ['Egyptian pilgrims to Saudi Arabia were up threefold in 2019.', 'threefold', 3, 'times', '2019', undefined],
  ['An estimated 400,000 to 500,000 Filipinos worked in Kuwait in 2017.', '400,000', 400000, 'persons', '2017', 'workers', 'approx'],
  // Per-cent forms of the press, a range of shares, halves in words, currencies by a Gulf symbol, Malaysian scale words.
  ['Indian investment in Nepal rose 9 pct in 2021, the central bank said.', '9 pct', 9, 'percent', '2021', 'fdi_registered'],
  ["China's share of Cambodian imports rose by 4.5 percentage points in 2020.", '4.5 percentage points', 4.5, 'percent', '2020', 'imports'],
  ['Exports to Vietnam from Thailand rose 7.5 pc in 2022.', '7.5 pc', 7.5, 'percent', '2022', 'exports'],
  ['Two-way trade between Chile and Peru rose 12 per-cent in 2020.', '12 per-cent', 12, 'percent', '2020', 'trade'],
  ['Between 20 and 30 per cent of Mongolian exports went to China in 2015.', '20', 20, 'percent', '2015', 'exports', 'at_least'],
  ['Half a million Filipinos worked in Saudi Arabia in 2019.', 'Half a million', 500000, 'persons', '2019', 'workers'],
  ['Half a dozen Japanese firms opened plants in Laos in 2019.', 'Half a dozen', 6, 'count', '2019', undefined],
  ['Qatar sent aid worth QR 50 million to Gaza in 2021.', 'QR 50 million', 50000000, 'QAR', '2021', 'oda'],
  ['Trade between Malaysia and Singapore reached RM 300bil in 2022.', 'RM 300bil', 300000000000, 'MYR', '2022', 'trade'],
  ['Malaysia gave RM5mil in flood aid to Thailand in 2017.', 'RM5mil', 5000000, 'MYR', '2017', 'oda'],
  // Compound number words, and scale letters written against a count as the press writes them.
  ['Exports from Chile to Peru were worth twenty-five million dollars in 2020.', 'twenty-five million dollars', 25000000, 'USD', '2020', 'exports'],
  ['Japan received 1.2m visitors from China in 2019.', '1.2m', 1200000, 'persons', '2019', 'visitors'],
  ['About 30k Kenyan workers went to Qatar in 2022.', '30k', 30000, 'persons', '2022', 'workers', 'approx'],
  // A measure in words, and how often envoys met (as "visited seven times" counts visits).
  ['A Latvian drone flew about three kilometres into Belarusian airspace in May 2025.', 'three kilometres', 3, 'km', '2025-05', undefined, 'approx'],
  ['The two special envoys have met five times since talks began in 2022.', 'five times', 5, 'count', '2022', 'meetings'],
  // "a year earlier": the year before the figure told just before.
  ['Trade between Chile and Peru was US$4.1 billion in 2022, up from US$3.6 billion a year earlier.', 'US$3.6 billion', 3600000000, 'USD', '2021', 'trade'],
  // "dozen" multiplies the number before it.
  ['More than two dozen Kenyan lorries were stuck at the Busia crossing in May 2025.', 'two dozen', 24, 'count', '2025-05', undefined, 'more_than'],
];

/** Periods and subjects read from the structure of a long sentence of a statistical report. */
const report =
  'For Korean firms, the cumulative registered capital in Kenya from 1990 (the year the investment law was passed) to the end of 2020 was US$40.3 billion (15.7% of the total), ranking second after China (US$50.6 billion, 18.4%) (Embassy of Korea in Kenya, Trade Section, 2021).';

describe('facts in the forms of a field vocabulary', () => {
  it.each(cases)('%s → %s', (text, quote, value, unit, period, indicator, qualifier) => {
    const found = facts(text);
    const start = text.indexOf(quote);
    const f = found.find((x) => x.valueStart === start && x.valueEnd === start + quote.length);
    expect(found.map((x) => text.slice(x.valueStart, x.valueEnd))).toContain(quote);
    expect([f!.value, f!.unit, f!.period]).toEqual([value, unit, period]);
    if (indicator) expect(f!.indicator).toBe(indicator);
    expect(f!.qualifier).toBe(qualifier ?? 'exact');
  });

  it('reads a cumulative period across a bracket, not the year of a cited source, and a bracketed figure as the country before it', () => {
    expect(facts(report).map((f) => [report.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.period, f.subject])).toEqual([
      ['US$40.3 billion', 40300000000, 'USD', '1990/2020', 'Kenya'],
      ['15.7%', 15.7, 'percent', '1990/2020', 'Kenya'],
      ['second', 2, 'rank', '1990/2020', 'Kenya'],
      ['US$50.6 billion', 50600000000, 'USD', '1990/2020', 'China'],
      ['18.4%', 18.4, 'percent', '1990/2020', 'China'],
    ]);
  });

  // Flows of people both ways between a pair: each figure carries its own direction, so figures of opposite directions never share a key.
  it.each([
    ['Some 1.4 million Korean tourists visited the Philippines in 2019.', '1.4 million', 'South Korea', 'Philippines'],
    ['Kenya welcomed 210,000 Ugandan visitors in 2021, the tourism board said.', '210,000', 'Uganda', 'Kenya'],
    ['Egypt hosted 85,000 Sudanese travellers in 2022.', '85,000', 'Sudan', 'Egypt'],
    ['Last year Chile received almost 600,000 Argentine tourists, and about 80,000 Chilean tourists went to Argentina.', '600,000', 'Argentina', 'Chile'],
    ['Last year Chile received almost 600,000 Argentine tourists, and about 80,000 Chilean tourists went to Argentina.', '80,000', 'Chile', 'Argentina'],
    ['Visitors from Peru to Bolivia have grown fast in recent years. The number of Peruvian visitors was 310,000 in 2019.', '310,000', 'Peru', 'Bolivia'],
  ])('gives a flow its direction: %s → %s', (text, quote, from, to) => {
    const start = text.indexOf(quote);
    const f = facts(text).find((x) => x.valueStart === start && x.valueEnd === start + quote.length);
    expect(f?.direction).toEqual({ from, to });
  });

  it('takes no subject from a country named in a currency ("US dollars")', () => {
    const text = 'Exports from Chile to China rose to 38.2 billion US dollars in 2021.';
    expect(facts(text).map((f) => [text.slice(f.valueStart, f.valueEnd), f.subject, f.direction])).toEqual([['38.2 billion US dollars', 'China', { from: 'Chile', to: 'China' }]]);
  });

  it('keeps the direction told just before only while the sentence names no other country', () => {
    const text = 'Visitors from Peru to Bolivia have grown fast in recent years. Some 310,000 Peruvians crossed in 2019, and Chile sent 95,000 in 2019.';
    const found = facts(text).filter((f) => f.indicator === 'visitors');
    expect(found.map((f) => [text.slice(f.valueStart, f.valueEnd), f.direction])).toContainEqual(['95,000', undefined]);
  });

  // Numbers that name a model, a road, an article, a conference, an age or an address are no facts, even beside an indicator's word.
  it.each([
    'In 2019 India bought more Su-30 jets as exports from Russia grew.',
    'Pakistan flies the F-16 and the JF-17, its air force said in 2020.',
    'Trucks carrying exports to Laos queue on Route 13 in 2021.',
    'Article 9 of the constitution limits troops abroad, the court said in 2015.',
    'Delegates from Egypt and Brazil discussed aid at COP28 in Dubai in 2023.',
    'President Lula, 77, met the Argentine leader in 2023 to discuss trade.',
    'The prime minister, aged 58, spoke about investment at No. 10 in 2022.',
    'The 45-year-old envoy arrived in Lima in 2019 to talk about trade.',
    'Trade between Chile and Peru rose by a third in 2022.',
    // A target: an amount due by a year still to come, even with words between.
    'Kenya and Uganda agreed to lift bilateral trade to US$5 billion a year by 2030.',
  ])('gives no fact: %s', (text) => {
    expect(facts(text).map((f) => [text.slice(f.valueStart, f.valueEnd), f.value])).toEqual([]);
  });
});
