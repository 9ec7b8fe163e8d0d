/** A line of text with its offsets (end excludes the newline). */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Splits text (or its stretch `[from, to)`, `from` at a line's start) into lines with offsets. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= to) {
    let nl = text.indexOf('\n', start);
    if (nl >= to) nl = -1;
    const end = nl === -1 ? to : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Narrows [start, end) of `text` so it has no leading or trailing whitespace. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
