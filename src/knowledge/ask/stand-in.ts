import type { DocumentRecord } from '../../model/document.js';
import { tag } from '../../extract/nlp/tagger.js';
import { answerWords } from './lexicon.js';
import { personNoun } from '../../extract/facts/counted-nouns.js';
import { unitNouns } from '../../extract/facts/unit-nouns.js';
import type { Passage } from './corpus.js';
import type { ParsedQuestion } from './question.js';
import { stem, tokens, type Token } from './text.js';

/** Whether a noun names people: a WordNet person noun ("fisherman") or a noun the fact stage counts in persons ("crew *members*"). */
function people(words: string, lemma?: string): boolean {
  const persons = unitNouns().byUnit.find(([u]) => u === 'persons')![1];
  return (lemma !== undefined && personNoun(lemma)) || persons.test(words.trim());
}

// A refiner of the noun a how-many question counts (answer-types.ts): people told by another noun where the question's verb counts them.

/** Words that may stand between the question's verb and the count after it ("detained *their* 14 crew members", "freed *all* 40 sailors"). */
const BETWEEN = 2;
/** Words that may stand between the count and the person noun it counts ("14 *crew* members"). */
const BEFORE_NOUN = 2;
/** The person word that ends a compound noun of people ("fisher*men*", "sea*man*", "crafts*people*"), and the agent ending before it ("fish*er*"). */
const PERSON_END = /(?:wo)?m[ae]n$|people$|persons?$|folks?$/;
const AGENT_END = /er$/;
/** Letters the root of a compound must keep ("sea" of seamen). */
const ROOT_MIN = 3;

/**
 * The stem of what makes a compound noun's people the people they are: its first part ("fishermen" → "fish", "seamen" → "sea",
 * "crewmen" → "crew"), compared by stem with the passage's words ("*fishing* boats"). A noun not so compounded has none: its own
 * forms would have named the people ("traders", "workers", "officials" are not told by "trade", "work", "office").
 * @example compoundRoot('fishermen') // → 'fish'
 */
export function compoundRoot(noun: string): string | undefined {
  const first = noun.replace(PERSON_END, '');
  if (first === noun) return undefined;
  const root = first.length - 2 >= ROOT_MIN ? first.replace(AGENT_END, '') : first;
  return root.length >= ROOT_MIN ? stem(root) : undefined;
}

/**
 * The count right after the question's verb in the passage (another word of the question only where the passage tags it a verb, `asVerb`; at most `BETWEEN` words between, adverbs or determiners only), with no
 * noun after it: "the court convicts *seven* in the spying case", "police arrested *12* on Monday". A count with a noun of its own after it
 * ("convicted seven officers", "arrested 12 vessels") is not bare: that noun, not the question's, is counted; nor one after a noun, which is the
 * verb's object already ("approved the treaty 87 to 12").
 */
function bareCount(verb: string, p: Passage, tagged: ReturnType<typeof tag>, asVerb: boolean): Token[] {
  for (const w of p.words) {
    if (w.stem !== verb || (asVerb && tagged.find((t) => t.start === w.start)?.pos !== 'VERB')) continue;
    const after = tagged.filter((t) => t.start >= w.end);
    const n = after.slice(0, BETWEEN + 1).findIndex((t) => t.pos === 'NUM');
    if (n < 0 || after.slice(0, n).some((t) => t.pos !== 'ADV' && t.pos !== 'DET')) continue;
    const next = after[n + 1];
    if (next && ['NOUN', 'PROPN', 'NUM', 'ADJ'].includes(next.pos)) continue;
    const word = p.words.find((x) => x.start === after[n]!.start);
    if (word) return [word];
  }
  return [];
}

/**
 * The passage's word for the people a how-many question counts when the passage never names them as the question does: a count of
 * people right after the question's verb ("the navy … *detained* their *14 crew members*" for "how many fishermen did the navy
 * detain?"). Both nouns must name people (lexicon/wordnet-persons.json): "detained 14 vessels" counts no fishermen.
 * @example standInCounted(parseQuestion('How many fishermen did the navy detain?'), doc, passage) // → [the token "members"] for "…detained their 14 crew members"
 */
export function standInCounted(q: ParsedQuestion, doc: DocumentRecord, p: Passage): Token[] {
  const verb = q.terms.find((t) => t.verb)?.stems[0];
  const asked = q.counted ? tokens(q.text).find((t) => t.stem === q.counted) : undefined;
  if (!verb || !asked) return [];
  const lemma = tag(q.text).find((t) => t.start === asked.start)?.lemma;
  if (!people(q.text.slice(asked.start, asked.end), lemma)) return [];
  const tagged = tag(doc.text.slice(p.start, p.end), p.start);
  // "How many people did the court convict?" of "court convicts seven in spying case": a noun that names people only as people
  // (`genericPeople`, lexicon/ask.json) is told by a bare count right after the question's verb, no noun after it; the count stands for them.
  // The question's verb as the passage tags it: "did Chilean police arrest" may read "police" as the verb, the passage's "police arrested 15"
  // tells "arrested" as one; each other word of the question is tried where the passage tags it a verb (a headline's "court convicts seven"
  // may tag the question's own verb a noun, so that one is not asked to be a verb).
  if (answerWords().genericPeople.includes(asked.folded)) {
    for (const [i, v] of [verb, ...q.terms.flatMap((t) => t.stems.slice(0, 1))].entries()) {
      const found = bareCount(v, p, tagged, i > 0);
      if (found.length) return found;
    }
    return [];
  }
  // The passage must tell what makes them the people asked, by a word of the compound's first part ("*fishing* boats … their 14 crew
  // members" are fishermen): "detained their 14 crew members" counts no soldiers.
  const root = compoundRoot(asked.folded);
  if (!root || !p.words.some((w) => w.stem === root)) return [];
  for (const w of p.words) {
    if (w.stem !== verb) continue;
    const after = tagged.filter((t) => t.start >= w.end);
    const n = after.slice(0, BETWEEN + 1).findIndex((t) => t.pos === 'NUM');
    if (n < 0 || after.slice(0, n).some((t) => t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'ADP')) continue;
    const nouns = after.slice(n + 1, n + 2 + BEFORE_NOUN);
    const head = nouns.find((t) => t.pos === 'NOUN' && people(doc.text.slice(t.start, t.end), t.lemma));
    const word = head && p.words.find((x) => x.start === head.start);
    if (word) return [word];
  }
  return [];
}
