import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { structure } from '../../ingest/segment/structure.js';

/** [quote of the value, its offset, value, unit, period] of every fact. */
function values(text: string) {
  const { blocks, sentences } = structure(text);
  return extract({ text, blocks, sentences, documentDate: '2025-06-01' }).facts.map((f) => [text.slice(f.valueStart, f.valueEnd), f.valueStart, f.value, f.unit, f.period ?? null]);
}

describe('a currency stated in brackets before a bare amount (stated-unit.ts)', () => {
  it.each([
    // A fact sheet's line: the bracket names the currency, the amount its own scale.
    ['Bilateral trade between Canada and Iceland in 2024 (in ISK): 21.5 billion.', '21.5 billion', 61, 21.5e9, 'ISK', '2024'],
    // The bracket's scale applies to an amount written without one.
    ['Canadian exports to Iceland (CAD million): 131.2 in 2024.', '131.2', 43, 131.2e6, 'CAD', '2024'],
    ['Icelandic investment in Canada (millions of Canadian dollars) was 88 in 2022.', '88', 66, 88e6, 'CAD', '2022'],
  ])('%s', (text, quote, at, value, unit, period) => {
    expect(values(text)).toEqual([[quote, at, value, unit, period]]);
  });

  it('leaves an amount with its own currency, and a bracket that is not right before the amount, alone', () => {
    expect(values('Canada’s aid to Iceland (2023) was $12 million.')).toEqual([['$12 million', 35, 12e6, 'USD', '2023']]);
    expect(values('Trade with Iceland (in ISK terms) fell, but exports reached $12 million in 2024.')).toEqual([['$12 million', 60, 12e6, 'USD', '2024']]);
  });
});

describe('a bare amount of money takes the currency its paragraph last stated (fact-finder.ts)', () => {
  it("reads the second source's total in the first one's currency", () => {
    const text = 'Trade between Peru and Chile reached USD 2.9 billion in 2024, the ministry said. The central bank puts the total for 2024 at 2.6 billion.';
    expect(values(text)).toEqual([
      ['USD 2.9 billion', 37, 2.9e9, 'USD', '2024'],
      ['2.6 billion', 125, 2.6e9, 'USD', '2024'],
    ]);
  });

  it("does not carry a currency across paragraphs, nor give a bare amount its indicator's usual one", () => {
    const text = 'Trade between Peru and Chile reached USD 2.9 billion in 2024.\n\nThe central bank puts the trade total at 2.6 billion.';
    expect(values(text)).toEqual([['USD 2.9 billion', 37, 2.9e9, 'USD', '2024']]);
  });
});
