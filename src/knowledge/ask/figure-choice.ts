import { countriesIn } from '../state/common.js';
import type { ParsedQuestion } from './question.js';
import type { Span } from './spans.js';

// Of several figures in one sentence, which one the question asks: a refiner of numbers.ts's order, 1 when a figure is of something else.

/**
 * Whether the state named last before a figure, after the figure before it, is one the question does not name while it names some:
 * "Norway will contribute NOK 1.2 billion and Sweden SEK 900 million" gives Norway's figure, not Sweden's.
 * @example otherStatesFigure(parseQuestion('How much will Sweden contribute?'), text, spans)(spans[0]) // → 1 (NOK 1.2 billion is Norway's)
 */
export function otherStatesFigure(q: ParsedQuestion, text: string, spans: Span[], from: number): (s: Span) => number {
  const named = countriesIn(q.text);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (s) => {
    // Amounts of money only: what each state gives, lends or pays ("six Chinese coast guard ships and two militia vessels" count no state's).
    if (!named.length || !/ [A-Z]{3}$/.test(s.value)) return 0;
    const before = sorted.filter((x) => x.end <= s.start).at(-1);
    const states = countriesIn(text.slice(before ? before.end : from, s.start));
    const last = states.at(-1);
    return Number(last !== undefined && !named.includes(last));
  };
}
