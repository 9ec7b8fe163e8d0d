import { datelineDate } from '../../extract/events/event-dates.js';
import type { DocumentRecord } from '../../model/document.js';
import type { EntityMention } from '../../model/annotation.js';
import { fold } from '../../extract/fold.js';
import { askLexicon } from './lexicon.js';
import type { AnswerKind, ParsedQuestion } from './question.js';
import type { AskCorpus, Passage } from './corpus.js';
import { tokens, type Token } from './text.js';
import { humanDate } from '../../reconcile/human-date.js';
import { questionSlot, slotSpans } from './slot.js';
import { distance, inQuestion } from './nearness.js';
import { headListed, listAfter, listAsked } from './items.js';
import { numbers } from './numbers.js';
import { names } from './names.js';
import { inflects, matches } from './retrieve.js';
import { stateOfWord } from './states.js';
import { countedDates } from './counted-dates.js';
import { actorsAgree, monthsAsked } from './act-dates.js';
import { irregularForms } from './verb-forms.js';
import { overlapping } from './within.js';
import { clauseAround, negatedUntil, questionWords, untilVerbs } from './clauses.js';
import { enclosedClauses } from '../../extract/events/enclosed-clauses.js';
import { eventTypes } from '../../extract/events/event-types.js';
import { finerWithin } from './finer-dates.js';
import { clauseEdge } from './clause-edges.js';
import { escapeRegExp } from '../../extract/word-alternation.js';

export { humanDate };

/** A span of a passage that answers (part of) a question. */
export interface Span {
  kind: AnswerKind;
  start: number;
  end: number;
  /** What the answer shows: the words as written, with the normalised value where it adds one. */
  text: string;
  /** Comparable value: EDTF for dates, "value unit" for numbers, the entity for names. */
  value: string;
  /** From a stored annotation (a date, an actor, a fact) rather than the words alone. */
  structured: boolean;
  /** Numbers: it stands right before the noun the question counts ("12 servicemen"). */
  counts?: boolean;
  /** Date precision (day, month, year, …). */
  granularity?: string;
  /** An item of a list the passage opens (items.ts): the answer names every item. */
  item?: boolean;
  /** A date: the coarser date of its sentence it refines ("**April 2025** — …, from 14 to 17 April"), as EDTF (finer-dates.ts). */
  refines?: string;
}

/** What a relative clause's edge between a date and a word of the question adds to their distance: a date goes with the words of its own clause. */
const CLAUSE = 20;

/** Dates this much apart in distance are about as near (`dates` sorts by rounded distance); a bracketed date stands one step nearer for each more word of the question its item holds. */
const STEP = 15;

/** Whether a date opens its sentence before a comma and so dates all of it ("In July 2019, …", "Yesterday, …"). */
function opensSentence(text: string, t: { start: number; end: number }): boolean {
  const opening = text.slice(Math.max(text.lastIndexOf('.', t.start), text.lastIndexOf('\n', t.start)) + 1, t.start);
  return /^\s*(?:(?:in|on|at|by|early|late|mid|the|since|from|during)\s+)*$/i.test(opening) && /^\s*,/.test(text.slice(t.end));
}

/** A date in brackets dates the words of its item, before it ("Investment Agreement (1992); Tax Agreement (1999)"); another, the nearest words either side. */
function dateDistance(text: string, t: { start: number; end: number }, matched: Token[], asked: Token[]): number {
  if (text[t.start - 1] !== '(') {
    // A date goes with the words of its own clause: a word of the question across a comma is a clause further ("the tribunal, which heard
    // both sides from 2012, delivered its award on 29 June 2016"), unless the date opens the sentence and dates all of it ("In July 2019, …").
    if (opensSentence(text, t)) return distance(t, asked);
    const across = (m: Token) => /[,;]/.test(text.slice(Math.min(m.end, t.end), Math.max(m.start, t.start)));
    return Math.min(...asked.map((m) => distance(t, [m]) + (across(m) ? CLAUSE : 0)), distance(t, asked) + CLAUSE);
  }
  // The item the bracket closes: back to the previous item's end (";", ")", ":").
  const from = Math.max(text.lastIndexOf(';', t.start), text.lastIndexOf(')', t.start), text.lastIndexOf(':', t.start));
  const item = matched.filter((m) => m.end <= t.start && m.start > from);
  // Of items of one list alike in their nearest word ('a "strategic partnership" (2010), … an "extensive strategic partnership" (2018)'), the one
  // holding more of the question's words: each more word one step of the rounding nearer. Not a bracket with no item before it in its sentence
  // ("when Nigeria became independent three years after Ghana (1957)": the words are the sentence's, not the bracket's).
  const listed = from >= 0 && !/[.!?]\s/.test(text.slice(from, t.start));
  const more = listed ? new Set(item.map((m) => m.stem)).size - 1 : 0;
  return item.length ? distance(t, item) - STEP * more : 200 + distance(t, matched);
}

/**
 * 0 for a date in the clause of the question's verb as the passage uses it, when that clause holds a date ("Malawi sent a patrol boat on
 * Friday and summoned the envoy, after the navy *seized* three canoes late on *Wednesday*": the seizure is Wednesday's), else 1 for every
 * date: the clause of the verb alone, not the names around it, dates the act asked.
 */
function verbClause(
  text: string,
  p: Passage,
  verbs: Token[],
  times: { start: number; end: number }[],
  matched: Token[] = [],
  subject: (w: Token) => boolean = () => false,
): (t: { start: number; end: number }) => number {
  // "…established relations in July 1976 *and upgraded* them … in November 2015": a verb right after "and" or "but" opens an act of its own.
  const joined = verbs.filter((v) => /\b(?:and|but)\s+$/i.test(text.slice(Math.max(p.start, v.start - 5), v.start))).map((v) => v.start - 1);
  const edges = [p.start, ...[...text.slice(p.start, p.end).matchAll(clauseEdge())].map((m) => p.start + m.index), ...joined, p.end].sort((a, b) => a - b);
  const clauseOf = (at: number) => edges.findIndex((e, i) => i > 0 && at < e);
  // Of several clauses with the verb ("Albania *opened* accession talks with the EU in July 2022, and last year it *opened* the last
  // cluster"), those holding the most of the question's words, names aside, tell the act asked.
  const held = (c: number) => new Set([...matched, ...verbs].filter((w) => clauseOf(w.start) === c && !/^\p{Lu}/u.test(text.slice(w.start, w.end))).map((w) => w.stem)).size;
  // "Togo's minister signed the protocol on 9 February; the Ghanaian *side* signed it a day later" for "When did the Ghanaian side sign…":
  // of the clauses with the verb, those holding a common noun of the question's subject first.
  const bySubject = (c: number) => matched.some((w) => clauseOf(w.start) === c && subject(w) && !/^\p{Lu}/u.test(text.slice(w.start, w.end)));
  const subjectHeld = verbs.some((v) => bySubject(clauseOf(v.start)));
  const most = Math.max(0, ...verbs.filter((v) => !subjectHeld || bySubject(clauseOf(v.start))).map((v) => held(clauseOf(v.start))));
  // Names break a tie only: "Kenya closed the Busia border post in April 2020 …, and it closed the *Malaba* border post in May 2020" (a
  // state's name aside, which a pronoun may stand for).
  const named = (c: number) =>
    new Set(matched.filter((w) => clauseOf(w.start) === c && /^\p{Lu}/u.test(text.slice(w.start, w.end)) && !stateOfWord(text.slice(w.start, w.end))).map((w) => w.stem)).size;
  const tied = verbs.map((v) => clauseOf(v.start)).filter((c) => held(c) === most && (!subjectHeld || bySubject(c)));
  const mostNamed = Math.max(0, ...tied.map(named));
  const asked = new Set(tied.filter((c) => named(c) === mostNamed));
  // A date that opens the sentence ("Yesterday, the ministry summoned…") dates every clause of it.
  const ofIt = (t: { start: number; end: number }) => asked.has(clauseOf(t.start)) || opensSentence(text, t);
  if (!times.some((t) => asked.has(clauseOf(t.start)))) return () => 0;
  return (t) => (ofIt(t) ? 0 : 1);
}

let saying: RegExp | undefined;
/**
 * Whether a date is told by a verb of saying in its own clause (`sayingVerbs` in event-types.json, any tense, at most five words before it):
 * "…, the ministries *said on* Tuesday", "*announced* on 3 May".
 * @example toldOn('…in March, the ministries said on Tuesday.', passage, the token "Tuesday") // → true
 */
function toldOn(text: string, p: Passage, t: { start: number }): boolean {
  if (!saying) {
    // Irregular forms from WordNet's verb exceptions (`irregularForms`: "said", "told", "wrote").
    const forms = [...eventTypes().sayingVerbs].flatMap((v) => [v, `${v}s`, `${v}es`, `${v.replace(/e$/, '')}ed`, `${v}${v.at(-1)}ed`, ...irregularForms(v)]);
    saying = new RegExp(`\\b(?:${forms.join('|')})\\b(?:\\s+[\\p{L}'’-]+){0,4}\\s+$`, 'iu');
  }
  const before = text.slice(Math.max(p.start, t.start - 60), t.start);
  const clause = before.slice(Math.max(0, ...[...before.matchAll(clauseEdge())].map((m) => m.index + m[0].length)));
  return saying.test(` ${clause}`);
}

/**
 * The passage's words that open a synonym of several words of the question's verb (`synonyms` in lexicon/ask.json: "established" →
 * "set up"), in any of its first word's forms: "relations were *set* up on 1 January 1993" tells the establishment.
 * @example phrasalVerbs(parseQuestion('When were relations established?'), passage of "were set up on 1 January") // → [the token "set"]
 */
function phrasalVerbs(q: ParsedQuestion, p: Passage): Token[] {
  const phrases = q.terms.filter((t) => t.verb).flatMap((t) => t.phrases ?? []);
  if (!phrases.length) return [];
  return p.words.filter((w, i) =>
    phrases.some((ph) => {
      const [head, ...rest] = ph.split(' ');
      return (w.folded === head || w.folded === `${head}s` || inflects(head!, w.folded) || irregularForms(head!).includes(w.folded)) && rest.every((r, k) => p.words[i + 1 + k]?.folded === r);
    }),
  );
}

const FINER = ['day', 'month', 'season', 'interval', 'year', 'decade', 'century', 'open', 'none'];
const PRECISE: Record<string, string[]> = { day: ['day'], month: ['day', 'month'] };

/**
 * Whether a date ends before the document's own date, at the precision both give.
 * @example before('2022', '2026-11-20') // → true; before('2026-12', '2026-11-20') // → false
 */
export function before(edtf: string, documentDate: string | undefined): boolean {
  const end = edtf.split('/').pop()!.replace(/[?~%]/g, '');
  const day = documentDate?.replace(/[?~%]/g, '').split('/')[0];
  if (!day || !/^\d{4}/.test(end) || !/^\d{4}/.test(day)) return false;
  const n = Math.min(end.length, day.length);
  return end.slice(0, n) < day.slice(0, n);
}

/**
 * "Fiji did not open a mission there *until 2008*": a negated verb group right before "until" a date tells the act as done on that date
 * (English's "not … until"), so the open period the time stage reads ("../2008") is the date itself, its words after "until". Only when the
 * negation is of that verb, no other verb, "and" or narrowing phrase between (`negatedUntil`, clauses.ts): not "did not object and the
 * ban stays in force until 2030", nor "was not open on Sundays until 2023". A question in the past tense (`past`) is not
 * answered by "will not … until" nor by a date after the document's own ("When did Zambia lift the ban?" over "will not lift it until 2027").
 * @example notUntil('Fiji did not open a mission until 2008.', passage, { text: 'until 2008', edtf: '../2008', … }) // → { text: '2008', edtf: '2008', … }
 */
export function notUntil<T extends { start: number; end: number; text: string; edtf: string; granularity: string }>(
  text: string,
  p: { start: number },
  t: T,
  question: Set<string> = new Set(),
  when: { past?: boolean; documentDate?: string; verbs?: Set<string> } = {},
): T | undefined {
  const lead = /^(?:until|till|not until)\s+/i.exec(t.text);
  if (!lead || !/^\.\.\/\d{4}/.test(t.edtf)) return undefined;
  const edtf = t.edtf.slice(3);
  // "*Not until* 2018 did Angola appoint…": the negation opens the phrase and is of the verb after it.
  if (!/^not/i.test(lead[0]) && !/\bnot\s+$/i.test(text.slice(Math.max(p.start, t.start - 5), t.start))) {
    const lo = Math.max(p.start, t.start - 160);
    const [from] = clauseAround(text, lo, t.start, t.start, t.start);
    const negated = negatedUntil(text, from, t.start, question, when.verbs);
    if (!negated || (negated.future && when.past)) return undefined;
  }
  if (when.past && when.documentDate && edtf !== when.documentDate.slice(0, edtf.length) && !before(edtf, when.documentDate)) return undefined;
  const granularity = edtf.length >= 10 ? 'day' : edtf.length >= 7 ? 'month' : 'year';
  return { ...t, start: t.start + lead[0].length, text: t.text.slice(lead[0].length), edtf, granularity };
}

/**
 * Whether a passage word is one of the question's subject: a word of the question between "did/does/do" and its verb ("When did the Ghanaian
 * *side* sign…?"), none when the question has no such subject.
 */
function subjectWord(q: ParsedQuestion): (w: Token) => boolean {
  const fq = fold(q.text);
  const verb = q.terms.find((t) => t.verb);
  const aux = /\b(?:did|does|do)\b/.exec(fq);
  if (!verb || !aux) return () => false;
  const end = fq.search(new RegExp(`\\b${escapeRegExp(verb.word)}\\b`));
  // On word boundaries: "side" is no word of "inside".
  const at = (word: string) => fq.slice(aux.index).search(new RegExp(`\\b${escapeRegExp(word)}\\b`)) + aux.index;
  const words = q.terms.filter((t) => !t.verb && !t.name && at(t.word) > aux.index && at(t.word) < end);
  return (w) => words.some((t) => matches(t, w));
}

/** A question in the past tense: "When *did* Zambia lift the ban?", "When *was* it lifted?". */
const PAST_QUESTION = /\b(?:did|was|were|had)\b/i;

/** Dates in the passage, nearest the question's words first, of the precision asked for. */
function dates(q: ParsedQuestion, doc: DocumentRecord, p: Passage, matched: Token[]): Span[] {
  // Open intervals ("in recent years", "since 1990") date nothing precisely enough to answer when.
  // A date goes with the words of what is asked ("expires on 30 June") a little more than with the names it is asked of ("said last month that Chile…"): a name weighs a third less.
  // The question's verb counts as its rarest word ("*summoned* China's ambassador" dates the summons).
  const verb = new Set(q.terms.find((t) => t.verb)?.stems ?? []);
  const asked = matched.map((m) => (verb.has(m.stem) ? { ...m, weight: 1 } : /^\p{Lu}/u.test(doc.text.slice(m.start, m.end)) ? { ...m, weight: ((m.weight ?? 1) * 2) / 3 } : m));
  // "Since when": the start of a period still open ("open since 1965") is the answer.
  const open = (edtf: string) => q.since && /^\d{4}[^/]*\/\.\.$/.test(edtf);
  let times = (doc.annotations?.times ?? [])
    .filter((t) => t.start >= p.start && t.end <= p.end)
    .map((t) => notUntil(doc.text, p, t, questionWords(q.text), { past: !q.ahead && PAST_QUESTION.test(q.text), documentDate: doc.meta.date, verbs: untilVerbs(q) }) ?? t)
    .filter((t) => t.edtf && t.granularity !== 'none' && (!t.edtf.includes('..') || open(t.edtf)))
    // "When is work expected to start?": not "damaged by the 2022 tsunami" in a report of 2026, a date wholly before the document's own.
    .filter((t) => !q.ahead || !before(t.edtf, doc.meta.date))
    .map((t) => (open(t.edtf) ? { ...t, edtf: t.edtf.slice(0, -3), granularity: t.edtf.length - 3 >= 10 ? 'day' : t.edtf.length - 3 >= 7 ? 'month' : 'year' } : t));
  // The stems compared (`matches`, which holds `verb.has(w.stem)` too), then the word as written, which the stemmer may cut otherwise.
  const verbs = [...p.words.filter((w) => q.terms.some((t) => t.verb && (matches(t, w) || t.stems.some((x) => inflects(x, w.folded))))), ...phrasalVerbs(q, p)];
  // The verb as the question writes it, in any form, before its synonyms: "signed their *accession* treaties …, 12 June 1985, and *joined*
  // on 1 January 1986" dates the joining by "joined".
  const own = verbs.filter((w) => q.terms.some((t) => t.verb && (matches({ ...t, stems: [t.stems[0]!] }, w) || inflects(t.stems[0]!, w.folded) || irregularForms(t.word).includes(w.folded))));
  // "Kenya's foreign minister, who visited Kampala in 2019, summoned the Ugandan ambassador": a date in a stretch commas set off from the
  // main clause is that stretch's own act's, not the verb's asked outside it (the event stage's rule: enclosed-clauses.ts).
  const enclosed = verbs.length ? enclosedClauses(doc.text, p, times) : [];
  const within = (c: { start: number; end: number }, x: { start: number; end: number }) => c.start <= x.start && x.end <= c.end;
  // Kept when the stretch holds the verb or another word of the question that is no name ("who *visited* Kampala in 2019" dates the visit).
  const asks = (c: { start: number; end: number }) => [...verbs, ...matched].some((w) => within(c, w) && !/^\p{Lu}/u.test(doc.text.slice(w.start, w.end)));
  // Only as the event stage read the sentence: when its events at the verb asked are dated otherwise ("entered Block 6, south-west of the
  // island, late on Wednesday," keeps Wednesday, the entry's date).
  const atVerb = (doc.annotations?.events ?? []).filter((e) => e.date && verbs.some((v) => e.trigger.start <= v.start && v.end <= e.trigger.end));
  const ownClause = (t: { start: number; end: number; edtf: string }) => !atVerb.length || atVerb.some((e) => e.date === t.edtf) || !enclosed.some((c) => within(c, t) && !asks(c));
  times = times.filter(ownClause);
  // "LIMA, 6 July 2026 - Peru's navy seized the trawler … on 4 July": a dateline's day is the report's, not the act's, when the sentence
  // gives another.
  const undated = times.filter((t) => !datelineDate(doc.text, t));
  if (undated.length) times = undated;
  const ofVerb = verbClause(doc.text, p, own.length ? own : verbs, times, matched, subjectWord(q));
  // "When did the 1958 treaty enter into force?" of "The treaty entered into force on 15 April 1958": a date the question names only in
  // part (its year, its month) is still the answer when the event stage dated the act at the question's verb by it in this sentence; a
  // day of another act ("hosted the summit on 14 June 2024" for "join NATO in 2024") stays said by the question, as does a date written whole
  // (the stage's trigger opens with the verb: "recalls its ambassador" dates no question whose verb was read as "ambassador").
  // A month the question names must be the date's too ("visit Vilnius in March 2026" is not answered by a visit of 5 February), and the
  // act dated the question's (its states, its places: "Tusk visited Vilnius on 5 February and Riga on 6 February" dates the Riga visit by
  // the second event only: act-dates.ts `actorsAgree`).
  const months = monthsAsked(q);
  const actDated = (t: { text: string; edtf: string }) =>
    !fold(q.text).includes(fold(t.text)) &&
    (!q.years.length || q.years.includes(t.edtf.slice(0, 4))) &&
    (!months.length || months.includes(t.edtf.slice(5, 7))) &&
    atVerb.some((e) => e.date === t.edtf && e.dateSource === 'sentence' && verbs.some((v) => v.start === e.trigger.start) && e.trigger.end <= p.end && actorsAgree(q, e, p));
  // "…on Thursday, a day after the coast guard *seized* three boats": the act asked is dated from Thursday by its length (counted-dates.ts).
  const counted: Span[] = countedDates(doc, p, matched, verbs)
    .filter((t) => !q.precision || PRECISE[q.precision]!.includes(t.granularity))
    .map((t) => ({ kind: 'date' as const, ...t, structured: true }));
  const precise = (t: { granularity: string; edtf: string }) =>
    !q.precision || PRECISE[q.precision]!.includes(t.granularity) || (t.granularity === 'interval' && t.edtf.length >= (q.precision === 'day' ? 21 : 15));
  // "…concluded an agreement on water in March, the ministries said on Tuesday": when the clause of the question's verb dates the act less
  // precisely than asked ("on what exact day"), a day of another clause is another act's, not a finer date of this one, when it falls
  // outside the verb clause's month or year or its own clause's verb is one of saying ("said on Tuesday"); "signed a protocol in August,
  // at a summit in Windhoek on 17 August" refines the month (review of session 39).
  const coarseDates = q.precision && times.some((t) => ofVerb(t) === 1) && !times.some((t) => ofVerb(t) === 0 && precise(t)) ? times.filter((t) => ofVerb(t) === 0) : [];
  const otherAct = (t: { start: number; end: number; edtf: string }) =>
    coarseDates.length > 0 && ofVerb(t) === 1 && (!coarseDates.some((c) => /^\d{4}(?:-\d\d)?$/.test(c.edtf) && t.edtf.startsWith(c.edtf)) || toldOn(doc.text, p, t));
  const ranked = times
    .filter((t) => precise(t) && !otherAct(t))
    // "In what year was the January 18 seminar held?": the date the question gives answers with the year it does not.
    .filter((t) => !inQuestion(q, t.text) || (q.yearAsked && !q.years.includes(t.edtf.slice(0, 4)) && /^\d{4}/.test(t.edtf)) || actDated(t))
    // Nearest the question's words; of two about as near, the finer ("announced Friday", not "this year"). A date in the clause of the
    // question's own verb first, when that clause holds one (verbClause).
    .map((t) => ({ t, d: dateDistance(doc.text, t, matched, asked), v: ofVerb(t) }))
    .sort((a, b) => a.v - b.v || Math.round(a.d / STEP) - Math.round(b.d / STEP) || FINER.indexOf(a.t.granularity) - FINER.indexOf(b.t.granularity) || a.d - b.d)
    .map(({ t }) => t);
  // "**April 2025** — The crossing was closed …, from 14 to 17 April, …": the one finer date the coarse one holds, first (finer-dates.ts).
  const fine = finerWithin(doc.text, p, ranked, own.length ? own : verbs);
  const spans: Span[] = (fine ? [fine, ...ranked.filter((x) => x.start !== fine.start)] : ranked).map((t) => {
    const human = humanDate(t.edtf);
    const text = fold(t.text) === fold(human) ? t.text : `${t.text} (${human})`;
    const refines = t === fine ? ranked[0]!.edtf : undefined;
    return { kind: 'date' as const, start: t.start, end: t.end, text, value: t.edtf, structured: true, granularity: t.granularity, ...(refines ? { refines } : {}) };
  });
  // "Until what date will the closure remain in force?": a date the passage gives as an end ("until 1 May", "expires on…"), never the date the
  // passage or its report was told.
  if (/\b(?:until|till) (?:what|which|when)\b/.test(fold(q.text)))
    return spans.filter((t) => /\b(?:until|till|through|expires?|expiring|ends?|ending)\s+(?:on\s+|in\s+|at\s+)?$/.test(fold(doc.text.slice(Math.max(p.start, t.start - 20), t.start))));
  if (counted.length) return [...counted, ...spans];
  if (spans.length) return spans;
  // A sentence with no date of its own may state an event the event stage dated from its paragraph or the document's date (news: "The UK is to expel…"),
  // when its act is one the question names ("is to expel" for "announce that it would expel"): "agreed to build a border post" dates the
  // agreement, not when the post will open.
  // An act still to come ("when will the commission next meet?", "on what date will X visit Berlin?") is not dated by the day it was told:
  // the report's or the paragraph's date is when the plan was announced, before the act.
  if (q.ahead) return [];
  const acts = q.terms.filter((t) => !t.name);
  const told = (e: { trigger: { start: number; end: number } }) => tokens(doc.text.slice(e.trigger.start, e.trigger.end)).some((w) => acts.some((t) => matches(t, w)));
  return (doc.annotations?.events ?? [])
    .filter((e) => e.trigger.start >= p.start && e.trigger.end <= p.end && e.date && e.dateSource !== 'sentence' && told(e))
    .filter((e) => !q.precision || e.date.length >= (q.precision === 'day' ? 10 : 7))
    .map((e) => ({
      kind: 'date' as const,
      start: e.trigger.start,
      end: e.trigger.end,
      text: `${humanDate(e.date)} (${e.dateSource === 'document' ? 'date of the report' : 'date of the passage'})`,
      value: e.date,
      structured: true,
      granularity: e.date.length >= 10 ? 'day' : e.date.length >= 7 ? 'month' : 'year',
    }));
}

/**
 * The words of the passage the question does not hold, next to those it does: a clause of at
 * most ~90 characters for "what" questions and as a last resort.
 */
export function clause(q: ParsedQuestion, doc: DocumentRecord, p: Passage, matched: Token[]): Span[] {
  const lex = askLexicon();
  // The question's own numbers and years count as its words ("Lisbon, 3 May 2019" says nothing new of "on 3 May 2019").
  const own = new Set(
    tokens(q.text)
      .map((t) => t.folded)
      .filter((t) => /\d/.test(t)),
  );
  const isQ = new Set(matched.map((m) => m.start));
  const w = p.words;
  let best: { i: number; j: number; score: number } | undefined;
  for (let i = 0; i < w.length; i++) {
    let score = 0;
    for (let j = i; j < w.length && w[j]!.end - w[i]!.start <= 90; j++) {
      const x = w[j]!;
      if (!isQ.has(x.start) && !lex.stopwords.has(x.folded)) score += 1;
      if (isQ.has(x.start)) score -= 0.5;
      const near = matched.length ? distance({ start: w[i]!.start, end: x.end }, matched) : 0;
      const s = score - near / 40;
      if (!best || s > best.score) best = { i, j, score: s };
    }
  }
  if (!best || best.score <= 0) return [];
  // A run whose only new words are the question's own numbers ("Lisbon, 3 May 2019") says nothing.
  if (w.slice(best.i, best.j + 1).every((x) => isQ.has(x.start) || lex.stopwords.has(x.folded) || own.has(x.folded))) return [];
  const start = w[best.i]!.start;
  const end = w[best.j]!.end;
  return [{ kind: 'span', start, end, text: doc.text.slice(start, end), value: fold(doc.text.slice(start, end)), structured: false }];
}

const CAP = String.raw`\p{Lu}[\p{L}\p{N}'’.-]*`;
/** Capitalised words right before the head noun ("the Narva crossing", "the Saimaa Rail Protocol"), or a possessive name with up to two words ("Finland's export bank"). */
const NAME_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])((?:${CAP}\s+(?:(?:of|and|for|on|the)\s+)?)*${CAP}\s+|${CAP}(?:\s+${CAP})*['’]s\s+(?:[\p{Ll}-]+\s+){0,2})$`, 'u');
/** The rest of a name after its capitalised head noun: "on the Law of the Sea", "for Trade and Development". */
const NAME_TAIL = new RegExp(String.raw`^(?:\s+(?:on|of|for|against)\s+(?:the\s+)?${CAP}(?:\s+(?:and\s+)?${CAP})*)+`, 'u');
/** Names after the head noun and "of" ("the ports of Tallinn and Helsinki"). */
const NAMES_AFTER = new RegExp(String.raw`^\s+of\s+(?:the\s+)?(${CAP}(?:\s+${CAP})*(?:(?:,\s*|,?\s+and\s+)${CAP}(?:\s+${CAP})*)*)`, 'u');
/** A name right after the head noun ("the Egyptian firm Dolphinus"). */
const NAME_RIGHT_AFTER = new RegExp(String.raw`^\s+(${CAP}(?:\s+${CAP})*)`, 'u');
/** A figure after the head noun and "of" ("a surplus of €310 million"). */
const FIGURE_AFTER = /^\s+of\s+((?:[A-Z]{0,3}\$|€|£|¥|[A-Z]{3}\s)?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|m)\b)?(?:\s*(?:%|percent|per cent))?)/u;
/** What an agreement or a decision is about, after the head noun ("the agreement signed today on a joint radio network"). */
const ABOUT_AFTER =
  /^(?:\s+(?:signed|reached|concluded|adopted|agreed|announced)(?:\s+(?:today|yesterday|there|earlier|on\s+\p{Lu}\p{L}+))?)?\s+on\s+((?:a|an|the)\s+[^,;.()"“”]{3,80}?)(?=[,;.()"“”]|\s+and\s+the\b|$)/u;
const DETERMINER = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our)\s+/u;
/** One name of several capitalised words, "of", "de" or "the" between them: "TTS Port of Spain", "Rear Admiral Ana Reyes". */
const ONE_NAME = String.raw`${CAP}(?:\s+(?:(?:of|de|del|da|do|the)\s+)?${CAP})*`;
/** Names in a list: "Picton, Lennox and Nueva". */
const NAME_LIST = String.raw`${ONE_NAME}(?:,\s*${ONE_NAME})*(?:,?\s+and\s+${ONE_NAME})?`;
/**
 * Names in apposition after the head noun and a comma, closing their stretch ("deployed an offshore patrol *vessel*, TTS Port of Spain,
 * to…"): the whole list, then a stop or a comma no name follows. Not a name a verb follows ("the talks, Lavrov said"), nor the first names
 * of a list that is the next clause's subject ("Under the *agreement*, Ukraine, Poland and Slovakia will share…").
 */
const NAMES_APPOSED = new RegExp(String.raw`^,\s+(${NAME_LIST})(?=\s*(?:[;:.)]|,(?!\s*(?:and\s+)?\p{Lu})|$))`, 'u');
/** A number that designates a thing whose capitalised head noun it follows: "Article 97", "Block 6", "Resolution No. 2334". */
const NUMBER_DESIGNATES = /^\s+(?:No\.\s*)?\d+[A-Za-z]?\b(?![.,]\d)/u;

/**
 * Spans the head noun of a which/what question types, when no lexicon list does ("at which
 * border *crossing*" → "Narva crossing"; "which *protocol*" → "Saimaa Rail Protocol"; "which
 * *ports*" → "Tallinn and Helsinki"; "what *surplus*" → "€310 million"), nearest the
 * question's other words first; a span made only of the question's own words answers nothing.
 */
function typed(q: ParsedQuestion, doc: DocumentRecord, p: Passage, matched: Token[]): Span[] {
  const text = doc.text;
  const out: Span[] = [];
  const span = (start: number, end: number): Span => ({ kind: 'span', start, end, text: text.slice(start, end), value: fold(text.slice(start, end)), structured: false });
  const others = matched.filter((m) => m.stem !== q.head);
  // The question's own words that qualify the head noun may stand between it and the name before it: "the RED-Tabara *rebel* group" for
  // "which rebel group…", "the Narva *border* crossing" for "which border crossing…".
  // Only the words of the wh-phrase before its head noun, and no verb: "the prime ministers *signed* agreements" for "which agreements did
  // the prime ministers sign" does not qualify the noun (the question's verb flag alone may miss "sign" when the tagger reads "prime" as one).
  const whPhrase = tokens(/\b(?:which|what)\s+([^?]*)/i.exec(q.text)?.[1] ?? '');
  const headAt = whPhrase.findIndex((t) => t.stem === q.head);
  const qualifying = new Set(whPhrase.slice(0, Math.max(0, headAt)).map((t) => t.stem));
  const qualifiers = new Set(
    q.terms
      .filter((t) => !t.name && !t.verb)
      .flatMap((t) => t.stems)
      .filter((x) => qualifying.has(x)),
  );
  const qualified = (w: Token): number => {
    let at = w.start;
    for (let i = p.words.indexOf(w) - 1; i >= 0; i--) {
      const x = p.words[i]!;
      if (!qualifiers.has(x.stem) || !/^\p{Ll}/u.test(text.slice(x.start, x.end)) || /\S/.test(text.slice(x.end, at))) break;
      at = x.start;
    }
    return at;
  };
  for (const w of p.words.filter((x) => x.stem === q.head)) {
    // "Under Article 97 of the Treaty": the number names the thing the capitalised head noun is, and the words before it are not its name.
    const numbered = /^\p{Lu}/u.test(text.slice(w.start, w.end)) ? NUMBER_DESIGNATES.exec(text.slice(w.end, p.end)) : null;
    if (numbered) {
      if (!inQuestion(q, text.slice(w.start, w.end + numbered[0].length), numbered[0])) out.push(span(w.start, w.end + numbered[0].length));
      continue;
    }
    const from = qualified(w);
    const before = NAME_BEFORE.exec(text.slice(p.start, from));
    // A name the head noun stands inside runs on past it: "the United Nations Convention on the Law of the Sea", "the Convention on the Protection of…".
    const tail = /^\p{Lu}/u.test(text.slice(w.start, w.end)) ? (NAME_TAIL.exec(text.slice(w.end, p.end))?.[0].replace(/[.'’-]+$/, '').length ?? 0) : 0;
    const after = text.slice(w.end, p.end);
    // "the Egyptian firm Dolphinus": a name right after the head noun, in apposition (not a date: "the crossing Monday").
    const right = NAME_RIGHT_AFTER.exec(after);
    if (before) {
      const lead = DETERMINER.exec(before[1]!)?.[0].length ?? 0;
      const start = from - before[1]!.length + lead;
      const own = text.slice(start, from).trim();
      // Only a state's adjective before the head noun with a name after it ("the Chilean firm Andes Cobre"): the name answers, not "Chilean firm".
      // So too a possessive with common nouns after it ("Brazil's federal environment agency IBAMA"): a description, the name after it.
      const described = !!right && (own.split(/\s+/).every((x) => stateOfWord(x)) || /^[^\s]+['’]s(?:\s+\p{Ll}[\p{L}-]*)*$/u.test(own));
      if (own && !described && !inQuestion(q, own)) out.push(span(start, w.end + tail));
    } else if (tail && !inQuestion(q, text.slice(w.end, w.end + tail))) out.push(span(w.start, w.end + tail));
    const names = NAMES_AFTER.exec(after);
    if (names && !inQuestion(q, names[1]!)) {
      const start = w.end + names[0].length - names[1]!.length;
      // A name may hold dots ("U.S."), not end with the sentence's.
      out.push(span(start, start + names[1]!.replace(/[.'’-]+$/, '').length));
    }
    if (right && !inQuestion(q, right[1]!)) {
      const start = w.end + right[0].length - right[1]!.length;
      const end = start + right[1]!.replace(/[.'’-]+$/, '').length;
      if (!overlapping(doc.annotations?.times ?? [], start, end).length) out.push(span(start, end));
    }
    const apposed = NAMES_APPOSED.exec(after);
    const list = apposed?.[1];
    if (apposed && list && !inQuestion(q, list)) {
      const start = w.end + apposed[0].length - list.length;
      const end = start + list.replace(/[.'’-]+$/, '').length;
      if (!overlapping(doc.annotations?.times ?? [], start, end).length) out.push(span(start, end));
    }
    const about = ABOUT_AFTER.exec(after);
    if (about) {
      const start = w.end + about[0].length - about[1]!.length;
      out.push(span(start, start + about[1]!.length));
    }
    const figure = FIGURE_AFTER.exec(after);
    if (figure && !fold(q.text).includes(fold(figure[1]!))) {
      const start = w.end + figure[0].length - figure[1]!.length;
      out.push({ ...span(start, start + figure[1]!.length), kind: 'number' });
    }
  }
  // "Which bank will lend…": the wh-phrase is the verb's subject, so a name before the passage's verb comes before one after it ("… to Brazil's development bank").
  const slot = questionSlot(q.text, q.terms.find((t) => t.verb)?.stems[0]);
  const used = slot?.role === 'subject' ? p.words.find((w) => w.stem === slot.verb) : undefined;
  const wrongSide = (s: Span) => Number(!!used && s.start > used.start);
  return out.sort((a, b) => wrongSide(a) - wrongSide(b) || distance(a, others) - distance(b, others));
}

/** "What was the grant for?": the words after "for" that follows the question's words in the passage, to the end of the clause. */
function afterPreposition(q: ParsedQuestion, doc: DocumentRecord, p: Passage, matched: Token[]): Span[] {
  const from = matched.length ? Math.min(...matched.map((m) => m.start)) : p.start;
  const i = p.words.findIndex((w) => w.start >= from && w.folded === q.after);
  if (i < 0 || i + 1 >= p.words.length) return [];
  const start = p.words[i + 1]!.start;
  const rest = doc.text.slice(start, Math.min(p.end, start + 90));
  const end = start + (/^[^;.]*/.exec(rest)?.[0].replace(/[\s,]+\S*$/, (m) => (rest.length >= 90 ? '' : m)).length ?? rest.length);
  return end > start ? [{ kind: 'span', start, end, text: doc.text.slice(start, end).trim(), value: fold(doc.text.slice(start, end)), structured: false }] : [];
}

/**
 * Quoted words in the passage, for questions that ask for a title or name.
 * @example quoted(doc, passage)[0].text // → 'A new vision' (from "titled 'A new vision'")
 */
export function quoted(doc: DocumentRecord, p: Passage): Span[] {
  const text = doc.text.slice(p.start, p.end);
  return [...text.matchAll(/["“‘']([^"“”‘’']{6,200})["”’']/g)].map((m) => {
    const start = p.start + m.index + 1;
    return { kind: 'span' as const, start, end: start + m[1]!.length, text: m[1]!, value: fold(m[1]!), structured: false };
  });
}

/** A name and nothing else: two to four capitalised words ("Mette Holm"), not opened by "The" ("The Kremlin", "The Danish Foreign Ministry"). */
const NAME_ALONE = /^(?!The\s)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u;

/** Entity kinds a name alone may be read as: a person, or a proper name the actor stage could not place (`other`). */
const MAYBE_PERSON = new Set<EntityMention['kind']>(['person', 'other']);

/**
 * Whether a subject's words are a person's name the actor stage may not know: a name alone (`NAME_ALONE`) that no entity of a
 * kind other than a person overlaps ("South Korea" is a country, "Zambia Revenue Authority" an organisation).
 * @example nameAlone({ start: 0, end: 10, text: 'Mette Holm', … }, []) // → true
 */
export function nameAlone(s: Span, entities: EntityMention[]): boolean {
  return NAME_ALONE.test(s.text) && !entities.some((e) => !MAYBE_PERSON.has(e.kind) && e.start < s.end && s.start < e.end);
}

const orElse = (spans: Span[], next: () => Span[]): Span[] => (spans.length ? spans : next());

/**
 * Spans of a kind in a passage, best first. A title asked for is only a quoted one (the answerer
 * looks beside the passage, then falls back to `clause`).
 * @example (await spansOf('date', q, doc, passage, matched, corpus))[0].text // → 'March 1993'
 */
export async function spansOf(kind: AnswerKind, q: ParsedQuestion, doc: DocumentRecord, p: Passage, matched: Token[], corpus: AskCorpus): Promise<Span[]> {
  if (kind === 'date') return dates(q, doc, p, matched);
  if (kind === 'number') return numbers(q, doc, p, matched);
  // "List the documents signed…", "Which documents were signed…" of "the following documents:": the items of the list the passage opens.
  const items = kind === 'span' && (listAsked(q) || headListed(q, doc.text.slice(p.start, p.end))) ? listAfter(doc, p) : [];
  if (items.length >= 2) return items.map((s) => ({ ...s, item: true }));
  if (kind === 'span' && q.title) return quoted(doc, p);
  if (kind === 'span' && q.head) return typed(q, doc, p, matched);
  if (kind === 'span' && q.after) return [...afterPreposition(q, doc, p, matched), ...clause(q, doc, p, matched)];
  // The words in the slot the question's wh-word fills against the passage's use of its verb (slot.ts), else the clause that says most.
  if (kind === 'span') return orElse(slotSpans(q, doc, p), () => clause(q, doc, p, matched));
  if (kind === 'yesno') return clause(q, doc, p, matched);
  // The passage's names read from the store by place, not from the document's whole entities layer.
  const entities = await corpus.entitiesWithin(doc, p.start, p.end);
  const found = names(kind, q, doc, p, matched, entities);
  // "Who occupies the ship?": a person named is the answer; else the words before the verb ("a contingent of Philippine marines") say more than the state in them.
  // "Who dismissed the proposal?": a person in the words before the passage's verb ("Mette Holm, an adviser to Prime Minister Lars Eriksen, dismissed")
  // before one named elsewhere in the sentence, however near the question's words.
  // The actor stage may not know the name: a subject that is a name alone (two to four capitalised words) answers before a person it knows elsewhere.
  if (kind === 'person' && q.type === 'who' && found[0]?.value.startsWith('person:')) {
    // Only the words before the verb: an agent after "by" may be one verb's of several told by gapping ("the Malawian delegation was headed
    // by A, and the Zambian delegation by B"), and the question's words then say which.
    const verb = questionSlot(q.text, q.terms.find((t) => t.verb)?.stems[0])?.verb;
    const used = p.words.find((w) => w.stem === verb);
    const subject = slotSpans(q, doc, p, ['subject']).filter((x) => !!used && x.end <= used.start);
    const outside = (s: Span) => Number(!subject.some((x) => x.start <= s.start && s.end <= x.end));
    if (subject.length && found.every((s) => outside(s))) {
      const named = subject.filter((x) => nameAlone(x, entities));
      return [...named.map((x) => ({ ...x, kind: 'person' as const, value: `person:~${fold(x.text).replace(/\s+/g, '-')}`, structured: true })), ...found];
    }
    if (subject.length) return [...found].sort((a, b) => outside(a) - outside(b));
  }
  if (kind === 'person' && q.type === 'who' && !found[0]?.value.startsWith('person:')) {
    const slotted = slotSpans(q, doc, p);
    if (slotted.length) return slotted;
    // "Who commissioned the audit?" against "an audit …, commissioned in 2025": the passage tells the act with no doer (or not at all), and a
    // state or body it merely names ("Gas debt:", "Myanmar's government told a visiting delegation") did not do it.
    if (questionSlot(q.text, q.terms.find((t) => t.verb)?.stems[0])?.role === 'subject') return [];
    return found;
  }
  return found;
}
