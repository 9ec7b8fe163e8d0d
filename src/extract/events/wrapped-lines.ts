import type { Block } from '../../model/document.js';

/**
 * Text wrapped at a fixed width (session 39, issue 10): plain-text records, statements, speeches and transcripts broken
 * into lines of 70–100 characters, as a PDF's text or an e-mail gives them, break a sentence wherever a line ends:
 *
 *   The runway and jetty were
 *   inaugurated jointly by the two Prime Ministers on 29 February 2024.
 *
 * The sentence is still one sentence (the structure stage joins its lines), but the finders read a clause's words as
 * separated by spaces ("were inaugurated", "Prime Minister X\njointly inaugurated"), so a line break inside it hid the
 * act. A line break inside a paragraph or a list item, after a word or a comma and before a word in lower case (a line
 * that goes on with the sentence, never a new item, heading or row, which opens with a capital, a number or a mark), is
 * read as the space it stands for. The text keeps its length: every offset stays the stored text's. Only the event stage
 * reads the unwrapped text (`pipeline.ts`); the structure, time, actor and fact stages, and the quotes stored, keep the lines as
 * written.
 * @example unwrapped('were\ninaugurated on 3 May 2024.', [{ type: 'paragraph', start: 0, end: 32 }]) // → 'were inaugurated on 3 May 2024.'
 */
export function unwrapped(text: string, blocks: Block[]): string {
  const breaks: number[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph' && block.type !== 'list-item') continue;
    const inner = text.slice(block.start, block.end);
    if (!inner.includes('\n')) continue;
    for (const m of inner.matchAll(WRAP)) breaks.push(block.start + m.index! + m[0].indexOf('\n'));
  }
  if (!breaks.length) return text;
  breaks.sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const at of breaks) {
    out += text.slice(from, at) + ' ';
    from = at + 1;
  }
  return out + text.slice(from);
}

/** A line break after a word, a closing mark or a comma and before a lower-case word: the sentence goes on. */
const WRAP = /(?<=[\p{L}\p{N},;)’'"”])[ \t]*\n(?=[ \t]*\p{Ll})/gu;
