import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentText } from '../../src/ingest/segment/text-blocks.js';
import { textBlocks } from '../../src/ingest/segment/windows.js';
import { anyText, FUZZ, mutated } from './arbitraries.js';

/** Lines that segmentation joins or parts across blank lines: page-break halves, footnotes, rows of spaced and pipe tables, headings, list items, rules. */
const LINES = [
  'The two governments agreed to extend the loan to the',
  'port authority, which had asked for it in 2019.',
  '[^2]: Figures from the ministry of finance.',
  '<sup>3</sup> Signed in Hanoi.',
  '2018      1,914     2,871',
  '2019    1,884   3,002',
  'Year | Exports | Imports |',
  '| 2020 | 3,150 | 2,720 |',
  '|---|---|---|',
  '# Relations since 1992',
  '3. Data and Methods',
  '- Japan opened a consulate in Da Nang in 2018.',
  '---',
  'Trade (US$ million)',
  'and the talks went on.',
  'Kim visited Seoul in May 2018! It was the first such visit.',
  '',
  '   ',
];

/** Text of those lines, blank lines and fuzzed sentences, in any order. */
const text = fc
  .array(fc.oneof(fc.constantFrom(...LINES), mutated(), anyText), { maxLength: 40 })
  .chain((lines) => fc.array(fc.constantFrom('\n', '\n\n', '\n\n\n'), { minLength: lines.length, maxLength: lines.length }).map((seps) => lines.map((l, i) => l + seps[i]).join('')));

describe('a text segmented a window at a time, fuzzed', () => {
  it('gives the blocks segmenting it whole gives, whatever the window', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 300 }), (t, window) => {
        expect([...textBlocks(t, window)]).toEqual(segmentText(t));
      }),
      FUZZ,
    );
  });
});
