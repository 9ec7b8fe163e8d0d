import { describe, expect, it } from 'vitest';
import { cellAmounts, cellValue } from './table-units.js';

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
