import { escapeRegExp } from '../pattern-set.js';
import { matchesBeforeLastTail } from '../tail-bounded.js';

/**
 * Names set in apposition after a title: "Moscow's ambassador to Kyiv, Igor Petrov, was
 * summoned", "Malawi's High Commissioner in Lusaka, Grace Phiri, said". The name follows the
 * title (and the post's place) after a comma and is closed by a comma, a bracket or a verb
 * of saying; the person's state is read before the title by the caller, as for "Foreign
 * Minister X". No part-of-speech tags: the title words of `people.json` and capitals only.
 */

const NAME_WORD = String.raw`[\p{Lu}][\p{Ll}'’-]+`;
const PLACE = String.raw`(?:\s+(?:to|in|at|for)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})?`;
const CLOSE = String.raw`(?=\s*(?:,|\(|\s(?:said|says|told|was|is|has|had|who|added)\b))`;
/** The pattern's tail from its comma: ", Igor Petrov," (each match holds one at or after its start). */
const TAIL = new RegExp(String.raw`(?=,\s+${NAME_WORD}(?:\s+${NAME_WORD}){1,3}${CLOSE})`, 'gu');

let cached: { titles: string; re: RegExp } | undefined;

function pattern(titles: string[], patterns: string): RegExp {
  const key = `${titles.join('|')}|${patterns}`;
  if (cached?.titles !== key) {
    const alternation =
      [...titles]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|') + (patterns ? `|${patterns}` : '');
    cached = { titles: key, re: new RegExp(String.raw`\b(${alternation})${PLACE},\s+(${NAME_WORD}(?:\s+${NAME_WORD}){1,3})${CLOSE}`, 'gu') };
  }
  return cached.re;
}

/**
 * Where names stand in apposition after a title (a plain title, or one of `patterns`, an alternation of regular expressions: titles.json), with where the title begins.
 * @example titledAppositions("Moscow's ambassador to Kyiv, Igor Petrov, was summoned.", ['ambassador']) // → [{ titleStart: 9, start: 29, end: 40, name: 'Igor Petrov' }]
 */
export function titledAppositions(text: string, titles: string[], patterns = ''): { titleStart: number; start: number; end: number; name: string }[] {
  const out: { titleStart: number; start: number; end: number; name: string }[] = [];
  for (const m of matchesBeforeLastTail(pattern(titles, patterns), TAIL, text)) {
    const name = m[2]!;
    const start = m.index! + m[0].length - name.length;
    out.push({ titleStart: m.index!, start, end: start + name.length, name });
  }
  return out;
}
