import type { ParsedQuery } from '../../query/search-query.js';
import type { QueryTerm } from '../../model/search.js';

/** A term as FTS5 reads it: quoted (a phrase of its words), with `*` for a prefix. */
export function ftsTerm(t: QueryTerm): string {
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

export { markedSpans, markSnippet } from '../marks.js';
