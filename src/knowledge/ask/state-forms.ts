import { fold } from '../../extract/fold.js';
import { actorLexicon } from '../../extract/actors/actor-lexicon.js';
import { escapeRegExp } from '../../extract/word-alternation.js';
import type { QuestionTerm } from './question.js';
import { stateRuns } from './states.js';
import { answerWords } from './lexicon.js';

// A state the question names, written otherwise in a passage: by its other names, its adjective or its capital (countries.json).

/** A state the question names, the question's terms that spell it, and how a text may write it. */
export interface AskedState {
  id: string;
  /** Indices into the question's terms of the words that name it ("United Kingdom" → united, kingdom). */
  terms: number[];
  /** Whether a text (as written) names the state in any of the lexicon's ways. */
  writes: (text: string) => boolean;
}

const formsOf = new Map<string, (text: string) => boolean>();

/**
 * Whether a text names a state by any of the actor lexicon's ways of writing it: its names and aliases, its adjectives and plural
 * demonyms, its capitals ("Bratislava" for Slovakia, "Algiers" for Algeria, "Dutch" for the Netherlands). Short all-capital aliases
 * match only as written ("US", not "us").
 * @example stateWriter('country:SVK')('Bratislava and Budapest set up relations') // → true
 */
export function stateWriter(id: string, adjective = false): (text: string) => boolean {
  const key = `${id}${adjective ? ' adjective' : ''}`;
  let writes = formsOf.get(key);
  if (!writes) {
    const aliases = actorLexicon().aliases.filter((a) => a.entity.id === id && (a.role === 'adjective') === adjective);
    const alternation = (xs: string[], before = '') => (xs.length ? new RegExp(`${before}(?<![\\p{L}\\p{N}])(?:${xs.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u') : undefined);
    const folded = alternation(aliases.filter((a) => !a.caseSensitive && a.role !== 'capital').map((a) => a.folded));
    // A capital stands for its state as the doer ("Algiers raised the issue"), not as the place after a preposition ("talks in Vilnius").
    const capital = alternation(
      aliases.filter((a) => !a.caseSensitive && a.role === 'capital').map((a) => a.folded),
      `(?<!\\b(?:${answerWords().placePrepositions.join('|')})\\s+)`,
    );
    const exact = alternation(aliases.filter((a) => a.caseSensitive).map((a) => a.folded.toUpperCase()));
    writes = (text: string) => [folded, capital].some((re) => re?.test(fold(text))) || (exact?.test(text) ?? false);
    formsOf.set(key, writes);
  }
  return writes;
}

/**
 * The states a question names (runs of capitalised words the actor lexicon reads as one), each with the question's terms that spell it.
 * @example askedStates('When did Slovakia and Hungary set up relations?', terms) // → [{ id: 'country:SVK', terms: [0] }, { id: 'country:HUN', terms: [1] }]
 */
export function askedStates(question: string, terms: QuestionTerm[]): AskedState[] {
  return stateRuns(question).flatMap((run) => {
    const words = run.text.split(/\s+/).map((w) => fold(w));
    const at = terms.flatMap((t, i) => (t.name && words.includes(t.word) ? [i] : []));
    // "Vietnamese visitors" qualifies a noun as the state's: only the state's adjectives do so in a passage, not "visitors to Viet Nam".
    const roles = (actorLexicon().byText.get(fold(run.text.replace(/['’]s$/, ''))) ?? []).filter((a) => a.entity.id === run.id).map((a) => a.role);
    const adjective = roles.includes('adjective');
    // "The Hanoi seminar", "a visit to Port Vila": a capital the question names is the place, not its state.
    if (roles.includes('capital')) return [];
    // "Vietnam's tourism minister", "the Togolese minister": a state as the owner or kind of a noun is written so by the passage that answers,
    // not by a capital or another name elsewhere in the sentence.
    const entity = actorLexicon().countries.get(run.id.replace(/^country:/, ''));
    const qualifies = /^\s+\p{Ll}/u.test(question.slice(run.end)) && (/['’]s$/.test(run.text) || fold(run.text) !== fold(entity?.name ?? ''));
    if (qualifies && !adjective) return [];
    return at.length ? [{ id: run.id, terms: at, writes: stateWriter(run.id, adjective) }] : [];
  });
}
