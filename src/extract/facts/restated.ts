/**
 * A source's own count of a figure told just before (session 47): "Commuters … about 21,000 according to the labour office; the
 * statistics bureau *counts* about 27,500", "The customs office *put the figure at* 3.1 million", "the union *puts the number at*
 * about 1,900". The bare number after such a verb (lexicon/fact-lines.json `sourceVerbs`) measures what the paragraph's last
 * figure measured, though its sentence names no indicator. Only a number that closes its clause or is dated or sourced after it
 * ("counts 2,610 for the same year", "records 48 (by phone)", "counted 300 in 2025"): one a noun follows is the counted noun's
 * ("counted 3 boats") and read as such elsewhere. Session 47 fixes: bare "says", "said", "reports", "reported" are no source's
 * count ("one girl said 9" is her age, "reported 1,100 in favour" a tally); "in" and "for" close only before a year or a period.
 */
import { factLines } from './fact-lines.js';
import { QUALIFIER_WORDS } from './qualifiers.js';

let sourceVerb: RegExp | undefined;
/** A source's verb right before the number, a qualifier word and an opening quote at most between. */
const SOURCE_VERB = () => (sourceVerb ??= new RegExp(`\\b(?:${factLines().sourceVerb})\\s+(?:only\\s+|just\\s+)?(?:(?:${QUALIFIER_WORDS})\\s*)?["“]?$`, 'i'));

/** What may follow the number: the clause's end, a date or a source ("for the same year", "in 2025", "(by phone)", "according to"), a closing quote. */
const CLOSES =
  /^["”]?\s*(?:$|[.;:)]|,(?!\s*(?:in|at|on|with|ahead|behind)\b)|\((?!\s*(?:in favou?r|against)\b)|\b(?:for|in)\s+(?:(?:1[89]|20)\d\d\b|the\s+(?:same\s+)?(?:year|period|month|quarter)\b)|\b(?:as of|at the end of|according to)\b)/i;

/**
 * Whether the number at `start`–`end` is a source's count given after its verb and closing its clause.
 * @example restatedBySource('the agency counts about 27,500 for 2025.', 26, 32) // → true
 */
export function restatedBySource(text: string, start: number, end: number): boolean {
  return SOURCE_VERB().test(text.slice(Math.max(0, start - 60), start)) && CLOSES.test(text.slice(end, end + 20));
}

/**
 * A source's count of the same thing is of the same size as the figure it restates (within a factor of ten): "EUR 4.2 million …
 * the customs office put the figure at 3.9 million" is; "EUR 4.2 million … the police counted 12" is not (12 counts something else).
 */
export function sameSize(told: number, restated: number): boolean {
  return told > 0 && restated > 0 && restated / told <= 10 && told / restated <= 10;
}

/**
 * The figure a source's count restates among its paragraph's figures of the same size (`figures`, in order): the first of the sentence
 * that holds the last of them (`sentenceStart`) — a sentence's later figures are its parts and details. "Imports were worth about
 * US$4.8 billion in 2024, with fuel making up US$1.9 billion. The World Bank puts the total at 5.1 billion": 5.1 billion restates the
 * imports, not the fuel (session 48). "An estimated 130,000 … live in Georgia, though community groups put the figure at 170,000": the
 * sentence's own first figure.
 * @example leadingFigure([{ valueStart: 40, value: 4.8e9 }, { valueStart: 90, value: 1.9e9 }], 0) // → { valueStart: 40, value: 4.8e9 }
 */
export function leadingFigure<T extends { valueStart: number }>(figures: T[], sentenceStart: number): T | undefined {
  return figures.find((f) => f.valueStart >= sentenceStart) ?? figures[figures.length - 1];
}
