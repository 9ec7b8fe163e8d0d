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
import { DIGITS, SCALE_WORD, SHORT_SCALE_WORD, parseNumber } from './numbers.js';

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

/** A sentence that counts a part of the figure before it ("Of them, some 300 …", "Of these, …"). */
const PART_OPENS = /(?:^|[.!?;]\s+|\n\s*)of\s+(?:them|these|those|which|this|that)\b/i;

/** A number written in digits, with its scale word (numbers.ts' patterns and lexicon/numbers.json's scales: "1,300", "2.5 million", "£3bn"). */
const NUMBER = new RegExp(`(?<![\\d.,])(${DIGITS})(?:\\s*(${SCALE_WORD})(?![\\p{L}])|(${SHORT_SCALE_WORD})(?![\\p{L}]))?`, 'giu');

/** The numbers written in `text` but years ("2024"), with their scale words applied. */
function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const scale = m[2] ?? m[3];
    if (!scale && /^(?:1[89]|20)\d\d$/.test(m[1]!)) continue;
    out.push(parseNumber(m[1]!, scale));
  }
  return out;
}

/**
 * The figure a source's count (`count`, its value's start and value) restates among its paragraph's figures of the same size told
 * before it (`figures`, in order), `sentenceStart` the start of the sentence that holds the last of them — or nothing when that is a
 * guess (session 48, review):
 * - a part is counted between that figure and the count: a sentence opening "Of them/Of these", or a number of the count's size
 *   written there, no figure of `figures`, at least as near the count's value as that figure ("About 4,800 crossed daily. Of them, some 1,100 crossed by rail. The bureau counts
 *   about 1,250": the rail figure, which the fact stage may not read, is as likely the one restated);
 * - the sentence holds two figures of that size (a total and its part, "Cocoa made up US$90 million of the exports, worth US$610
 *   million"): the largest when the source gives "the total", else nothing, never the first by word order.
 * "Imports were worth about US$4.8 billion in 2024, with fuel making up US$1.9 billion. The World Bank puts the total at 5.1 billion":
 * 5.1 billion restates the imports. "Some 40,000 seasonal workers came, though the union puts the figure at 52,000": the sentence's one figure.
 * @example restatedFigure('Exports reached 480 million. The office puts the total at 530 million.', [{ valueStart: 16, valueEnd: 27, value: 4.8e8 }], 0, { start: 59, value: 5.3e8 }) // → the 480 million figure
 */
export function restatedFigure<T extends { valueStart: number; valueEnd: number; value: number }>(
  text: string,
  figures: T[],
  sentenceStart: number,
  count: { start: number; value: number },
): T | undefined {
  const last = figures[figures.length - 1];
  if (!last) return undefined;
  const between = text.slice(last.valueEnd, count.start);
  // A number between as near the count as the figure (or nearer) may be the one restated; a farther one is a detail ("About 1,200
  // crossed, of whom 400 were children. The ministry records 1,150": 1,150 restates 1,200).
  const far = (n: number) => Math.abs(Math.log(n / count.value));
  if (PART_OPENS.test(between) || numbersIn(between).some((n) => sameSize(n, count.value) && far(n) <= far(last.value))) return undefined;
  const inSentence = figures.filter((f) => f.valueStart >= sentenceStart);
  if (inSentence.length === 1) return inSentence[0];
  // The sentence's words outside its figures: a bare number of that size there is a part too.
  let rest = text.slice(sentenceStart, last.valueStart);
  for (const f of inSentence) rest = rest.replace(text.slice(f.valueStart, f.valueEnd), ' ');
  if (!/\btotal\b/i.test(text.slice(Math.max(0, count.start - 60), count.start)) || numbersIn(rest).some((n) => sameSize(n, count.value))) return undefined;
  return inSentence.reduce((a, b) => (b.value > a.value ? b : a));
}
