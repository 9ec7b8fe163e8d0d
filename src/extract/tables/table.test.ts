import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { htmlLoader } from '../../ingest/loaders/html-loader.js';
import type { Block } from '../../model/document.js';

function tableFacts(text: string, blocks?: Block[]) {
  const s = structure(text, blocks);
  return extract({ text, blocks: s.blocks, sentences: s.sentences })
    .facts.filter((f) => f.stage === 'tables')
    .map((f) => [f.indicator, f.value, f.unit, f.period, f.subject, text.slice(f.valueStart, f.valueEnd), text.slice(f.start, f.end)]);
}

describe('tables in every layout', () => {
  it('reads columns aligned with spaces under a header of years, with the unit line above (a PDF statistical annex)', () => {
    const text = [
      'Table 4. Japan’s ODA disbursements to Kenya',
      '(US$ million)',
      '',
      '                        2019      2020      2021',
      'Grant aid              120.5      98.2     101.0',
      'Loan aid               310.0         —     402.7',
      'Technical cooperation   45.1      40.0',
    ].join('\n');
    expect(tableFacts(text)).toEqual([
      ['grant_aid', 120500000, 'USD', '2019', 'Grant aid', '120.5', 'Grant aid              120.5      98.2     101.0'],
      ['grant_aid', 98200000, 'USD', '2020', 'Grant aid', '98.2', 'Grant aid              120.5      98.2     101.0'],
      ['grant_aid', 101000000, 'USD', '2021', 'Grant aid', '101.0', 'Grant aid              120.5      98.2     101.0'],
      ['loan_aid', 310000000, 'USD', '2019', 'Loan aid', '310.0', 'Loan aid               310.0         —     402.7'],
      ['loan_aid', 402700000, 'USD', '2021', 'Loan aid', '402.7', 'Loan aid               310.0         —     402.7'],
      ['technical_cooperation', 45100000, 'USD', '2019', 'Technical cooperation', '45.1', 'Technical cooperation   45.1      40.0'],
      ['technical_cooperation', 40000000, 'USD', '2020', 'Technical cooperation', '40.0', 'Technical cooperation   45.1      40.0'],
    ]);
  });

  it('measures what the caption names when the rows are countries under years', () => {
    const text = 'Visitors to Thailand\n(thousand persons)\n            2018     2019\nJapan      1,655    1,806\nChina     10,535';
    expect(tableFacts(text).map((f) => f.slice(0, 5))).toEqual([
      ['visitors_to_thailand_thousand_persons', 1655000, 'persons', '2018', 'Japan'],
      ['visitors_to_thailand_thousand_persons', 1806000, 'persons', '2019', 'Japan'],
      ['visitors_to_thailand_thousand_persons', 10535000, 'persons', '2018', 'China'],
    ]);
  });

  it('reads a tab-separated fact sheet with a "Unit:" line and fiscal years as rows', () => {
    const text = 'Unit: billion yen\n\nFiscal year\tGrants\tLoans\nFY2019\t12.5\t150.2\nFY2020\t10.1\t98';
    expect(tableFacts(text)).toEqual([
      ['grants', 12500000000, 'JPY', '2019', undefined, '12.5', 'FY2019\t12.5\t150.2'],
      ['loans', 150200000000, 'JPY', '2019', undefined, '150.2', 'FY2019\t12.5\t150.2'],
      ['grants', 10100000000, 'JPY', '2020', undefined, '10.1', 'FY2020\t10.1\t98'],
      ['loans', 98000000000, 'JPY', '2020', undefined, '98', 'FY2020\t10.1\t98'],
    ]);
  });

  it('dates a row by a year written with a note, a label or split across two years (each row its own year, never the next row’s)', () => {
    const text = [
      'Bilateral trade, Chile and Peru (US$ million)',
      '',
      'Year\tChilean exports to Peru\tPeruvian exports to Chile',
      '2019*\t1,810\t1,120',
      'Year 2020\t1,540\t960',
      '2021 (prov.)\t2,060\t1,390',
      '2022–23\t2,300\t1,450',
    ].join('\n');
    expect(tableFacts(text).map((f) => [f[0], f[1], f[3], f[5]])).toEqual([
      ['chilean_exports_to_peru', 1810000000, '2019', '1,810'],
      ['peruvian_exports_to_chile', 1120000000, '2019', '1,120'],
      ['chilean_exports_to_peru', 1540000000, '2020', '1,540'],
      ['peruvian_exports_to_chile', 960000000, '2020', '960'],
      ['chilean_exports_to_peru', 2060000000, '2021', '2,060'],
      ['peruvian_exports_to_chile', 1390000000, '2021', '1,390'],
      ['chilean_exports_to_peru', 2300000000, '2022/2023', '2,300'],
      ['peruvian_exports_to_chile', 1450000000, '2022/2023', '1,450'],
    ]);
    // Years with notes as column headers: each column its year, the row label the indicator.
    const annex = ['Korean ODA to Laos (US$ million)', '', 'Type\t2020\t2021p\t2022 est.', 'Grants\t41.2\t38.0\t44.5', 'Loans\t12.0\t15.5\t10.1'].join('\n');
    expect(tableFacts(annex).map((f) => [f[0], f[1], f[3]])).toEqual([
      ['grants', 41200000, '2020'],
      ['grants', 38000000, '2021'],
      ['grants', 44500000, '2022'],
      ['loans', 12000000, '2020'],
      ['loans', 15500000, '2021'],
      ['loans', 10100000, '2022'],
    ]);
  });

  it('gives a row whose year cell is blank the year above it (a merged cell), never the next row’s', () => {
    const text = [
      'Korean loans to Uzbekistan (US$ million)',
      '',
      'Project                        Year    Loan',
      'Tashkent water supply          2018    120.0',
      'Samarkand ring road                     85.5',
      'Navoi airport cargo terminal   2019     64.0',
    ].join('\n');
    expect(tableFacts(text).map((f) => [f[1], f[3], String(f[6]).slice(0, 16)])).toEqual([
      [120000000, '2018', 'Tashkent water s'],
      [85500000, '2018', 'Samarkand ring r'],
      [64000000, '2019', 'Navoi airport ca'],
    ]);
  });

  it('reads a unit in a column header of a Markdown table, and percentages in cells', () => {
    const text = '| Partner | Exports (KES million) | Share |\n|---|---|---|\n| Uganda | 1,204.5 | 12% |\n| Rwanda | 640 | 6.4% |';
    expect(tableFacts(text)).toEqual([
      ['exports_kes_million', 1204500000, 'KES', undefined, 'Uganda', '1,204.5', 'Uganda | 1,204.5 | 12%'],
      ['share', 12, 'percent', undefined, 'Uganda', '12%', 'Uganda | 1,204.5 | 12%'],
      ['exports_kes_million', 640000000, 'KES', undefined, 'Rwanda', '640', 'Rwanda | 640 | 6.4%'],
      ['share', 6.4, 'percent', undefined, 'Rwanda', '6.4%', 'Rwanda | 640 | 6.4%'],
    ]);
  });

  it('reads an HTML table, its unit from the paragraph above and a shared symbol from the countries named', async () => {
    const html =
      '<html><body><p>Pakistan–China trade (Rs billion)</p><table><thead><tr><th>Year</th><th>Imports from China</th><th>Exports to China</th></tr></thead><tr><td>2021</td><td>1,420</td><td>310</td></tr></table></body></html>';
    const doc = await htmlLoader.load(Buffer.from(html), 'trade.html');
    expect(tableFacts(doc.text, doc.blocks)).toEqual([
      ['imports_from_china', 1420000000000, 'PKR', '2021', 'China', '1,420', '2021\t1,420\t310'],
      ['exports_to_china', 310000000000, 'PKR', '2021', 'China', '310', '2021\t1,420\t310'],
    ]);
  });

  it('takes a currency symbol in a cell before the unit line, and a scale word in a cell', () => {
    const text = 'Project\tCost\nNairobi bypass\tUS$160 million\nMombasa port\t¥32.1 billion';
    expect(tableFacts(text).map((f) => [f[1], f[2]])).toEqual([
      [160000000, 'USD'],
      [32100000000, 'JPY'],
    ]);
  });

  it('reads a cell of two amounts, the second in brackets or after a slash, as two facts (an aligned annex and a tab sheet)', () => {
    const text = [
      'Korean loans to Indonesia by sector',
      '                 2021                      2022',
      'Railways         ₩1.1 trillion (US$960m)   ₩0.9 trillion (US$700m)',
      'Ports            ₩420 billion (US$367m)    ₩510 billion (US$395m)',
    ].join('\n');
    expect(tableFacts(text).map((f) => [f[1], f[2], f[3], f[5]])).toEqual([
      [1100000000000, 'KRW', '2021', '₩1.1 trillion'],
      [960000000, 'USD', '2021', 'US$960m'],
      [900000000000, 'KRW', '2022', '₩0.9 trillion'],
      [700000000, 'USD', '2022', 'US$700m'],
      [420000000000, 'KRW', '2021', '₩420 billion'],
      [367000000, 'USD', '2021', 'US$367m'],
      [510000000000, 'KRW', '2022', '₩510 billion'],
      [395000000, 'USD', '2022', 'US$395m'],
    ]);
    const sheet = 'Project\tLoan (¥ million)\tYear\nMetro line 1\t1,200 (US$ 11m)\t2019\nRing road\t¥3.2bn / $29m\t2020';
    expect(tableFacts(sheet).map((f) => [f[1], f[2], f[3], f[5]])).toEqual([
      [1200000000, 'JPY', '2019', '1,200'],
      [11000000, 'USD', '2019', 'US$ 11m'],
      [3200000000, 'JPY', '2020', '¥3.2bn'],
      [29000000, 'USD', '2020', '$29m'],
    ]);
  });

  it('reads an aligned table whose rows a PDF text layer parts with blank lines', () => {
    const text = [
      'Table 3: Trade of Uzbekistan with Kazakhstan (USD million)',
      '',
      'Year        Exports      Imports',
      '',
      '2021          812.6      1,406.2',
      '',
      '2022          944.0      1,733.9',
      '',
      'Source: national statistics committee',
    ].join('\n');
    expect(tableFacts(text).map((f) => f.slice(0, 4).concat(f[5]))).toEqual([
      ['exports', 812600000, 'USD', '2021', '812.6'],
      ['imports', 1406200000, 'USD', '2021', '1,406.2'],
      ['exports', 944000000, 'USD', '2022', '944.0'],
      ['imports', 1733900000, 'USD', '2022', '1,733.9'],
    ]);
  });

  it('reads groups of rows set apart by blank lines under one header, with a scale glued to the symbol in the row label', () => {
    const text = [
      'Table 2. New Zealand trade with Chile, years ended June',
      '',
      '                            2021-22     2022-23',
      'Exports to Chile (NZ$m)       312.4       298.0',
      'Imports from Chile (US$m)     188.1       201.6',
      '',
      'Dairy exports (€bn)             1.2         1.4',
      '',
      '                               2021        2022',
      'Visitors (persons)           4,210       6,115',
      'Students (persons)             310         355',
    ].join('\n');
    expect(tableFacts(text).map((f) => f.slice(0, 4).concat(f[5]))).toEqual([
      ['exports_to_chile_nz_m', 312400000, 'NZD', '2021/2022', '312.4'],
      ['exports_to_chile_nz_m', 298000000, 'NZD', '2022/2023', '298.0'],
      ['imports_from_chile_us_m', 188100000, 'USD', '2021/2022', '188.1'],
      ['imports_from_chile_us_m', 201600000, 'USD', '2022/2023', '201.6'],
      ['dairy_exports_bn', 1200000000, 'EUR', '2021/2022', '1.2'],
      ['dairy_exports_bn', 1400000000, 'EUR', '2022/2023', '1.4'],
      // A second header of years starts a table of its own: its years are not read as the first table's rows.
      ['visitors_persons', 4210, 'persons', '2021', '4,210'],
      ['visitors_persons', 6115, 'persons', '2022', '6,115'],
      ['students_persons', 310, 'persons', '2021', '310'],
      ['students_persons', 355, 'persons', '2022', '355'],
    ]);
  });

  it('reads a table without a header whose rows are years as a series of what its caption names', () => {
    const text = 'Figure 2. Arrivals of Mongolian visitors in Korea (persons)\n\n2019    112,430\n\n2020     18,012\n\n2021      9,977';
    expect(tableFacts(text).map((f) => f.slice(0, 4).concat(f[5]))).toEqual([
      ['arrivals_of_mongolian_visitors_in_korea_persons', 112430, 'persons', '2019', '112,430'],
      ['arrivals_of_mongolian_visitors_in_korea_persons', 18012, 'persons', '2020', '18,012'],
      ['arrivals_of_mongolian_visitors_in_korea_persons', 9977, 'persons', '2021', '9,977'],
    ]);
  });

  // Session 24: units and counted nouns of fact sheets. [what the case shows, the table's lines, each fact as "indicator value unit period"].
  const unitCases: [string, string[], string[]][] = [
    [
      'the unit a caption states after a comma ("Table 2. Direct investment, USD million")',
      ['Table 2. Direct investment, USD million', 'Year      Canada in Iceland    Iceland in Canada', '2021      310                  88', '2022      340                  95'],
      ['canada_in_iceland 310000000 USD 2021', 'iceland_in_canada 88000000 USD 2021', 'canada_in_iceland 340000000 USD 2022', 'iceland_in_canada 95000000 USD 2022'],
    ],
    // A caption's last part that is no unit ("…, 2024") states none: the cells stay counts.
    ['no unit from a caption whose last part is a year', ['Ferry sailings between Canada and Iceland, 2024', '', 'Port\tSailings', 'Halifax\t52'], ['sailings 52 count 2024']],
    [
      'people counted where a header or row label names them and no unit is stated',
      [
        '| Indicator | 2023 |',
        '|---|---|',
        '| Icelandic tourists to Canada | 48,200 |',
        '| Canadian flights to Reykjavik | 310 |',
        '',
        '| Year | Icelandic students in Canada |',
        '|---|---|',
        '| 2024 | 410 |',
      ],
      ['icelandic_tourists_to_canada 48200 persons 2023', 'canadian_flights_to_reykjavik 310 count 2023', 'icelandic_students_in_canada 410 persons 2024'],
    ],
    [
      'each row’s unit from a column of units, in a pipe table and in aligned columns ("number" states none)',
      [
        '| Indicator | Unit | 2024 |',
        '|---|---|---|',
        '| Canadian exports to Iceland | CAD million | 131.2 |',
        '| Share of Iceland in Canada’s trade | % | 0.03 |',
        '',
        'Indicator                         Unit          2024',
        'Icelandic imports from Canada     ISK billion   17.9',
        'Canadian students in Iceland      number        135',
      ],
      [
        'canadian_exports_to_iceland 131200000 CAD 2024',
        'share_of_iceland_in_canada_s_trade 0.03 percent 2024',
        'icelandic_imports_from_canada 17900000000 ISK 2024',
        'canadian_students_in_iceland 135 persons 2024',
      ],
    ],
    [
      'a scale letter glued to a cell ("120.9m") or after a currency code ("CAD m"), applied once, and a sign before a share',
      ['| Indicator | 2024 |', '|---|---|', '| Exports (CAD m) | 131.2m |', '| Investment stock (CAD million) | 1.3 billion |', '| Growth of exports | +7.7% |'],
      ['exports_cad_m 131200000 CAD 2024', 'investment_stock_cad_million 1300000000 CAD 2024', 'growth_of_exports 7.7 percent 2024'],
    ],
  ];
  it.each(unitCases)('reads %s', (_, lines, want) => {
    expect(tableFacts(lines.join('\n')).map((f) => f.slice(0, 4).join(' '))).toEqual(want);
  });

  it('reads no table from prose with a double space, nor a unit from a long caption', () => {
    const prose = 'Japan’s aid rose in 2019.  The loans went to ports, roads and bridges in the north.\nIt fell again in 2020.  Grants held steady at about the same level.';
    expect(structure(prose).blocks.map((b) => b.type)).toEqual(['paragraph']);
    const text = 'Trade between the two countries, which grew in the 1990s, is shown below in millions.\n\nYear\tTrade\n2019\t45';
    expect(tableFacts(text).map((f) => [f[1], f[2]])).toEqual([[45, 'count']]);
    // Short lines of prose apart, each with a double space, are no rows: they stay paragraphs.
    const spaced = 'Talks resumed in 2019.  Both sides spoke.\n\nThey met again in 2020.  Nothing changed.\n\nA third round followed.  It ended early.';
    expect(structure(spaced).blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    // A year series needs a caption to say what it counts: rows of years alone are no facts.
    expect(tableFacts('2019    112,430\n2020     18,012')).toEqual([]);
  });
});
