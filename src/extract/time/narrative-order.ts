/**
 * News tells a story forwards: a day or month named without a year after a dated event of an earlier year ("met Xi on
 * November 1, 2025. Lee paid a state visit to Beijing in January") lies after it, in the months before the report, unless
 * the clause says it reaches back ("had", "after", "earlier"). Used by `resolveRelatives` (time-refiner.ts).
 * Only a new sentence that tells a new act moves on: a month in the sentence of the date told ("signed on 3 November
 * 2025, ending talks that began in June"), the start of what was told ("The dispute started in October"), the steps
 * that led to it ("It was drafted in October and initialled in November") and a series of figures ("Exports peaked in
 * December 2025. Imports fell in March") keep the year told (session 32 review).
 */

/**
 * Words of a clause that tell an earlier time than the one just told: the pluperfect, "after", "before", "earlier", "ago";
 * the beginning of what was told ("first", "began", "started", "originally").
 */
const BACK_REFERENCE = /\b(?:had|after|following|followed|before|earlier|prior|previously|preceding|ago|since\s+then|first|initially|originally|began|begun|started)\b/i;

/** The steps that come before an accord or a decision is made: drafting, negotiating, initialling, preparing, proposing. */
const PRIOR_STEP = /\b(?:drafted|initial(?:l)?ed|negotiated|prepared|proposed|planned|conceived|worked\s+out)\b/i;

/** A figure's rise or fall: a series of statistics, read in the year of the figures told before it. */
const FIGURE_CHANGE = /\b(?:fell|rose|grew|peaked|declined|dropped|increased|decreased|climbed|slumped|surged|soared|plunged|plummeted|slipped|edged\s+(?:up|down)|bottomed\s+out)\b/i;

/** The last date the narrative told, as a calendar point. */
interface Told {
  year: number;
  month?: number;
  day?: number;
}

/**
 * Whether a year-less month (and day) read in the year of the date told before it would fall before that date, in a
 * later sentence that does not mark a flashback, a prior step or a figure: the year told before is then not its year.
 * `toldInSentence`: the date told is in the month's own sentence, which then keeps its year.
 * @example jumpsBack('Lee paid a state visit to Beijing in ', { year: 2025, month: 11, day: 1 }, 1) // → true
 */
export function jumpsBack(sentenceBefore: string, told: Told, month: number, day?: number, toldInSentence = false): boolean {
  if (told.month === undefined || toldInSentence) return false;
  const earlier = month < told.month || (month === told.month && day !== undefined && told.day !== undefined && day < told.day);
  return earlier && !BACK_REFERENCE.test(sentenceBefore) && !PRIOR_STEP.test(sentenceBefore) && !FIGURE_CHANGE.test(sentenceBefore);
}

/**
 * `jumpsBack` for the month at `at` of `text`, the date told ending at `toldEnd`: its sentence read up to `at`, and whether
 * the date told is in it.
 * @example jumpsBackAt('Lee met Xi on November 1, 2025. He went to Beijing in January.', 54, 30, { year: 2025, month: 11, day: 1 }, 1) // → true
 */
export function jumpsBackAt(text: string, at: number, toldEnd: number, told: Told, month: number, day?: number): boolean {
  const sentence = sentenceUpTo(text, at);
  return jumpsBack(sentence, told, month, day, toldEnd > at - sentence.length);
}

/**
 * The text of the sentence holding `at`, from its start to `at`: after the last full stop and capital, or blank line,
 * before it (the first such break, as read until session 32's review, took in the sentences after a paragraph's start).
 */
export function sentenceUpTo(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 300), at);
  let cut = -1;
  for (const m of before.matchAll(/[.!?]["'”]?\s+(?=[A-Z"“])|\n\s*\n/g)) cut = m.index + m[0].length;
  return cut >= 0 ? before.slice(cut) : before;
}
