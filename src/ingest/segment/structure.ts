import type { Block, Sentence } from '../../model/document.js';
import { splitSentences } from './sentences.js';
import { segmentText } from './text-blocks.js';

/**
 * The structure of a document: its blocks (found in the text unless the loader gave them)
 * and the sentences of every block that holds prose. A table's rows count as its sentences,
 * so each row can be cited on its own.
 * @example structure('Hi. Bye.').sentences.length // → 2
 */
export function structure(text: string, blocks?: Block[]): { blocks: Block[]; sentences: Sentence[] } {
  const found = blocks ?? segmentText(text);
  const sentences: Sentence[] = [];
  found.forEach((block, index) => {
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
    const holes = found.filter((b) => b !== block && b.start >= block.start && b.end <= block.end);
    let view = text;
    for (const h of holes) view = view.slice(0, h.start) + ' '.repeat(h.end - h.start) + view.slice(h.end);
    for (const s of splitSentences(view, block.start, block.end)) sentences.push({ block: index, ...s });
  });
  sentences.sort((a, b) => a.start - b.start);
  return { blocks: found, sentences };
}
