import type { QueryTerm } from '../model/search.js';
import { DyadError } from '../model/errors.js';

/** A parsed search query: any of the `anyOf` clauses (each all of its terms), none of `not`. */
export interface ParsedQuery {
  anyOf: QueryTerm[][];
  not: QueryTerm[];
}

export const MAX_QUERY_LENGTH = 500;
export const MAX_TERMS = 32;

const TOKEN = /(-?)"([^"]*)"?|(\S+)/g;

/**
 * Parses the search syntax: words, "quoted phrases", prefix*, -excluded, and OR between groups.
 * @example parseQuery('"strategic partnership" ODA -China')
 * // → { anyOf: [[{text:'strategic partnership',phrase:true,...},{text:'ODA',...}]], not: [{text:'China',negated:true,...}] }
 */
export function parseQuery(query: string): ParsedQuery {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new DyadError('BAD_QUERY', `query is ${query.length} characters long; the limit is ${MAX_QUERY_LENGTH}`);
  }
  const anyOf: QueryTerm[][] = [[]];
  const not: QueryTerm[] = [];
  let count = 0;
  for (const m of query.matchAll(TOKEN)) {
    let term: QueryTerm | undefined;
    if (m[2] !== undefined) {
      const text = clean(m[2]);
      if (text) term = { text, phrase: true, prefix: false, negated: m[1] === '-' };
    } else {
      const raw = m[3]!;
      if (raw === 'OR') {
        anyOf.push([]);
        continue;
      }
      if (raw === 'AND') continue;
      const negated = raw.startsWith('-') && raw.length > 1;
      const body = negated ? raw.slice(1) : raw;
      const prefix = body.endsWith('*');
      const text = clean(prefix ? body.slice(0, -1) : body);
      if (text) term = { text, phrase: false, prefix, negated };
    }
    if (!term) continue;
    if (++count > MAX_TERMS) throw new DyadError('BAD_QUERY', `query has more than ${MAX_TERMS} terms`);
    (term.negated ? not : anyOf[anyOf.length - 1]!).push(term);
  }
  const groups = anyOf.filter((g) => g.length > 0);
  if (groups.length === 0) {
    throw new DyadError('BAD_QUERY', query.trim() ? `query "${query}" has no term to look for (only excluded terms)` : 'query is empty');
  }
  return { anyOf: groups, not };
}

/** Keeps letters, digits and inner punctuation that the tokenizer splits on anyway. */
function clean(s: string): string {
  const t = s
    .replace(/[\u0000-\u001f"*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return /[\p{L}\p{N}]/u.test(t) ? t : '';
}

/** The terms of a parsed query, in order, for display. */
export function queryTerms(q: ParsedQuery): QueryTerm[] {
  return [...q.anyOf.flat(), ...q.not];
}
