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

/** Where a figure's part of a sentence ends: a semicolon, or a sentence's end; not the stop of an abbreviation ("the U.S. Census Bureau"). */
const PART_EDGE = /;|(?<!(?:^|[\s.])\p{Lu})[.!?](?=\s)/gu;

/** The verbs whose subject is the source of a figure ("the U.S. Census Bureau recorded $798 billion", "figures from X give 44,500"). */
const CREDIT_VERB = /\b(?:put|puts|records|recorded|found|finds|counts|counted|estimate|estimates|estimated|reports|reported|give|gives|gave|show|shows|showed|say|says|said)\b/u;

/** "according to" and the words it credits, up to a clause's end; the stop of an abbreviation does not end them. */
const CREDITED = /\baccording to\s+((?:[^,;:.?!]|(?<=(?<!\p{L})\p{L})\.)+)/gu;

/**
 * The words of a part of a sentence that name its speaker: what "according to" credits, and the words before a verb of counting or
 * saying that no figure precedes ("Malawi's National Statistical Office recorded …"). Not any mention: "…, according to KNBS, which
 * counts Uganda among Kenya's largest partners" credits KNBS only.
 */
function speakerWords(part: string, figureAt: number): string[] {
  const words = [...part.matchAll(CREDITED)].map((m) => m[1]!);
  const verb = CREDIT_VERB.exec(part);
  if (verb && verb.index < figureAt) words.push(part.slice(0, verb.index));
  return words;
}

/** Whether the words name the source, as whole words ("un" is not in "found") or as the same state ("Kampala" for Uganda). */
function namesSource(words: string, source: string, states: string[]): boolean {
  const escaped = source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(words)) return true;
  return states.length > 0 && countriesIn(words).some((c) => states.includes(c));
}

/**
 * Whether a figure stands in a part of its sentence whose speaker is not the one source the question credits ("what was trade in 2025
 * *according to Statistics Estonia*?"): 1 when another figure's part is that source's, so "5.9 billion euros …, according to Statistics
 * Estonia; Statistics Finland put it at 5.3 billion" answers 5.9 billion. The part runs between semicolons or sentence ends; its speaker is
 * what "according to" credits or the subject of a verb of counting ("put", "recorded"), read as whole words, as the question writes them
 * ("the Polish Ministry of National Defence" in "figures from the Polish Ministry of National Defence"). A part with no speaker of its own
 * ("in 2024 it had stood at $500 million") is no other source's. A figure told of another period than the year asked (`otherPeriod`) comes
 * last, 2, whoever speaks it: the source chooses only among the figures that fit the question.
 * @example creditedElsewhereFigure('What was trade according to Geostat?', text, spans, p.start, p.end, () => false)(spans[1]) // → 1 ($930 million, the other committee's)
 */
export function creditedElsewhereFigure(question: string, text: string, spans: Span[], from: number, to: number, otherPeriod: (s: Span) => boolean): (s: Span) => number {
  const phrases = creditPhrases(question).map((x) => x.trim().replace(/^the\s+/, ''));
  if (phrases.length !== 1 || !phrases[0]) return () => 0;
  const source = phrases[0];
  const states = countriesIn(source);
  const edges = [from, ...[...text.slice(from, to).matchAll(PART_EDGE)].map((m) => from + m.index), to];
  const speaker = (s: Span): 'source' | 'other' | undefined => {
    const i = edges.findIndex((e, k) => k > 0 && s.start < e);
    const start = edges[Math.max(0, i - 1)]!;
    const part = text.slice(start, edges[i < 0 ? edges.length - 1 : i]!);
    const first = Math.min(...spans.filter((x) => x.start >= start && x.start < start + part.length).map((x) => x.start - start));
    const words = speakerWords(fold(part), first);
    if (!words.length) return undefined;
    return words.some((w) => namesSource(w, source, states)) ? 'source' : 'other';
  };
  if (!spans.some((s) => speaker(s) === 'source')) return () => 0;
  return (s) => (otherPeriod(s) ? 2 : Number(speaker(s) === 'other'));
}
