import { splitLines, type Line } from './lines.js';

/**
 * Where the line structure of a paragraph bounds a sentence (issue 10 part 4): a fact sheet's
 * chronology ("1957         Agreement on Commerce signed (6 July)") and a heading line above prose come as lines with no full stop, so the splitter read a run of them as
 * one sentence and an entry took its neighbour's trigger and date. Each rule names a kind of
 * line; a cut is a line break after which a new sentence starts. A line that starts in lower case
 * continues the one before (a wrapped entry, "JOINT STATEMENT\nof the Presidents …") and is
 * never cut from it.
 */

/** A date opening a line, bold or not: "1976", "1840s", "12 March 2025", "June 10-13, 2008", "January 1833". */
const LEAD_DATE =
  /^\s*(?:\*\*|__)?(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+\p{Lu}\p{Ll}+\.?\s+)?(?:\p{Lu}\p{Ll}+\.?\s+(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?,?\s+)?)?(?:1[0-9]|20)\d\d(?:s|\s*[–/-]\s*\d{2,4})?(?:\*\*|__)?/u;
/** What parts an entry's date from its text: a tab, two spaces or more, a dash or a colon. */
const ENTRY_SEPARATOR = /^(?:\t|\s{2,}|\s*[–—-]\s+|\s*:\s+)\S/;
/** A line in capitals: "KEY DATES", "AUSTRALIA–JAPAN RELATIONS". */
const CAPITALS_LINE = /^[\s\p{Lu}\d&,'’()/–—-]{3,90}$/u;
/** A line that starts a sentence of its own. */
const STARTS_UPPER = /^\s*(?:\*\*|__)?[\p{Lu}\d"“(]/u;
/** Characters: a line shorter than this is no wrapped line of prose (as in `text-blocks.ts`). */
const SHORT_LINE = 60;
/** A line that ends with a stop ends its sentence already. */
const ENDS_STOPPED = /[.!?…]["'”’)\]*_]*\s*$/;

/** A line that is a chronology entry: a date, then its separator, then the entry. */
export function isDatedEntry(line: string): boolean {
  const m = LEAD_DATE.exec(line);
  return !!m && ENTRY_SEPARATOR.test(line.slice(m[0].length));
}

interface CutRule {
  name: string;
  /** Whether a sentence ends between `line` and `next` (both in the same paragraph). */
  cuts(line: string, next: string): boolean;
}

/** The rules, each a kind of line that is a passage of its own. */
export const LINE_CUT_RULES: CutRule[] = [
  // "1976         Basic Treaty … signed (16 June)" then "1980 …": an entry ends at its line.
  { name: 'dated-entry', cuts: (line, next) => isDatedEntry(line) || isDatedEntry(next) },
  // "KEY DATES" above its first entry or a paragraph.
  { name: 'capitals-line', cuts: (line) => CAPITALS_LINE.test(line) && /\p{Lu}{2}/u.test(line) },
  // "Boundary disputes (1840s–1902)" above its section's prose: a short line closed by a bracket
  // is a heading (a wrapped line of prose is rarely this short).
  // A "Label: value" line ("Population: 15.2 million (2022 census)") is no heading.
  { name: 'bracketed-heading', cuts: (line) => line.trim().length < SHORT_LINE && /\)\s*$/.test(line) && !/:\s/.test(line) && STARTS_UPPER.test(line) },
];

/**
 * The offsets in `text` between `start` and `end` where a sentence starts because of the line
 * before it (the start of the next line), in order.
 * @example lineCuts('1957  Treaty signed\n1976  Accord signed', 0, 38) // → [20]
 */
export function lineCuts(text: string, start: number, end: number): number[] {
  if (text.indexOf('\n', start) === -1 || text.indexOf('\n', start) >= end) return [];
  const lines: Line[] = splitLines(text, lineStart(text, start), end);
  const cuts: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.text;
    const next = lines[i + 1]!.text;
    if (!line.trim() || !next.trim() || ENDS_STOPPED.test(line) || !STARTS_UPPER.test(next)) continue;
    if (LINE_CUT_RULES.some((r) => r.cuts(line, next)) && lines[i + 1]!.start > start) cuts.push(lines[i + 1]!.start);
  }
  return cuts;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}
