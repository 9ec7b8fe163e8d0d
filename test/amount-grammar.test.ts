import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/pipeline.js';
import { structure } from '../src/ingest/segment/structure.js';
import { codeWordIsMoney, currencyWords } from '../src/extract/facts/currency-finder.js';

function facts(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2024-01-01' }).facts;
}

/** [quote of the value, its offset, value, unit] of every fact in money. */
function money(text: string) {
  return facts(text)
    .filter((f) => /^[A-Z]{3}$/.test(f.unit))
    .map((f) => [text.slice(f.valueStart, f.valueEnd), f.valueStart, f.value, f.unit]);
}

describe('a code that is an English word too, before or after an amount (session 43)', () => {
  it.each([
    ["Morocco's exports to Mauritania rose to MAD 3.65bn in 2023, the ministry said.", 'MAD 3.65bn', 40, 3.65e9, 'MAD'],
    ['Georgia fined the Armenian haulier GEL 12,500 at the Sadakhlo crossing in 2024.', 'GEL 12,500', 35, 12500, 'GEL'],
    // "top 10" is a label, but not where "TOP" is Tonga's money.
    ['New Zealand granted Tonga TOP 4.2 million for cyclone repairs in 2023.', 'TOP 4.2 million', 26, 4.2e6, 'TOP'],
    ['Albania lent Kosovo ALL 850 million for the road to Prizren in 2019.', 'ALL 850 million', 20, 8.5e8, 'ALL'],
    ['Georgia collected 2,400,000 GEL in transit fees from Armenian lorries in 2022.', '2,400,000 GEL', 18, 2.4e6, 'GEL'],
  ])('%s', (sentence, quote, offset, value, unit) => {
    expect(sentence.indexOf(quote)).toBe(offset);
    expect(money(sentence)).toEqual([[quote, offset, value, unit]]);
  });

  it.each([
    // A number not written as a sum: a count, a case number, a small price beside a label in capitals.
    ['Greece and Albania agreed that ALL 3 border crossings would stay open in 2021.'],
    ['Tonga thanked Fiji for the TOP 10 relief flights it sent in 2022.'],
    ['The Moroccan court heard case 4471 MAD of 2020 against a Spanish firm.'],
    ['Morocco and Spain signed 12 MAD-denominated contracts in 2019.'],
    ['Tonga and Samoa met in the CUP 2 final in Apia in 2019.'],
    ['The Tongan set sells at TOP 2.00 and TOP 4.50 in Nuku’alofa.'],
    // A heading in capitals.
    ['ALL 40,000 DELEGATES FROM ALBANIA MET GREEK OFFICIALS IN 2019.'],
    // No country that uses it named: "MAD" and "ALL" are words.
    ['Kenya and Uganda said ALL 3 million residents were counted by 2019.'],
    ['Chile and Peru called the MAD 2 billion claim absurd in 2020.'],
    // After review: with no scale word, a number heading a plural noun counts it, whatever code-like word stands before.
    ['In Somalia, SOS 4,100 households in Garowe got cash transfers from Kenya in 2023.'],
    ["Peru's labour ministry hosted PEN 2,300 members of a Chilean teachers' union in 2021."],
    ['Albania said ALL 3,000 customs officers were trained by Greece in 2020.'],
    ['Albania reopened ALL 1,450 schools near the Greek border in 2021.'],
    ['Cuba said CUP 4,200 doctors returned from Venezuela in 2019.'],
    ['Cuba and Mexico sold CUP 2,600 tickets for the baseball series in 2018.'],
    ['Tonga and Fiji said TOP 1,800 households received cyclone grants in 2023.'],
  ])('reads no money in %s', (sentence) => {
    expect(money(sentence)).toEqual([]);
  });

  it('says when such a code is money', () => {
    expect(codeWordIsMoney('MAD', '1.42', true, ['reached', 'in'], ['MAR'])).toBe(true);
    expect(codeWordIsMoney('MAD', '1.42', true, ['reached', 'in'], ['TUN'])).toBe(false);
    expect(codeWordIsMoney('GEL', '45,000', false, ['of', 'in'], ['GEO'])).toBe(true);
    expect(codeWordIsMoney('GEL', '4471', false, ['Ref', 'was'], ['GEO'])).toBe(false);
    expect(codeWordIsMoney('ALL', '12,000', false, ['', 'MEMBERS'], ['ALB'])).toBe(false);
  });

  it('keeps the count of people a code-like word stands before (after review)', () => {
    const s = "Peru's labour ministry hosted PEN 2,300 members of a Chilean teachers' union in 2021.";
    expect(facts(s).map((f) => [s.slice(f.valueStart, f.valueEnd), f.valueStart, f.value, f.unit])).toEqual([['2,300', 34, 2300, 'persons']]);
  });
});

describe("a currency's name before its amount (session 43)", () => {
  it.each([
    ["Mali's customs put imports from Côte d'Ivoire at CFA francs 1,240 billion in 2022.", 'CFA francs 1,240 billion', 49, 1.24e12, 'XOF'],
    ['Berne pledged Swiss francs 14 million to Rwanda for water projects in 2021.', 'Swiss francs 14 million', 14, 1.4e7, 'CHF'],
    // The country named before the currency's own adjective is no part of the amount.
    ['Switzerland gave Ghana Swiss francs 3.2 million in aid in 2020.', 'Swiss francs 3.2 million', 23, 3.2e6, 'CHF'],
    ["India's lines of credit to Sri Lanka reached Indian rupees 2,500 crore in 2020.", 'Indian rupees 2,500 crore', 45, 2.5e10, 'INR'],
    ['Norway paid Norwegian kroner 75,000 in compensation to a Russian trawler in 2018.', 'Norwegian kroner 75,000', 12, 75000, 'NOK'],
    // After review: an amount before "of" is money where what follows names a sum of money.
    ['Mexicans in Texas sent home dollars 2,500 of remittances each in 2022.', 'dollars 2,500', 28, 2500, 'USD'],
    // A singular word after a country's adjective.
    ['Seoul lent Hanoi Korean won 5 trillion for metro lines in 2019.', 'Korean won 5 trillion', 17, 5e12, 'KRW'],
  ])('%s', (sentence, quote, offset, value, unit) => {
    expect(sentence.indexOf(quote)).toBe(offset);
    expect(money(sentence)).toEqual([[quote, offset, value, unit]]);
  });

  it.each([
    // "won" as a verb, after a name or a country's name, not its adjective.
    ["Korea's Yoon won 58,000 votes in the border county in 2022."],
    ['South Korea won 1,200 medals against Japan in 2018.'],
    // A number not written as a sum.
    ['Senegal and Mali traded francs 3 years after the 1960 split.'],
    ['The franc fell 2.5 percent against the euro in 2011, Swiss officials said.'],
    ['Swiss francs 2019 coins were minted for Liechtenstein.'],
    // After review: with no scale word, an amount heading a plural noun counts it, and one before "of" measures.
    ['In the 2022 poll in Busan, a Korean won 3,200 votes as a candidate born in Japan.'],
    ['The Korean won 4,500 contracts in Vietnam in 2020, Seoul said.'],
    ['South Korea said a Korean won 11,000 seats at the Japanese auction in 2019.'],
    ['The ferry from Britain to Ireland carried pounds 3,000 of cargo weight in 2019.'],
    ['Britain shipped pounds 1,500 sacks of seed to Ireland in 2018.'],
  ])('reads no money in %s', (sentence) => {
    expect(money(sentence)).toEqual([]);
  });

  it("keeps only the currency's own capitalised words", () => {
    expect(currencyWords('Ghana Swiss ')).toBe('Swiss ');
    expect(currencyWords('Mali CFA ')).toBe('CFA ');
    expect(currencyWords('Yoon ')).toBe('');
    expect(currencyWords('South Korea ', true)).toBe('');
    expect(currencyWords('Seoul Korean ', true)).toBe('Korean ');
  });
});

describe('a scale written against the digits of a bare amount (session 43)', () => {
  it('reads "2.9bn" after an amount in dirhams as 2.9 billion dirhams', () => {
    const s = 'Trade between Morocco and Senegal reached 5.1bn dirhams last year, against 2.9bn in 2022.';
    expect(money(s)).toEqual([
      ['5.1bn dirhams', 42, 5.1e9, 'MAD'],
      ['2.9bn', 75, 2.9e9, 'MAD'],
    ]);
  });

  it.each([
    // A unit of measure written against the digits is no scale: "12m" is twelve metres.
    ['The fence between Morocco and Algeria rose to 12m in places by 2019.'],
    // A scale word run on into a longer word is none.
    ['Exports of Chilean copper to Peru rose to 12 billionaires in 2021.'],
  ])('reads no amount of money in %s', (sentence) => {
    expect(money(sentence)).toEqual([]);
  });
});

describe("figures in a document's notes (session 43, after review)", () => {
  const doc = (...notes: string[]) =>
    ['# Chile and Peru: agreements in force', '', 'The register lists the agreements between Chile and Peru in force on 1 March 2026.', '', '## Notes', '', ...notes.flatMap((n) => [n, ''])].join(
      '\n',
    );
  const note = '- Bilateral trade between Chile and Peru reached US$ 4.6 billion in 2024, according to the Central Bank of Chile.';

  it('reads an amount written with its currency in a note', () => {
    const text = doc(note);
    const quote = 'US$ 4.6 billion';
    expect(money(text)).toEqual([[quote, text.indexOf(quote), 4.6e9, 'USD']]);
  });

  it('reads none after a bibliography heading', () => {
    expect(money(doc(note).replace('## Notes', '## References'))).toEqual([]);
  });

  it.each([
    // A footnote number, a table and its rows, a telephone number, in a document whose body writes pounds.
    ['7 Consult Table 9, rows 2 to 11; telephone 0207 441 903.'],
    // A source's volume, issue and page range.
    ['- Ortiz, Andean Economic Review, vol. 8, no. 2 (2023), 117-139.'],
    // A publisher's place and year, a count of pages.
    ['- Lima and Santiago in the Pacific Alliance (Santiago: 2018), 288 pages.'],
    // A census with its volume and a count of people.
    ['5 Instituto Nacional de Estadística, Census 2017, volume 2B, 17,574,003 persons.'],
  ])('reads no figure in the note %s', (n) => {
    const text = doc(n).replace('in force on 1 March 2026.', 'in force on 1 March 2026; Chile gave Peru £ 3 million in grants.');
    expect(facts(text).filter((f) => f.valueStart > text.indexOf('## Notes'))).toEqual([]);
  });

  it("drops a note's copy of a figure the body states under another indicator", () => {
    const text = doc('3 The Chilean grant of US$ 9 million follows US$ 7 million in 2023.').replace(
      'in force on 1 March 2026.',
      'in force on 1 March 2026. Chile will give Peru US$ 9 million in 2025.',
    );
    const notes = text.indexOf('## Notes');
    expect(money(text).map((m) => [m[0], (m[1] as number) > notes])).toEqual([
      ['US$ 9 million', false],
      ['US$ 7 million', true],
    ]);
  });

  it('reads a figure of its own in a list of notes that also cites tables and telephones', () => {
    const text = doc('1 Consult Table 9, rows 2 to 11; telephone 0207 441 903.\n2 The Chilean loan of US$ 60 million to Peru was repaid in 2022.');
    const quote = 'US$ 60 million';
    expect(money(text).filter((m) => (m[1] as number) > text.indexOf('## Notes'))).toEqual([[quote, text.indexOf(quote), 6e7, 'USD']]);
  });

  // A span of years dates a note's figure; it is no page range (session 45).
  it.each([
    ['- Chilean exports to Peru: US$ 2.1 billion in 2024–25, according to the Central Bank of Chile.', 'US$ 2.1 billion', 2.1e9],
    ['- Peruvian investment in Chile reached US$ 850 million over 2015-2024, the agency said.', 'US$ 850 million', 8.5e8],
  ])('reads the figure of the note %s', (n, quote, value) => {
    const text = doc(n);
    expect(money(text)).toEqual([[quote, text.indexOf(quote), value, 'USD']]);
  });

  // A span of years with no preposition or "FY" before it is a page range (session 45, after review).
  it('reads no figure in a note whose pages look like years', () => {
    const text = doc('- Journal of Andean Studies 45, 1850–1875, gives Chilean exports to Peru of US$ 2.9 billion.');
    expect(money(text)).toEqual([]);
  });

  it('reads the figure of a note dated by a fiscal year', () => {
    const text = doc('- Peruvian purchases from Chile: US$ 1.3 billion in FY 2023–24, the customs office said.');
    expect(money(text)).toEqual([['US$ 1.3 billion', text.indexOf('US$ 1.3 billion'), 1.3e9, 'USD']]);
  });

  it('still reads no figure in a note with a page range', () => {
    const text = doc('- Ortiz, Andean Economic Review (2023), 117–139, puts Chilean exports to Peru at US$ 2.1 billion.');
    expect(money(text)).toEqual([]);
  });

  it("drops a note's copy of a figure the body states", () => {
    const body = 'The register lists the agreements between Chile and Peru in force on 1 March 2026. Their trade was US$ 4.6 billion in 2024.[2]';
    const text = doc('2 Trade between Chile and Peru was US$ 4.6 billion in 2024, the Central Bank of Chile said.').replace(
      'The register lists the agreements between Chile and Peru in force on 1 March 2026.',
      body,
    );
    const quote = 'US$ 4.6 billion';
    expect(money(text)).toEqual([[quote, text.indexOf(quote), 4.6e9, 'USD']]);
  });
});

describe('an amount whose scale word is on the next line of a hard-wrapped text (session 43)', () => {
  it.each([
    ['Exports from Austria to Hungary reached EUR 8.2\n    billion in 2023, the statistics office said.', 'EUR 8.2\n    billion', 40, 8.2e9, 'EUR'],
    ['Aid from Japan to Laos reached 41.5\nbillion yen in 2019.', '41.5\nbillion yen', 31, 4.15e10, 'JPY'],
  ])('%s', (sentence, quote, offset, value, unit) => {
    expect(sentence.indexOf(quote)).toBe(offset);
    expect(money(sentence)).toEqual([[quote, offset, value, unit]]);
  });

  it('takes no scale word across a blank line', () => {
    const text = 'Trade between Austria and Hungary reached EUR 8.2 in the index for 2023.\n\nBillion-euro projects were planned for 2024.';
    expect(money(text).map((m) => m[2])).toEqual([8.2]);
  });
});

describe("a record's aligned columns between a code and its amount (session 43)", () => {
  const record = [
    'GRANT RECORD: Japan to Laos, rural roads programme',
    'Reporting organisation: Japan International Cooperation Agency',
    'Transactions:',
    '  2021-04-12  commitment      USD  42,000,000  (grant)',
    'Description: Japan agreed in April 2021 to fund the rural roads of Laos.',
  ].join('\n');

  it('reads the amount of a transaction line', () => {
    const quote = 'USD  42,000,000';
    expect(money(record)).toEqual([[quote, record.indexOf(quote), 4.2e7, 'USD']]);
  });

  it.each([
    // A number not in thousands after the spaces: a year or a count of another column.
    ['Japan and Laos: grant record.\nCurrency:   USD      2021\nTranches:   USD      12'],
    ['Japan granted Laos a loan in 2021; currency USD   12 tranches were planned.'],
  ])('reads no amount after the spaces of %s', (text) => {
    expect(money(text)).toEqual([]);
  });
});
