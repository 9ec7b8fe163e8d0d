import { describe, expect, it } from 'vitest';
import { cellAmounts, cellValue, unitOf } from './table-units.js';

const context = { sentence: ['TUN', 'ITA'], document: ['TUN', 'ITA'] };

/**
 * A cell is read whole by the currency finder's patterns (session 29: their sticky form, which the
 * fact stage compiled already, tried at the cell's start; the anchored form only when that match
 * stops short). The values are those the anchored patterns gave.
 */
describe('the money a table cell states', () => {
  it('reads a cell the currency-before pattern spans ("US$5.1 billion", "€ 240 million")', () => {
    expect(cellValue('US$5.1 billion', context)).toEqual({ value: 5100000000, unit: 'USD' });
    expect(cellValue('€ 240 million', context)).toEqual({ value: 240000000, unit: 'EUR' });
  });

  it('reads a cell the currency-after pattern spans ("1,200 euros", "3.5 million US dollars")', () => {
    expect(cellValue('1,200 euros', context)).toEqual({ value: 1200, unit: 'EUR' });
    expect(cellValue('3.5 million US dollars', context)).toEqual({ value: 3500000, unit: 'USD' });
  });

  it('reads no money from a cell where an amount of money is only its start ("US$5.1 billion (est.)"), and plain numbers as before', () => {
    expect(cellValue('US$5.1 billion (est.)', context)).toBeUndefined();
    expect(cellValue('€240m in 2023', context)).toBeUndefined();
    expect(cellValue('1,234', context)).toEqual({ value: 1234, unit: '' });
    expect(cellValue('12.5%', context)).toEqual({ value: 12.5, unit: 'percent' });
  });

  it('reads the two amounts of a cell that gives a figure in two currencies ("€3.2bn / $3.5bn")', () => {
    expect(cellAmounts('€3.2bn / $3.5bn', context)).toEqual([
      { at: 0, text: '€3.2bn', value: 3200000000, unit: 'EUR' },
      { at: 9, text: '$3.5bn', value: 3500000000, unit: 'USD' },
    ]);
  });
});

// After review (session 46): a column's unit written with its scale is stored as prose stores it; a one-letter symbol in a
// label is money only with a scale ("(N)" is a sample's size).
describe('scaled units and one-letter symbols in labels', () => {
  const nigeria = { sentence: ['NGA'], document: ['NGA'] };
  it('stores a "(bcm)" column as m3 times 1e9, and a "21.6 bcm" cell as 21.6e9 m3', () => {
    expect(unitOf('Exports to Turkey (bcm)', context)).toEqual({ unit: 'm3', scale: 1e9 });
    expect(cellValue('21.6 bcm', context)).toEqual({ value: 21600000000, unit: 'm3' });
  });
  it('reads "(N)" as no currency, "(N billion)" as the naira', () => {
    expect(unitOf('Respondents (N)', nigeria)).toBeUndefined();
    expect(unitOf('Revenue (N billion)', nigeria)).toEqual({ unit: 'NGN', scale: 1e9 });
  });
});
