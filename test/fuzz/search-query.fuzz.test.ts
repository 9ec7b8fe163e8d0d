import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseQuery, MAX_QUERY_LENGTH } from '../../src/query/search-query.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { DyadError } from '../../src/model/errors.js';
import { sampleDocument } from '../store-conformance.js';
import { anyText, assertSpans, FUZZ, mutated, onlyDyadErrors, SEEDS } from './arbitraries.js';

const queries = fc.oneof(anyText, mutated([SEEDS[5]!, 'ODA loan', '-"South China Sea" Japan', 'a OR b OR -c*']));

describe('search query parser, fuzzed', () => {
  it('parses or refuses with BAD_QUERY; every term has a letter or digit and no quote or star', () => {
    fc.assert(
      fc.property(queries, (q) => {
        const r = onlyDyadErrors(() => parseQuery(q));
        if (r instanceof DyadError) {
          expect(r.code).toBe('BAD_QUERY');
          return;
        }
        expect(r.anyOf.length).toBeGreaterThan(0);
        for (const t of [...r.anyOf.flat(), ...r.not]) {
          expect(t.text).toMatch(/[\p{L}\p{N}]/u);
          expect(t.text).not.toMatch(/["*\u0000-\u001f]/);
        }
      }),
      FUZZ,
    );
  });

  it('refuses a query over the length limit', () => {
    expect(() => parseQuery('a'.repeat(MAX_QUERY_LENGTH + 1))).toThrow(expect.objectContaining({ code: 'BAD_QUERY' }));
  });

  it('what it parses, FTS5 runs: a search answers or refuses with a DyadError, and its hits cut the text exactly', async () => {
    const store = openSqliteStore(':memory:');
    const text = `${SEEDS[0]}\n\n${SEEDS[1]}\n\n${SEEDS[6]}`;
    await store.putDocument(sampleDocument('a.txt', text));
    await fc.assert(
      fc.asyncProperty(queries, async (q) => {
        let parsed;
        try {
          parsed = parseQuery(q);
        } catch {
          return;
        }
        const result = await store.search(parsed, { query: q, limit: 5 }).catch((err) => {
          if (err instanceof DyadError) return undefined;
          throw err;
        });
        if (result) assertSpans(text, result.hits);
      }),
      FUZZ,
    );
    await store.close();
  });
});
