/**
 * The words of the "Label: value" line rule (label-lines.ts) and a source's count (restated.ts), read once from
 * lexicon/fact-lines.json (session 47 fixes): a label's field words, anywhere or at its end, and a source's verbs.
 */
import { lexiconInvalid, lexiconPath, readLexicon, stringList } from '../../lexicon.js';

export interface FactLines {
  /** Any word of a label that makes it a field, a tally, a time, an age or a contact. */
  fieldWords: Set<string>;
  /** A label's last word that makes it a citation or form field. */
  fieldEnds: Set<string>;
  /** Any word of a table row's label that makes its cells no measurement ("Age", "Founded", "Opening hours", "Clause"). */
  rowLabelFields: Set<string>;
  /** A source's verb, right before a bare number (its qualifier word aside). */
  sourceVerb: string;
}

let cached: FactLines | undefined;

/** Reads and checks lexicon/fact-lines.json once. */
export function factLines(): FactLines {
  if (cached) return cached;
  const path = lexiconPath('fact-lines.json');
  const raw = readLexicon(path);
  const words = (part: string): Set<string> => {
    const list = stringList(path, raw, part);
    if (list.some((w) => !w || w !== w.toLowerCase() || /\s/.test(w))) lexiconInvalid(path, `"${part}"`, 'must be a list of lowercase words');
    return new Set(list);
  };
  const verbs = raw.sourceVerbs;
  if (!Array.isArray(verbs) || !verbs.length) lexiconInvalid(path, '"sourceVerbs"', 'must be a non-empty list of patterns');
  for (const v of verbs as unknown[]) {
    try {
      if (typeof v !== 'string' || !v) throw new Error('not a string');
      new RegExp(v, 'i');
    } catch (e) {
      lexiconInvalid(path, '"sourceVerbs"', `${JSON.stringify(v)} is no regular expression: ${(e as Error).message}`);
    }
  }
  cached = { fieldWords: words('labelFieldWords'), fieldEnds: words('labelFieldEnds'), rowLabelFields: words('rowLabelFields'), sourceVerb: (verbs as string[]).join('|') };
  return cached;
}

/** Whether a word (letters only, any case) is one of a set of field words, in the singular or the plural. */
export function isField(word: string, set: Set<string>): boolean {
  const w = word.toLowerCase();
  return set.has(w) || (w.endsWith('s') && set.has(w.slice(0, -1))) || (w.endsWith('es') && set.has(w.slice(0, -2)));
}
