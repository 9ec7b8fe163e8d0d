import { resolveCurrency } from '../../extract/facts/currency-finder.js';
import { measureScope } from '../../reconcile/measure-scope.js';
import type { AskCorpus, Passage } from './corpus.js';
import type { ParsedQuestion, QuestionTerm } from './question.js';
import { matches, type Scored } from './retrieve.js';
import { find, type Found } from './find.js';
import { figureOf } from './arithmetic.js';
import { otherPair, pairLead } from './support.js';

// Two sources' figures of one measure: the same words of what is asked, the same states, year, unit and scope words, another value.

/** A passage scoring at least this share of the best's may give a rival figure when it holds every word of the measure the best holds. */
export const FIGURE_WITHIN = 0.7;
/** Two figures this close (a share of the larger) are one figure rounded two ways ("$410 million", "$0.41 billion"). */
const SAME_VALUE = 0.005;

/** The unit of a figure: a stored fact's ("USD", "persons"), else the currency sign or word written before or after its digits ("$", "€", "US$"). */
function unitOf(f: Found): string {
  const span = f.spans[0]!;
  if (span.structured) return span.value.split(' ')[1] ?? '';
  const written = f.doc.text.slice(span.start, span.end);
  // The sign or code written before the number ("US$1.2 billion", "Rs 500 crore"), as the fact stage's currency lexicon reads it.
  const sign = /(?:^|\s)[(["“]*([^\s\d]+)\s?\d/u.exec(written)?.[1];
  return (sign && resolveCurrency(sign, '', [], [])) || '';
}

/** The years written in the sentence a figure is read from: two figures of one measure are of the same years. */
const yearsOf = (f: Found) => [...new Set(f.doc.text.slice(f.at.start, f.at.end).match(/\b(?:1[89]|20)\d\d\b/g) ?? [])].sort().join(' ');

/** Whether a term of the question is held by the passage or by the sentence its figure is read from. */
const holds = (f: Found, t: QuestionTerm) => f.scored.matched.some((m) => matches(t, m)) || f.at.words.some((w) => matches(t, w));

/**
 * The names of the question a passage holds, a state also when the passage says "the two
 * countries" and the document's opening names it ("Bilateral trade between the two countries was
 * worth $365 million" holds Zambia and Malawi in a note on Zambia–Malawi relations).
 */
function heldNames(q: ParsedQuestion, f: Found, p: Passage): string[] {
  const pair = pairLead(f.doc, f.doc.text.slice(p.start, p.end));
  return q.terms.filter((t) => t.name && (holds(f, t) || (pair && new RegExp(`\\b${t.word}`).test(pair)))).map((t) => t.word);
}

/** Whether two passages hold the same names of the question, and the rival tells of no other pair ("Latvia's trade with Estonia" against "trade between the two countries", Latvia and Lithuania). */
async function sameNames(q: ParsedQuestion, a: Found, b: Found, corpus: AskCorpus): Promise<boolean> {
  return heldNames(q, a, a.scored.passage).join(' ') === heldNames(q, b, b.scored.passage).join(' ') && !(await otherPair(q, b.doc, b.at, corpus));
}

/** The words by a figure that fix what it measures (`measureScope`: "registered", "disbursed"), in its sentence. */
const scopeOf = (f: Found) => measureScope(f.doc.text.slice(f.at.start, f.at.end), f.spans[0]!.start - f.at.start, f.spans[0]!.end - f.at.start);

/**
 * Whether a figure another passage gives is a rival of the answer's: the same measure (every word
 * of what is asked the best holds, its verb too, its verb too, in the rival or the sentence its figure stands in; the
 * question's names, "the two countries" standing for the pair; the same years written; the same
 * scope words), in the same unit, with another value. "$365 million in 2022" (a note) against
 * "$410 million in 2022" (a wire) is; "$298 million in 2021" is not, nor "$120 million … registered"
 * against "$45 million … disbursed", nor "$410 million" against "US$410 million".
 */
export async function sameFigure(q: ParsedQuestion, best: Found, other: Found, corpus: AskCorpus): Promise<boolean> {
  const [a, b] = [figureOf(best.spans[0]), figureOf(other.spans[0])];
  if (!a || !b || !a.value || !b.value) return false;
  const unit = unitOf(best);
  // Amounts of money only: counts of people or things are rivals by their stored keys or the noun counted (rivals.ts), "19 crew members" no rival
  // of "released eleven of the crew members".
  if (!/^[A-Z]{3}$/.test(unit) || unit !== unitOf(other)) return false;
  if (Math.abs(a.value - b.value) <= SAME_VALUE * Math.max(a.value, b.value)) return false;
  // A word the best holds as the question writes it the rival holds so too, not only by a synonym ("trade" is no rival of "exports").
  const own = (t: QuestionTerm): QuestionTerm => ({ ...t, stems: t.stems.slice(0, 1) });
  const asked = q.terms.filter((t) => !t.name);
  if (!asked.every((t) => (holds(best, own(t)) ? holds(other, own(t)) : !holds(best, t) || holds(other, t)))) return false;
  return yearsOf(best) === yearsOf(other) && scopeOf(best) === scopeOf(other) && (await sameNames(q, best, other, corpus));
}

/**
 * Another passage nearly as good (≥ `FIGURE_WITHIN` of the best) that gives a rival amount of
 * money of the answer's measure (`sameFigure`).
 */
export async function rivalFigure(q: ParsedQuestion, best: Found, retrieved: Scored[], corpus: AskCorpus): Promise<Found | undefined> {
  for (const c of retrieved) {
    if (c.score < FIGURE_WITHIN * best.scored.score) break;
    if (c.passage.doc === best.doc.name && (c.passage.start === best.at.start || c.passage.start === best.scored.passage.start)) continue;
    const other = await find('number', q, c, corpus);
    if (!other?.spans[0] || (other.doc.name === best.doc.name && other.at.start === best.at.start)) continue;
    if (await sameFigure(q, best, other, corpus)) return other;
  }
  return undefined;
}
