import { describe, expect, it } from 'vitest';
import { sameIndicator } from './rivals.js';
import type { Found } from './find.js';

/** A span of a figure in a document, with the facts the fact stage stored for it (none, one). */
function found(text: string, figure: string, indicator?: string): Found {
  const start = text.indexOf(figure);
  const end = start + figure.length;
  const facts = indicator ? [{ valueStart: start, valueEnd: end, indicator }] : [];
  return { doc: { text, annotations: { facts } }, spans: [{ start, end }] } as unknown as Found;
}

describe('two figures measure the same thing unless both have a stored indicator and the two differ (review of session 25)', () => {
  const trade = 'Trade between Latvia and Finland reached €5.1 billion in 2018, the ministry said.';
  const balance = 'Latvia ran a surplus of €310 million in its trade with Finland in 2018.';
  const told = 'Two-way commerce between Latvia and Finland came to about €4.8 billion in 2018, a Finnish study found.';

  it('keeps a figure with no stored fact a rival of one with a fact', () => {
    expect(sameIndicator(found(trade, '€5.1 billion', 'trade'), found(told, '€4.8 billion'))).toBe(true);
    expect(sameIndicator(found(told, '€4.8 billion'), found(trade, '€5.1 billion', 'trade'))).toBe(true);
  });

  it('parts two figures the fact stage gave two indicators', () => {
    expect(sameIndicator(found(trade, '€5.1 billion', 'trade'), found(balance, '€310 million', 'trade_balance'))).toBe(false);
    expect(sameIndicator(found(trade, '€5.1 billion', 'trade'), found(told, '€4.8 billion', 'trade'))).toBe(true);
  });
});
