import type { Block, Sentence } from '../../model/document.js';
import type { Span } from '../../model/document.js';
import { lineCuts } from './line-cuts.js';
import { splitSentences } from './sentences.js';
import { segmentText } from './text-blocks.js';
import { firstNotBefore } from '../../model/sorted.js';

/**
 * The structure of a document: its blocks (found in the text unless the loader gave them)
 * and the sentences of every block that holds prose. A table's rows count as its sentences,
 * so each row can be cited on its own.
 * @example structure('Hi. Bye.').sentences.length // → 2
 */
export function structure(text: string, blocks?: Block[]): { blocks: Block[]; sentences: Sentence[] } {
  const found = blocks ?? segmentText(text);
  return { blocks: found, sentences: sentencesOf(text, found) };
}

/** A line inside a block that opens with a blockquote's or a mail quote's markers ("\n> ", "\n> > "). */
const QUOTED_LINE = /\n[ \t]{0,3}>/;
const QUOTED_LINES = /(\n[ \t]{0,3})(?:>[ \t]?)+/g;

/**
 * The sentences of a run of blocks (a whole document's, or a section's: `first` is the index of
 * its first block in the document), in text order. A footnote printed inside a block must be in
 * the same run (sections are cut where no block reaches over the cut).
 * @example sentencesOf('Hi. Bye.', [{ type: 'paragraph', start: 0, end: 8 }], 4) // → [{ block: 4, start: 0, end: 3 }, { block: 4, start: 4, end: 8 }]
 */
export function sentencesOf(text: string, blocks: Block[], first = 0): Sentence[] {
  // Blocks by start, to find the footnotes inside a block without a scan of every block.
  const byStart = blocks.map((b, i) => ({ b, i })).sort((x, y) => x.b.start - y.b.start || x.i - y.i);
  const sentences: Sentence[] = [];
  blocks.forEach((block, i) => {
    const index = first + i;
    if (block.type === 'table') {
      for (const row of block.rows ?? []) {
        const cells = row.filter((c) => c.end > c.start);
        if (cells.length) sentences.push({ block: index, start: cells[0]!.start, end: cells[cells.length - 1]!.end });
      }
      return;
    }
    if (block.type === 'heading') {
      sentences.push({ block: index, start: block.start, end: block.end });
      return;
    }
    // Footnotes inside a paragraph joined across a page break are blanked out, so their
    // punctuation cannot end the paragraph's sentences.
    const holes: Block[] = [];
    for (let k = firstNotBefore(byStart.length, (i) => byStart[i]!.b.start < block.start); k < byStart.length && byStart[k]!.b.start < block.end; k++) {
      const h = byStart[k]!.b;
      if (h !== block && h.end <= block.end) holes.push(h);
    }
    // A quoted paragraph's later lines keep their "> " markers in the text (the block starts inside the first one).
    const quoted = QUOTED_LINE.test(text.slice(block.start, block.end));
    if (!holes.length && !quoted) {
      for (const s of splitLined(text, block.start, block.end)) sentences.push({ block: index, ...s });
      return;
    }
    // The block's own stretch of text with its footnotes and quote markers blanked (same length, so
    // offsets hold), padded in front so its offsets are the document's: a copy of the whole text
    // per block made a long document quadratic.
    let view = text.slice(block.start, block.end);
    for (const h of holes) view = view.slice(0, h.start - block.start) + ' '.repeat(h.end - h.start) + view.slice(h.end - block.start);
    if (quoted) view = view.replace(QUOTED_LINES, (m: string, lead: string) => lead + ' '.repeat(m.length - lead.length));
    for (const s of splitLined(view, 0, view.length)) sentences.push({ block: index, start: s.start + block.start, end: s.end + block.start });
  });
  return sentences.sort((a, b) => a.start - b.start);
}

/** The sentences of `[start, end)`, first parted where its line structure ends one (`line-cuts.ts`). */
function splitLined(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  for (const cut of [...lineCuts(text, start, end), end]) {
    out.push(...splitSentences(text, from, cut));
    from = cut;
  }
  return out;
}
