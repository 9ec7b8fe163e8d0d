import { readFileSync } from 'node:fs';
import type { Span } from '../../model/document.js';
import { lexiconPath } from '../../lexicon.js';
import { trimSpan } from './lines.js';

interface Abbreviations {
  neverEnd: Set<string>;
  beforeNumber: Set<string>;
  mayEnd: Set<string>;
}

let cached: Abbreviations | undefined;

/** The abbreviation lists of lexicon/abbreviations.json, read once. */
export function abbreviations(): Abbreviations {
  if (!cached) {
    const raw = JSON.parse(readFileSync(lexiconPath('abbreviations.json'), 'utf8')) as Record<string, string[]>;
    cached = {
      neverEnd: new Set(raw.neverEnd ?? []),
      beforeNumber: new Set(raw.beforeNumber ?? []),
      mayEnd: new Set(raw.mayEnd ?? []),
    };
  }
  return cached;
}

/** A candidate end: terminal punctuation, then closing quotes/brackets/emphasis and footnote markers. */
const CANDIDATE = /[.!?…]+(?:["'”’)\]*_]+)?(?:<sup>[^<]{1,12}<\/sup>|\[\^?\d{1,3}\])*(?=\s)/g;
/** What may start a sentence: a capital, a digit, an opening quote or bracket, emphasis, a footnote marker. */
const STARTER = /^\s+(?:[\p{Lu}\p{Lt}\d"“'‘([*_#]|<sup>)/u;
const WORD_BEFORE = /([\p{L}.]+)\.$/u;

/**
 * Splits a span of text into sentences, as spans of the same text.
 * Knows abbreviations (lexicon/abbreviations.json), initials ("M. Shiraishi"), numbers
 * ("No. 2", "pp. 21-50"), footnote markers after the full stop, and blank lines inside a
 * paragraph joined across a page break.
 * @example splitSentences('Mr. Abe came. He left.', 0, 22) // → [{start:0,end:13},{start:14,end:22}]
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const abbr = abbreviations();
  const slice = text.slice(start, end);
  const out: Span[] = [];
  let sentenceStart = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(slice); m; m = CANDIDATE.exec(slice)) {
    const stop = m.index + m[0].length;
    const rest = slice.slice(stop, stop + 40);
    if (!STARTER.test(rest)) continue;
    if (m[0].startsWith('.') && !endsSentence(slice.slice(sentenceStart, m.index + 1), rest, abbr)) continue;
    const s = trimSpan(text, start + sentenceStart, start + stop);
    if (s.end > s.start) out.push(s);
    sentenceStart = stop;
  }
  const s = trimSpan(text, start + sentenceStart, end);
  if (s.end > s.start) out.push(s);
  return out;
}

/** How much of a sentence's end `wordBefore` reads first: the word before a full stop is rarely longer. */
const TAIL = 64;

/**
 * The letters and dots right before the full stop that ends `before` (`WORD_BEFORE`), read from
 * its last characters: the pattern, anchored at the end, was tried from every position of the
 * sentence so far, the segmenter's largest cost. Exact: when the run reaches the start of the
 * tail (or one code unit after, a surrogate pair cut in two), the whole sentence is read.
 * @example wordBefore('He met Mr.') // → 'Mr'
 */
export function wordBefore(before: string): string | undefined {
  if (before.length > TAIL) {
    const m = WORD_BEFORE.exec(before.slice(-TAIL));
    if (!m) return undefined;
    if (m.index > 1) return m[1];
  }
  return WORD_BEFORE.exec(before)?.[1];
}

/** Decides whether the full stop that ends `before` ends a sentence, given the text after it. */
function endsSentence(before: string, after: string, abbr: Abbreviations): boolean {
  const word = wordBefore(before);
  if (!word) return true;
  const next = after.trimStart();
  if (abbr.neverEnd.has(word)) return false;
  if (abbr.beforeNumber.has(word) && /^\d/.test(next)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "M. Shiraishi", "J. F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) && word.length <= 7) {
    // A dotted acronym ("U.S.", "a.m.") ends a sentence only before a word that cannot continue it.
    return abbr.mayEnd.has(word);
  }
  if (abbr.mayEnd.has(word)) return /^[\p{Lu}"“]/u.test(next);
  return true;
}
