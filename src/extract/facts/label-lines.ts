/**
 * "Label: value" lines (session 47): a fact sheet, a list or a background note states a figure after a label that names what it
 * counts — "- Cross-border commuters, 2025: about 21,000 (AMS)", "Overnight stays by Kenyan guests, 2024: 3.1 million",
 * "Expected direct jobs during construction: 12,000." A bare number right after such a label's colon counts what the label
 * names, though no indicator keyword is in it. The label must start its line (after a list mark), name things in the plural
 * ("commuters", "stays", "missions") and be no citation, schedule or reference field ("Page: 12", "Tel: 555 0199", "Case no.: 4411",
 * "Time: 14:30", "Article: 5", "Rooms: 7" — the last a field of a form, no measurement).
 */

/** A label's last word that names a field of a form or citation, no measured thing. */
const FIELD = /^(?:pages?|pp?|vols?|volumes?|nos?|numbers?|tel|telephone|phones?|fax|ref|refs?|references?|case|cases|files?|articles?|sections?|clauses?|paragraphs?|paras?|chapters?|items?|rooms?|floors?|gates?|platforms?|seats?|rows?|boxes|folders?|times?|hours?|dates?|years?|ages?|scores?|results?|votes?|odds|sizes?|codes?|ids?|versions?|editions?|issues?|lots?|runs?|sheets?|colou?rs?|formats?|panes?|stamps?|copies)$/i;
/** A word of the plural that names counted things: "commuters", "stays", "deployments", "jobs", "Jordanians"; not "gas", "bus", "analysis", "physics". */
const PLURAL = /^\p{L}{2,}(?<!ss|us|is|ics|ness|ous)s$/u;

/**
 * The label a bare number stands right after, at the start of its line: `undefined` when the number follows no such label.
 * @example labelBefore('- Cross-border commuters, 2025: about 21,000 (AMS).', 31) // → 'Cross-border commuters, 2025'
 */
export function labelBefore(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const m = LABEL_LINE.exec(text.slice(lineStart, at));
  if (!m) return undefined;
  const label = m[1]!.replace(/\*\*|__/g, '').trim();
  // A year or a span of years may close the label ("…, 2025", "…, 2019–2023"); no other digit may stand in it.
  const words = label.replace(/,\s*(?:(?:1[89]|20)\d\d(?:\s?[-–/]\s?(?:\d\d){1,2})?)$/, '').replace(/\bin\s+(?:1[89]|20)\d\d$/, '');
  if (/\d/.test(words)) return undefined;
  const tokens = words.split(/[\s/–-]+/).filter((w) => /\p{L}/u.test(w));
  if (tokens.length < 2 || tokens.length > 12) return undefined;
  if (FIELD.test(tokens.at(-1)!.replace(/[^\p{L}]/gu, ''))) return undefined;
  return tokens.some((w) => PLURAL.test(w.replace(/[^\p{L}]/gu, ''))) ? label : undefined;
}

/** A line that is a label, a colon and the figure's lead-in: list mark, label, ":", bold marks and a qualifier at most. */
const LABEL_LINE = /^\s*(?:[-*•·–]\s+|\d{1,2}[.)]\s+)?([^:;()\n]{3,120}?)\s*:\s*(?:\*\*|__)?(?:about|around|approximately|approx\.|roughly|some|nearly|almost|over|more than|fewer than|less than|at least|up to|an estimated|c\.|ca\.|~|≈)?\s*(?:\*\*|__|["“])?$/i;
