import { describe, expect, it } from 'vitest';
import { sectionsOf } from '../../extract/sections.js';
import { segmentText } from './text-blocks.js';
import { sentencesOf, structure } from './structure.js';
import { cutAfter, textBlocks } from './windows.js';

/** A report on two states with what segmentation joins across blank lines: a paragraph broken by a page break with its footnote, tables, lists. */
const REPORT = [
  '# Chile and Peru: a chronology',
  'Chile and Peru signed a treaty of friendship in Lima in 1929. The two states exchanged ambassadors in 1930.',
  'In March 2011 the presidents of Chile and Peru met in Santiago and agreed to refer the maritime dispute to the',
  '[^1]: The case was filed at the International Court of Justice in January 2008.',
  'court in The Hague, which ruled in January 2014.',
  'Trade between Chile and Peru (US$ million)',
  '2018      3,214     2,871',
  '2019      3,402     2,990',
  'Year | Exports | Imports |\n2020 | 3,150 | 2,720 |\n2021 | 3,604 | 3,011 |',
  '- Chile opened a consulate in Tacna in 2015.\n- Peru opened a consulate in Arica in 2016.',
  '## Cooperation',
  'In June 2019, Chile and Peru held their first joint cabinet meeting in Lima. They signed 11 agreements on trade, mining and water.',
  'A long paragraph whose sentences run on: the ministers of both states met again in 2020, in 2021 and in 2022, each time in a border town, and each time they spoke of the port of Arica. Neither side gave ground.',
].join('\n\n');

const spans = (blocks: { type: string; start: number; end: number }[]) => blocks.map((b) => [b.type, b.start, b.end]);

describe('segmentation a window at a time', () => {
  it('finds the blocks of the whole text for every window size, cutting only where nothing reaches over the cut', () => {
    const whole = segmentText(REPORT);
    expect(whole.some((b) => b.type === 'footnote')).toBe(true);
    expect(whole.filter((b) => b.type === 'table')).toHaveLength(2);
    for (let window = 1; window <= REPORT.length + 1; window++) expect(spans([...textBlocks(REPORT, window)])).toEqual(spans(whole));
    expect([...textBlocks(REPORT, 5)]).toEqual(whole);
  });

  it('cuts after a paragraph that ends a sentence, never inside a paragraph, a table or before a footnote’s paragraph ends', () => {
    // A window's end in the middle of the long paragraph: the cut comes after it.
    const inside = REPORT.indexOf('whose sentences');
    expect(cutAfter(REPORT, inside)).toBe(REPORT.length);
    // In the paragraph broken by the page break: past its footnote and its second half.
    expect(cutAfter(REPORT, REPORT.indexOf('met in Santiago'))).toBe(REPORT.indexOf('Trade between'));
    // Between two rows of a table set apart by a blank line: not before the next line that ends a sentence (the list's).
    expect(cutAfter(REPORT, REPORT.indexOf('2018'))).toBe(REPORT.indexOf('## Cooperation'));
  });

  it('gives each section the sentences and offsets of the single pass, a sentence never parted by a cut', () => {
    const whole = structure(REPORT);
    for (const size of [40, 150, 400]) {
      const sections = [...sectionsOf(REPORT.length, textBlocks(REPORT, size), size)];
      expect(sections.length).toBeGreaterThan(1);
      expect(sections.flatMap((s) => s.blocks)).toEqual(whole.blocks);
      expect(sections.flatMap((s) => sentencesOf(REPORT, s.blocks, s.section.firstBlock))).toEqual(whole.sentences);
    }
    // The headings are the single pass's, with their levels.
    const headings = [...textBlocks(REPORT, 20)].filter((b) => b.type === 'heading').map((b) => [REPORT.slice(b.start, b.end), b.level]);
    expect(headings).toEqual([
      ['Chile and Peru: a chronology', 1],
      ['Trade between Chile and Peru (US$ million)', 2],
      ['Cooperation', 2],
    ]);
  });

  it('finds nothing in an empty or blank text, and reads a text with no safe place in one window', () => {
    expect([...textBlocks('', 4)]).toEqual([]);
    expect([...textBlocks('\n\n  \n\n', 2)]).toEqual([]);
    // No line ends a sentence: no place to cut.
    const run = 'the talks went on\n\nand on without end\n\nand on';
    expect(cutAfter(run, 1)).toBe(run.length);
    expect([...textBlocks(run, 3)]).toEqual(segmentText(run));
  });
});
