import { describe, expect, it } from 'vitest';
import { segmentText } from './text-blocks.js';
import { structure } from './structure.js';

function blocks(text: string) {
  return segmentText(text).map((b) => ({ type: b.type, level: b.level, label: b.label, text: text.slice(b.start, b.end) }));
}

describe('segmentText', () => {
  it('finds Markdown headings, numbered headings, rules and paragraphs with exact spans', () => {
    const t =
      '## Chapter 2\n\n---\n\n## 1.1. Start of the Doi Moi Policy\n\nThe first factor that enabled Viet Nam to enter the new era was the decisions and efforts of the Vietnamese people themselves.\n\n2. Method and Methodology\n\nThis article is presented based on the interdisciplinary Historical Political Economy (HPE) method.';
    const b = segmentText(t);
    expect(b.map((x) => [x.type, x.start, x.end])).toEqual([
      ['heading', 3, 12],
      ['heading', 22, 54],
      ['paragraph', 56, 182],
      ['heading', 184, 209],
      ['paragraph', 211, 310],
    ]);
    expect(t.slice(184, 209)).toBe('2. Method and Methodology');
  });

  it('reads pipe rows without edge pipes or a rule, under a caption line, as a table with a header', () => {
    const t = 'Trade between Peru and Chile (US$ million)\nYear | Exports | Imports |\n2019 | 1,204 | 987 |\n2020 | 1,150 | 1,020 |\nSource: customs offices.';
    const b = segmentText(t);
    expect(b.map((x) => x.type)).toEqual(['heading', 'table', 'paragraph']);
    const table = b[1]!;
    expect(table.header).toBe(true);
    expect(table.rows!.map((r) => r.map((c) => t.slice(c.start, c.end)))).toEqual([
      ['Year', 'Exports', 'Imports'],
      ['2019', '1,204', '987'],
      ['2020', '1,150', '1,020'],
    ]);
    // One line with a pipe in prose is no table.
    expect(segmentText('The ratio was 3 | 4 at the time, officials said.').map((x) => x.type)).toEqual(['paragraph']);
  });

  it('keeps a headline and a dateline apart from the paragraph that follows them', () => {
    const t =
      'Kenyan President to visit Peru next week\nPosted: 12/03/2015 08:00\nThe President of Kenya will pay a state visit to Peru from March 18-20, the foreign ministry said. Both sides are expected to sign\nthree agreements on trade.';
    expect(blocks(t).map((b) => [b.type, b.text.slice(0, 30)])).toEqual([
      ['heading', 'Kenyan President to visit Peru'],
      ['paragraph', 'Posted: 12/03/2015 08:00'],
      ['paragraph', 'The President of Kenya will pa'],
    ]);
  });

  it('reads list items without their bullets', () => {
    const t = '- *Firstly*, there are differences in economic and political institutions.\n- *Secondly*, there is a substantial disparity in the scale of the economies.';
    expect(blocks(t)).toEqual([
      { type: 'list-item', level: undefined, label: undefined, text: '*Firstly*, there are differences in economic and political institutions.' },
      { type: 'list-item', level: undefined, label: undefined, text: '*Secondly*, there is a substantial disparity in the scale of the economies.' },
    ]);
  });

  it('reads footnotes with their labels', () => {
    const t =
      'The Strategic Partnership was formally concluded in 2009.<sup>1</sup>\n\n<sup>1</sup> Government Portal of the Socialist Republic of Vietnam on November 12, 2013, accessed January 12, 2014.';
    expect(blocks(t)[1]).toEqual({ type: 'footnote', level: undefined, label: '1', text: 'Government Portal of the Socialist Republic of Vietnam on November 12, 2013, accessed January 12, 2014.' });
  });

  it('joins a paragraph broken by a page break, a rule and footnotes, and keeps the footnote', () => {
    const t =
      'This research, however, argues that there remains more room for the relations to be brought\n\n---\n\n<sup>1</sup> Government Portal, accessed January 12, 2014.\n\npeople. On the Japanese side, enhanced interactions are crucial.';
    const b = segmentText(t);
    expect(b.map((x) => x.type)).toEqual(['paragraph', 'footnote']);
    expect(b[0]!.start).toBe(0);
    expect(b[0]!.end).toBe(t.length);
    const { sentences } = structure(t);
    const texts = sentences.map((s) => t.slice(s.start, s.end));
    expect(texts[0]!.startsWith('This research')).toBe(true);
    expect(texts[0]!.endsWith('brought\n\n---\n\n<sup>1</sup> Government Portal, accessed January 12, 2014.\n\npeople.')).toBe(true);
    expect(texts).toContain('On the Japanese side, enhanced interactions are crucial.');
    expect(texts).toContain('Government Portal, accessed January 12, 2014.');
  });

  it('does not join a finished paragraph with the next', () => {
    const t = 'Viet Nam declared independence in August 1945.\n\nthe next paragraph starts in lower case.';
    expect(segmentText(t).map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('parses a tab-separated table into rows and cells with a header', () => {
    const t = '<b>Level of relationship</b>\t<b>Country</b>\t<b>Year</b>\n<i>Special relationship</i>\tLaos\t1977\n\tCambodia\t2005';
    const [table] = segmentText(t);
    expect(table!.type).toBe('table');
    expect(table!.header).toBe(true);
    expect(table!.rows!.map((r) => r.map((c) => t.slice(c.start, c.end)))).toEqual([
      ['<b>Level of relationship</b>', '<b>Country</b>', '<b>Year</b>'],
      ['<i>Special relationship</i>', 'Laos', '1977'],
      ['', 'Cambodia', '2005'],
    ]);
  });

  it('parses a Markdown pipe table', () => {
    const t = '| Year | Visitors |\n|---|---:|\n| 2019 | 495,051 |\n| 2022 | 1,005,000 |';
    const [table] = segmentText(t);
    expect(table!.header).toBe(true);
    expect(table!.rows!.map((r) => r.map((c) => t.slice(c.start, c.end)))).toEqual([
      ['Year', 'Visitors'],
      ['2019', '495,051'],
      ['2022', '1,005,000'],
    ]);
    expect(structure(t).sentences.map((s) => t.slice(s.start, s.end))).toEqual(['Year | Visitors', '2019 | 495,051', '2022 | 1,005,000']);
  });

  it('parses columns aligned with spaces (a PDF text layer) into cells by column, an empty cell left empty', () => {
    const t = 'Visitors to Thailand\n(thousand persons)\n            2018     2019\nJapan      1,655    1,806\nMalaysia       —    4,166\nChina     10,535\n\nNext paragraph.';
    const blocks = segmentText(t);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = blocks[1]!;
    expect(table.header).toBe(true);
    expect(table.rows!.map((r) => r.map((c) => t.slice(c.start, c.end)))).toEqual([
      ['', '2018', '2019'],
      ['Japan', '1,655', '1,806'],
      ['Malaysia', '—', '4,166'],
      ['China', '10,535', ''],
    ]);
    // A column of numbers alone, without a header, is still a table but gives no header.
    expect(segmentText('12   4.5\n13   6.1').map((b) => [b.type, b.header])).toEqual([['table', false]]);
  });
});

describe('blockquotes (session 34)', () => {
  it('reads a blockquoted box of key points as a heading line and list items, with the offsets of the text', () => {
    const t =
      '> **Key points**\n>\n> - Chile depends on the port of Arica for a third of its northern freight. Neither side can afford a closed border.\n> - Truckers’ strikes since March 2024 have delayed cargo for weeks.\n\n## Background\n\nThe treaty was signed on 3 June 1929.';
    const b = blocks(t);
    expect(b.map((x) => [x.type, x.text])).toEqual([
      ['heading', '**Key points**'],
      ['list-item', 'Chile depends on the port of Arica for a third of its northern freight. Neither side can afford a closed border.'],
      ['list-item', 'Truckers’ strikes since March 2024 have delayed cargo for weeks.'],
      ['heading', 'Background'],
      ['paragraph', 'The treaty was signed on 3 June 1929.'],
    ]);
    expect(segmentText(t)[2]!.start).toBe(t.indexOf('Truckers'));
    // No sentence of the box runs across two of its items.
    const { sentences } = structure(t);
    expect(sentences.map((s) => t.slice(s.start, s.end)).filter((s) => s.includes('>'))).toEqual([]);
  });

  it('reads every line of a quoted paragraph inside its markers (review of session 34)', () => {
    const t = 'Notes from the border\n\n> Peru closed its consulate in Arica on 12 June 2024.\n> Chile summoned the Peruvian chargé d’affaires in 2021.\n';
    const { sentences } = structure(t);
    expect(sentences.map((s) => [t.slice(s.start, s.end), s.start])).toEqual([
      ['Notes from the border', 0],
      ['Peru closed its consulate in Arica on 12 June 2024.', t.indexOf('Peru')],
      ['Chile summoned the Peruvian chargé d’affaires in 2021.', t.indexOf('Chile')],
    ]);
  });

  it('leaves a ">" inside a line alone', () => {
    expect(blocks('Exports rose > 10 per cent in 2024.').map((x) => x.text)).toEqual(['Exports rose > 10 per cent in 2024.']);
  });
});
