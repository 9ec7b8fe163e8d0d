import { countriesIn } from '../state/common.js';
import { fold } from '../../extract/fold.js';
import { MONTHS } from '../../extract/time/patterns.js';
import { answerWords } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import type { Span } from './spans.js';
import { creditPhrases } from './speakers.js';

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

/** "from about 900 now to 1,200": the words between the two figures of a change (a few words, then "to"). */
const CHANGE_BETWEEN = /^\s*(?:[\p{L}]+\s+){0,3}(?:to|until)\s+(?:about|around|some|roughly|nearly|almost|over|more than|up to)?\s*$/u;
const CHANGE_FROM = /\bfrom\s+(?:about|around|some|roughly|nearly|almost|over|more than|just over|just under)?\s*$/iu;

let earlier: RegExp | undefined;

/**
 * The question words that ask what was before a change (`earlierCues`), built once: a cue followed by a year or a date names a
 * deadline, not the change's start ("admit *before 2030*", "before 1 July", "before June").
 */
function earlierCue(): RegExp {
  earlier ??= new RegExp(`\\b(?:${answerWords().earlierCues.join('|')})\\b(?!\\s+(?:the\\s+end\\s+of\\s+)?(?:\\d|(?:${MONTHS.join('|')})\\b))`);
  return earlier;
}

/**
 * Whether a figure is where a change starts ("raise the number of students from about 900 now to 1,200"): 1 when another figure
 * of the passage ends the change, so the figure the change reaches answers, unless the question asks what was before
 * (`earlierCues`: "before the change", "currently"; not "before 2030", a deadline).
 * @example changeStart(parseQuestion('How many students will be admitted?'), text, spans)(spans[0]) // → 1 (900, the start of "from 900 to 1,200")
 */
export function changeStart(q: ParsedQuestion, text: string, spans: Span[], from: number): (s: Span) => number {
  if (earlierCue().test(fold(q.text))) return () => 0;
  return (s) => {
    if (!CHANGE_FROM.test(text.slice(Math.max(from, s.start - 30), s.start))) return 0;
    return Number(spans.some((x) => x.start >= s.end && CHANGE_BETWEEN.test(fold(text.slice(s.end, x.start)))));
  };
}

/**
 * Whether a stored figure counts people while the question asks how much of something ("how much cod did the crew log"): 1, so that
 * a measured amount of the same sentence ("92 tonnes of cod") answers before the crew's size ("the crew of 31"). People are asked
 * "how many"; a stored "count" is left alone, as an amount in a currency the fact stage does not know is stored so ("4.5 million
 * Norwegian crowns" as 4500000 count).
 * @example personsForMuch(parseQuestion('How much cod did the crew log?'))({ value: '31 persons', structured: true }) // → 1
 */
export function personsForMuch(q: ParsedQuestion): (s: Span) => number {
  const much = /\bhow much\b/i.test(q.text) && !/\bhow many\b/i.test(q.text);
  return (s) => Number(much && s.structured && s.value.endsWith(' persons'));
}

/** Where a figure's part of a sentence ends: a semicolon, or a sentence's end. */
const PART_EDGE = /;|[.!?](?=\s)/gu;

/**
 * Whether a figure stands outside the part of its sentence that names the one source the question credits ("what was trade in 2025
 * *according to Statistics Estonia*?"): 1 when another figure's part names it, so "5.9 billion euros …, according to Statistics Estonia;
 * Statistics Finland put it at 5.3 billion" answers 5.9 billion. The part runs between semicolons or sentence ends; the source's words are
 * read as the question writes them ("the Polish Ministry of National Defence" in "figures from the Polish Ministry of National Defence").
 * @example creditedElsewhereFigure('What was trade according to Geostat?', text, spans, p.start, p.end)(spans[1]) // → 1 ($930 million, the other committee's)
 */
export function creditedElsewhereFigure(question: string, text: string, spans: Span[], from: number, to: number): (s: Span) => number {
  const phrases = creditPhrases(question).map((x) => x.trim().replace(/^the\s+/, ''));
  if (phrases.length !== 1 || !phrases[0]) return () => 0;
  const source = phrases[0];
  const edges = [from, ...[...text.slice(from, to).matchAll(PART_EDGE)].map((m) => from + m.index), to];
  const part = (s: Span) => {
    const i = edges.findIndex((e, k) => k > 0 && s.start < e);
    return fold(text.slice(edges[Math.max(0, i - 1)]!, edges[i < 0 ? edges.length - 1 : i]!));
  };
  const names = (s: Span) => part(s).includes(source);
  if (!spans.some(names)) return () => 0;
  return (s) => Number(!names(s));
}
