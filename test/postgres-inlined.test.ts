import { describe, expect, it } from 'vitest';
import { inlined } from '../src/store/postgres/search.js';

/**
 * A search page goes to PostgreSQL as one message (its transaction, setting and statement) with its parameters written in as
 * literals (store/postgres/search.ts): each value must read back as the parameter would have, whatever quotes or backslashes it holds.
 */
describe('a statement with its parameters written in', () => {
  it('quotes strings, doubling their quotes, and writes a value with a backslash as an escaped string', () => {
    expect(inlined('SELECT d.id FROM documents d WHERE d.name = $1', ["O'Hara's cable, 1962.txt"])).toBe("SELECT d.id FROM documents d WHERE d.name = 'O''Hara''s cable, 1962.txt'");
    expect(inlined('SELECT $1', ['reports\\2019\\annex.txt'])).toBe("SELECT  E'reports\\\\2019\\\\annex.txt'");
  });

  it('writes numbers as their shortest exact decimal and arrays as array text, each element quoted', () => {
    expect(inlined('SELECT $1::float8, $2::int', [5.262454080467883, 40])).toBe("SELECT '5.262454080467883'::float8, '40'::int");
    expect(inlined('SELECT $1::text[]', [['treati', "o'neil", 'say "no"']])).toBe(`SELECT  E'{"treati","o''neil","say \\\\"no\\\\""}'::text[]`);
    expect(inlined('SELECT $1::float8[]', [[0.1, 2.5e-7]])).toBe(`SELECT '{"0.1","2.5e-7"}'::float8[]`);
    expect(inlined('SELECT $1::text[]', [[]])).toBe("SELECT '{}'::text[]");
  });

  it('tells $1 from $10, and leaves a dollar sign inside a value as it is', () => {
    const params = ['sentence', '$2 a barrel', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'tenth'];
    expect(inlined('SELECT $10, $1, $2', params)).toBe("SELECT 'tenth', 'sentence', '$2 a barrel'");
  });

  it('writes a missing value as NULL, and a statement without parameters as it is', () => {
    expect(inlined('SELECT $1, $2', ['Accra', undefined])).toBe("SELECT 'Accra', NULL");
    expect(inlined("SELECT 'plain' AS x", [])).toBe("SELECT 'plain' AS x");
  });
});
