import type { Token } from './tagger.js';

/**
 * Where tagged stretches are kept, so a stretch is tagged once (issue 13). Tagging (wink-nlp) is
 * the costliest step of extraction, and the stages tag the same sentences over and over, each in
 * its own pass over a section: the fact stage for its counted nouns, then the event stage's verb
 * finder, then the learned acceptor (on a generated 0.5 MB report 4,728 taggings of 2,845
 * distinct stretches). A pass over a whole section outruns any small cache, and a large one held
 * Token objects past the section, so:
 * - inside `taggingScope` (one `extract` call: a section) every stretch is kept until the scope
 *   ends, packed (offsets and parts of speech in one Int32Array, lemmas shared) and unpacked into
 *   fresh tokens when asked again: a section's words cost a few bytes each, and nothing outlives it;
 * - outside a scope (questions, tests) the last `RECENT_KEPT` stretches are kept, as before.
 * Tagging is a function of the stretch's text and offset alone, so what is kept changes no output.
 */

/** A stretch's words packed: per word its start and end (from the stretch's start) and its part of speech's index in `POS`. */
interface Packed {
  text: string;
  words: Int32Array;
  lemmas: string[];
  /** Another stretch that starts at the same offset ("the sentence" and "its first clause"). */
  next: Packed | undefined;
}

/** Parts of speech, by index (the tagger's Universal POS tags, added as they come). */
const POS: string[] = [];
const POS_INDEX = new Map<string, number>();
const posIndex = (pos: string): number => {
  let i = POS_INDEX.get(pos);
  if (i === undefined) {
    i = POS.push(pos) - 1;
    POS_INDEX.set(pos, i);
  }
  return i;
};

interface Scope {
  /** Stretches by their start offset. */
  byStart: Map<number, Packed>;
  /** Each lemma once: a section's words share a few thousand lemmas. */
  lemmas: Map<string, string>;
}
let scope: Scope | undefined;
let depth = 0;

/** Stretches tagged lately, outside a scope, by offset and text (`${base}:${text}`); the oldest goes when `RECENT_KEPT` are held. */
const recent = new Map<string, Token[]>();
const RECENT_KEPT = 512;

/**
 * Runs `work` with every stretch tagged in it kept until it returns (scopes nest: the outermost
 * one's end drops them).
 * @example taggingScope(() => extract(input)) // → extract's annotations, each sentence tagged once
 */
export function taggingScope<T>(work: () => T): T {
  if (depth++ === 0) scope = { byStart: new Map(), lemmas: new Map() };
  try {
    return work();
  } finally {
    if (--depth === 0) scope = undefined;
  }
}

/**
 * The words of the stretch `text` at offset `base` tagged before, or undefined; fresh tokens in a
 * scope (a caller may change them), the kept array outside one.
 * @example keptTokens('Peru lent Bolivia $5 million.', 10) // → undefined, then the tokens `keepTokens` kept
 */
export function keptTokens(text: string, base: number): Token[] | undefined {
  if (!scope) return recent.get(`${base}:${text}`);
  for (let p = scope.byStart.get(base); p; p = p.next) if (p.text === text) return unpack(p, base);
  return undefined;
}

/** Keeps the words of the stretch `text` at offset `base` (`keptTokens` gives them back). */
export function keepTokens(text: string, base: number, tokens: Token[]): void {
  if (!scope) {
    if (recent.size >= RECENT_KEPT) recent.delete(recent.keys().next().value!);
    recent.set(`${base}:${text}`, tokens);
    return;
  }
  const words = new Int32Array(tokens.length * 3);
  const lemmas: string[] = [];
  tokens.forEach((t, i) => {
    words[3 * i] = t.start - base;
    words[3 * i + 1] = t.end - base;
    words[3 * i + 2] = posIndex(t.pos);
    let lemma = scope!.lemmas.get(t.lemma);
    if (lemma === undefined) scope!.lemmas.set(t.lemma, (lemma = t.lemma));
    lemmas.push(lemma);
  });
  scope.byStart.set(base, { text, words, lemmas, next: scope.byStart.get(base) });
}

function unpack(p: Packed, base: number): Token[] {
  const out: Token[] = [];
  const w = p.words;
  for (let i = 0; i < p.lemmas.length; i++) out.push({ start: base + w[3 * i]!, end: base + w[3 * i + 1]!, pos: POS[w[3 * i + 2]!]!, lemma: p.lemmas[i]! });
  return out;
}
