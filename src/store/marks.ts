/** Match marks shared by the stores: matched words wrapped in \u0002 … \u0003 by the database. */

/** Offsets of the spans FTS5's highlight() wrapped in \u0002 … \u0003, in the unmarked text. */
export function markedSpans(marked: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let plain = 0;
  let open = -1;
  for (const ch of marked) {
    if (ch === '\u0002') open = plain;
    else if (ch === '\u0003') {
      if (open >= 0) spans.push({ start: open, end: plain });
      open = -1;
    } else plain += ch.length;
  }
  return spans;
}

/** Turns FTS5 snippet() markers into « » and flattens white space. */
export function markSnippet(snippet: string): string {
  return snippet
    .replace(/\u0002/g, '«')
    .replace(/\u0003/g, '»')
    .replace(/\s+/g, ' ')
    .trim();
}
