import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';
import { htmlLoader } from '../../ingest/loaders/html-loader.js';
import type { Block } from '../../model/document.js';

/** Every fact of a text (prose and tables): [indicator, value, unit, period, quote of the value]. */
function facts(text: string, blocks?: Block[], documentDate = '2025-04-10') {
  const s = structure(text, blocks);
  return extract({ text, blocks: s.blocks, sentences: s.sentences, documentDate }).facts.map((f) => [f.indicator, f.value, f.unit, f.period, text.slice(f.valueStart, f.valueEnd)]);
}

/**
 * Tables whose unit is named once, in the caption above them, as government fact sheets write
 * it: a power of ten before the scale ("Unit: 100 million yen"), a caption whose bracket holds
 * more than the unit, rows of labels with no header, and an HTML <caption>.
 */
describe('a table whose unit its caption names', () => {
  it('multiplies by a power of ten in the unit line ("Unit: 100 million yen")', () => {
    const text = 'Trade between Japan and Laos (Unit: 100 million yen)\n\nYear\tExports to Laos\tImports from Laos\n2022\t212\t38.5\n2023\t245\t41';
    expect(facts(text)).toEqual([
      ['exports_to_laos', 21200000000, 'JPY', '2022', '212'],
      ['imports_from_laos', 3850000000, 'JPY', '2022', '38.5'],
      ['exports_to_laos', 24500000000, 'JPY', '2023', '245'],
      ['imports_from_laos', 4100000000, 'JPY', '2023', '41'],
    ]);
  });

  it('reads a column header with a multiplier against the symbol ("Loans (¥100 million)") and "10,000 persons"', () => {
    const text = ['| Fiscal year | Loans (¥100 million) | Visitors (10,000 persons) |', '|---|---|---|', '| FY2021 | 120.5 | 3.2 |', '| FY2022 | 98 | 4.15 |'].join('\n');
    expect(facts(text)).toEqual([
      ['loans_100_million', 12050000000, 'JPY', '2021', '120.5'],
      ['visitors_10_000_persons', 32000, 'persons', '2021', '3.2'],
      ['loans_100_million', 9800000000, 'JPY', '2022', '98'],
      ['visitors_10_000_persons', 41500, 'persons', '2022', '4.15'],
    ]);
  });

  it('reads rows of labels with no header under a caption that states the unit, in the year the caption names', () => {
    const text = 'Japan’s ODA to Laos (cumulative, through FY2023, in units of 100 million yen)\n\nLoans\t1,050.5\nGrants\t1,420.25\nTechnical cooperation\t870.1';
    expect(facts(text)).toEqual([
      ['loans', 105050000000, 'JPY', '2023', '1,050.5'],
      ['grants', 142025000000, 'JPY', '2023', '1,420.25'],
      ['technical_cooperation', 87010000000, 'JPY', '2023', '870.1'],
    ]);
  });

  it('reads "hundred million" as one scale, in a unit line and in prose', () => {
    const table = 'Grant aid to Laos (Unit: hundred million yen)\n\nYear\tGrants\n2022\t30.2';
    expect(facts(table)).toEqual([['grants', 3020000000, 'JPY', '2022', '30.2']]);
    const prose = 'Loans to Laos reached 1,305.42 hundred million yen by FY2023.';
    expect(facts(prose).map((f) => [f[1], f[2], f[4]])).toEqual([[130542000000, 'JPY', '1,305.42 hundred million yen']]);
  });

  it('reads the unit from an HTML table caption', async () => {
    const html =
      '<html><body><table><caption>Trade between Chile and Peru in 2024 (US$ million)</caption><tr><th>Partner flow</th><th>Value</th></tr><tr><td>Exports to Peru</td><td>2,950</td></tr></table></body></html>';
    const doc = await htmlLoader.load(Buffer.from(html), 'trade.html');
    expect(doc.text.startsWith('Trade between Chile and Peru in 2024 (US$ million)\n\n')).toBe(true);
    expect(facts(doc.text, doc.blocks)).toEqual([['exports_to_peru', 2950000000, 'USD', '2024', '2,950']]);
  });

  it('reads cells that write their unit after the number, under a header that names no measure', () => {
    const text = ['| Item | Figure |', '|---|---|', '| Peruvian residents in Chile | 4,120 persons |', '| Border length | 1,187 km |', '| Copper exports | 1.2 million tonnes |'].join('\n');
    expect(facts(text)).toEqual([
      ['peruvian_residents_in_chile', 4120, 'persons', undefined, '4,120 persons'],
      ['border_length', 1187, 'km', undefined, '1,187 km'],
      ['copper_exports', 1200000, 'tons', undefined, '1.2 million tonnes'],
    ]);
  });

  it('reads no amount from a unit line in prose, nor a unit from a bare power of ten', () => {
    expect(facts('All figures below are in units of 100 million yen.')).toEqual([]);
    expect(facts('Figures are given in units of hundred million yen.')).toEqual([]);
    expect(facts('Japan’s grants to Laos (in ¥100 million): see the table.')).toEqual([]);
    // "(100)" is a count or a note, not a multiplier: the caption states no unit, so its header-less rows are no table of figures.
    expect(facts('Projects (100)\n\nRoads\t12\nPorts\t3')).toEqual([]);
  });
  it('reads the unit from one part of a heading’s bracket, and a measure told per year under a column header', () => {
    const text = [
      '3. TRADE (NZD million, New Zealand data – Stats NZ; goods only)',
      '',
      'Year   Exports to Chile   Imports from Chile   Total',
      '2023                412                  655    1,067',
      '2024                398                  701    1,099',
      '',
      'Main New Zealand exports: dairy products, machinery and kiwifruit seedlings.',
      '',
      '4. INVESTMENT (New Zealand direct investment stock in Chile, CLP billion, Central Bank of Chile)',
      '',
      'Year       Stock',
      '2023      1,715',
      '2024      1,840',
      '',
      'Forestry and dairy firms account for most of the stock, and shipments of wood pulp run through the port of Valparaíso.',
      '',
      'Year   Wood pulp (thousand tonnes/year)',
      '2023   51.2',
      '2024   48.5',
    ].join('\n');
    expect(facts(text)).toEqual([
      ['exports_to_chile', 412000000, 'NZD', '2023', '412'],
      ['imports_from_chile', 655000000, 'NZD', '2023', '655'],
      ['total', 1067000000, 'NZD', '2023', '1,067'],
      ['exports_to_chile', 398000000, 'NZD', '2024', '398'],
      ['imports_from_chile', 701000000, 'NZD', '2024', '701'],
      ['total', 1099000000, 'NZD', '2024', '1,099'],
      ['stock', 1715000000000, 'CLP', '2023', '1,715'],
      ['stock', 1840000000000, 'CLP', '2024', '1,840'],
      ['wood_pulp_thousand_tonnes_year', 51200, 'tons', '2023', '51.2'],
      ['wood_pulp_thousand_tonnes_year', 48500, 'tons', '2024', '48.5'],
    ]);
  });

  it('reads the unit a caption states before a bracket that names only its source ("…, US$ billion (Statistics Canada)")', () => {
    const text = 'Goods trade between Canada and Chile, US$ billion (Statistics Canada)\n\nYear\tExports to Chile\tImports from Chile\n2023\t1.2\t2.45\n2024\t1.35\t2.6';
    expect(facts(text)).toEqual([
      ['exports_to_chile', 1200000000, 'USD', '2023', '1.2'],
      ['imports_from_chile', 2450000000, 'USD', '2023', '2.45'],
      ['exports_to_chile', 1350000000, 'USD', '2024', '1.35'],
      ['imports_from_chile', 2600000000, 'USD', '2024', '2.6'],
    ]);
  });

  it('takes no unit from a caption whose part before the source names none ("…, by product (Statistics Canada)")', () => {
    const text = 'Goods trade between Canada and Chile, by product (Statistics Canada)\n\nYear\tWine shipments\n2023\t1,200\n2024\t1,350';
    expect(facts(text).map((f) => [f[1], f[2], f[4]])).toEqual([
      [1200, 'count', '1,200'],
      [1350, 'count', '1,350'],
    ]);
  });
});
