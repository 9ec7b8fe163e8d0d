/** The cues of genre conventions, read from `lexicon/genres.json` (session 36, issue 10). */
import { lexiconInvalid, lexiconPath, readLexicon } from '../lexicon.js';

export interface GenreCues {
  /** A consulted body's answer, by the trigger's first word: "objected", "welcomed". */
  consultationResponses: ReadonlySet<string>;
  /** A paragraph of a corrections column that says a claim was wrong: "In fact", "We apologise". */
  corrections: RegExp;
  /** A title or heading of a corrections column: "Corrections and clarifications". */
  correctionsHeadings: RegExp;
  /** A title or heading of an almanac: "On This Day", "Anniversaries". */
  almanacHeadings: RegExp;
  /** The words opening a signed instrument's closing line, before its place and date: "Done", "Signed in duplicate". */
  closingFormulas: RegExp;
  /** An instrument two parties sign or issue, named by a title: "Agreement", "Memorandum of Understanding", "Joint Communiqué". */
  twoPartyInstruments: RegExp;
  /** The words by which such an instrument names its signatories, with case: "the Parties", "the Participants". */
  twoPartyTerms: RegExp;
  /** The label opening a page's line of record, before its date: "Published:", "Last updated", "Revised". */
  metadataLabels: RegExp;
}

let cached: GenreCues | undefined;

/**
 * The genre cues, compiled once; a missing list or a bad pattern is LEXICON_INVALID naming the entry.
 * @example genreCues().almanacHeadings.test('Iceland and the UK: On This Day') // → true
 */
export function genreCues(): GenreCues {
  if (cached) return cached;
  const path = lexiconPath('genres.json');
  const raw = readLexicon(path);
  const list = (key: string): string[] => {
    const l = raw[key];
    if (!Array.isArray(l) || !l.length || l.some((x: unknown) => typeof x !== 'string' || !x.trim())) lexiconInvalid(path, `"${key}"`, 'must be a non-empty list of strings');
    return l;
  };
  const pattern = (key: string, flags = 'iu'): RegExp => {
    const l = list(key);
    try {
      return new RegExp(l.map((p) => `(?:${p})`).join('|'), flags);
    } catch (e) {
      return lexiconInvalid(path, `"${key}"`, `no regular expression: ${(e as Error).message}`);
    }
  };
  cached = {
    consultationResponses: new Set(list('consultationResponses').map((w) => w.toLowerCase())),
    corrections: pattern('corrections'),
    correctionsHeadings: pattern('correctionsHeadings'),
    almanacHeadings: pattern('almanacHeadings'),
    closingFormulas: pattern('closingFormulas'),
    twoPartyInstruments: pattern('twoPartyInstruments'),
    twoPartyTerms: pattern('twoPartyTerms', 'u'),
    metadataLabels: pattern('metadataLabels'),
  };
  return cached;
}
