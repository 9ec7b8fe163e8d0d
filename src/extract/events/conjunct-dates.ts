import { eventTypes, type Trigger } from './event-types.js';
import { tag } from '../nlp/tagger.js';

/**
 * A coordinated predicate that opens right after a date: "and", "but", "then", ", and then", "and later" (an adverb may
 * follow the coordinator) before a verb, the next word.
 */
const CONJUNCT = /^\s*,?\s*(?:and|but|then)\s+(?:(?:then|later|subsequently|also|again|finally|eventually|formally|soon)\s+)?(?=\p{L})/iu;

/**
 * Whether a coordinated predicate opens right after the date before, with no subject of its own: "on 3 May and expelled two
 * diplomats on 10 May", whose act shares the first conjunct's subject.
 */
export const opensConjunct = (text: string, from: number, to: number): boolean => CONJUNCT.test(text.slice(from, Math.min(to, from + 40)));

/**
 * The verb of a coordinated predicate that opens right after the date before and holds the next date ("signed the accord in
 * March 2019 and ratified it in June 2020": "ratified"), as a trigger, when no trigger stands in that conjunct: a verb of the
 * vocabularies (the hand-kept list, then WordNet's) with its type; a verb of neither is none. Such a date tells the conjunct's own act, not one more date of the first
 * conjunct's act (a list, "visited Canberra in May 2004 and June 2011"). The verb is a simple past or participle, not
 * a noun ("and talks in June"), a gerund or an auxiliary ("and was"). Session 36.
 * @example conjunctVerb(text, endOfMarch2019, startOfJune2020) // → the trigger "ratified" (agreement_in_force, AGREE)
 */
export function conjunctVerb(text: string, from: number, to: number): Trigger | undefined {
  const gap = text.slice(from, to);
  const m = CONJUNCT.exec(gap);
  if (!m) return undefined;
  const at = from + m[0].length;
  const tokens = tag(text.slice(at, to), at);
  const verb = tokens[0];
  if (!verb || verb.pos !== 'VERB') return undefined;
  const word = text.slice(verb.start, verb.end).toLowerCase();
  if (word === verb.lemma || /(?:ing|s)$/.test(word)) return undefined;
  const types = eventTypes();
  const own = types.verbs.lemmas.get(verb.lemma);
  const entry = own ?? types.wordnet.verbs.lemmas.get(verb.lemma);
  // A verb of no vocabulary is no act here: a statement ("and said in June that …"), a participle heading a noun phrase ("and
  // related protocols in June") or an act whose category the clause step would take from the other conjunct ("and increased
  // tariffs", typed by "signed"). Review fix, session 36.
  return entry ? { type: entry.type, priority: entry.priority, plover: entry.plover, start: verb.start, end: verb.end, verb: true, ...(own ? {} : { wordnet: true as const }) } : undefined;
}
