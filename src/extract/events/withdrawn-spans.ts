import { lexiconInvalid, lexiconPath, readLexicon } from '../../lexicon.js';

/**
 * Spans of a document whose words tell no act, by the conventions of its genre (issue 10): a
 * credit line ("Lent by the National Museum, Riga", "(Photo: A. Novak/Reuters)") names who lent
 * or took a picture, not an aid or a loan between states; a correction's retracted claim ("An
 * earlier version of this article said the treaty was signed on 3 May.") is what the text
 * withdraws. The formulas are `lexicon/document-formulas.json`'s.
 */

type Span = { start: number; end: number };
type Where = 'line' | 'note';
type Formulas = { credits: { id: string; pattern: string; at: Where[] }[]; retractions: { id: string; pattern: string }[] };

/** A comma followed by a word in lower case: a clause, not a credit's place or year. */
const CLAUSE_AFTER_COMMA = /,\s+\p{Ll}/u;

let compiled: { line: RegExp; note: RegExp; retraction: RegExp } | undefined;

/** The file's formulas as three expressions, read and checked once; a bad entry is LEXICON_INVALID. */
function formulas(): { line: RegExp; note: RegExp; retraction: RegExp } {
  if (compiled) return compiled;
  const file = lexiconPath('document-formulas.json');
  const data = readLexicon(file) as Formulas;
  const checked = (id: string, pattern: unknown): string => {
    if (typeof pattern !== 'string') return lexiconInvalid(file, id, 'pattern is not a string');
    try {
      new RegExp(pattern, 'iu');
    } catch (err) {
      return lexiconInvalid(file, id, `not a regular expression (${(err as Error).message})`);
    }
    return pattern;
  };
  const of = (where: Where) =>
    data.credits
      .filter((c) => {
        if (!Array.isArray(c.at) || !c.at.length || c.at.some((a) => a !== 'line' && a !== 'note')) lexiconInvalid(file, c.id, '`at` must list "line" and/or "note"');
        return c.at.includes(where);
      })
      .map((c) => `(?:${checked(c.id, c.pattern)})`)
      .join('|');
  compiled = {
    // A credit line: the formula opens a line (after spaces or list and emphasis marks) and the line is the credit.
    line: new RegExp(`^[ \\t*_>#-]*(?:${of('line')})[^\\n]*`, 'gimu'),
    // A credit note: the formula opens a parenthesis or a bracket, which is the credit ("(Photo: A. Novak/Reuters)").
    note: new RegExp(`[([]\\s*(?:${of('note')})[^()[\\]\\n]*[)\\]]`, 'giu'),
    retraction: new RegExp(data.retractions.map((r) => `(?:${checked(r.id, r.pattern)})`).join('|'), 'giu'),
  };
  return compiled;
}

/**
 * The credit lines, credit notes and retracted claims of a text, sorted and disjoint. A retracted
 * claim runs from its formula to the end of its sentence: the sentence after it, which tells what
 * is right, stays.
 * @example withdrawnSpans('An earlier version of this article said the deal was signed on 3 May. It was signed on 5 May.', [{ start: 0, end: 69 }, { start: 70, end: 93 }]) // → [{ start: 0, end: 69 }]
 */
export function withdrawnSpans(text: string, sentences: Span[]): Span[] {
  const { line, note, retraction } = formulas();
  const out: Span[] = [];
  // A credit names a lender or a maker, then places and years: a line that goes on after a comma in lower case ("Lent by
  // Austria in 2019, the money was repaid early.") is a sentence that tells a loan.
  for (const m of text.matchAll(line)) if (!CLAUSE_AFTER_COMMA.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(note)) out.push({ start: m.index, end: m.index + m[0].length });
  const found = [...text.matchAll(retraction)];
  if (found.length) {
    let k = 0;
    for (const m of found) {
      while (k < sentences.length && sentences[k]!.end <= m.index) k++;
      const s = sentences[k];
      out.push({ start: m.index, end: s && s.start <= m.index ? s.end : m.index + m[0].length });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of out) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * The text with the spans blanked (same length, so offsets hold), as footnotes are: their
 * triggers make no event.
 * @example blanked('ab (Photo: X) cd', [{ start: 3, end: 13 }]) // → 'ab            cd'
 */
export function blanked(text: string, spans: Span[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + text.slice(s.start, s.end).replace(/[^\n]/g, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}
