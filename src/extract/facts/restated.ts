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
 * The figure a source's count restates among its paragraph's figures of the same size: the closest in size, the last of equals. "Trade was
 * worth about 2.9 billion dollars, with Colombia running a surplus of more than 1 billion. Ecuador's central bank puts the total at 2.6
 * billion": 2.6 billion restates the trade, not the surplus told after it (session 48).
 * @example closestInSize([{ value: 2.9e9 }, { value: 1e9 }], 2.6e9) // → { value: 2.9e9 }
 */
export function closestInSize<T extends { value: number }>(figures: T[], value: number): T | undefined {
  const gap = (f: T) => Math.abs(Math.log(f.value / value));
  return figures.reduce<T | undefined>((best, f) => (!best || gap(f) <= gap(best) ? f : best), undefined);
}
