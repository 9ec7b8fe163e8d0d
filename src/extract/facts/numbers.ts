/** Numbers in prose: "1,005,000", "3.75 million", "¥3 trillion", "twelfth". */

export const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};

/** Parses "1,005,000" or "20.334" (with an optional scale word) into a number. */
export function parseNumber(digits: string, scale?: string): number {
  const n = Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
  const k = scale ? SCALE[scale.toLowerCase()] ?? 1 : 1;
  // An integer of up to 12 digits is exact as it is (the common case, and rounding is slow).
  if (k === 1 && Number.isInteger(n) && Math.abs(n) < 1e12) return n;
  // Round away binary noise: 20.334 × 1e9 = 20334000000, not 20333999999.999996.
  return Number((n * k).toPrecision(12));
}

/** "3rd", "150th", "twelfth" → 3, 150, 12. */
export function parseOrdinal(s: string): number | undefined {
  const m = /^(\d+)(?:st|nd|rd|th)$/i.exec(s);
  if (m) return Number(m[1]);
  return ORDINALS[s.toLowerCase()];
}
