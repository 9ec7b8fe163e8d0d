import { fold } from '../../extract/fold.js';
import type { Found } from './find.js';
import { answerWords } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { before } from './spans.js';
import { stateRun } from './states.js';
import { IRREGULAR_PAST } from '../../extract/time/tense.js';
import { escapeRegExp } from '../../extract/pattern-set.js';

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

/** A cue phrase as a pattern of whole words, its spaces any run of white space: anywhere in a text, or at its start (any case). */
const cuePatterns = new Map<string, { within: RegExp; leading: RegExp }>();
function cuePattern(cue: string): { within: RegExp; leading: RegExp } {
  let re = cuePatterns.get(cue);
  if (!re) {
    const body = escapeRegExp(cue).replace(/\s+/g, '\\s+');
    cuePatterns.set(cue, (re = { within: new RegExp(`(?<![\\p{L}'’])${body}(?![\\p{L}])`, 'u'), leading: new RegExp(`^${body}(?![\\p{L}])`, 'iu') }));
  }
  return re;
}

/** Whether a phrase of `cues` stands in the folded text as whole words. */
function holds(text: string, cues: string[]): boolean {
  const folded = fold(text);
  return cues.some((c) => cuePattern(c).within.test(folded));
}

/** Words that say a question is put, not asked by the writer: a member's question in a debate, an interviewer's. */
const ASKED = /\b(?:asked|asks|asking|question|questions|questioned|enquired|inquired)\b/i;

/**
 * The sentence the span stands in is a question put by someone ("Will the minister promise that the line will reach Haparanda before 2035?",
 * *asked* the member): a question quoted, reported (a word of asking), or printed as a speaker's turn (after a label ending with a colon, as
 * debate records and interviews print members' and interviewers' questions) is no statement of the answer. A rhetorical question of the writer's own states its
 * facts ("Who could forget that the railway opened in July 1975?") and answers.
 */
function asksItself(f: Found, span: { start: number; end: number }): boolean {
  const text = f.doc.text;
  // The sentence's own last character, closing quotes and brackets aside.
  if (!(span.end <= f.at.end && /\?\s*["'”’)\]]*\s*$/u.test(text.slice(span.end, f.at.end)))) return false;
  const head = text.slice(f.at.start, span.start);
  // Inside quotation marks opened before the span in its sentence, or right before the sentence ("She asked: “Will …?”").
  const opened = (head.match(/[“"]/gu) ?? []).length - (head.match(/”/gu) ?? []).length;
  if (/“/u.test(head) ? opened > 0 : (head.match(/"/g) ?? []).length % 2 === 1) return true;
  // After a word of asking in the sentence or in the few words before it ("The member asked the minister: Will …?").
  if (ASKED.test(text.slice(Math.max(0, f.at.start - 60), span.start)) || ASKED.test(text.slice(span.end, f.at.end))) return true;
  // After a colon that opens a speaker's turn, on the line before or right before the sentence ("Anf. 16 A MEMBER (S):", "Q:").
  const lead = text.slice(Math.max(0, f.at.start - 200), f.at.start);
  return /:[ \t]*\r?\n[^\n]*$/.test(lead) || /:\s*$/.test(lead) || /:[ \t]*\r?\n/.test(head);
}

/** Irregular past forms (tense.ts) and the few "-ed" words that are no verb's past ("need", "hundred"). */
const IRREGULAR = new Set(IRREGULAR_PAST.split(' '));
const NOT_PAST = new Set(['need', 'speed', 'proceed', 'exceed', 'succeed', 'embed', 'shed', 'bed', 'red', 'hundred', 'sacred', 'kindred', 'seed', 'feed', 'breed', 'indeed']);
/** Verbs of saying: the past of a report about an act ("said the ministers will sign") tells no done act but the saying. */
const SAYING = new Set(['said', 'told', 'added', 'announced', 'stated', 'confirmed', 'reported', 'noted']);

/**
 * The first word of the clause that marks its mode, in reading order: a word of the future or of a plan (`aheadCues`) or a verb's past or perfect
 * form ("met", "signed", "has visited"), whose act is done. Not a participle after a present "be" ("is led by", "is represented"), nor after an
 * article ("the proposed line"), nor a capitalised "-ed" word ("United"); a verb of saying counts only right before the span ("said on Monday").
 */
function firstMode(text: string, clause: { start: number; end: number }, span: { start: number; end: number }): 'ahead' | 'done' | undefined {
  const cues = answerWords().aheadCues.map((c) => cuePattern(c).leading);
  const part = text.slice(clause.start, clause.end);
  for (const m of part.matchAll(/(?<![\p{L}'’])[\p{L}'’]+/gu)) {
    const at = clause.start + m.index!;
    // The span's own words are read by the caller.
    if (at >= span.start && at < span.end) continue;
    const rest = text.slice(at, clause.end);
    if (cues.some((c) => c.test(rest))) return 'ahead';
    const w = m[0];
    const lower = w.toLowerCase();
    const past = IRREGULAR.has(lower) || (/^[a-z]{2,}ed$/.test(w) && !NOT_PAST.has(lower)) || lower === 'did';
    if (!past) continue;
    const prior = text.slice(Math.max(clause.start, at - 20), at);
    if (/\b(?:is|are|am|be|being|the|a|an)\s+(?:\p{L}+ly\s+)?$/iu.test(prior)) continue;
    // A verb of saying tells the span's own act only right beside it ("said on Monday", "Biden announced").
    if (SAYING.has(lower) && !(at < span.start ? span.start - (at + w.length) <= 15 : at - span.end <= 15)) continue;
    return 'done';
  }
  return undefined;
}

/**
 * A question of an act still to come ("When will…", "Who will lead…", "…is expected to open") is not answered from a clause that tells a
 * done act. An act is done only when its clause tells it by a past or perfect verb before any word of the future or of a plan (`firstMode`:
 * "met in Beni *this morning* and agreed to set up a working group" is done; "*Later today*, the ministers will sign", "*Tonight*, the minister
 * hosts a dinner", "are meeting in Siavonga *today* to sign" are not); a span whose own words hold such a word ("next week"), a date after the
 * document's own, or a person whose clause holds one, is still to come however the clause tells it. A present or a future, with or without a
 * document date ("The concession expires in 2044"), is no done act.
 */
function toldAsDone(f: Found, span: { start: number; end: number; kind: string; value: string }): boolean {
  const cues = answerWords().aheadCues;
  const text = f.doc.text;
  const clause = clauseOf(f, span);
  if (holds(text.slice(span.start, span.end), cues)) return false;
  const date = f.doc.meta.date;
  const later = (value: string) => !!date && /^\d{4}/.test(value) && !before(value, date) && !overlaps(value, date);
  // A date after the document's own is still to come, however the clause tells it.
  if (span.kind === 'date' && later(span.value)) return false;
  // A date wholly before the document's own is past, however the clause tells it ("air services date from the 1950s").
  if (span.kind === 'date' && date && before(span.value.replace(/X/g, '9'), date)) return true;
  // A person whose clause dates the act after the document's day: "Y, who travels to Harare on 2 June 2026".
  if (span.kind === 'person' && (f.doc.annotations?.times ?? []).some((t) => t.start >= clause.start && t.end <= clause.end && !!t.edtf && later(t.edtf))) return false;
  return firstMode(text, clause, span) === 'done';
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
 * The first constraint of the question the found span does not meet, as a reason a person can read; undefined when it meets them all. A list's
 * candidate is passed over only when none of its spans meets them. Yes/no questions are read by yesno.ts, which weighs plans and denials of its own.
 * @example unmetConstraint(parseQuestion('When will the commission meet?'), found) // → 'the question asks of an act still to come; …'
 */
export function unmetConstraint(q: ParsedQuestion, f: Found): string | undefined {
  if (!f.spans.length || q.wants[0] === 'yesno') return undefined;
  let first: string | undefined;
  for (const span of f.spans) {
    const unmet = spanUnmet(q, f, span);
    if (!unmet) return undefined;
    first ??= unmet;
  }
  return first;
}

function spanUnmet(q: ParsedQuestion, f: Found, span: Found['spans'][number]): string | undefined {
  if (asksItself(f, span)) return 'the passage that comes nearest puts the question itself, quoted or reported; it states no answer';
  const where = otherDestination(q, f, span);
  if (where) return where;
  // Dates and people only: a figure of a planned thing is told in the present ("the Nacala line upgrade is costed at USD 310 million").
  if (q.ahead && (span.kind === 'date' || span.kind === 'person') && toldAsDone(f, span)) return 'the question asks of an act still to come; the passage that comes nearest tells a done act';
  return undefined;
}

/**
 * The states a text sends a movement to: "to" after a word of movement (`motionWords`, at most three words between: "a state visit *to Malawi*",
 * "travelled *to Lilongwe*": a capital stands for its state), with where each run begins. A post is no movement ("ambassador *to Kenya*"), and
 * an aside about a person (", who was ambassador to Cyprus until 2024,") is read out first.
 */
function destinations(text: string): { id: string; at: number }[] {
  const motion = new Set(answerWords().motionWords);
  // Relative and appositive asides, to their closing comma or the clause's end, blanked with their length kept.
  const plain = text.replace(/,\s+(?:who|whom|whose|which)\b[^,;]*(?:,|$)/gu, (m) => ' '.repeat(m.length));
  // The whole run of capitals is the state ("to Zambia", "to the Philippines"), not its adjective before a noun ("according to the Malawian
  // Foreign Ministry"); "according to" credits a source.
  return [...plain.matchAll(/(?<![\p{L}])(?<!according\s)to\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*){1,4})/gu)].flatMap((m) => {
    const lead =
      plain
        .slice(Math.max(0, m.index - 60), m.index)
        .toLowerCase()
        .match(/[\p{L}'’]+/gu) ?? [];
    if (!lead.slice(-4).some((w) => motion.has(w))) return [];
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
