/**
 * Markdown emphasis around a figure (session 48): "has trained an estimated **16,000** Somali soldiers", "Of the 24 lines,
 * **9** are completed", "__1,240__ cartons". The value patterns read a number up to the word after it ("16,000 Somali
 * soldiers" counts soldiers); the marks between the number and its noun hide the noun, so a bold count was read as nothing.
 * The marks of a short emphasised run that holds a digit are blanked in a copy of the text of the same length, which the value
 * patterns read; offsets do not move. A long run ("**Week 14 (20 and 23 April) — Student presentations.**", more than
 * `MAX_WORDS` words) is a heading or a lead-in, left as it is, and so is a run with no digit ("**Core Group**").
 */

/** A run of strong emphasis on one line: "**16,000**", "__about 480,000__", "**JOD 612 million**". */
const STRONG = /(\*\*|__)(?=\S)([^*_\n]{1,60}?)(?<=\S)\1/g;
/** More words than a figure with its qualifier, currency or unit takes ("more than USD 1.2 billion", "47.2 per cent"). */
const MAX_WORDS = 5;

/**
 * The text with the marks of every short emphasised run holding a digit replaced by spaces.
 * @example plainEmphasis('It trained **16,000** soldiers.') // → 'It trained   16,000   soldiers.'
 */
export function plainEmphasis(text: string): string {
  if (!text.includes('**') && !text.includes('__')) return text;
  return text.replace(STRONG, (all, mark: string, inner: string) =>
    /\d/.test(inner) && inner.trim().split(/\s+/).length <= MAX_WORDS ? ' '.repeat(mark.length) + inner + ' '.repeat(mark.length) : all,
  );
}
