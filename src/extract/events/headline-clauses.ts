import type { Sentence } from '../../model/document.js';
import { eventTypes, type Trigger } from './event-types.js';
import { tag } from '../nlp/tagger.js';

/** How far after a headline's comma its next act may start: a name for its subject at most ("…, Accra pledges"). */
const SUBJECT_REACH = 30;

/** Endings of nouns no verb has ("agreement", "visits"), and of forms no finite verb of a headline's present tense has ("postponed", "signing"). */
const NOT_PRESENT = /(?:ment|tion|sion|ance|ence|ity|ship|ness|ism|ed|ing)s?$/i;

/** Endings of nouns no verb has: a word in one after a verb's form makes that form a noun's modifier ("trade agreement"). */
const NOUN_ENDING = /(?:ment|tion|sion|ance|ence|ity|ship|ness|ism)s?$/i;

/** A past participle ending its phrase: what goes before it is its subject, not a verb ("talks postponed", "deal signed in Accra"). */
const PARTICIPLE = /^\s+(?:[a-z]+ed|held|taken|broken|frozen)(?:\s*$|\s*,|\s+(?:in|at|on|by|over|after|until|amid|as|for)\b)/i;

/**
 * Whether a trigger after a headline's comma opens with a finite verb of the headline's present tense ("pledge joint border
 * post", "Accra pledges $40 million", "recalls envoy"): a verb of the hand-kept vocabulary, one the tagger reads as a verb, one
 * of WordNet's before no noun it modifies ("plan joint patrols", not "trade agreement"), or
 * a word in -s no vocabulary names a noun; not a noun ("trade agreement in doubt") nor the subject of a participle ("talks postponed").
 * @example presentVerb('Ghana recalls envoy, pledges aid', 21, 32) // → true
 */
function presentVerb(text: string, at: number, end: number): boolean {
  const word = /^[A-Za-z]+/.exec(text.slice(at, end))?.[0];
  if (!word || NOT_PRESENT.test(word) || PARTICIPLE.test(text.slice(at + word.length, end))) return false;
  const { verbs, nouns, wordnet } = eventTypes();
  const lemma = word.toLowerCase();
  const forms = [lemma, lemma.replace(/s$/, ''), lemma.replace(/es$/, ''), lemma.replace(/ies$/, 'y')];
  if (forms.some((f) => verbs.lemmas.has(f))) return true;
  if (tag(text.slice(at, end), at)[0]?.pos === 'VERB') return true;
  // A verb of WordNet's, unless a noun it modifies follows ("plan joint patrols"; "trade agreement in doubt" is a noun's phrase).
  const next = /^\s+([A-Za-z]+)/.exec(text.slice(at + word.length, end))?.[1];
  if (forms.some((f) => wordnet.verbs.lemmas.has(f)) && !(next && NOUN_ENDING.test(next))) return true;
  return /[^s]s$/i.test(word) && !forms.some((f) => nouns.lemmas.has(f) || wordnet.nouns.lemmas.has(f));
}

/** Whether a word from `from` to the end of a trigger at `to` is such a verb: the subject's words, the trigger's ("…, plan joint patrols"). */
function ownVerb(text: string, from: number, to: number, end: number): boolean {
  for (const w of text.slice(from, to).matchAll(/[A-Za-z]+/g)) if (presentVerb(text, from + w.index, end)) return true;
  return false;
}

/**
 * The clauses of a news headline that commas part, each telling an act of its own: a headline
 * writes "and" as a comma ("Ghana, Togo agree on transit corridor, pledge joint border post";
 * "Ghana, Togo sign transit deals, Accra pledges $40 million for border post"). A comma parts
 * two clauses when a trigger lies before it (in the clause it ends) and one that opens with a finite
 * verb of the headline's present tense starts within a short subject after it, with no comma between;
 * a comma between names ("Ghana, Togo") parts none, nor one before a verbless phrase (`headlineActs`).
 * The whole headline, as one clause, when no comma parts it.
 * @example headlineClauses('Peru, Chile sign deals, pledge aid', { start: 0, end: 34, block: 0 }, [sign, pledge]).length // → 2
 */
export function headlineClauses(text: string, s: Sentence, triggers: Trigger[]): Sentence[] {
  const out: Sentence[] = [];
  let from = s.start;
  for (let at = text.indexOf(',', s.start); at >= 0 && at < s.end; at = text.indexOf(',', at + 1)) {
    const before = triggers.some((t) => t.start >= from && t.end <= at);
    const next = text.indexOf(',', at + 1);
    const upTo = next < 0 || next > s.end ? s.end : next;
    const after = triggers.some((t) => t.start > at && t.start - at <= SUBJECT_REACH && t.end <= upTo && ownVerb(text, at + 1, t.end, s.end));
    if (!before || !after) continue;
    out.push({ ...s, start: from, end: at });
    from = text.slice(at + 1).search(/\S/) + at + 1;
  }
  return out.length ? [...out, { ...s, start: from, end: s.end }] : [s];
}

/**
 * The triggers of a headline that tell its acts: none of a phrase after a comma that ends a clause with an act and that a
 * participle predicates, with no finite verb of its own ("Ghana expels Togolese diplomat, talks postponed"): it states how
 * things stand, not what was done; a phrase with no predicate is a second object of the verb before ("sign 27 agreements, $5 billion loan").
 * @example headlineActs('Peru expels envoy, talks postponed', s, [expels, talks]) // → [expels]
 */
export function headlineActs(text: string, s: Sentence, triggers: Trigger[]): Trigger[] {
  let from = s.start;
  const dropped = new Set<Trigger>();
  for (let at = text.indexOf(',', s.start); at >= 0 && at < s.end; at = text.indexOf(',', at + 1)) {
    const next = text.indexOf(',', at + 1);
    const upTo = next < 0 || next > s.end ? s.end : next;
    const before = triggers.some((t) => t.start >= from && t.end <= at && !dropped.has(t));
    const tail = triggers.filter((t) => t.start > at && t.start < upTo);
    // Only a phrase its participle predicates: "…, $5 billion loan during state visit" is a second object of the verb before.
    const predicated = tail.some((t) => PARTICIPLE.test(text.slice(t.end, upTo)));
    if (before && predicated && !tail.some((t) => t.start - at <= SUBJECT_REACH && ownVerb(text, at + 1, t.end, s.end))) for (const t of tail) dropped.add(t);
    from = at + 1;
  }
  return dropped.size ? triggers.filter((t) => !dropped.has(t)) : triggers;
}
