import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DIGITS, numberWords, parseMultiple, parseNumber, parseOrdinal } from '../../src/extract/facts/numbers.js';
import { anyText, FUZZ } from './arbitraries.js';

const digits = fc.stringMatching(new RegExp(`^(?:${DIGITS})$`));
const scale = fc.option(fc.constantFrom(...Object.keys(numberWords().scales)), { nil: undefined });

describe('number parser, fuzzed', () => {
  it('reads every numeral the fact patterns match as the number it writes, scaled', () => {
    fc.assert(
      fc.property(digits, scale, (d, s) => {
        const n = parseNumber(d, s);
        const plain = Number(d.replace(/,/g, ''));
        const k = s ? numberWords().scales[s.toLowerCase()]! : 1;
        expect(Number.isFinite(n) || !Number.isFinite(plain * k)).toBe(true);
        if (Number.isFinite(plain * k)) expect(Math.abs(n - plain * k)).toBeLessThanOrEqual(Math.abs(plain * k) * 1e-11);
      }),
      FUZZ,
    );
  });

  it('never throws on any text, in any of its readers', () => {
    fc.assert(
      fc.property(anyText, fc.option(anyText, { nil: undefined }), (text, s) => {
        parseNumber(text, s);
        parseOrdinal(text);
        parseMultiple(text);
      }),
      FUZZ,
    );
  });
});
