import type { Block, Span } from '../../model/document.js';
import { splitLines, trimSpan, type Line } from './lines.js';
import { alignedTable, joinSpacedRows } from './aligned-table.js';

const SEPARATOR = /^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$/;
const ATX_HEADING = /^(#{1,6})[ \t]+/;
export const FOOTNOTE_START = /^\s*(?:<sup>\s*([\w*†‡]+)\s*<\/sup>|\[\^([\w-]+)\]:|\^(\d+)\s)\s*/;
const LIST_ITEM = /^\s*(?:[-*+•▪◦]|\(?\d{1,3}[.)]|\(?(?:[a-z]|[ivx]{2,4})[.)])[ \t]+/;
const NUMBERED_HEADING = /^\s*((?:\d{1,2}\.)+\d{0,2}|[IVX]{1,5}\.|[A-Z]\.)\s+\S/;
/** Lines shorter than this (characters) that end without a stop stand alone. */
const SHORT_LINE = 60;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** Text that ends a sentence, allowing closing quotes, brackets, emphasis and footnote markers after it. */
const TERMINAL_END = /[.!?:;…"”’)\]*_](?:\s*(?:<sup>[^<]*<\/sup>|\[\^?\d+\]))*\s*$/;

/**
 * Finds headings, paragraphs, list items, footnotes and tables in plain text or Markdown,
 * with offsets into the text. Paragraphs broken by a page break (a blank line, a `---` rule,
 * footnotes) mid-sentence are joined into one paragraph that spans the break. `[from, to)`: only
 * that stretch of the text (`from` at a line's start), as `segment/windows.ts` reads a long one.
 * @example segmentText('# Title\n\nOne. Two.').map(b => b.type) // → ['heading', 'paragraph']
 */
export function segmentText(text: string, from = 0, to = text.length): Block[] {
  const groups = joinSpacedRows(text, groupLines(splitLines(text, from, to).map(unquoted)));
  const blocks: Block[] = [];
  for (const group of groups) blocks.push(...classifyGroup(text, group));
  return joinBrokenParagraphs(text, blocks);
}

/** A Markdown blockquote's or a mail quote's markers: "> ", "> > ". */
const QUOTE_MARKER = /^[ \t]{0,3}(?:>[ \t]?)+/;

/**
 * A quoted line is read as the line inside its markers, so that a blockquoted box of key points
 * ("> - Attacks since September 2025 …") gives list items and a bare ">" a blank line, not one
 * paragraph with "> -" inside its sentences. Offsets stay those of the text.
 * @example unquoted({ start: 0, end: 9, text: '> - Item.' }) // → { start: 2, end: 9, text: '- Item.' }
 */
function unquoted(line: Line): Line {
  const m = QUOTE_MARKER.exec(line.text);
  return m ? { start: line.start + m[0].length, end: line.end, text: line.text.slice(m[0].length) } : line;
}

/** Runs of non-blank lines. */
function groupLines(lines: Line[]): Line[][] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length) groups.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) groups.push(current);
  return groups;
}

function span(text: string, start: number, end: number): Span {
  return trimSpan(text, start, end);
}

function classifyGroup(text: string, group: Line[]): Block[] {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  if (group.every((l) => SEPARATOR.test(l.text))) return [];
  if (isTable(group)) return [tableBlock(text, group)];
  const withTables = pipeRuns(text, group);
  if (withTables) return withTables;
  const aligned = alignedTable(text, group);
  if (aligned) return aligned;

  const out: Block[] = [];
  let para: Line[] = [];
  const flush = () => {
    if (para.length) out.push({ type: 'paragraph', ...span(text, para[0]!.start, para[para.length - 1]!.end) });
    para = [];
  };
  for (let i = 0; i < group.length; i++) {
    const line = group[i]!;
    const atx = ATX_HEADING.exec(line.text);
    const foot = FOOTNOTE_START.exec(line.text);
    const item = LIST_ITEM.exec(line.text);
    if (SEPARATOR.test(line.text)) {
      flush();
      continue;
    }
    if (atx) {
      flush();
      const s = span(text, line.start + atx[0].length, line.end);
      if (s.end > s.start) out.push({ type: 'heading', level: atx[1]!.length, ...s });
      continue;
    }
    if (foot && (i === 0 || out.length === 0 || out[out.length - 1]!.type === 'footnote' || para.length === 0)) {
      flush();
      const endLine = continuation(group, i);
      out.push({ type: 'footnote', label: foot[1] ?? foot[2] ?? foot[3], ...span(text, line.start + foot[0].length, group[endLine]!.end) });
      i = endLine;
      continue;
    }
    if (item && !(group.length === 1 && isHeadingLine(line.text))) {
      flush();
      const endLine = continuation(group, i);
      const s = span(text, line.start + item[0].length, group[endLine]!.end);
      if (s.end > s.start) out.push({ type: 'list-item', ...s });
      i = endLine;
      continue;
    }
    // A short line that ends without a stop, before a line that starts a sentence, is a line of
    // its own (a headline, a dateline, "Area: 513,000 km2"), not the wrapped start of a paragraph.
    const prev = para[para.length - 1];
    if (prev && prev.text.trim().length < SHORT_LINE && !/[.!?:;,"”’)\]-]\s*$/.test(prev.text) && /^\s*[\p{Lu}\d]/u.test(line.text)) {
      if (out.length === 0 && para.length === 1 && isHeadingLine(prev.text)) {
        out.push({ type: 'heading', level: 1, ...span(text, prev.start, prev.end) });
        para = [];
      } else flush();
    }
    para.push(line);
  }
  flush();
  if (out.length === 1 && out[0]!.type === 'paragraph' && group.length === 1 && isHeadingLine(first.text)) {
    const numbered = NUMBERED_HEADING.exec(first.text);
    const level = numbered ? Math.min(6, numbered[1]!.split('.').filter(Boolean).length + 1) : 2;
    return [{ type: 'heading', level, ...span(text, first.start, last.end) }];
  }
  return out;
}

/** Index of the last line that continues the item starting at `i` (until the next marker line). */
function continuation(group: Line[], i: number): number {
  let j = i;
  while (j + 1 < group.length) {
    const next = group[j + 1]!.text;
    if (FOOTNOTE_START.test(next) || LIST_ITEM.test(next) || ATX_HEADING.test(next) || SEPARATOR.test(next)) break;
    j++;
  }
  return j;
}

/** A short standalone line without final punctuation: "Abstract", "3. Data and Methods". */
function isHeadingLine(line: string): boolean {
  const t = line.trim().replace(/^\*\*(.*)\*\*$/, '$1');
  if (t.length === 0 || t.length > 90) return false;
  if (/[.,;:!?]$/.test(t) && !NUMBERED_HEADING.test(t)) return false;
  if (/[.,;:!?]$/.test(t) && t.split(/\s+/).length > 3) return false;
  if (!/^[\p{Lu}\d*"“'‘(]/u.test(t)) return false;
  return t.split(/\s+/).length <= 14;
}

/**
 * A group that holds pipe rows among other lines ("Trade (Yen: billion)" above them, a note
 * below), or pipe rows with no rule under their header: each run of two or more pipe rows is a
 * table, and the lines around it are read as usual.
 */
function pipeRuns(text: string, group: Line[]): Block[] | undefined {
  // A row: cells between pipes, with or without pipes at its edges ("1887 | Declaration |").
  const pipes = (l: Line) => (PIPE_RULE.test(l.text) ? -1 : (l.text.match(/\|/g) ?? []).length);
  const runs: [number, number][] = [];
  for (let i = 0; i < group.length; i++) {
    const n = pipes(group[i]!);
    if (n < 1) continue;
    let j = i;
    while (j + 1 < group.length && (pipes(group[j + 1]!) === n || (pipes(group[j + 1]!) === -1 && j === i))) j++;
    if (j > i) runs.push([i, j]);
    i = j;
  }
  if (!runs.length) return undefined;
  const out: Block[] = [];
  let at = 0;
  for (const [i, j] of runs) {
    if (i > at) out.push(...classifyGroup(text, group.slice(at, i)));
    out.push(tableBlock(text, group.slice(i, j + 1)));
    at = j + 1;
  }
  if (at < group.length) out.push(...classifyGroup(text, group.slice(at)));
  return out;
}

function isTable(group: Line[]): boolean {
  if (group.length < 2) return false;
  if (group.every((l) => l.text.includes('\t'))) return true;
  return group.filter((l) => PIPE_ROW.test(l.text)).length === group.length && group.some((l) => PIPE_RULE.test(l.text));
}

/** A year heading a column: "2020", "2019/20", "2019-20". */
const HEADER_YEAR = /^\s*(?:1[5-9]|20)\d\d(?:\s?[/-]\s?\d\d(?:\d\d)?)?\s*$/;

function tableBlock(text: string, group: Line[]): Block {
  const rows: Span[][] = [];
  let header = false;
  const pipe = !group[0]!.text.includes('\t');
  for (const line of group) {
    if (pipe && PIPE_RULE.test(line.text)) {
      header = rows.length === 1;
      continue;
    }
    rows.push(pipe ? pipeCells(text, line) : tabCells(text, line));
  }
  // With no rule under it, the first row is a header when it holds words and no figures but years
  // ("Type | 2020 | 2021p | 2022 est.": a column a year), as an aligned table's header may.
  if ((!pipe || !group.some((l) => PIPE_RULE.test(l.text))) && rows.length > 1) {
    const firstRow = rows[0]!.map((c) => text.slice(c.start, c.end));
    header = firstRow.every((c) => c === '' || !/^[\d.,%$\s-]+$/.test(c) || HEADER_YEAR.test(c)) && /<b>|\*\*|[A-Za-z]/.test(firstRow.join(''));
  }
  return { type: 'table', ...span(text, group[0]!.start, group[group.length - 1]!.end), rows, header };
}

function tabCells(text: string, line: Line): Span[] {
  const cells: Span[] = [];
  let start = line.start;
  for (const part of line.text.split('\t')) {
    cells.push(span(text, start, start + part.length));
    start += part.length + 1;
  }
  return cells;
}

/** The cells of a pipe row; a pipe at either edge opens or closes the row rather than a cell. */
function pipeCells(text: string, line: Line): Span[] {
  const cells: Span[] = [];
  const parts = line.text.split('|');
  let start = line.start;
  parts.forEach((part, i) => {
    const edge = (i === 0 || i === parts.length - 1) && part.trim() === '';
    if (!edge) cells.push(span(text, start, start + part.length));
    start += part.length + 1;
  });
  return cells;
}

/**
 * Joins a paragraph that stops mid-sentence with the next paragraph when that one starts in
 * lower case: the blank line, rule or footnotes between them are page-break debris.
 */
function joinBrokenParagraphs(text: string, blocks: Block[]): Block[] {
  const result = blocks.map((b) => ({ ...b }));
  const absorbed = new Set<number>();
  for (let i = 0; i < result.length; i++) {
    const block = result[i]!;
    if (absorbed.has(i) || (block.type !== 'paragraph' && block.type !== 'list-item')) continue;
    let j = i + 1;
    while (!TERMINAL_END.test(text.slice(block.start, block.end))) {
      while (j < result.length && result[j]!.type === 'footnote') j++;
      const next = result[j];
      if (!next || next.type !== 'paragraph' || !/^[\p{Ll}(,;–—-]/u.test(text.charAt(next.start))) break;
      block.end = next.end;
      absorbed.add(j);
      j++;
    }
  }
  // Footnotes inside a joined paragraph stay as blocks of their own, after it in document order.
  return result.filter((_, i) => !absorbed.has(i));
}
