import { lexiconPath, readLexicon, stringList } from '../../lexicon.js';

/**
 * Words that tell an act dated again (session 47, issue 10), from `lexicon/dating-cues.json`: what counts an occasion "the first …
 * since <date>" (`earlier-occasions.ts`) and what gives a source's other dating (`source-datings.ts`).
 */
type Cues = Record<'firstDeterminers' | 'clauseBreaks' | 'widerGroups' | 'countedPeople' | 'sourceNouns' | 'sourceVerbs' | 'datingVerbs' | 'datedAs' | 'dateFollowers', Set<string>>;
let raw: Cues | undefined;
export function datingCues(): Cues {
  if (!raw) {
    const path = lexiconPath('dating-cues.json');
    const r = readLexicon(path) as Record<string, unknown>;
    const list = (key: string): Set<string> => new Set(stringList(path, r, key).map((w) => w.toLowerCase()));
    raw = Object.fromEntries(
      ['firstDeterminers', 'clauseBreaks', 'widerGroups', 'countedPeople', 'sourceNouns', 'sourceVerbs', 'datingVerbs', 'datedAs', 'dateFollowers'].map((k) => [k, list(k)]),
    ) as Cues;
  }
  return raw;
}

/** A list of words as a regex alternation. */
export const alt = (words: Set<string>): string => [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** The words of a stretch of text, lower-cased. */
export const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];

/** Whether an act's trigger shares its first four letters with one of the words ("the seizure" → "seized", "talks" → "talks"). */
export const stemMatches = (trigger: string, words: string[]): boolean => {
  const t = trigger.toLowerCase();
  return words.some((w) => w.length >= 4 && t.includes(w.slice(0, 4)));
};
