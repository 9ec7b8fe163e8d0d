import { fold } from '../../extract/fold.js';
import type { ParsedQuestion } from './question.js';
import type { Token } from './text.js';

// How near a span stands to the question's words, and whether the question says it already: what every finder of spans reads.

/**
 * Distance in characters from a span to the nearest word of the question in the passage, a
 * common word counting as up to 60 characters further than the question's rarest: in
 * "Joint Trade Agreement (1975); Investment Promotion and Protection Agreement (1992)", the
 * question's rare "Protection" puts 1992 nearest, not its common "Agreement".
 */
export function distance(s: { start: number; end: number }, matched: Token[]): number {
  if (!matched.length) return 0;
  return Math.min(...matched.map((m) => (m.end <= s.start ? s.start - m.end : m.start >= s.end ? m.start - s.end : 0) + 60 * (1 - (m.weight ?? 1))));
}

/** Whether the question already says this (the answer is what it does not say). */
export function inQuestion(q: ParsedQuestion, written: string, name = written): boolean {
  const fq = fold(q.text);
  const words = (s: string) =>
    fold(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2);
  const last = words(name).at(-1);
  return fq.includes(fold(written)) || (last !== undefined && new RegExp(`\\b${last}\\b`).test(fq));
}
