import { countriesIn } from '../state/common.js';
import { fold } from '../../extract/fold.js';
import { answerWords } from './lexicon.js';
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

/** "from about 4,300 currently to 5,000": the words between the two figures of a change (a few words, then "to"). */
const CHANGE_BETWEEN = /^\s*(?:[\p{L}]+\s+){0,3}(?:to|until)\s+(?:about|around|some|roughly|nearly|almost|over|more than|up to)?\s*$/u;
const CHANGE_FROM = /\bfrom\s+(?:about|around|some|roughly|nearly|almost|over|more than|just over|just under)?\s*$/iu;

/**
 * Whether a figure is where a change starts ("raise the number of workers from about 4,300 currently to 5,000"): 1 when another figure
 * of the passage ends the change, so the figure the change reaches answers, unless the question asks what was before
 * (`earlierCues`: "before", "currently").
 * @example changeStart(parseQuestion('How many workers will the scheme admit?'), text, spans)(spans[0]) // → 1 (4,300, the start of "from 4,300 to 5,000")
 */
export function changeStart(q: ParsedQuestion, text: string, spans: Span[], from: number): (s: Span) => number {
  const fq = fold(q.text);
  if (answerWords().earlierCues.some((w) => new RegExp(`\\b${w}\\b`).test(fq))) return () => 0;
  return (s) => {
    if (!CHANGE_FROM.test(text.slice(Math.max(from, s.start - 30), s.start))) return 0;
    return Number(spans.some((x) => x.start >= s.end && CHANGE_BETWEEN.test(fold(text.slice(s.end, x.start)))));
  };
}
