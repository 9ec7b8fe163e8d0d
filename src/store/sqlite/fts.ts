import type { ParsedQuery } from '../../query/search-query.js';
import type { QueryTerm } from '../../model/search.js';

function ftsTerm(t: QueryTerm): string {
  return `"${t.text.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`;
}

/**
 * Compiles a parsed query to an FTS5 MATCH expression. Every term is quoted, so no user text
 * is read as FTS5 syntax.
 * @example toFtsMatch(parseQuery('"strategic partnership" ODA -China')) // → '(("strategic partnership" AND "ODA")) NOT "China"'
 */
export function toFtsMatch(q: ParsedQuery): string {
  let expr = '(' + q.anyOf.map((group) => '(' + group.map(ftsTerm).join(' AND ') + ')').join(' OR ') + ')';
  for (const t of q.not) expr = `${expr} NOT ${ftsTerm(t)}`;
  return expr;
}

/** Offsets of the spans FTS5's highlight() wrapped in \u0002 … \u0003, in the unmarked text. */
export function markedSpans(marked: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let plain = 0;
  let open = -1;
  for (const ch of marked) {
    if (ch === '\u0002') open = plain;
    else if (ch === '\u0003') { if (open >= 0) spans.push({ start: open, end: plain }); open = -1; }
    else plain += ch.length;
  }
  return spans;
}

/** Turns FTS5 snippet() markers into « » and flattens white space. */
export function markSnippet(snippet: string): string {
  return snippet.replace(/\u0002/g, '«').replace(/\u0003/g, '»').replace(/\s+/g, ' ').trim();
}
