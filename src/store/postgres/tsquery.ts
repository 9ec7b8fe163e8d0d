import type { ParsedQuery } from '../../query/search-query.js';
import type { QueryTerm } from '../../model/search.js';
import { TS_CONFIG } from './schema.js';

/** The words of a term as the tsquery parser should see them: letters and digits only. */
function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Compiles a parsed query to a SQL tsquery expression whose user text is all in bound
 * parameters (`params`, numbered from `firstParam`), so no user text is read as SQL or as
 * tsquery syntax. A term is a phrase of its words, as FTS5 reads a quoted term; a prefix term
 * ends in `:*`. OR groups become `||`, terms of a group `&&`, excluded terms `&& !!`.
 * @example toTsQuery(parseQuery('"strategic partnership" -China'), 1).sql
 * // → "((phraseto_tsquery('dyad', $1))) && !!(phraseto_tsquery('dyad', $2))"
 */
export function toTsQuery(q: ParsedQuery, firstParam: number): { sql: string; params: string[] } {
  const params: string[] = [];
  const term = (t: QueryTerm): string => {
    if (t.prefix) {
      // Each word quoted as a lexeme ('' doubles a quote), the last one a prefix.
      const lexemes = words(t.text).map((w) => `'${w.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`);
      params.push(lexemes.join(' <-> ') + ':*');
      return `to_tsquery('${TS_CONFIG}', $${firstParam + params.length - 1})`;
    }
    params.push(t.text);
    return `phraseto_tsquery('${TS_CONFIG}', $${firstParam + params.length - 1})`;
  };
  let sql = '(' + q.anyOf.map((group) => '(' + group.map(term).join(' && ') + ')').join(' || ') + ')';
  for (const t of q.not) sql = `${sql} && !!(${term(t)})`;
  return { sql, params };
}
