import { createHash } from 'node:crypto';
import { fold } from '../extract/fold.js';

/** A short content hash for ids. */
export const shortHash = (s: string): string => createHash('sha1').update(s).digest('hex').slice(0, 12);

/**
 * The start and end of an EDTF value as comparable strings.
 * @example bounds('2018-05/2018-06') // → ['2018-05', '2018-06']; bounds('197X') // → ['1970', '1979']
 */
export function bounds(edtf: string): [string, string] {
  const [a, b] = edtf.split('/');
  const clean = (s: string | undefined, open: string) => (!s || s === '..' ? open : s.replace(/[?~%]/g, '').replace(/X/g, open === '0000' ? '0' : '9'));
  return [clean(a, '0000'), clean(b ?? a, '9999')];
}

/**
 * Where a mention stands in the corpus's document order (document name, then its place in the
 * document's layer), as a string that sorts that way.
 * @example position('a.txt', 3) // → 'a.txt\u000100000003'
 */
export function position(doc: string, seq: number): string {
  return `${doc}\u0001${String(seq).padStart(8, '0')}`;
}

/**
 * The words of a name as the actor filter matches them, space-delimited on both sides.
 * @example nameWords('Việt Nam') // → ' viet nam '
 */
export function nameWords(name: string): string {
  return ` ${fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;
}
