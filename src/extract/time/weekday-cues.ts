import { lexiconPath, readLexicon, stringList } from '../../lexicon.js';

/**
 * Cue words of the weekday finders (session 48, issue 10), from `lexicon/weekday-cues.json`: `dateBefore`, the words
 * right before a weekday that make it a date ("on friday", "since saturday": a lower-case weekday counts only after one,
 * or after last/next/this); `causalSinceFollowers`, the verbs whose coming right after "since <weekday>" make "since"
 * causal ("Since Friday is a public holiday, …"), so the weekday keeps the clause's reading.
 */
type Cues = Record<'dateBefore' | 'causalSinceFollowers', Set<string>>;
let raw: Cues | undefined;
export function weekdayCues(): Cues {
  if (!raw) {
    const path = lexiconPath('weekday-cues.json');
    const r = readLexicon(path) as Record<string, unknown>;
    const list = (key: string): Set<string> => new Set(stringList(path, r, key).map((w) => w.toLowerCase()));
    raw = { dateBefore: list('dateBefore'), causalSinceFollowers: list('causalSinceFollowers') };
  }
  return raw;
}

/** The word right before `start` (lower case), or '' when a word does not end right before it after spaces. */
export function wordBefore(text: string, start: number): string {
  return /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, start - 12), start))?.[1]?.toLowerCase() ?? '';
}

/** The word right after `end`, spaces only between (lower case), or ''. */
export function wordAfter(text: string, end: number): string {
  return /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 16))?.[1]?.toLowerCase() ?? '';
}
