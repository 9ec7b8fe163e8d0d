import { fold } from '../../extract/fold.js';
import type { Passage } from './corpus.js';
import { askLexicon } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { matches, type Scored } from './retrieve.js';
import type { Token } from './text.js';

// "Did South Korea return fire?": a "Yes" read from the best passage is no answer when a passage nearly as good says the question's subject
// did not do it ("…, but did not return fire, a JCS spokesperson said"), or when the sentence after it says the act was not done in other
// words ("Rabat asked us to say so publicly. Our government has not done that.").

/** A passage at least this share of the best one's score may tell the act negated. */
const NEGATED_WITHIN = 0.6;
/** Words that may stand between a negation and the verb it negates ("has *not yet* signed", "did *not* formally return"). */
const BETWEEN = /^(?:yet|been|be|ever|publicly|officially|formally|so|far|fully|actually|still|to)$/;

/** Whether a negation (`negations`, not "no") stands right before word `i`, up to three words back, only `BETWEEN` words between. */
function negatedAt(words: Token[], i: number): boolean {
  const { negations } = askLexicon();
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = words[j]!.folded;
    if (negations.has(w) && w !== 'no' && w !== 'without') return true;
    if (!BETWEEN.test(w)) return false;
  }
  return false;
}

/**
 * A candidate passage (at least `NEGATED_WITHIN` of the best) that negates the question's verb right before it and holds every word of the
 * question's subject (its words before the verb): it says the subject did not do the act ("South Korea's military … did not return fire").
 * @example negatedElsewhere(q('Did South Korea return fire?'), best, candidates) // → the passage "… but did not return fire …"
 */
export function negatedElsewhere(q: ParsedQuestion, best: Scored, candidates: Scored[]): Passage | undefined {
  const verb = q.terms.find((t) => t.verb);
  if (!verb) return undefined;
  // The question's subject: its words before the verb ("did *the Italian coast guard* fire"), every one held by the passage that denies.
  const f = fold(q.text);
  const subject = q.terms.filter((t) => t !== verb && f.indexOf(t.word) >= 0 && f.indexOf(t.word) < f.indexOf(verb.word));
  for (const c of candidates) {
    if (c === best || c.score < NEGATED_WITHIN * best.score) continue;
    const w = c.passage.words;
    const named = subject.every((t) => c.matched.some((m) => matches(t, m)));
    if (named && w.some((x, i) => matches(verb, x) && negatedAt(w, i))) return c.passage;
  }
  return undefined;
}

/** "has not done that", "did not do so", "have yet to do so": a negated act told by a pro-verb. */
const PRO_VERB = /\b(?:not|never)\s+(?:yet\s+)?(?:do|does|did|done|doing)\s+(?:so|that|this|it)\b|\byet\s+to\s+do\s+(?:so|that|this|it)\b/;

/**
 * The sentence right after the passage when it denies the passage's act with a pro-verb ("Rabat asked us to say so publicly. Our
 * government *has not done that*."): the act asked about was asked for, and not done.
 */
export function proVerbDenied(passage: Passage, near: Passage[]): Passage | undefined {
  const next = near.find((p) => p.start >= passage.end);
  return next && PRO_VERB.test(next.words.map((w) => w.folded).join(' ')) ? next : undefined;
}
