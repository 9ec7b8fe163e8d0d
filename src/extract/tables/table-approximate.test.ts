import { describe, expect, it } from 'vitest';
import { cellAmounts } from './table-units.js';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

const context = { sentence: ['KEN', 'UGA'], document: ['KEN', 'UGA'] };

/** Session 47: a fact sheet's cell often qualifies its figure ("about 61,000", "c. 930 km", "≈ USD 730 million"); the figure is read, its offset past the words. */
describe('an approximate figure in a table cell', () => {
  it('reads the number after "about", "c.", "more than" and inside quotes', () => {
    expect(cellAmounts('about 61,000', context)).toEqual([{ at: 6, text: '61,000', value: 61000, unit: '', qualifier: 'approx' }]);
    expect(cellAmounts('c. 930 km', context)).toEqual([{ at: 3, text: '930 km', value: 930, unit: 'km', qualifier: 'approx' }]);
    expect(cellAmounts('"more than 25"', context)).toEqual([{ at: 11, text: '25', value: 25, unit: '', qualifier: 'more_than' }]);
    expect(cellAmounts('approximately US$ 1.1 billion', context)).toEqual([{ at: 14, text: 'US$ 1.1 billion', value: 1100000000, unit: 'USD', qualifier: 'approx' }]);
    expect(cellAmounts('less than US$ 250 million', context)).toEqual([{ at: 10, text: 'US$ 250 million', value: 250000000, unit: 'USD', qualifier: 'less_than' }]);
  });

  it('reads both amounts of a figure given in two currencies, the second approximate ("KES 94.5 billion (≈ USD 730 million)")', () => {
    expect(cellAmounts('KES 94.5 billion (≈ USD 730 million)', context)).toEqual([
      { at: 0, text: 'KES 94.5 billion', value: 94500000000, unit: 'KES' },
      { at: 20, text: 'USD 730 million', value: 730000000, unit: 'USD', qualifier: 'approx' },
    ]);
  });

  it('reads the figures of a cell each followed by its source or year in brackets, or a footnote mark', () => {
    expect(cellAmounts('US$1.27 billion (KNBS)', context)).toEqual([{ at: 0, text: 'US$1.27 billion', value: 1270000000, unit: 'USD' }]);
    expect(cellAmounts('c. US$0.4 billion (2024)', context)).toEqual([{ at: 3, text: 'US$0.4 billion', value: 400000000, unit: 'USD', qualifier: 'approx', year: '2024' }]);
    expect(cellAmounts('US$2.9 billion (Kenya customs)[4] US$2.1 billion (Uganda statistics)[5]', context)).toEqual([
      { at: 0, text: 'US$2.9 billion', value: 2900000000, unit: 'USD' },
      { at: 34, text: 'US$2.1 billion', value: 2100000000, unit: 'USD' },
    ]);
  });

  it('reads no year in brackets as a second amount, and nothing from a cell with words between its figures', () => {
    expect(cellAmounts('about 61,000 (2024)', context)).toEqual([{ at: 6, text: '61,000', value: 61000, unit: '', qualifier: 'approx', year: '2024' }]);
    expect(cellAmounts('see page 4 (annex)', context)).toBeUndefined();
  });

  it('reads nothing from words that only start like a qualifier ("some reports", "about half", "over budget")', () => {
    expect(cellAmounts('some reports', context)).toBeUndefined();
    expect(cellAmounts('about half', context)).toBeUndefined();
    expect(cellAmounts('over budget', context)).toBeUndefined();
    expect(cellAmounts('around 2 pm', context)).toBeUndefined();
  });
});

describe('a fact sheet table with approximate cells', () => {
  const text = [
    'Kenya and Uganda: key figures',
    '',
    '| Figure | Value | Source |',
    '|---|---|---|',
    '| Kenyans living in Uganda, 2024 | about 61,000 | Kenyan High Commission |',
    '| Border incidents, 2023 | "more than 25" | Uganda Police |',
    '',
  ].join('\n');
  const { blocks, sentences } = structure(text);
  const facts = extract({ text, blocks, sentences, documentDate: '2026-05-01' }).facts;

  it('gives each row its value, cited at the number, dated by the year that closes the label', () => {
    const got = facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.period]);
    expect(got).toEqual([
      ['about 61,000', 61000, 'persons', '2024'],
      ['"more than 25"', 25, 'count', '2023'],
    ]);
    expect(facts.map((f) => f.qualifier)).toEqual(['approx', 'more_than']);
  });
});

/** Session 47 review fixes: a bracketed year dates its cell; a row of no measurement gives nothing, approximate or bare. */
describe('approximate and noted cells after review', () => {
  const table = (rows: string[]) => ['Kenya and Uganda: notes', '', '| Item | Value |', '|---|---|', ...rows.map((r) => `| ${r} |`), ''].join('\n');
  const read = (text: string) => {
    const { blocks, sentences } = structure(text);
    return extract({ text, blocks, sentences, documentDate: '2026-05-01' }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.value, f.unit, f.period ?? '', f.qualifier]);
  };

  it('takes a bracketed year after the figure as its period, and the qualifier before it', () => {
    const text = table(['Kenyan students in Ugandan schools | over 3,500 (2022)', 'Goods trade | c. US$ 2.2 billion (2024)', 'Trade gap | less than US$ 400 million']);
    expect(read(text)).toEqual([
      ['over 3,500 (2022)', 3500, 'persons', '2022', 'more_than'],
      ['c. US$ 2.2 billion (2024)', 2200000000, 'USD', '2024', 'approx'],
      ['less than US$ 400 million', 400000000, 'USD', '', 'less_than'],
    ]);
  });

  it('must not read an approximate age, founding year, opening hours or clause', () => {
    const text = table([
      'Age of the high commissioner | about 61',
      'Founded | about 1971',
      'Opening hours | around 8 (Mondays)',
      'Clause revised | about 14 (amended)',
      'Year of the first survey | about 1984',
    ]);
    expect(read(text)).toEqual([]);
  });

  it('reads a bare cell under such a label as before (kept as behaviour: refusing it cost blind matches)', () => {
    const text = table(['Age of the deputy | 47']);
    expect(read(text)).toEqual([['47', 47, 'count', '', 'exact']]);
  });

  it('must not read a bare year after a qualifier, even under a label of persons (second reading)', () => {
    expect(read(table(['Ugandan nurses in Kenya | around 2018', 'Kenyan pupils in Ugandan schools | about 2021 (est.)']))).toEqual([]);
  });

  it('reads a year-sized figure written with a thousands separator as an amount (second reading)', () => {
    const text = table(['Buses crossing at Busia, daily | about 1,870', 'Kenyan students in Ugandan colleges | some 1,920']);
    expect(read(text)).toEqual([
      ['about 1,870', 1870, 'count', '', 'approx'],
      ['some 1,920', 1920, 'persons', '', 'approx'],
    ]);
  });
});
