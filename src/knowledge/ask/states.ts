import { fold } from '../../extract/fold.js';
import { actorLexicon } from '../../extract/actors/actor-lexicon.js';

// The states a question or a passage names by runs of words (a leaf of the ask modules: it imports none of them).

/** How much of a document's opening names its pair (a title, a dateline, a first paragraph). */
export const PAIR_LEAD = 400;

/** The country a state's name, adjective or capital stands for ("Japan", "Japanese", "Tokyo" → country:JPN), if any. */
export const stateOfWord = (word: string): string | undefined =>
  actorLexicon()
    .byText.get(fold(word))
    ?.find((a) => a.entity.id.startsWith('country:'))?.entity.id;

/**
 * The longest run of the first (or, `fromEnd`, the last) words, of `least` to `most` words, that names a state ("Costa Rican",
 * "Papua New Guinea's": a possessive's 's left out): its id and its number of words.
 * @example stateRun(['Papua', 'New', "Guinea's", 'defence']) // → { id: 'country:PNG', n: 3 }
 */
export function stateRun(words: string[], { most = 3, least = 1, fromEnd = false } = {}): { id: string; n: number } | undefined {
  for (let n = Math.min(most, words.length); n >= least; n--) {
    const run = fromEnd ? words.slice(-n) : words.slice(0, n);
    const id = stateOfWord(run.join(' ').replace(/['’]s$/, ''));
    if (id) return { id, n };
  }
  return undefined;
}

/**
 * The state the last one to three words of a text name ("*Armenian*", "*Costa Rican*", "*Papua New Guinea's*"), the longest run that
 * is one, if any.
 * @example stateAtEnd('the Costa Rican') // → 'country:CRI'
 */
export const stateAtEnd = (text: string): string | undefined => stateRun(text.split(/[^\p{L}'’-]+/u).filter(Boolean), { fromEnd: true })?.id;

/** A run of a question's words that names a state: its id, its words as written, where it ends. */
export interface StateRun {
  id: string;
  text: string;
  end: number;
}

/** Runs of up to three capitalised words of a question the actor lexicon reads as a state, the longest first; not a currency's prefix. */
export function stateRuns(question: string): StateRun[] {
  const out: StateRun[] = [];
  const words = [...question.matchAll(/\p{Lu}[\p{L}-]*(?:['’]s)?(?![\p{L}$])/gu)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
  for (let i = 0; i < words.length; i++) {
    // The words from i that follow each other with only spaces between.
    let k = i + 1;
    while (k < words.length && /^\s+$/.test(question.slice(words[k - 1]!.end, words[k]!.start))) k++;
    const run = stateRun(words.slice(i, k).map((x) => x.w));
    if (!run) continue;
    const taken = words.slice(i, i + run.n);
    out.push({ id: run.id, text: taken.map((x) => x.w).join(' '), end: taken.at(-1)!.end });
    i += run.n - 1;
  }
  return out;
}

/**
 * The states a question names, by runs of up to three capitalised words the actor lexicon reads as one ("New Zealand", "Morocco's",
 * "Polish"), the longest first; not a currency's prefix ("US$50 million").
 * @example statesAsked("Who is Papua New Guinea's defence minister?") // → ['country:PNG']
 */
export const statesAsked = (question: string): string[] => stateRuns(question).map((r) => r.id);

/**
 * The runs of a question that give a state as the owner or the kind of a thing: a possessive, or an adjective of the actor lexicon, before a
 * word in lower case ("*China's* aid", "the *Swazi* delegation").
 * @example ownerRuns('Who led the Swazi delegation?').map((r) => r.id) // → ['country:SWZ']
 */
export function ownerRuns(question: string): StateRun[] {
  const adjective = (text: string) =>
    actorLexicon()
      .byText.get(fold(text))
      ?.some((a) => a.role === 'adjective' && a.entity.id.startsWith('country:'));
  return stateRuns(question).filter((r) => /^\s+\p{Ll}/u.test(question.slice(r.end)) && (/['’]s$/.test(r.text) || adjective(r.text)));
}
