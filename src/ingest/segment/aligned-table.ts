/**
 * Tables laid out with spaces, as PDF text layers and plain-text fact sheets give them:
 *
 *     Japan's ODA to Kenya
 *     (US$ million)
 *                        2019     2020     2021
 *     Grants            120.5     98.2    101.0
 *     Loans             310.0    285.4    402.7
 *
 * Columns are runs of text parted by two or more spaces; a row's cells go to the header's
 * columns by where they stand, so an empty cell leaves its column empty.
 */
import type { Block, Span } from '../../model/document.js';
import { trimSpan, type Line } from './lines.js';

interface Cell {
  from: number;
  to: number;
}

/** An amount in a cell: "1,234", "-3.2", "12%", "US$5.1", "₩1.1 trillion", "US$960m". */
const AMOUNT = '[-−–]?\\s?(?:[^\\d\\s()/]{1,4}\\s?)?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:%|[a-z]{1,8}))?';
/** A number a table cell holds, or two amounts of one figure ("1,200 (US$ 11m)", "¥3.2bn / $29m"); "n.a." is none. */
const NUMERIC = new RegExp(`^\\(?${AMOUNT}\\)?$|^${AMOUNT}\\s*(?:\\(\\s*${AMOUNT}\\s*\\)|\\/\\s*${AMOUNT})$`);
const YEAR = /^(?:FY\s?)?(?:1[5-9]|20)\d\d(?:\/\d\d)?$/;
/** At most this many lines above the header are the table's caption and unit line. */
const CAPTION_LINES = 2;

/** Cells of a line: runs parted by two or more spaces or a tab, as columns of the line. */
function cellsOf(line: string): Cell[] {
  const out: Cell[] = [];
  for (const m of line.matchAll(/\S+(?:[ ]\S+)*/g)) out.push({ from: m.index!, to: m.index! + m[0].length });
  return out;
}

/** Overlap of two column intervals; negative: the gap between them. */
function overlap(a: Cell, b: Cell): number {
  return Math.min(a.to, b.to) - Math.max(a.from, b.from);
}

/**
 * Reads a group of lines (no blank line between them) as a table aligned with spaces, when
 * it is one: a header or data line with two or more cells, then rows of which most have two
 * or more cells and at least two hold numbers, every cell but the first short. Up to two lines
 * above it become paragraphs of their own (a caption, a unit line such as "(US$ million)").
 * @example alignedTable(text, lines)?.map((b) => b.type) // → ['paragraph', 'table']
 */
export function alignedTable(text: string, group: Line[]): Block[] | undefined {
  const cells = group.map((l) => cellsOf(l.text));
  const head = cells.findIndex((c) => c.length >= 2);
  if (head < 0 || head > CAPTION_LINES || group.length - head < 2) return undefined;
  const body = cells.slice(head);
  const cellText = (k: number, c: Cell) => group[k]!.text.slice(c.from, c.to);
  // Prose with a double space inside is no table: every cell after the first is short.
  for (let k = head; k < group.length; k++) if (cells[k]!.slice(1).some((c) => c.to - c.from > 32) || group[k]!.text.length > 200) return undefined;
  if (body.filter((c) => c.length >= 2).length * 3 < body.length * 2) return undefined;
  const numericRows = body.filter((c, i) => c.slice(1).some((x) => NUMERIC.test(cellText(head + i, x)) && !YEAR.test(cellText(head + i, x)))).length;
  if (numericRows < 2) return undefined;
  const headerCells = cells[head]!;
  const headerTexts = headerCells.map((c) => cellText(head, c));
  // A header names its columns: words or years, no other numbers.
  const header = headerTexts.some((t) => /\p{L}|^(?:FY\s?)?\d{4}/u.test(t)) && headerTexts.every((t) => !NUMERIC.test(t) || YEAR.test(t));
  // Columns: the header's, plus the label column on its left when the header leaves it blank.
  const columns: Cell[] = [...headerCells];
  const widest = Math.max(...body.map((c) => c.length));
  if (columns.length < widest && columns[0]!.from > 0) columns.unshift({ from: 0, to: columns[0]!.from - 1 });
  const rows: Span[][] = [];
  for (let k = head; k < group.length; k++) {
    const line = group[k]!;
    const row: Span[] = columns.map(() => ({ start: line.end, end: line.end }));
    const own = cells[k]!;
    own.forEach((c, i) => {
      // Same count: cell i is column i; else the column it overlaps most (or stands nearest).
      const j = own.length === columns.length ? i : columns.reduce((best, col, n) => (overlap(c, col) > overlap(c, columns[best]!) ? n : best), 0);
      row[j] = trimSpan(text, line.start + c.from, line.start + c.to);
    });
    rows.push(row);
  }
  const captions: Block[] = group.slice(0, head).map((l) => ({ type: 'paragraph', ...trimSpan(text, l.start, l.end) }));
  return [...captions, { type: 'table', ...trimSpan(text, group[head]!.start, group[group.length - 1]!.end), rows, header }];
}

/** A line that may be a row of a table aligned with spaces: two or more cells, all but the first short. */
export function rowLike(line: Line): boolean {
  const cells = cellsOf(line.text);
  return line.text.length <= 200 && cells.length >= 2 && cells.slice(1).every((c) => c.to - c.from <= 32);
}

/** A line of a table's body: row-like, with an amount in a cell after the first (a later table's header of years has none). */
function dataRow(line: Line): boolean {
  if (!rowLike(line)) return false;
  return cellsOf(line.text)
    .slice(1)
    .some((c) => {
      const cell = line.text.slice(c.from, c.to);
      return NUMERIC.test(cell) && !YEAR.test(cell);
    });
}

/**
 * Joins the rows of a table aligned with spaces that a PDF's text layer or a fact sheet parts
 * with blank lines: a run of two or more one-line groups that each look like a row ("2018
 * 1,914,692", blank, "2019    1,884,306"), and a table followed by groups of rows set apart
 * by blank lines (a header and two rows, blank, two more rows), become one group when
 * `alignedTable` reads it as a table; else the lines stay as they were.
 * @example joinSpacedRows(text, [[row2018], [row2019], [prose]]) // → [[row2018, row2019], [prose]]
 */
export function joinSpacedRows(text: string, groups: Line[][]): Line[][] {
  const out: Line[][] = [];
  for (let i = 0; i < groups.length; i++) {
    let j = i;
    while (j < groups.length && groups[j]!.length === 1 && rowLike(groups[j]![0]!)) j++;
    let joined = j - i >= 2 ? groups.slice(i, j).flat() : undefined;
    if (!joined || !alignedTable(text, joined)) {
      // A table, then groups of data rows: the groups continue it.
      j = i + 1;
      if (groups[i]!.length > 1 && alignedTable(text, groups[i]!)) while (j < groups.length && groups[j]!.every(dataRow)) j++;
      joined = j - i >= 2 ? groups.slice(i, j).flat() : undefined;
    }
    if (joined && alignedTable(text, joined)) {
      out.push(joined);
      i = j - 1;
    } else out.push(groups[i]!);
  }
  return out;
}
