/**
 * A source's own count of a figure told just before (session 47): "Commuters … about 21,000 according to the labour office; the
 * statistics bureau *counts* about 27,500", "The customs office *put the figure at* 3.1 million", "the union *puts the number at*
 * about 1,900". The bare number after such a verb measures what the paragraph's last figure measured, though its sentence names
 * no indicator. Only a number that closes its clause or is dated or sourced after it ("counts 2,610 for the same year",
 * "says 48 (by phone)"): one a noun follows is the counted noun's ("said 3 boats") and read as such elsewhere.
 */

/** The verb of a source giving a figure, right before the number: "counts", "counted", "puts the number at", "gives", "says", "cites". */
const SOURCE_VERB =
  /\b(?:counts?|counted|records?|recorded|gives?|gave|says?|said|cites?|cited|estimates?|estimated|reports?|reported|(?:puts?|putting)\s+(?:the\s+(?:number|figure|total|count|tally|toll|attendance|amount|loss(?:es)?|value)|it|them)\s+at)\s+(?:only\s+|just\s+)?(?:about|around|approximately|roughly|some|nearly|almost|over|more than|fewer than|less than|at least|up to|close to)?\s*["“]?$/i;

/** What may follow the number: the clause's end, a date or a source ("for the same year", "in 2025", "(by phone)", "according to"), a closing quote. */
const CLOSES = /^["”]?\s*(?:$|[.,;:)]|\(|\b(?:for|in|as of|at the end of|according to|last|this|that|a year|per year|not)\b)/i;

/**
 * Whether the number at `start`–`end` is a source's count given after its verb and closing its clause.
 * @example restatedBySource('the agency counts about 27,500 for 2025.', 26, 32) // → true
 */
export function restatedBySource(text: string, start: number, end: number): boolean {
  return SOURCE_VERB.test(text.slice(Math.max(0, start - 60), start)) && CLOSES.test(text.slice(end, end + 20));
}

/**
 * A source's count of the same thing is of the same size as the figure it restates (within a factor of ten): "EUR 4.2 million …
 * the customs office put the figure at 3.9 million" is; "EUR 4.2 million … the police counted 12" is not (12 counts something else).
 */
export function sameSize(told: number, restated: number): boolean {
  return told > 0 && restated > 0 && restated / told <= 10 && told / restated <= 10;
}
