import { fold } from '../extract/fold.js';
import { askLexicon } from './ask-lexicon.js';

/**
 * What a figure measures beyond its indicator: the scope words (`scopeWords` in lexicon/ask.json:
 * registered, disbursed, cumulative, net…) in the clause that holds it, sorted. "Of the $1.7
 * billion of *registered* investment, only $600 million had been *disbursed*": the two figures
 * measure two things, though the fact stage may key them alike. `text` is the passage, the value
 * at `start`–`end` inside it.
 * @example measureScope('Of the $1.7 billion of registered investment, only $600 million had been disbursed.', 51, 63) // → 'disbursed'
 */
export function measureScope(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('));
  const rest = text.slice(end);
  const stop = rest.search(/[,;:()]|\.(?:\s|$)/);
  const clause = fold(text.slice(from + 1, stop < 0 ? text.length : end + stop));
  return askLexicon()
    .scopeWords.filter((w) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'u').test(clause))
    .sort()
    .join(' ');
}
