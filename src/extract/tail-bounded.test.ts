import { describe, expect, it } from 'vitest';
import { matchesBeforeLastTail } from './tail-bounded.js';

const AGED = /\b(?:Dr|Mr|Ms)\.? [A-Z]\w+, aged (\d+)/g;
const TAIL = /(?=, aged \d)/g;
const found = (text: string) => matchesBeforeLastTail(AGED, TAIL, text).map((m) => [m.index, m[0], m[1]]);

describe('matchesBeforeLastTail', () => {
  it('gives the matches matchAll gives, the last one included', () => {
    const text = 'Ms Sorensen, aged 52, and Dr Mwale, aged 61, signed; Mr Phiri, aged 47, watched.';
    expect(found(text)).toEqual([
      [0, 'Ms Sorensen, aged 52', '52'],
      [26, 'Dr Mwale, aged 61', '61'],
      [53, 'Mr Phiri, aged 47', '47'],
    ]);
    expect(found(text)).toEqual([...text.matchAll(AGED)].map((m) => [m.index, m[0], m[1]]));
  });

  it('finds nothing without a tail, nor a match whose tail is missing after the last one', () => {
    expect(found('Dr Mwale and Ms Sorensen met in Reykjavik.')).toEqual([]);
    expect(found('A delegation, aged 40 on average, came with Dr Mwale.')).toEqual([]);
    expect(found('Dr Mwale, aged 61, met Ms Sorensen later.')).toEqual([[0, 'Dr Mwale, aged 61', '61']]);
  });

  it('leaves the pattern ready for another text', () => {
    found('Dr Mwale, aged 61, met Ms Sorensen.');
    expect(AGED.lastIndex).toBe(0);
  });
});
