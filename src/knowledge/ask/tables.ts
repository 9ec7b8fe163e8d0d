import type { DocumentRecord, Span as TextSpan } from '../../model/document.js';
import type { Passage } from './corpus.js';
import type { ParsedQuestion } from './question.js';
import { tokens } from './text.js';

/** A cell of a table that answers "what was X in YEAR": its span, its figure (a stored fact in it, else the number written) and its row's year. */
export interface TableCell {
  start: number;
  end: number;
  text: string;
  value?: number;
  unit?: string;
  year: string;
}

/**
 * The cell of a table row that answers a question about a year: the row whose first cell holds
 * the year, the column whose header holds most of the question's words ("SA *exports* to
 * *Zimbabwe*" for "South African exports to Zimbabwe in 2022"). Undefined when the passage is not
 * in a table with a header, or no column's header holds a word of the question and the passage's row does not name the measure (`byMeasure`).
 * @example tableCell(parseQuestion('What were exports to Chile in 2021?'), doc, passage, '2021')?.text // → 'US$1.2 billion' (the row "2021 | US$1.2 billion | …")
 */
export function tableCell(q: ParsedQuestion, doc: DocumentRecord, p: Passage, year: string): TableCell | undefined {
  const block = doc.blocks[p.block];
  const parsed = block?.type === 'table' && block.header && block.rows && block.rows.length >= 2 ? block.rows : alignedRows(doc.text, p);
  if (!parsed) return undefined;
  const [header, ...rows] = parsed;
  const cellText = (c: TextSpan) => doc.text.slice(c.start, c.end);
  const row = rows.find((r) => r[0] && new RegExp(`\\b${year}\\b`).test(cellText(r[0])));
  if (!row) return undefined;
  // The question's own words, not their synonyms: a header "exports" does not measure "trade".
  const asked = new Set(q.terms.filter((t) => !t.name).map((t) => t.stems[0]!));
  const names = new Set(q.terms.filter((t) => t.name).map((t) => t.stems[0]!));
  // The column whose header holds most of the question's words (not the first: it names the rows); a header must hold a word of what is
  // measured ("exports"), not only the names ("Portugal"), and of two that do, the one with more of the names wins.
  let best = -1;
  let hits = 0;
  header!.forEach((h, i) => {
    if (i === 0) return;
    const words = tokens(cellText(h));
    const measured = words.filter((t) => asked.has(t.stem)).length;
    const n = measured ? measured + words.filter((t) => names.has(t.stem)).length / 10 : 0;
    if (n > hits) [best, hits] = [i, n];
  });
  const cell = best > 0 ? row[best] : byMeasure(q, rows, p, year, cellText);
  if (!cell || !cellText(cell).trim()) return undefined;
  const facts = (doc.annotations?.facts ?? []).filter((f) => f.valueStart >= cell.start && f.valueEnd <= cell.end);
  const fact = facts[0];
  const written = /\d[\d,]*(?:\.\d+)?/.exec(cellText(cell));
  return {
    start: cell.start,
    end: cell.end,
    text: cellText(cell).trim(),
    ...(fact ? { value: fact.value, unit: fact.unit } : written ? { value: Number(written[0].replace(/,/g, '')), unit: '' } : {}),
    year,
  };
}

/**
 * A cell that is a figure and nothing else: a number, a hedge before it ("about"), a currency's sign or code, and up to two words after it, a
 * scale and a unit ("86,500", "US$ 1.2 billion", "about 4,200 students", "12%"); not a source or a note that holds a year ("Kenya Ministry
 * of Education, 2026 report"), nor "n/a".
 */
const FIGURE_CELL = /^(?:(?:about|some|around|over|nearly|almost|approximately|roughly|c\.|~)\s*)?(?:(?:[A-Z]{1,3})?[$€£¥]\s?|[A-Z]{3}\s)?\d[\d.,\u00a0 ]*(?:\s?(?:%|[\p{L}³]+(?:\s[\p{L}³]+)?))?$/iu;

/**
 * A table by measure, not by year ("| British visitors to Iceland, 2025 | 318,000 | Icelandic Tourist Board |" under "| Figure | Value |
 * Source |"), when no header names what is asked: the passage's own row, when its first cell holds the year and what is measured (the noun a
 * how-many question counts, else a word of the question that is no name), answers with its first cell after the label that is a figure
 * (`FIGURE_CELL`): "| Ugandan students in Kenya, 2025 | n/a | Kenya Ministry of Education, 2026 report |" answers nothing (review of session 39).
 */
function byMeasure(q: ParsedQuestion, rows: TextSpan[][], p: Passage, year: string, cellText: (c: TextSpan) => string): TextSpan | undefined {
  const row = rows.find((r) => r[0] && r[0].start < p.end && p.start < r.at(-1)!.end);
  if (!row?.[0] || !new RegExp(`\\b${year}\\b`).test(cellText(row[0]))) return undefined;
  const label = tokens(cellText(row[0]));
  const measured = q.counted ? label.some((t) => t.stem === q.counted) : q.terms.some((t) => !t.name && label.some((w) => w.stem === t.stems[0]));
  return measured ? row.slice(1).find((c) => FIGURE_CELL.test(cellText(c).trim())) : undefined;
}

/** Cells of one line of a plain-text table: runs of words apart by two spaces or more or a tab. */
function cellsOf(text: string, from: number, to: number): TextSpan[] {
  return [...text.slice(from, to).matchAll(/\S+(?: \S+)*/g)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
}

/**
 * Rows of a plain-text table around a passage: the lines next to one another (no blank line
 * between) that split into the same number of cells, two or more, by two spaces or more or a tab;
 * three lines or more, the first of them the header. A row may be a passage of its own.
 * @example alignedRows('Year   Exports\n2020   $1.2 billion\n2021   $1.4 billion', { start: 0, end: 14 }) // → [[Year, Exports], [2020, $1.2 billion], [2021, $1.4 billion]]
 */
export function alignedRows(text: string, p: { start: number; end: number }): TextSpan[][] | undefined {
  const lineAt = (i: number) => ({ start: text.lastIndexOf('\n', i - 1) + 1, end: text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i) });
  const aligned = (l: { start: number; end: number }) => l.end > l.start && /\S(?: {2,}|\t)\S/.test(text.slice(l.start, l.end));
  const first = lineAt(p.start);
  if (!aligned(first)) return undefined;
  const lines = [first];
  for (let l = first; l.start > 0;) {
    const prev = lineAt(l.start - 1);
    if (!aligned(prev)) break;
    lines.unshift((l = prev));
  }
  for (let l = first; l.end < text.length;) {
    const next = lineAt(l.end + 1);
    if (!aligned(next)) break;
    lines.push((l = next));
  }
  const rows = lines.map((l) => cellsOf(text, l.start, l.end));
  if (rows.length < 3 || rows.some((r) => r.length !== rows[0]!.length)) return undefined;
  return rows;
}
