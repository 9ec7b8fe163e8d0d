import { fold } from '../extract/fold.js';

/** A word of a text: its offsets, its folded form and its stem. */
export interface Token {
  start: number;
  end: number;
  folded: string;
  stem: string;
  /** For a passage word that matched the question: its term's rarity against the question's rarest word (1). */
  weight?: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/**
 * A crude suffix stripper, the same on questions and passages, so "visited", "visits" and
 * "visit" meet; it need not give words, only the same key for a word's forms.
 * @example stem('agreements') // → 'agreement'; stem('visited') // → 'visit'
 */
export function stem(word: string): string {
  let w = word.replace(/[’']s$/, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  for (const [suffix, min] of [
    ['ies', 4],
    ['ied', 4],
    ['ing', 5],
    ['ed', 4],
    ['es', 4],
    ['s', 3],
  ] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= min - 1 && !w.endsWith('ss')) {
      w = w.slice(0, -suffix.length) + (suffix === 'ies' || suffix === 'ied' ? 'y' : '');
      break;
    }
  }
  return w.length > 6 ? w.slice(0, 6) : w;
}

/**
 * The words of a text with offsets into it (diacritics and case folded).
 * @example tokens('Việt Nam visited')[0] // → { start: 0, end: 4, folded: 'viet', stem: 'viet' }
 */
export function tokens(text: string, offset = 0): Token[] {
  const f = fold(text);
  const out: Token[] = [];
  for (const m of f.matchAll(WORD)) {
    const word = m[0].replace(/[.’'-]+$/, '');
    out.push({ start: offset + m.index, end: offset + m.index + word.length, folded: word, stem: stem(word) });
  }
  return out;
}
