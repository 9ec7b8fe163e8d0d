/**
 * Figures in a document's notes ("Notes", "Endnotes"; session 43, after review). A note may state a figure of its own
 * ("Bilateral trade between Chile and Peru reached US$ 4.6 billion in 2024, according to …"), but most notes are citation
 * apparatus: footnote numbers, volumes, issues, pages and page ranges (not a span of years: "in 2024–25" dates a figure), table and row references, telephone numbers. So a
 * note's sentence is read only for an amount written with its own unit (a currency's symbol, code or name, or a percent sign or word:
 * never a bare number that takes a paragraph's currency), in a sentence with no citation shape, and a note's restatement of a
 * figure the body states (the same value and unit, whatever indicator each took) is dropped: the body's is the figure.
 */
import type { FactAnnotation } from '../../model/annotation.js';
import { isCurrency } from './currency-finder.js';
import { SCALE_WORD } from './numbers.js';

/** The apparatus of a citation: "vol. 12", "no. 3", "pp. 245", "312 pages", "245-267", "See Table 14", "rows 3 to 17", a phone number. */
const CITATION = new RegExp(
  [
    '\\b(?:vols?|nos?|pp?|ed|eds|trans|ch|art|para)\\.\\s?\\d',
    '\\b(?:volume|issue|pages?|chapter|table|figure|rows?|columns?|ibid|op\\.\\s?cit|see|cf|accessed|retrieved|available at|tel|telephone|phone|fax)\\b',
    // A page range; not a span of years after a preposition or "FY", which dates a note's figure ("US$ 29.4 billion in
    // 2024–25", "over 2000–2015"). Without one, "45, 1850–1875" is a volume's pages.
    '\\b(?!(?<=\\b(?:in|over|from|during|for|FY)\\s?)(?:1[89]|20)\\d\\d\\s?[-–]\\s?(?:\\d\\d|(?:1[89]|20)\\d\\d)\\b)\\d+\\s?[-–]\\s?\\d+\\b',
    '\\b\\d{3,4}(?:[ .-]\\d{2,4}){2,}\\b',
    '\\([^()]*:[^()]*\\d{4}\\)',
    'https?://|www\\.',
  ].join('|'),
  'i',
);

/** Whether a note's text reads as a citation (`CITATION`). */
export function citesOnly(note: string): boolean {
  return CITATION.test(note);
}

/** What of a fact this reads. */
type Figure = Pick<FactAnnotation, 'value' | 'unit' | 'valueStart' | 'valueEnd'>;

/** Whether an amount's span is written with its unit: something is left once its digits and scale word are taken away. */
function writtenWithUnit(span: string): boolean {
  return /\S/.test(span.replace(new RegExp(`\\b${SCALE_WORD}\\b`, 'gi'), '').replace(/[\d.,\s]/g, ''));
}

/**
 * The facts to keep of those found in notes: an amount of money or a percentage written with its unit, in a note with no
 * citation shape, and not a figure the body states already. `noteText`: the text of the note's sentence a fact stands in.
 */
export function noteFigures<F extends Figure>(noteFacts: F[], bodyFacts: Figure[], text: string, noteText: (f: F) => string): F[] {
  const stated = new Set(bodyFacts.map((f) => `${f.value}|${f.unit}`));
  return noteFacts.filter(
    (f) => (isCurrency(f.unit) || f.unit === 'percent') && writtenWithUnit(text.slice(f.valueStart, f.valueEnd)) && !citesOnly(noteText(f)) && !stated.has(`${f.value}|${f.unit}`),
  );
}
