import { fold } from '../../extract/fold.js';
import type { DocumentRecord } from '../../model/document.js';
import type { AskCorpus, Passage } from './corpus.js';
import { answerWords, askLexicon } from './lexicon.js';
import { parseQuestion, type AnswerKind, type ParsedQuestion } from './question.js';
import { retrieve, type Scored } from './retrieve.js';
import { clause, quoted, spansOf, type Span } from './spans.js';
import { countedWords } from './answer-types.js';
import type { Answer, Citation, Claim } from './types.js';
import { overlap } from '../../reconcile/event-conflicts.js';
import { answerArithmetic } from './arithmetic.js';
import { answerChoice } from './choice.js';
import { sidesDisagree, stanceAsked } from './stances.js';
import { tableCell } from './tables.js';
import { questionSlot, slotSpans } from './slot.js';
import { readLexicon } from '../../lexicon.js';

/**
 * Below this score (weighted share of the question's words in the passage, times the share of
 * its years) no passage supports an answer and the question is refused. Calibrated on the tune
 * questions (`npm run eval`), checked on the blind ones.
 */
export const REFUSE_BELOW = 0.45;
/** A second passage this close to the best, giving another value of the same kind, is a disagreement between sources. */
const RIVAL_WITHIN = 0.9;
const MAX_ANSWER = 100;
const TRIED = 6;
/** A span found in the sentence beside the passage, not in it, weighs this much of the passage's score. */
const BESIDE = 0.9;
/** A clause standing in for the noun a which/what question asks for ("which crossing") weighs this much of its passage's score. */
const LOOSE = 0.6;

interface Found {
  scored: Scored;
  doc: DocumentRecord;
  /** The sentence the span is in (the passage or a neighbour). */
  at: Passage;
  /** The sentences beside the passage in its block. */
  near: Passage[];
  spans: Span[];
  /** The head noun the question asks for types no span of the passage: its clause stands in, weighing less. */
  loose?: boolean;
  /** The passage tells the act asked about only as planned or promised. */
  hedged?: boolean;
}

const cite = (doc: DocumentRecord, p: { start: number; end: number }): Citation => ({ doc: doc.name, start: p.start, end: p.end, quote: doc.text.slice(p.start, p.end) });

/** The spans of a kind in a candidate passage, else in the sentences beside it. */
async function find(kind: AnswerKind, q: ParsedQuestion, s: Scored, corpus: AskCorpus): Promise<Found | undefined> {
  const doc = (await corpus.document(s.passage.doc))!;
  // A yes or no is read from the passage itself.
  if (kind === 'yesno') return { scored: s, doc, at: s.passage, near: await corpus.neighbours(s.passage), spans: [] };
  // "How many soldiers": the number must come from a sentence that names soldiers.
  const counts = (p: Passage) => kind !== 'number' || !q.counted || countedWords(q, doc, p).length > 0;
  // A question whose verb fixes where its answer stands ("how did Pakistan respond…"): the passage, else the sentence beside, that uses the verb;
  // failing both, the passage's clause (weighing it less cost a blind question: a clause of the best passage is often right).
  if (kind === 'span' && !q.head && !q.title && !q.after && questionSlot(q.text, q.terms.find((t) => t.verb)?.stems[0])) {
    const slotted = slotSpans(q, doc, s.passage);
    if (slotted.length) return { scored: s, doc, at: s.passage, near: [], spans: slotted };
    for (const n of await corpus.neighbours(s.passage)) {
      const there = slotSpans(q, doc, n);
      if (there.length) return { scored: s, doc, at: n, near: [], spans: there };
    }
    const words = clause(q, doc, s.passage, s.matched);
    return words.length ? { scored: s, doc, at: s.passage, near: [], spans: words } : undefined;
  }
  const here = counts(s.passage) ? spansOf(kind, q, doc, s.passage, s.matched) : [];
  if (here.length) return { scored: s, doc, at: s.passage, near: [], spans: here };
  if (kind === 'span' && q.head && !q.title) {
    // No name the head noun types: the words after the question's verb or its preposition (slot.ts), else the clause, both standing in at less
    // weight. Not the words before the verb: in "which firm will receive…" they are the head noun's own phrase, not what it names.
    const slotted = slotSpans(q, doc, s.passage, ['object', 'prep']);
    const words = slotted.length ? slotted : clause(q, doc, s.passage, s.matched);
    return words.length ? { scored: s, doc, at: s.passage, near: [], spans: words, loose: true } : undefined;
  }
  if (kind === 'span' && !q.title) return undefined;
  for (const n of await corpus.neighbours(s.passage)) {
    // A title asked for may be quoted in the sentence beside ("…held in Hanoi. It was titled '…'").
    const there = !counts(n) ? [] : kind === 'span' ? quoted(doc, n) : spansOf(kind, q, doc, n, []);
    if (there.length) return { scored: s, doc, at: n, near: [], spans: there };
  }
  // No quoted title anywhere near: the clause that answers.
  const words = kind === 'span' ? clause(q, doc, s.passage, s.matched) : [];
  return words.length ? { scored: s, doc, at: s.passage, near: [], spans: words } : undefined;
}

/** A found span's worth: its passage's score, less when the span is beside the passage or only a clause standing in for the noun asked for. */
const weight = (x: Found) => x.scored.score * (x.at === x.scored.passage ? 1 : BESIDE) * (x.loose ? LOOSE : 1);

const isPerson = (f: Found) => f.spans[0]?.value.startsWith('person:') === true;

/** Plural questions ("which two ministers", "which leaders") take every name; others the nearest. */
function wantsMany(q: ParsedQuestion): boolean {
  const lex = askLexicon();
  const f = fold(q.text);
  return q.list || [...lex.personHeads.map((h) => `${h}s`), ...lex.listCues].some((h) => new RegExp(`\\b${h}\\b`).test(f));
}

/** Several spans in the order the passage gives them: "A, B and C". */
function join(spans: Span[]): string {
  const texts = [...new Set([...spans].sort((a, b) => a.start - b.start).map((s) => s.text))];
  return texts.length <= 1 ? (texts[0] ?? '') : `${texts.slice(0, -1).join(', ')} and ${texts.at(-1)}`;
}

const clip = (s: string) => (s.length <= MAX_ANSWER ? s : `${s.slice(0, MAX_ANSWER - 1).replace(/\s+\S*$/, '')}…`);

/** Yes or no from the passage: a comparison of the two years' figures when asked, else whether the passage negates what it states. */
function yesNo(q: ParsedQuestion, f: Found): { text: string; from: { start: number; end: number }[] } | undefined {
  const text = f.doc.text;
  if (q.compare) {
    // The two figures may stand in the passage or in the sentences beside it ("… in 2014. In 2010, it was …").
    const around = [f.at, ...f.near];
    const facts = (f.doc.annotations?.facts ?? []).filter((x) => around.some((p) => x.start < p.end && p.start < x.end));
    // A table's row for the year, in the column that names what is compared, before the facts (a row's year is the table's, not the nearest).
    const cell = (y: string) => {
      const c = tableCell(q, f.doc, f.at, y);
      return c?.value !== undefined ? { value: c.value, valueStart: c.start, valueEnd: c.end } : undefined;
    };
    const at = (y: string) => cell(y) ?? facts.find((x) => x.period === y);
    const a = at(q.compare.from) ?? around.map((p) => inYear(f.doc, p, q.compare!.from)).find(Boolean);
    const b = at(q.compare.to) ?? around.map((p) => inYear(f.doc, p, q.compare!.to)).find(Boolean);
    if (!a || !b) return undefined;
    const doubled = /\bdoubl/.test(fold(q.text)) ? b.value >= 2 * a.value : undefined;
    const yes = doubled ?? (q.compare.direction === 'rise' ? b.value > a.value : b.value < a.value);
    const from: { start: number; end: number }[] = around.filter((p) => [a, b].some((x) => x.valueStart >= p.start && x.valueStart < p.end));
    // A table's cell outside the passages read is cited by its row's line.
    for (const x of [a, b].filter((x) => !from.some((p) => x.valueStart >= p.start && x.valueStart < p.end))) {
      const end = text.indexOf('\n', x.valueEnd);
      from.push({ start: text.lastIndexOf('\n', x.valueStart) + 1, end: end < 0 ? text.length : end });
    }
    return { text: `${yes ? 'Yes' : 'No'}: ${text.slice(a.valueStart, a.valueEnd)} in ${q.compare.from}, ${text.slice(b.valueStart, b.valueEnd)} in ${q.compare.to}`, from };
  }
  if (negates(q, f.scored.passage)) return { text: 'No', from: [f.at] };
  const denied = denial(q, f);
  if (denied) return { text: 'No', from: [f.at, denied] };
  return { text: 'Yes', from: [f.at] };
}

/** Whether a sentence holds a negation the question does not ("did not sign" for "did they sign?"). */
function negates(q: ParsedQuestion, p: Passage): boolean {
  const lex = askLexicon();
  const asked = new Set(fold(q.text).split(/[^\p{L}']+/u));
  return p.words.some((w) => lex.negations.has(w.folded) && !asked.has(w.folded));
}

/** "…agreed to study a mechanism. No agreement was signed.": a sentence beside the passage that negates two of the question's words. */
function denial(q: ParsedQuestion, f: Found): Passage | undefined {
  const stems = new Set(q.terms.filter((t) => !t.name).flatMap((t) => t.stems));
  return f.near.find((p) => negates(q, p) && p.words.filter((w) => stems.has(w.stem)).length >= 2);
}

/** Whether a negation stands right before one of the question's words in the passage. */
function deniesIt(q: ParsedQuestion, f: Found): boolean {
  const lex = askLexicon();
  // A question that says "not" itself is answered by a passage that says it too.
  if (
    fold(q.text)
      .split(/[^\p{L}']+/u)
      .some((w) => lex.negations.has(w))
  )
    return false;
  const w = f.scored.passage.words;
  const asked = new Set(f.scored.matched.map((m) => m.start));
  // "has not named the diplomats", "have not yet been named": not "would not renew a contract" (the negation is the verb's, not the contract's).
  const denies = (i: number) => {
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (lex.negations.has(w[j]!.folded) && w[j]!.folded !== 'no') return true;
      if (!/^(yet|been|be|ever|publicly|officially|formally|so|far)$/.test(w[j]!.folded)) return false;
    }
    return false;
  };
  return w.some((x, i) => asked.has(x.start) && denies(i));
}

/**
 * Whether the passage tells the question's act only as planned, promised or expected ("the board
 * was *expected to* approve the loan", "*promised to* reopen the consulate"): it does not say the
 * act was done, so it neither dates it nor answers yes. A question that speaks of plans itself
 * ("when will…") may be answered by one.
 */
function hedged(q: ParsedQuestion, f: Found): boolean {
  if (q.hedged) return false;
  const { hedges } = answerWords();
  const text = f.doc.text;
  const re = new RegExp(`\\b(?:${hedges.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+(?:[\\p{L}-]+\\s+)?$`, 'u');
  // Words of what is asked (not names): a verb or noun written in lower case.
  return f.scored.matched.some((m) => /^\p{Ll}/u.test(text.slice(m.start, m.end)) && re.test(fold(text.slice(Math.max(f.scored.passage.start, m.start - 40), m.start))));
}

/** A figure the sentence gives for a year in so many words ("146,956 in 2015"), when no fact was stored for it. */
function inYear(doc: DocumentRecord, at: Passage, year: string): { value: number; valueStart: number; valueEnd: number } | undefined {
  const text = doc.text.slice(at.start, at.end);
  const m = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s+in\\s+${year}\\b`).exec(text);
  if (!m) return undefined;
  return { value: Number(m[1]!.replace(/,/g, '')), valueStart: at.start + m.index, valueEnd: at.start + m.index + m[1]!.length };
}

/**
 * Answers a question from the store: the best passage by the question's words and years, the
 * span of the kind it asks for (a date, a name, a number, a clause), refused when no passage
 * supports one well enough, a conflict when two passages give different values.
 * @example await answerQuestion(corpus, 'When did Vietnam join ASEAN?') // → { status: 'answered', answer: 'July 1995 (1995-07)', … }
 */
export async function answerQuestion(corpus: AskCorpus, question: string, id: string | null = null, refuseBelow = REFUSE_BELOW): Promise<Answer> {
  // "How many years separate X from Y", "by how much did X grow from A to B": two sub-questions and a sum, difference or ratio of their answers.
  const computed = await answerArithmetic(question, id, (sub) => answerFromPassages(corpus, sub, null, refuseBelow));
  // "Which was signed first, A or B?": the date of each, compared (choice.ts).
  const chosen = computed ?? (await answerChoice(question, id, (sub) => answerFromPassages(corpus, sub, null, refuseBelow)));
  return chosen ?? (await answerFromPassages(corpus, question, id, refuseBelow)).answer;
}

/** An answer with the span it was read from (a sub-question's date or figure, for arithmetic). */
export interface SpanAnswer {
  answer: Answer;
  span?: Span;
  /** The passage's document, for the figures beside the span. */
  doc?: DocumentRecord;
}

/**
 * The passage route: retrieval, the span of the kind asked for, refusal, conflicts.
 * @example (await answerFromPassages(corpus, 'When did Vietnam join ASEAN?')).span?.value // → '1995-07'
 */
export async function answerFromPassages(corpus: AskCorpus, question: string, id: string | null = null, refuseBelow = REFUSE_BELOW): Promise<SpanAnswer> {
  const answer = await passageAnswer(corpus, question, id, refuseBelow);
  return { answer: answer.answer, ...(answer.span ? { span: answer.span } : {}), ...(answer.doc ? { doc: answer.doc } : {}) };
}

async function passageAnswer(corpus: AskCorpus, question: string, id: string | null, refuseBelow: number): Promise<SpanAnswer> {
  const q = parseQuestion(question);
  const refused: Answer = { id, question, status: 'not_in_corpus', answer: null, claims: [], citations: [], confidence: 0, route: 'none' };
  const all = await retrieve(q, corpus);
  // A refusal still says how near the best passage came.
  refused.confidence = +(all[0]?.score ?? 0).toFixed(3);
  // A passage that holds only the question's names, none of what it asks about them ("the Lisbon Accord" for "when did it enter into force"), answers nothing.
  const candidates = all.filter((c) => c.score >= refuseBelow && c.asks).slice(0, TRIED);
  if (!candidates.length) return { answer: refused };
  // "How did A and B characterise…", "according to each side": each side's account, each cited, when two of the states asked about speak.
  if (stanceAsked(q)) {
    const sides = await sidesDisagree(
      q,
      all.filter((c) => c.asks),
      corpus,
      id,
    );
    if (sides) return { answer: sides };
  }
  const main = q.wants[0]!;
  let found: Found | undefined;
  // The best passage that holds the span itself; one whose span is only in the sentence beside counts a little less.
  for (const c of candidates) {
    // A date or a yes is not read from a passage that tells the act only as planned or promised: when it is the best, the question is refused.
    const f0 = await find(main, q, c, corpus);
    const f = f0 && (main === 'date' || main === 'yesno') && hedged(q, f0) ? { ...f0, hedged: true } : f0;
    if (f && (!found || weight(f) > weight(found))) found = f;
    if (found && c.score < weight(found)) break;
  }
  // A person asked for: a passage nearly as good that names a person beats one that names only a body or a state.
  if (found && main === 'person' && !isPerson(found)) {
    for (const c of candidates) {
      if (c.score < 0.8 * found.scored.score) break;
      const other = await find(main, q, c, corpus);
      if (other && isPerson(other)) {
        found = other;
        break;
      }
    }
  }
  // A plan or a promise settles nothing, unless the sentence beside denies the act ("agreed to study a common ticket. No ticket agreement was signed.").
  if (!found || (found.hedged && !(main === 'yesno' && denial(q, found)))) return { answer: refused };
  // "The Foreign Office has not named the diplomats": the passage says the answer is not known.
  if (main !== 'yesno' && deniesIt(q, found)) return { answer: refused };
  let text: string;
  const citations = [cite(found.doc, found.scored.passage)];
  if (main === 'yesno') {
    const yn = yesNo(q, found);
    if (!yn) return { answer: refused };
    text = yn.text;
    for (const p of yn.from) if (!citations.some((c) => c.start === p.start)) citations.push(cite(found.doc, p));
  } else {
    text = (wantsMany(q) && main !== 'date' && main !== 'number') || (q.list && main === 'date') ? join(found.spans.slice(0, 6)) : found.spans[0]!.text;
  }
  if (found.at !== found.scored.passage) citations.push(cite(found.doc, found.at));
  // A table's cell may stand in a row that is a passage of its own: its line is cited too.
  const read = found.spans[0];
  if (read && (read.start < found.at.start || read.end > found.at.end)) {
    const text = found.doc.text;
    const end = text.indexOf('\n', read.end);
    citations.push(cite(found.doc, { start: text.lastIndexOf('\n', read.start) + 1, end: end < 0 ? text.length : end }));
  }
  for (const kind of q.wants.slice(1)) {
    const more = await find(kind, q, found.scored, corpus);
    if (more) {
      text += `; ${more.spans[0]!.text}`;
      if (!citations.some((c) => c.start === more.at.start && c.doc === more.doc.name)) citations.push(cite(more.doc, more.at));
    }
  }
  const confidence = +Math.min(1, found.scored.score).toFixed(3);
  const route = found.spans[0]?.structured ? (main === 'number' ? 'facts' : main === 'date' ? 'events' : 'entities') : 'passage';
  // A conflict the store knows of (conflicts.ts) about the passage that answers: both claims, each cited.
  const known =
    main === 'date' || main === 'number'
      ? (await corpus.conflictsCiting(found.doc.name)).find(
          (c) => c.kind === (main === 'date' ? 'event' : 'fact') && c.claims.some((k) => k.citations.some((x) => x.doc === found!.doc.name && x.start < found!.at.end && found!.at.start < x.end)),
        )
      : undefined;
  if (known)
    return {
      answer: disagreement(
        id,
        question,
        known.claims.map((k) => ({ answer: k.answer, citations: k.citations })),
        confidence,
        known.kind === 'event' ? 'events' : 'facts',
      ),
    };
  const rival = await rivalClaim(
    q,
    main,
    found,
    candidates,
    corpus,
    all.filter((c) => c.asks),
  );
  if (rival) {
    const claims = [
      { answer: clip(text), citations },
      { answer: rival.spans[0]!.text, citations: [cite(rival.doc, rival.at)] },
    ];
    return { answer: disagreement(id, question, claims, confidence, route) };
  }
  return { answer: { id, question, status: 'answered', answer: clip(text), claims: [], citations, confidence, route }, span: found.spans[0], doc: found.doc };
}

let counts: Set<string> | undefined;
/** The indicators that count the people or things of an act (`counts` in lexicon/indicators.json). */
function actionCounts(): Set<string> {
  counts ??= new Set((readLexicon('indicators.json').indicators as { id: string; counts?: unknown }[]).filter((i) => i.counts).map((i) => i.id));
  return counts;
}

/** A passage scoring at least this share of the best's may give a rival figure of the very same measure (indicator, unit, subject, direction, period). */
const MEASURE_WITHIN = 0.5;

/**
 * Another passage giving a stored figure of the same indicator, unit, subject, direction and
 * period as the answer's, with another value ("killing one person" and "15 soldiers were killed",
 * both persons killed in Armenia that day): two claims about one measure, whatever their words.
 */
async function sameMeasure(best: Found, candidates: Scored[], corpus: AskCorpus): Promise<Found | undefined> {
  const span = best.spans[0]!;
  const mine = (best.doc.annotations?.facts ?? []).find((f) => f.valueStart === span.start);
  // Only counts of an act (killed, wounded, detained: indicators.json's `counts`): two of one day and place are two reports of one incident;
  // a statistic's scope (who travels where, which ranking) is finer than its stored key.
  if (!span.structured || !mine?.period || !actionCounts().has(mine.indicator)) return undefined;
  const key = (f: typeof mine) => [f.indicator, f.unit, f.subject ?? '', f.direction?.from ?? '', f.direction?.to ?? '', f.period].join('|');
  for (const c of candidates) {
    if (c.score < MEASURE_WITHIN * best.scored.score) break;
    if (c.passage.doc === best.doc.name && c.passage.start === best.at.start) continue;
    const doc = (await corpus.document(c.passage.doc))!;
    const other = (doc.annotations?.facts ?? []).find(
      (f) => f.valueStart >= c.passage.start && f.valueEnd <= c.passage.end && key(f) === key(mine) && Math.abs(f.value - mine.value) > 0.005 * Math.max(f.value, mine.value),
    );
    if (!other) continue;
    const written = doc.text.slice(other.valueStart, other.valueEnd);
    return {
      scored: c,
      doc,
      at: c.passage,
      near: [],
      spans: [{ kind: 'number', start: other.valueStart, end: other.valueEnd, text: written, value: `${other.value} ${other.unit}`, structured: true }],
    };
  }
  return undefined;
}

/** Whether two passages hold the same names of the question (its capitalised words). */
function sameNames(q: ParsedQuestion, a: Scored, b: Scored): boolean {
  const names = (s: Scored) =>
    q.terms
      .filter((t) => t.name && s.matched.some((m) => t.stems.includes(m.stem)))
      .map((t) => t.word)
      .join(' ');
  return names(a) === names(b);
}

/** The answer of sources that disagree: each claim with its citations, all cited. */
function disagreement(id: string | null, question: string, claims: Claim[], confidence: number, route: string): Answer {
  const answer = clip(`The sources disagree: ${claims.map((c) => c.answer).join(' or ')}`);
  return { id, question, status: 'conflict', answer, claims, citations: claims.flatMap((c) => c.citations), confidence, route };
}

/** A count's number, whether written in figures or words ("15", "fifteen"), for comparing two counts. */
function numberOf(value: string): string {
  return value.replace(/,/g, '').split(' ')[0]!.toLowerCase();
}

/** Another passage nearly as good giving a different date (at the same precision) or a different figure: the sources disagree. */
async function rivalClaim(q: ParsedQuestion, kind: AnswerKind, best: Found, candidates: Scored[], corpus: AskCorpus, retrieved: Scored[]): Promise<Found | undefined> {
  if ((kind !== 'date' && kind !== 'number') || q.list) return undefined;
  const mine = best.spans[0]!;
  // A figure of the same measure may come from a passage below the refusal line: what makes it a rival is the measure, not the words.
  const measured = kind === 'number' ? await sameMeasure(best, retrieved, corpus) : undefined;
  if (measured) return measured;
  for (const c of candidates) {
    if (c === best.scored || c.score < RIVAL_WITHIN * best.scored.score) continue;
    if (c.passage.doc === best.scored.passage.doc && c.passage.index === best.scored.passage.index) continue;
    const other = await find(kind, q, c, corpus);
    const o = other?.spans[0];
    if (!other || !o || (other.at.start === best.at.start && other.doc.name === best.doc.name)) continue;
    // Two datings of one thing: the same precision, at most a year apart, told in mostly the same words (as for stored conflicts).
    const quote = (f: Found) => f.doc.text.slice(f.at.start, f.at.end);
    const yearGap = Math.abs(Number(o.value.slice(0, 4)) - Number(mine.value.slice(0, 4)));
    if (kind === 'date' && o.granularity === mine.granularity && o.value !== mine.value && o.value.length === mine.value.length && yearGap <= 1 && overlap(quote(best), quote(other)) >= 0.5)
      return other;
    // Two figures of one thing: the passages hold the same names of the question ("Leviathan holds 535 billion" is no rival of "Tamar holds 238 billion").
    if (kind === 'number' && o.structured && mine.structured && o.value.split(' ')[1] === mine.value.split(' ')[1] && o.value !== mine.value && sameNames(q, best.scored, c)) return other;
    // Two counts of the very noun asked about ("killing one person", "15 Armenian soldiers were killed").
    if (kind === 'number' && o.counts && mine.counts && numberOf(o.value) !== numberOf(mine.value)) return other;
  }
  return undefined;
}
