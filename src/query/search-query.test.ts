import { describe, expect, it } from 'vitest';
import { parseQuery } from './search-query.js';
import { toFtsMatch } from '../store/sqlite/fts.js';

describe('parseQuery', () => {
  it('reads phrases, words and exclusions', () => {
    const q = parseQuery('"strategic partnership" ODA -China');
    expect(q.anyOf).toEqual([
      [
        { text: 'strategic partnership', phrase: true, prefix: false, negated: false },
        { text: 'ODA', phrase: false, prefix: false, negated: false },
      ],
    ]);
    expect(q.not).toEqual([{ text: 'China', phrase: false, prefix: false, negated: true }]);
    expect(toFtsMatch(q)).toBe('(("strategic partnership" AND "ODA")) NOT "China"');
  });

  it('reads prefixes, OR groups and excluded phrases', () => {
    const q = parseQuery('invest* OR trade -"South China Sea"');
    expect(toFtsMatch(q)).toBe('(("invest"*) OR ("trade")) NOT "South China Sea"');
  });

  it('never lets user text through as FTS5 syntax', () => {
    expect(toFtsMatch(parseQuery('NEAR(a b) col:x ^y'))).toBe('(("NEAR(a" AND "b)" AND "col:x" AND "^y"))');
  });

  it.each([[''], ['   '], ['-China'], ['- * "'], ['x'.repeat(501)]])('refuses %j with BAD_QUERY', (q) => {
    expect(() => parseQuery(q)).toThrow(expect.objectContaining({ code: 'BAD_QUERY' }));
  });
});
