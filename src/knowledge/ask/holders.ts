import { fold } from '../../extract/fold.js';
import { actorLexicon } from '../../extract/actors/actor-lexicon.js';
import type { ParsedQuestion } from './question.js';
import type { Span } from './spans.js';
import { stateOfWord } from './states.js';
import { escapeRegExp } from '../../extract/pattern-set.js';

// "Who was Japan's foreign minister in July 2004?": the office a question asks the holder of, its state and its year, checked against the
// terms of office the people lexicon (lexicon/people.json, lexicon/people/) gives a person an answer names.

/** The office a who/which question asks the holder of: the lexicon's offices and roles one of whose titles the question writes. */
interface AskedOffice {
  offices: Set<string>;
  roles: Set<string>;
  /** The state: "Japan's", "the Japanese", "of Japan" before or after the title (a country code). */
  country?: string;
  year?: string;
}

/**
 * The office, state and year a question asks the holder of, when it writes an office's title the
 * lexicon knows and a state beside it ("Japan's foreign minister", "the Japanese prime minister",
 * "the president of Vietnam"); undefined for other questions.
 * @example askedOffice(parseQuestion("Who was Japan's prime minister in 2013?")) // → { offices: {'prime-minister'}, roles: {'head_of_government'}, country: 'JPN', year: '2013' }
 */
export function askedOffice(q: ParsedQuestion): AskedOffice | undefined {
  if (q.wants[0] !== 'person') return undefined;
  const lex = actorLexicon();
  const f = fold(q.text);
  for (const office of lex.offices) {
    for (const title of [...new Set(office.titles.map(fold))].sort((a, b) => b.length - a.length)) {
      if (title.length < 5) continue;
      const t = escapeRegExp(title);
      // The state before the title ("Japan's", "the Japanese") or after it ("of Vietnam").
      const states = [...f.matchAll(new RegExp(`\\b([\\p{L}-]+)(?:['’]s)?\\s+${t}\\b`, 'gu')), ...f.matchAll(new RegExp(`\\b${t}\\s+of\\s+(?:the\\s+)?([\\p{L}-]+)`, 'gu'))];
      const id = states.map((m) => stateOfWord(m[1]!)).find(Boolean);
      if (!id) continue;
      // A year that names what a noun is of ("the excesses *of 1971*") dates that, not the office.
      const year = q.years.find((y) => !new RegExp(`\\bof\\s+(?:the\\s+)?${y}\\b`).test(f));
      const roles = new Set(lex.roles.filter((r) => r.id === office.role).map((r) => r.id));
      return { offices: new Set([office.id]), roles, country: id.slice(8), ...(year ? { year } : {}) };
    }
  }
  return undefined;
}

/**
 * Whether the lexicon tells against a person an answer names holding the office asked: the person
 * has terms of office in the lexicon, and none is of the office (or its role) in the state asked,
 * in the year asked ("Phan Van Khai" for "who was the Japanese prime minister in 1999?"). A name
 * the lexicon does not know, or knows without terms, is not told against.
 */
export function heldOtherwise(asked: AskedOffice, span: Span): boolean {
  if (!span.value.startsWith('person:')) return false;
  const person = actorLexicon().people.find((p) => p.id === span.value);
  if (!person?.offices.length) return false;
  return !person.offices.some(
    (t) =>
      (asked.offices.has(t.office) || (t.roles ?? []).some((r) => asked.roles.has(r))) &&
      (!asked.country || t.country === asked.country) &&
      (!asked.year || (t.from.slice(0, 4) <= asked.year && (t.to === null || asked.year <= t.to.slice(0, 4)))),
  );
}
