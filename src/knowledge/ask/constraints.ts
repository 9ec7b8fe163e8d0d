import { fold } from '../../extract/fold.js';
import type { Found } from './find.js';
import { answerWords } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { before } from './spans.js';
import { stateRun } from './states.js';

// Constraints a question states that the answering sentence must meet, each checked against the span's own sentence; an unmet one passes the
// candidate over and, when no candidate is left, is the refusal's reason (issue 11, session 42).

/** Where the span's clause ends: a sentence's end or a semicolon (a colon may open the clause's own list). */
const CLAUSE_END = /[;.!?]\s/g;

/** The clause of the span: from the last semicolon or sentence end before it to the next after it, within the span's sentence. */
function clauseOf(f: Found, span: { start: number; end: number }): { start: number; end: number } {
  const text = f.doc.text;
  let start = f.at.start;
  let end = f.at.end;
  CLAUSE_END.lastIndex = 0;
  const sentence = text.slice(f.at.start, f.at.end);
  for (let m = CLAUSE_END.exec(sentence); m; m = CLAUSE_END.exec(sentence)) {
    const at = f.at.start + m.index + 1;
    if (at <= span.start) start = at;
    else if (at >= span.end && at < end) end = at;
  }
  return { start, end };
}

/** Whether a phrase of `cues` stands in the folded text as whole words. */
function holds(text: string, cues: string[]): boolean {
  const folded = fold(text);
  return cues.some((c) => new RegExp(`(?<![\\p{L}'’])${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'u').test(folded));
}

/**
 * The sentence the span stands in asks rather than tells ("Will the government finish the inland port before 2030?"):
 * a question of the document, a member's in a debate or a quiz's, is no statement of the answer.
 */
function asksItself(f: Found, span: { start: number; end: number }): boolean {
  // The sentence's own last character, closing quotes and brackets aside.
  return span.end <= f.at.end && /\?\s*["'”’)\]]*\s*$/u.test(f.doc.text.slice(span.end, f.at.end));
}

/**
 * A question of an act still to come ("When will…", "Who will lead…", "…is expected to open") is not answered from a clause that tells a
 * done act: the span's clause must hold a word of the future or of a plan (`aheadCues`: "will", "is expected to", "scheduled", "next"), or
 * the span be a date after the document's own. A date on or before the document's date ("met her counterpart *this morning*", "spent two days in
 * the capital *this week*") needs that word before it in its clause, where it governs the act the date is of, not an act told after it ("…and
 * agreed to set up a working group").
 */
function toldAsDone(f: Found, span: { start: number; end: number; kind: string; value: string }): boolean {
  const cues = answerWords().aheadCues;
  const text = f.doc.text;
  const clause = clauseOf(f, span);
  if (holds(text.slice(span.start, span.end), cues)) return false;
  if (span.kind === 'date') {
    const date = f.doc.meta.date;
    // A date after the document's own is still to come, however the clause tells it.
    if (date && /^\d{4}/.test(span.value) && !before(span.value, date) && !overlaps(span.value, date)) return false;
    if (date) return !holds(text.slice(clause.start, span.start), cues);
  }
  return !holds(text.slice(clause.start, clause.end), cues);
}

/** Whether a date (EDTF, a day, a month, a year or an interval) holds the document's date: "this week" of a report of that week. */
function overlaps(edtf: string, documentDate: string): boolean {
  const day = documentDate.replace(/[?~%]/g, '').split('/')[0]!;
  const parts = edtf.replace(/[?~%]/g, '').split('/');
  const from = parts[0]!;
  const to = parts[1] ?? from;
  const n = (x: string) => Math.min(x.length, day.length);
  return from.slice(0, n(from)) <= day.slice(0, n(from)) && day.slice(0, n(to)) <= to.slice(0, n(to));
}

/**
 * The first constraint of the question the found span does not meet, as a reason a person can read; undefined when it meets them all. Yes/no
 * questions are read by yesno.ts, which weighs plans and denials of its own.
 * @example unmetConstraint(parseQuestion('When will the commission meet?'), found) // → 'the question asks of an act still to come; …'
 */
export function unmetConstraint(q: ParsedQuestion, f: Found): string | undefined {
  const span = f.spans[0];
  if (!span || q.wants[0] === 'yesno') return undefined;
  if (asksItself(f, span)) return 'the only passage that gives it asks the question itself; it states no answer';
  // Dates and people only: a figure of a planned thing is told in the present ("the Nacala line upgrade is costed at USD 310 million").
  const where = otherDestination(q, f, span);
  if (where) return where;
  if (q.ahead && (span.kind === 'date' || span.kind === 'person') && toldAsDone(f, span)) return 'the question asks of an act still to come; the passage that comes nearest tells a done act';
  return undefined;
}

/** The states written right after "to" in a text ("a state visit *to Malawi*", "travelled *to Lilongwe*": a capital stands for its state), with where each run begins. */
function destinations(text: string): { id: string; at: number }[] {
  // The whole run of capitals is the state ("to Zambia", "to the Philippines"), not its adjective before a noun ("according to the Malawian
  // Foreign Ministry"); "according to" credits a source.
  return [...text.matchAll(/(?<![\p{L}])(?<!according\s)to\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*){1,4})/gu)].flatMap((m) => {
    const words = m[1]!.trim().split(/\s+/);
    const run = stateRun(words, { most: 4 });
    return run && run.n === words.length ? [{ id: run.id, at: m.index }] : [];
  });
}

/**
 * The question gives where its act goes ("the president's state visit *to Malawi*", "travel *to Mozambique*") and the span's clause sends it to another state
 * ("paid a state visit *to Zambia*"), naming the asked one nowhere after a "to": the passage tells the act of the other direction or place.
 */
function otherDestination(q: ParsedQuestion, f: Found, span: { start: number; end: number }): string | undefined {
  const asked = destinations(q.text);
  if (asked.length !== 1) return undefined;
  const clause = clauseOf(f, span);
  const told = destinations(f.doc.text.slice(clause.start, clause.end));
  if (!told.length || told.some((t) => t.id === asked[0]!.id)) return undefined;
  return 'the question asks of an act going to one state; the passage that comes nearest tells one going to another';
}
