/**
 * Numbers that are no quantity, found in a sentence before any value is read (`notQuantities`
 * in value-reader.ts): a day of a month written without its year ("financial years (1 July – 30
 * June)", "on June 30"), numbers joined by "+" that name a format ("the "2+2" talks", "ASEAN+3"),
 * a time of day ("09:14"), the unit an exchange rate values ("JOD 1 ="), a vague amount ("several hundred people", "a few thousand troops"), which states no number,
 * rhetoric ("far more than a hundred letters"), and the number of a numbered clause or list item ("3.2 The MoU…", "(2) the
 * bridge agreement").
 * Words before a number that make it a label ("extension 3417", "Table 1") are `labels` of
 * lexicon/numbers.json, read by the NOT_QUANTITY pattern of value-patterns.ts.
 */
import { MONTH } from '../time/patterns.js';
import { currencyLexicon } from './currency-finder.js';
import { MEASURE_WORD, SCALE_WORD, numberWords } from './numbers.js';

/** A day of a month: "30 June", "16th". */
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
/**
 * A day of a month, before or after the month's name: "30 June", "1st of July", "June 30"; days
 * listed before the month are all its days: "on 8 and 9 October", "3, 4 and 5 May", "8–9 July".
 */
const DAY_OF_MONTH = new RegExp(
  `(?<![\\p{L}\\d.,])${DAY}(?:\\s*(?:,\\s*(?:and\\s+)?|&\\s*|[–-]\\s*|(?:and|to)\\s+)${DAY})*\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])|(?<![\\p{L}])${MONTH}\\s+${DAY}(?![\\d,.]\\d|\\d)`,
  'gu',
);
/** Numbers joined by "+": "2+2", "10 + 1". */
const JOINED = /(?<![\d.,])\d{1,3}(?:\s?\+\s?\d{1,3})+(?![\d.,]\d)/g;
/**
 * A time of day: "09:14 · 24 Sep 2026" (a post's stamp), "talks began at 10:30", with its seconds and their fraction as a
 * recording's timecodes give them ("00:02:16.400 --> 00:02:22.900" in WebVTT captions, "00:00:04,200" in SubRip). No part
 * of it is an amount.
 */
const CLOCK = /(?<![\d.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,3})?)?(?![\d.,:]?\d)/g;
/** "several hundred", "a few thousand", "many millions": a scale word after a vague determiner counts nothing exactly. */
const VAGUE = /\b(?:several|a few|few|many|some few)\s+(?:hundreds?|thousands?|millions?|billions?)\b/gi;

/**
 * "would cost it far more than a hundred letters", "far fewer than dozens": a vague figure (a dozen, a hundred, dozens) an
 * intensified comparison names is rhetoric, no measure of anything. A number in digits stays a figure ("far more than 500 troops").
 */
const RHETORIC = /\bfar\s+(?:more|less|fewer|better|worse)\s+than\s+(?:(?:an?|one)\s+(?:dozen|hundred|thousand|million|billion)|(?:dozens|hundreds|thousands|millions|billions))\b/giu;

/**
 * A unit line in prose, which says in what the figures after it are written: "(in 100 million yen)",
 * "(in ¥100 million)", "Unit: 1,000 persons", "in units of 100 million yen", "Unit: hundred million yen". Its power of ten is no amount.
 */
const UNIT_STATEMENT =
  /(?:\(\s*(?:in|units?\s*[:：])|\b(?:in\s+)?units\s+of|\bunits?\s*[:：])\s+(?:[^\d\s()]{1,4}\s?)?(?:1(?:0{1,3})?(?:,000)*(?![\d.,]*\d)(?:\s*(?:thousand|million|billion|trillion|crore|lakh)\b)?|(?:hundred|thousand)(?:\s+(?:thousand|million))?\b)/giu;

/**
 * The one unit an exchange rate values: "JOD 1 =" in "JOD 1 = SAR 5.29", "US$1 =", "1 EUR =". It is no amount; the rate after
 * "=" is a figure (what one unit is worth) and stays one.
 */
const EXCHANGE_UNIT = /(?:(?<![\p{L}\d])(?:[A-Z]{3}\s?|US\$\s?|[$€£¥]\s?)1(?:\.0+)?|(?<![\p{L}\d.,])1(?:\.0+)?\s?[A-Z]{3})\s?=(?=\s?(?:[A-Z]{3}\s?|US\$\s?|[$€£¥]\s?)?\d)/gu;

/**
 * The number of a clause or an item, which orders a text and measures nothing: a section number of two or more levels at
 * the head of a sentence (not of a line: a hard-wrapped line may open with a figure), or after its run-in heading in capitals
 * ("PURPOSE 1.1 This notice…"), before a capitalised word or one in capitals ("3.2 The MoU signed in Riyadh…", "7.1 Air services…", "2.2 NOTAM A0412/26…"), and one of three or more levels
 * anywhere ("under 6.3.6 above"). A figure opening a sentence is no clause number: a lower-case word after it ("2.5 million
 * people crossed…"), or a scale word in any case, a unit or a currency (`FIGURE_AFTER`: "# 2.5 Million Kenyans…", "2.5
 * MILLION KENYANS…", "4.5 MW of…", "28.5 Ugandan shillings").
 */
const CLAUSE_NUMBER = /^\s*(?:\p{Lu}{2,}\s+){0,3}\d{1,2}(?:\.\d{1,2})+(?=\s+(?:\p{Lu}\p{Ll}|\p{Lu}{4,}\b))|(?<![\d.,])\d{1,2}(?:\.\d{1,2}){2,}(?![\d.,]?\d)/gu;
/** What makes a number at a sentence's head a figure: a scale word (any case), a unit, or a currency's word after it. */
let figureAfter: RegExp[] | undefined;
const FIGURE_AFTER = () =>
  (figureAfter ??= [new RegExp(`\\s*\\d+(?:\\.\\d+)*\\s+(?:${SCALE_WORD}|per\\s?cent|percent|${MEASURE_WORD})(?![\\p{L}])`, 'iuy'), new RegExp(currencyLexicon().after.source, 'uy')]);
/**
 * An item's number in brackets opening an item of a run-in list, after a colon, a semicolon, a comma or "and"/"or" ("draft
 * list: (1) agreement on…, (2) the bridge agreement and (3) energy"): a list item only when the item before or after it,
 * (n−1) or (n+1), is in the sentence too; alone, "(12) projects" is a count.
 */
const LIST_ITEM = /(?:^\s*|[:;,]\s*|\b(?:and|or)\s+)\((\d{1,2})\)(?=\s+[\p{L}\d])/gu;
/**
 * A label's plural before the numbers it names ("Sections 6.1 and 6.2", "Articles 3, 5 and 12", "Tables 7–9"): every number of
 * the list is a label, as the singular's ("Section 6", `labels` of numbers.json, in NOT_QUANTITY of value-patterns.ts). The
 * label capitalised ("figures 2022 and 2023" is no label); the list one number, a range of two ("4 to 6", "7–9"), or numbers
 * closed by "and"/"or" ("3, 5 and 12"); never a number with a scale word, a unit or a percent after it, which is a figure
 * ("Phases 1 and 2 to 3.2 billion yen", "Articles 3 and 5, 200 traders").
 */
let labelList: RegExp | undefined;
const LABEL_LIST = () => {
  if (labelList) return labelList;
  const labels = numberWords()
    .labels.filter((w) => /^\p{L}+$/u.test(w))
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .sort((a, b) => b.length - a.length);
  const n = `\\d+(?:\\.\\d+)*(?![\\d.,]?\\d)(?!\\s?(?:%|(?:${SCALE_WORD}|per\\s?cent|percent|${MEASURE_WORD})(?![\\p{L}])))`;
  return (labelList = new RegExp(`(?<![\\p{L}])(?:${labels.join('|')})(?:e?s)\\s${n}(?:\\s?[-–]\\s?${n}|\\s(?:to|through)\\s${n}|(?:\\s?,\\s?${n})*,?\\s(?:and|or)\\s${n})?`, 'gu'));
};

/**
 * Spans of a sentence (at `base` in the text) whose numbers are no quantity.
 * @example noQuantitySpans('Financial years (1 July – 30 June).', 0) // → [[17, 23], [26, 33]]
 */
export function noQuantitySpans(sentence: string, base: number): [number, number][] {
  const out: [number, number][] = [];
  for (const [re, needed] of SCANS) {
    if (!needed.test(sentence)) continue;
    for (const m of sentence.matchAll(re)) {
      if (re === CLAUSE_NUMBER && m.index! === 0 && FIGURE_AFTER().some((f) => ((f.lastIndex = m[0].search(/\d/)), f.test(sentence)))) continue;
      out.push([base + m.index!, base + m.index! + m[0].length]);
    }
  }
  if (/\(\d/.test(sentence)) {
    const items = [...sentence.matchAll(/\((\d{1,2})\)/g)].map((m) => Number(m[1]));
    for (const m of sentence.matchAll(LIST_ITEM)) {
      const k = Number(m[1]);
      if (items.includes(k - 1) || items.includes(k + 1)) out.push([base + m.index!, base + m.index! + m[0].length]);
    }
  }
  if (/\p{Lu}\p{Ll}+s\s\d/u.test(sentence)) for (const m of sentence.matchAll(LABEL_LIST())) out.push([base + m.index!, base + m.index! + m[0].length]);
  return out;
}

/**
 * Each pattern with a part every match of it holds, under the pattern's own flags: a sentence
 * without it is not scanned (the patterns begin with lookbehinds or word boundaries, which a
 * regex engine tries at every position; most sentences with numbers name no month, no "+").
 */
const SCANS: [RegExp, RegExp][] = [
  [DAY_OF_MONTH, new RegExp(MONTH, 'u')],
  [JOINED, /\+/],
  [CLOCK, /:/],
  [VAGUE, /hundred|thousand|million|billion/i],
  [RHETORIC, /\bfar\s/iu],
  [UNIT_STATEMENT, /\(|unit/iu],
  [EXCHANGE_UNIT, /=/],
  [CLAUSE_NUMBER, /\d\.\d/],
];
