import type { WinkMethods } from 'wink-nlp';
import { winkInstance } from './wink-model.js';
import { keepTokens, keptTokens } from './tag-store.js';

/**
 * Words with their part of speech and lemma, from wink-nlp's English model: the one tagger every
 * stage shares (times, facts, events, questions), so that a stretch tagged by one stage is not
 * tagged again by the next (`tag-store.ts`).
 */

let nlp: WinkMethods | undefined;
const tagger = () => (nlp ??= winkInstance(['pos']));

export interface Token {
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

/**
 * The words of a stretch of text with their offsets, part of speech and lemma. A stretch is tagged
 * once in a tagging scope (one extraction: `tag-store.ts`), and once among the last tagged outside one.
 * @example tag('Peru lent Bolivia $5 million.', 10)[1] // → { start: 15, end: 19, pos: 'VERB', lemma: 'lend' }
 */
export function tag(text: string, base = 0): Token[] {
  let tokens = keptTokens(text, base);
  if (tokens) return tokens;
  tokens = tagWords(text, base);
  keepTokens(text, base, tokens);
  return tokens;
}

function tagWords(text: string, base: number): Token[] {
  const { its } = tagger();
  const doc = tagger().readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const out: Token[] = [];
  let at = 0;
  values.forEach((v, i) => {
    const start = text.indexOf(v, at);
    if (start < 0) return;
    at = start + v.length;
    // wink-nlp gives some words no lemma ("ive", I've without its apostrophe): the word stands for it.
    out.push({ start: base + start, end: base + at, pos: pos[i]!, lemma: (lemmas[i] ?? v).toLowerCase() });
  });
  return bareVerbs(out);
}

/** A modal or "do" before "not": what follows it is a verb's bare form. */
const MODAL = new Set(['do', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

/**
 * Retags as a verb a word the tagger read as an adjective or a noun where English allows only a
 * verb's bare form: right after "did not", "would not", "will not" … ("Chile did not close any
 * crossing": the tagger reads "close" as an adjective).
 */
function bareVerbs(tokens: Token[]): Token[] {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    const not = tokens[i - 1]!;
    const aux = tokens[i - 2]!;
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && not.pos === 'PART' && not.lemma === 'not' && aux.pos === 'AUX' && MODAL.has(aux.lemma)) tokens[i] = { ...t, pos: 'VERB' };
  }
  return tokens;
}
