/**
 * "Label: value" lines (session 47): a fact sheet, a list or a background note states a figure after a label that names what it
 * counts — "- Cross-border commuters, 2025: about 21,000 (AMS)", "Overnight stays by Kenyan guests, 2024: 3.1 million",
 * "Expected direct jobs during construction: 12,000." A bare number right after such a label's colon counts what the label
 * names, though no indicator keyword is in it. The label must start its line (after a list mark), name things in the plural
 * ("commuters", "stays", "missions") and be no field: no word of it a tally, a time, an age or a contact ("Votes in favour of
 * the motion: 98", "Hours worked per week: 48", "Emergency contacts: 0800 221 199"), its last word no citation or form field
 * ("Page: 12", "Case no.: 4411", "Rooms: 7"); both lists are lexicon/fact-lines.json. A value shaped like a telephone number
 * ("0800 221 199", "+256 41 234") is none. A unit the label names is the value's ("Kilometres of road built: 340" km,
 * "Prices of maize in Kenyan shillings: 4,200" KES): `labelUnit`.
 */
import { currencyLexicon, resolveCurrency } from './currency-finder.js';
import { factLines, isField } from './fact-lines.js';
import { numberWords } from './numbers.js';
import { QUALIFIER_WORDS } from './qualifiers.js';
import { unitOf, type CountryContext, type TableUnit } from '../tables/table-units.js';

/** A word of the plural that names counted things: "commuters", "stays", "deployments", "jobs", "Jordanians"; not "gas", "bus", "analysis", "physics". */
const PLURAL = /^\p{L}{2,}(?<!ss|us|is|ics|ness|ous)s$/u;
/** A telephone number: a leading 0 or "+", or three digit groups or more parted by spaces that are no thousands ("0800 221 199"). */
const PHONE = /^(?:\+\s?\d|0\d|\d+(?:\s\d+){2,})/;
/** A year or a span of years closing a label after a comma: "…, 2025", "…, 2019–2023". */
const YEAR_CLOSE = /,\s*(?:(?:1[89]|20)\d\d(?:\s?[-–/]\s?(?:\d\d){1,2})?)$/;
const THOUSANDS = /^\d{1,3}(?:\s\d{3})+(?!\s?\d)/;

/**
 * The label a bare number stands right after, at the start of its line: `undefined` when the number follows no such label.
 * @example labelBefore('- Cross-border commuters, 2025: about 21,000 (AMS).', 31) // → 'Cross-border commuters, 2025'
 */
export function labelBefore(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const m = LABEL_LINE().exec(text.slice(lineStart, at));
  if (!m) return undefined;
  const value = text.slice(at, at + 30);
  if (PHONE.test(value) && !THOUSANDS.test(value)) return undefined;
  const label = m[1]!.replace(/\*\*|__/g, '').trim();
  // A year or a span of years may close the label ("…, 2025", "…, 2019–2023"); no other digit may stand in it.
  const words = label.replace(YEAR_CLOSE, '').replace(/\bin\s+(?:1[89]|20)\d\d$/, '');
  if (/\d/.test(words)) return undefined;
  const tokens = words
    .split(/[\s/–-]+/)
    .map((w) => w.replace(/[^\p{L}]/gu, ''))
    .filter(Boolean);
  if (tokens.length < 2 || tokens.length > 12) return undefined;
  const { fieldWords, fieldEnds } = factLines();
  if (tokens.some((w) => isField(w, fieldWords)) || isField(tokens.at(-1)!, fieldEnds)) return undefined;
  return tokens.some((w) => PLURAL.test(w)) ? label : undefined;
}

/**
 * The unit a label names, when it names one: a currency the label closes with ("… in Kenyan shillings", "(KES)") or a measure
 * the label opens with before "of" ("Kilometres of road", "Tonnes of maize"); undefined for a label of counted things. A unit
 * word elsewhere in the label is none: "Meters installed in homes: 3,000" counts meters, "Traders paid in Kenyan shillings at
 * the market: 340" counts traders, and "Pounds of coffee seized: 400" is never money.
 * @example labelUnit('Kilometres of road built with Ugandan funds, 2024', ctx) // → { unit: 'km', scale: 1 }
 */
export function labelUnit(label: string, context: CountryContext): TableUnit | undefined {
  const line = unitOf(label, context);
  if (line?.unit) return line;
  const core = label.replace(YEAR_CLOSE, '').trim();
  // "Prices of maize in Kenyan shillings", "Visa fees in US dollars", "Fees (KES)": the currency fills the label's closing "in …" or bracket.
  const closing = /(?:\bin\s+([^,()]{2,40})|\(([^()]{1,20})\))$/.exec(core);
  const named = closing ? (closing[1] ?? closing[2])!.trim() : undefined;
  const money = named ? currencyLexicon().label.exec(named) : null;
  if (money && money.index === 0 && money[0].length === named!.length && !/^pounds?\s+of\b/i.test(core)) {
    const code = resolveCurrency(money[1] ?? money[3]!, money[2] ?? '', context.sentence, context.document);
    if (code) return { unit: code, scale: 1 };
  }
  // "Kilometres of road", "Square miles of forest": a plural measure word opens the label before "of"; "meters" may be devices, so only "metres".
  const plain = core.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  let best: { unit: string; length: number } | undefined;
  for (const [unit, words] of Object.entries(numberWords().measures)) {
    for (const w of words as string[]) {
      const m = new RegExp(`^(?:${w})(?=\\s+of\\b)`, 'u').exec(plain);
      if (m && /s$/.test(m[0]) && !/meters/i.test(m[0]) && m[0].length > (best?.length ?? 0)) best = { unit, length: m[0].length };
    }
  }
  return best ? { unit: best.unit, scale: 1 } : undefined;
}

/** A line that is a label, a colon and the figure's lead-in: list mark, label, ":", bold marks and a qualifier at most. */
let labelLine: RegExp | undefined;
const LABEL_LINE = () => (labelLine ??= new RegExp(`^\\s*(?:[-*•·–]\\s+|\\d{1,2}[.)]\\s+)?([^:;()\\n]{3,120}?)\\s*:\\s*(?:\\*\\*|__)?(?:${QUALIFIER_WORDS})?\\s*(?:\\*\\*|__|["“])?$`, 'i'));
