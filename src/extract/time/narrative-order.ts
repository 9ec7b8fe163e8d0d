/**
 * News tells a story forwards: a day or month named without a year after a dated event of an earlier year ("met Xi on
 * November 1, 2025. Lee paid a state visit to Beijing in January") lies after it, in the months before the report, unless
 * the clause says it reaches back ("had", "after", "earlier"). Used by `resolveRelatives` (time-refiner.ts).
 */

/** Words of a clause that tell an earlier time than the one just told: the pluperfect, "after", "before", "earlier", "ago". */
const BACK_REFERENCE = /\b(?:had|after|following|followed|before|earlier|prior|previously|preceding|ago|since\s+then)\b/i;

/** The last date the narrative told, as a calendar point. */
interface Told {
  year: number;
  month?: number;
  day?: number;
}

/**
 * Whether a year-less month (and day) read in the year of the date told before it would fall before that date, in a
 * sentence that does not mark a flashback: the year told before is then not its year.
 * @example jumpsBack('Lee paid a state visit to Beijing in ', { year: 2025, month: 11, day: 1 }, 1) // → true
 */
export function jumpsBack(sentenceBefore: string, told: Told, month: number, day?: number): boolean {
  if (told.month === undefined) return false;
  const earlier = month < told.month || (month === told.month && day !== undefined && told.day !== undefined && day < told.day);
  return earlier && !BACK_REFERENCE.test(sentenceBefore);
}

/** The text of the sentence holding `at`, from its start to `at` (a full stop and a capital, or a blank line, start one). */
export function sentenceUpTo(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 300), at);
  const cut = before.search(/[.!?]["'”]?\s+[A-Z"“][^.!?]*$|\n\s*\n(?![\s\S]*\n\s*\n)/);
  return cut >= 0 ? before.slice(cut + 1) : before;
}
