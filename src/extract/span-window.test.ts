import { describe, expect, it } from 'vitest';
import { SpanWindow } from './span-window.js';
import { countsPopulation } from './events/sentence-events.js';

const TEXT =
  'About 40,000 Bolivians lived in Peru in 2024, the ministry said. Peru welcomed about 1.2 million Bolivian visitors in 2025. ' +
  'Lima lent La Paz $50 million in March. Trade between the two countries reached $2.1 billion, up 8 percent on the year before.';

/** A figure as the fact stage gives it: the offsets of its value, its unit and amount. */
const figure = (quote: string, value: number, unit?: string) => {
  const valueStart = TEXT.indexOf(quote);
  return { valueStart, valueEnd: valueStart + quote.length, value, ...(unit ? { unit } : {}) };
};
const FIGURES = [figure('40,000', 40000), figure('1.2 million', 1200000), figure('$50 million', 50000000, 'USD'), figure('$2.1 billion', 2100000000, 'USD'), figure('8 percent', 8, 'percent')];
const span = (word: string, from = 0) => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length };
};
const window = new SpanWindow(
  FIGURES,
  (q) => q.valueStart,
  (q) => q.valueEnd,
);
/** What a scan of every figure gives: those whose value reaches into [from, to]. */
const scanned = (from: number, to: number) => FIGURES.filter((q) => q.valueStart <= to && q.valueEnd >= from);

describe('SpanWindow (issue 13): the items near an offset, as a scan of all of them finds them', () => {
  it('gives the figures within 40 characters of each verb, as the scan does', () => {
    for (const verb of [span('lived'), span('welcomed'), span('lent'), span('reached')]) {
      expect(window.near(verb.start - 40, verb.end + 40)).toEqual(scanned(verb.start - 40, verb.end + 40));
    }
    // "welcomed about 1.2 million": the figure 7 characters after the verb.
    const welcomed = span('welcomed');
    expect(window.near(welcomed.start - 40, welcomed.end + 40).map((q) => TEXT.slice(q.valueStart, q.valueEnd))).toEqual(['1.2 million']);
  });

  it('gives no figure that ends before the window or starts after it', () => {
    // "lived" is 10 characters after "40,000": a window of 5 characters around it reaches none of the figures.
    const lived = span('lived');
    expect(window.near(lived.start - 5, lived.end + 5)).toEqual([]);
    // A window that ends one character before "$50 million" begins does not reach it; one that ends on its first character does.
    const fifty = FIGURES[2]!;
    expect(window.near(fifty.valueStart - 20, fifty.valueStart - 1)).toEqual([]);
    expect(window.near(fifty.valueStart - 20, fifty.valueStart)).toEqual([fifty]);
  });

  it('finds a long span that starts well before the window, and keeps the items in their own order', () => {
    const sentence = { valueStart: TEXT.indexOf('Trade'), valueEnd: TEXT.length };
    const items = [FIGURES[4]!, sentence, FIGURES[3]!, FIGURES[0]!];
    const w = new SpanWindow(
      items,
      (q) => q.valueStart,
      (q) => q.valueEnd,
    );
    const eight = FIGURES[4]!;
    expect(w.near(eight.valueStart, eight.valueEnd)).toEqual([eight, sentence]);
    expect(w.near(0, TEXT.length)).toEqual(items);
  });

  it('leaves countsPopulation as it was: the figures near the verb tell what all of them tell', () => {
    for (const [verb, expected] of [
      [span('lived'), true],
      [span('welcomed'), true],
      [span('lent'), false],
      [span('reached'), false],
    ] as const) {
      const near = window.near(verb.start - 40, verb.end + 40);
      expect(countsPopulation(TEXT, verb, near, [])).toBe(expected);
      expect(countsPopulation(TEXT, verb, FIGURES, [])).toBe(expected);
    }
  });
});
