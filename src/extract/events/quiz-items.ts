import type { Span } from './retracted-claims.js';

/** A lettered option line: "a) 9 April 1917", "- b) It recalled its ambassador", "(c) A treaty signed in 2005". */
const OPTION_LINE = /^[ \t]*(?:[-*+•][ \t]+)?(?:\*\*|__)?\(?[a-h]\)(?:\*\*|__)?[ \t]+\S[^\n]*$/;
/** A numbered item that opens a question: "**11.** …", "11. …", "Q3. …". */
const NUMBERED_ITEM = /^[ \t]*(?:\*\*|__)?(?:Q(?:uestion)?[ \t]*)?\d{1,3}[.)](?:\*\*|__)?[ \t]+\S/i;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    out.push({ start: at, end: at + line.length, text: line });
    at += line.length + 1;
  }
  return out;
}

/**
 * A quiz's questions and the options offered to answer them: a question (a line ending in "?" or ":") followed, after
 * blank lines at most, by lettered options "a) … b) …". A text is a quiz only when two questions or more are followed by
 * options; its questions (every sentence ending in "?", and a numbered item holding one) and its options assert nothing,
 * and wrong options are no acts (the answer key, in sentences, tells what happened). A statute's "(a) … (b) …" under a
 * "DECIDES:" has no question above it.
 * @example quizItems('1. When did X sign?\n\n- a) 1990\n- b) 1991\n\n2. Who met?\n\n- a) Y\n- b) Z').length // → 6
 */
export function quizItems(text: string): Span[] {
  if (!/^[ \t]*(?:[-*+•][ \t]+)?\(?[a-h]\)/m.test(text)) return [];
  const lines = linesOf(text);
  const options: Span[] = [];
  let questions = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!OPTION_LINE.test(lines[i]!.text) || (i > 0 && OPTION_LINE.test(lines[i - 1]!.text))) continue;
    // The first option of a group: the line above it, past blank lines, is its question.
    let q = i - 1;
    while (q >= 0 && !lines[q]!.text.trim()) q--;
    const question = q >= 0 ? lines[q]!.text.trim().replace(/(?:\*\*|__|\*)+$/, '') : '';
    let j = i;
    while (j + 1 < lines.length && OPTION_LINE.test(lines[j + 1]!.text)) j++;
    if (j === i || !/[?:]$/.test(question)) continue;
    if (question.endsWith('?')) questions++;
    options.push({ start: lines[i]!.start, end: lines[j]!.end });
    i = j;
  }
  if (questions < 2) return [];
  const asked: Span[] = [];
  for (const line of lines) {
    if (!line.text.includes('?')) continue;
    // A numbered question's whole item; elsewhere the sentence that ends in "?".
    if (NUMBERED_ITEM.test(line.text) && !/^[ \t]*(?:\*\*|__)?\d{1,3}[.)](?:\*\*|__)?[ \t]+(?:\*\*|__)?\(?[a-h]\)/.test(line.text)) {
      asked.push({ start: line.start, end: line.end });
      continue;
    }
    for (const m of line.text.matchAll(/[^.!?]*\?/g)) asked.push({ start: line.start + m.index, end: line.start + m.index + m[0].length });
  }
  return [...options, ...asked].sort((a, b) => a.start - b.start);
}

/**
 * The events of a quiz without those its questions and options name (`quizItems`).
 * @example withoutQuizItems(quiz, events) // → the answer key's acts only
 */
export function withoutQuizItems<E extends { trigger: { start: number } }>(text: string, events: E[]): E[] {
  const spans = quizItems(text);
  if (!spans.length) return events;
  return events.filter((e) => !spans.some((s) => s.start <= e.trigger.start && e.trigger.start < s.end));
}
