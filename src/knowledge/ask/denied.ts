import { fold } from '../../extract/fold.js';
import { countriesIn } from '../state/common.js';
import type { AskCorpus } from './corpus.js';
import type { Found } from './find.js';
import type { ParsedQuestion } from './question.js';
import { accounts, CLAIM_WORDS, near, sidesOf, speaker } from './stances.js';
import type { Answer, Claim } from './types.js';

// A yes the report tells in its own words ("Zambia shuts Jimbe crossing …; Angolan helicopter violates Zambian airspace") that a side of its
// pair denies further on ("Luanda denied any violation of Zambian airspace"): the two accounts, each cited.

/**
 * How many sentences either side of the report's yes a side may deny it: a headline's yes is denied paragraphs on. An outer bound only:
 * what pairs a denial with the yes is its speaker (a side of the pair) and its words (the question's verb); on the eval, the whole document
 * as window changes no figure, 5 sentences loses one tune disagreement (its denial 13 sentences after the headline) (DESIGN.md, Session 20).
 */
const REPORT_DENIED_WITHIN = 15;
/** Beginnings of the verbs with which a side denies what the report tells. */
const DENIES = /^(?:deni|deny|reject|dismiss)/;

/**
 * The report's yes and a side's denial of it, as a conflict: the answer's passage in the report's own words (no side of the pair
 * speaks in it), and within REPORT_DENIED_WITHIN sentences of the same report a side of the pair that denies, rejects or dismisses, in words
 * holding the question's verb, else a word of it other than a name ("denied any *violation* of Zambian airspace" for "did the helicopter *violate*…").
 */
export async function reportDenied(q: ParsedQuestion, found: Found, verdict: string, corpus: AskCorpus, id: string | null): Promise<Answer | undefined> {
  if (q.compare || !/^yes\b/i.test(verdict)) return undefined;
  const pair = await sidesOf(q, [found.scored], corpus);
  if (pair.length < 2 || (await speaker(found.doc, found.at, pair, corpus))) return undefined;
  // The act asked: the question's verb ("violate": "denied any *violation*"), not any word of it ("crossing" of "did Zambia shut the
  // crossing" is no act "crossed" denies).
  const verb = q.terms.find((t) => t.verb);
  const asked = new Set((verb ? [verb] : q.terms.filter((t) => !t.name && !countriesIn(t.word).length)).flatMap((t) => t.stems));
  const d = (await corpus.timed(found.at.doc))!;
  for (const p of near(corpus, d, found.at.index, REPORT_DENIED_WITHIN)) {
    const s = await speaker(found.doc, p, pair, corpus);
    if (!s || !DENIES.test(fold(found.doc.text.slice(s.from, s.to))) || !p.words.some((w) => w.start >= s.from && w.end <= s.to && asked.has(w.stem))) continue;
    const told = found.doc.text.slice(found.at.start, found.at.end);
    const cited = (x: { start: number; end: number }) => ({ doc: found.doc.name, start: x.start, end: x.end, quote: found.doc.text.slice(x.start, x.end) });
    const claims: Claim[] = [
      { answer: `${verdict}: ${told.length <= CLAIM_WORDS ? told : told.slice(0, CLAIM_WORDS).replace(/\s+\S*$/, '')}`, citations: [cited(found.at)] },
      { answer: `${s.name}: ${found.doc.text.slice(s.from, s.to)}`, citations: [cited(p)] },
    ];
    return accounts(id, q, claims, found.scored.score);
  }
  return undefined;
}
