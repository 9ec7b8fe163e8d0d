import type { Block } from '../../model/document.js';
import { rowLike } from './aligned-table.js';
import { splitLines } from './lines.js';
import { FOOTNOTE_START, segmentText } from './text-blocks.js';

/**
 * Segmentation of a long text a window at a time (issue 14 part 2): `segmentText` over one
 * stretch of about `WINDOW_CHARS` characters, then the next, so the lines, groups and blocks of
 * the whole text never live at once. A window ends only where nothing `segmentText` does can
 * reach over the cut, so the blocks are those of the whole text, in the same order:
 * - at the start of a line after a blank line (a group of lines is never cut);
 * - the last line before the blank ends a sentence (`.`, `!` or `?`, closing quotes or brackets
 *   after it), so no paragraph is joined with one after the cut (`joinBrokenParagraphs`), and
 *   its group of lines holds no footnote (a paragraph broken by a page break can skip footnotes);
 * - the first line after the cut is no row of a table aligned with spaces, so no table continues
 *   over it (`joinSpacedRows`).
 * A text with no such place is segmented in one window, as before.
 */

/** Characters of text segmented at once (1 MiB): the window ends at the first safe place after this many. */
export const WINDOW_CHARS = 1 << 20;

/** A line that ends a sentence, with no paragraph going on after it. */
const SENTENCE_END = /[.!?]["”’)\]]*\s*$/;
/** A blank line and the line end before it. */
const BLANK_LINE = /\n[^\S\n]*\n/g;
/** Characters looked back over for the start of the group of lines before a cut; a longer group gives the place up. */
const GROUP_LOOK_BACK = 1 << 16;

/**
 * The blocks of a text (as `segmentText(text)` finds them), a window of about `window` characters
 * at a time, as they are asked for.
 * @example [...textBlocks('One.\n\nTwo.', 3)].map((b) => [b.start, b.end]) // → [[0, 4], [6, 10]]
 */
export function* textBlocks(text: string, window = WINDOW_CHARS): Generator<Block> {
  let from = 0;
  do {
    const to = from + window >= text.length ? text.length : cutAfter(text, from + window);
    yield* segmentText(text, from, to);
    from = to;
  } while (from < text.length);
}

/** The first place at or after `at` where a window can end (see the file's comment); the text's end if none. */
export function cutAfter(text: string, at: number): number {
  const blank = new RegExp(BLANK_LINE.source, 'g');
  blank.lastIndex = at;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    // The first line after the blank ones.
    let next = m.index + m[0].length;
    for (let end = lineEnd(text, next); next < text.length && text.slice(next, end).trim() === ''; end = lineEnd(text, next)) next = end + 1;
    if (next >= text.length) return text.length;
    if (endsGroup(text, m.index) && !rowLike({ start: next, end: lineEnd(text, next), text: text.slice(next, lineEnd(text, next)) })) return next;
    blank.lastIndex = next - 1;
  }
  return text.length;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl;
}

/** The line ending at `end` ends a sentence, and the group of lines it closes holds no footnote. */
function endsGroup(text: string, end: number): boolean {
  const start = text.lastIndexOf('\n', end - 1) + 1;
  if (!SENTENCE_END.test(text.slice(start, end)) || text.slice(start, end).trim() === '') return false;
  let from = start;
  while (from > 0 && end - from < GROUP_LOOK_BACK) {
    const before = text.lastIndexOf('\n', from - 2) + 1;
    if (text.slice(before, from - 1).trim() === '') break;
    from = before;
  }
  if (from > 0 && end - from >= GROUP_LOOK_BACK) return false;
  return splitLines(text, from, end).every((l) => !FOOTNOTE_START.test(l.text));
}
