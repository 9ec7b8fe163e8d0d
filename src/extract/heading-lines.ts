/** Heading lines of a text whose structure is only its lines: Markdown headings, numbered headings, short title lines. */

/**
 * A short line standing alone between blank lines, with no final stop and no number, mark or year at its head: a heading
 * of a page whose tags are read ("Notes", "Births", "Background").
 */
export const TITLE_LINE = /(?<=^|\n[ \t]*\n)[ \t]*[^\s\d#*_\-+•>|][^\n]{0,58}[^\s.!?;:,](?=[ \t]*(?:\n[ \t]*\n|\n?$))/g;

/** A Markdown heading, or a numbered one with no stop ("8. Relationship to EU law"). */
const MARKED_HEADING = /^(?:#{1,6}[ \t].*|\d+(?:\.\d+)*\.?[ \t]+\p{Lu}[^\n.!?]{0,100})$/gmu;

/**
 * The start of the first heading line at or after `from`: a Markdown heading, a numbered heading, or a short title line
 * alone between blank lines; the text's length when there is none.
 * @example nextHeading('Consultation\n\nBodies objected.\n\nBackground\n\nThe bill …', 14) // → 32
 */
export function nextHeading(text: string, from: number): number {
  MARKED_HEADING.lastIndex = from;
  const marked = MARKED_HEADING.exec(text)?.index ?? text.length;
  TITLE_LINE.lastIndex = from;
  const title = TITLE_LINE.exec(text)?.index ?? text.length;
  // The patterns are shared (`headingLines`, `day-headings.ts` run `matchAll` on them, which starts where lastIndex stands): left here,
  // the next text's headings would be read from this offset.
  MARKED_HEADING.lastIndex = TITLE_LINE.lastIndex = 0;
  return Math.min(marked, title);
}

export interface HeadingLine {
  start: number;
  line: string;
}

/**
 * The lines of a text that may be a title or a heading, in order: its first lines up to its first blank line (a title
 * block: "THE DUBLIN RECORDER\nCorrections and clarifications"), Markdown and numbered headings, short title lines.
 * @example headingLines('# On This Day\n\n## 10 May\n\n1940 – …').map((h) => h.line) // → ['# On This Day', '## 10 May']
 */
export function headingLines(text: string): HeadingLine[] {
  const out: HeadingLine[] = [];
  const blank = text.search(/\n[ \t]*\n/);
  let at = 0;
  for (const line of text.slice(0, blank < 0 ? Math.min(text.length, 400) : Math.min(blank, 400)).split('\n')) {
    if (line.trim() && line.length <= 100) out.push({ start: at, line });
    at += line.length + 1;
  }
  const seen = new Set(out.map((h) => h.start));
  for (const re of [MARKED_HEADING, TITLE_LINE]) {
    for (const m of text.matchAll(re)) {
      if (seen.has(m.index)) continue;
      seen.add(m.index);
      out.push({ start: m.index, line: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
