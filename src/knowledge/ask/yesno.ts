import { fold } from '../../extract/fold.js';
import type { DocumentRecord } from '../../model/document.js';
import type { Passage } from './corpus.js';
import { answerWords, askLexicon } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { tableCell } from './tables.js';
import type { Found } from './find.js';
import { inside } from './within.js';
import { clauseAround, negatedUntil, questionWords, subjectOf, untilVerbs } from './clauses.js';
import { inflects, matches, type Scored } from './retrieve.js';
import type { Token } from './text.js';

// Yes or no, negations and hedges: whether a passage says the act asked about was done.

/** Yes or no from the passage: a comparison of the two years' figures when asked, else whether the passage negates what it states. */
export function yesNo(q: ParsedQuestion, f: Found): { text: string; from: { start: number; end: number }[] } | undefined {
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

/** Verbs of saying that open what a side states: a negation before one is of something else ("rejected the claim and *said* officers had fired"). */
const SAYING = new Set(['said', 'says', 'say', 'saying', 'told', 'stated', 'insisted', 'added']);

/**
 * Whether a sentence holds a negation the question does not ("did not sign" for "did they sign?"), not before a verb of saying that
 * comes before the question's words: "Malawi rejected the claim and said Zambian officers had fired on traders" says they fired.
 */
function negates(q: ParsedQuestion, p: Passage): boolean {
  const lex = askLexicon();
  const asked = new Set(fold(q.text).split(/[^\p{L}']+/u));
  const stems = new Set(q.terms.filter((t) => !t.name).flatMap((t) => t.stems));
  const verb = new Set(q.terms.find((t) => t.verb)?.stems ?? []);
  const first = p.words.findIndex((w) => stems.has(w.stem));
  const said = first < 0 ? -1 : p.words.slice(0, first).findLastIndex((w) => SAYING.has(w.folded));
  return p.words.some((w, i) => i > said && ((lex.negations.has(w.folded) && !asked.has(w.folded)) || negationPhraseAt(p, i, asked, verb)));
}

/**
 * Whether a passage's word starts a denial of the question's verb without a word of `negations` (lexicon/ask.json): a phrase of
 * `negationPhrases` ("has yet to", "declined to", "stopped short of") with the verb after it, at most one word between ("Chile *has yet to*
 * ratify the protocol"), or a word of `negatingObjects` right after the verb ("Chile *vetoed nothing*"). The verb only, by its stems: not
 * another act the phrase stands by ("The energy accord Chile *has yet to* ratify was signed by New Zealand" denies no signing), not a phrase
 * the question writes itself.
 */
function negationPhraseAt(p: Passage, i: number, asked: Set<string>, verb: Set<string>): boolean {
  const lex = askLexicon();
  const isVerb = (k: number) => k >= 0 && verb.has(p.words[k]?.stem ?? '');
  if (lex.negatingObjects.includes(p.words[i]!.folded) && !asked.has(p.words[i]!.folded) && isVerb(i - 1)) return true;
  return lex.negationPhrases.some((phrase) => {
    const words = phrase.split(' ');
    if (!words.every((x, k) => p.words[i + k]?.folded === x) || words.every((x) => asked.has(x))) return false;
    return isVerb(i + words.length) || isVerb(i + words.length + 1);
  });
}

/** "…agreed to study a mechanism. No agreement was signed.": a sentence beside the passage that negates two of the question's words. */
export function denial(q: ParsedQuestion, f: Found): Passage | undefined {
  const stems = new Set(q.terms.filter((t) => !t.name).flatMap((t) => t.stems));
  return f.near.find((p) => negates(q, p) && p.words.filter((w) => stems.has(w.stem)).length >= 2);
}

/** Words that may stand between a negation and the verb it negates ("has *not yet been* signed", "has *not* agreed"). */
const NEGATED_WITHIN = /^(?:yet|been|be|ever|publicly|officially|formally|so|far)$/;
/** A passage that denies the verb answers no only when it is nearly as good as the answer's (its score over the answer's). */
const DENIED_SHARE = 0.8;

/**
 * Another passage of the answer's document, nearly as good as the answer's, that negates the question's verb itself and holds as many of
 * its words of what is asked: "Was the prisoner-transfer agreement signed during the visit?" is answered by "A proposed agreement on the transfer of
 * sentenced prisoners *was not signed*", not by the best passage's "signed a memorandum on fisheries". A negation right before the verb
 * (`negations`, lexicon/ask.json; "yet", "been" between), not "no", which names a thing. Not when the question says "not" itself.
 * @example verbDenied(parseQuestion('Has Paraguay agreed to pay the toll?'), found, candidates) // → the passage "…but has not agreed to pay the toll."
 */
export function verbDenied(q: ParsedQuestion, f: Found, candidates: Scored[]): Passage | undefined {
  const lex = askLexicon();
  const verb = q.terms.find((t) => t.verb);
  if (
    !verb ||
    fold(q.text)
      .split(/[^\p{L}']+/u)
      .some((w) => lex.negations.has(w))
  )
    return undefined;
  const asked = q.terms.filter((t) => !t.name);
  // The question's words of what is asked that a passage holds: the denying one tells the act asked as fully as the best passage does, so
  // "the water agreement was not signed" does not deny the signing of "the road transport agreement" the best passage tells.
  const held = (p: Passage) => asked.filter((t) => p.words.some((w) => matches(t, w) || t.stems.some((x) => inflects(x, w.folded)))).length;
  const least = Math.max(2, held(f.scored.passage));
  const isVerb = (w: Token) => matches(verb, w) || verb.stems.some((x) => inflects(x, w.folded));
  // The index of the negation of the verb at i ("has *not* yet been signed"), or -1.
  const negation = (words: Token[], i: number) => {
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (lex.negations.has(words[j]!.folded) && words[j]!.folded !== 'no') return j;
      if (!NEGATED_WITHIN.test(words[j]!.folded)) return -1;
    }
    return -1;
  };
  const best = f.scored.passage;
  const dates = (p: { start: number; end: number }) =>
    inside(f.doc.annotations?.times ?? [], p.start, p.end)
      .map((t) => t.edtf)
      .filter((e) => /^\d{4}(?:-\d\d){0,2}$/.test(e));
  const asserts = (p: Passage) => p.words.some((w, i) => isVerb(w) && negation(p.words, i) < 0);
  // The date the act is told at when the best passage asserts it (not negated): its own, or that of a passage of the document that
  // asserts it as fully (a headline's "Zambia signs…" is dated by the body's "signed … on Tuesday"). A denial of an earlier state does
  // not overturn it.
  const sameDoc = candidates.filter((c) => c.passage.doc === f.doc.name && held(c.passage) >= least).map((c) => c.passage);
  const asserted = asserts(best) ? [best, ...sameDoc].filter(asserts).flatMap(dates)[0] : undefined;
  // "in April it *had still not* signed", "*had not yet* signed": the past perfect, "still" or "yet" tell a state before the dated act; so
  // does a denial dated before it.
  const earlier = (p: Passage, k: number, i: number) => {
    if (!asserted) return false;
    const around = p.words.slice(Math.max(0, k - 2), i).map((w) => w.folded);
    if (around.some((w) => w === 'had' || w === 'still' || w === 'yet')) return true;
    return dates(p).some((e) => {
      const n = Math.min(e.length, asserted.length);
      return e.slice(0, n) < asserted.slice(0, n);
    });
  };
  return candidates.find(
    (c) =>
      c.passage.doc === f.doc.name &&
      c.passage.start !== best.start &&
      c.score >= DENIED_SHARE * f.scored.score &&
      held(c.passage) >= least &&
      c.passage.words.some((w, i) => {
        if (!isVerb(w)) return false;
        const k = negation(c.passage.words, i);
        return k >= 0 && !earlier(c.passage, k, i);
      }),
  )?.passage;
}

/** Whether a negation stands right before one of the question's words in the passage, of the act the answer's own clause tells. */
export function deniesIt(q: ParsedQuestion, f: Found): boolean {
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
  const denied = w.filter((x, i) => asked.has(x.start) && denies(i));
  if (!denied.length) return false;
  // "Tonga opened a High Commission in Suva in 1977; Fiji did not open a resident mission … until 2008", "signed six agreements, but they did
  // not sign the cable agreement": the answer's own clause tells the denied word's act as done, and the denied clause holds no word of the
  // question the answer's lacks, nor a subject the question names that the answer's clause lacks, so the denial is of another act.
  // "…signed four protocols, but they did not sign the river transport accord" still denies "sign the river transport accord": "river",
  // "transport", "accord" stand in the denied clause only; "Namibia ratified it in 2021, while Botswana has not" denies Botswana's act.
  const span = f.spans[0];
  if (!span) return true;
  const text = f.doc.text;
  const lo = Math.min(f.at.start, f.scored.passage.start);
  const hi = Math.max(f.at.end, f.scored.passage.end);
  // Clauses break at a sentence's end, a semicolon, a line, `clauseBreaks` ("but", "while", "whereas") and "and" or a comma before a new
  // subject and its verb (clauses.ts).
  const [from, to] = clauseAround(text, lo, hi, span.start, span.end);
  const inClause = (x: Token, [a, b]: [number, number]) => x.start >= a && x.end <= b;
  // "did not open a mission until 2008" answering 2008: the negation of the verb right before "until" dates the act, it does not deny it.
  const lead = /\b(?:until|till)\s+$/i.exec(text.slice(Math.max(from, span.start - 8), span.start));
  const until = !!lead && !!negatedUntil(text, from, span.start - lead[0].length, questionWords(q.text), untilVerbs(q));
  // A denial in the answer's own clause denies the act the answer tells ("signed a visa waiver on 14 June 2025 and did not sign a defence
  // pact": one clause), save "not … until".
  if (!until && denied.some((d) => inClause(d, [from, to]))) return true;
  const own = w.filter((x, i) => asked.has(x.start) && inClause(x, [from, to]) && (until || !denies(i)));
  const stems = new Set(own.map((x) => x.stem));
  const subject = new Set(subjectOf(text, from, to));
  const questionNames = questionWords(q.text);
  return denied.some((d) => {
    if (inClause(d, [from, to])) return false;
    const c = clauseAround(text, lo, hi, d.start, d.end);
    // "Angola signed it in 2025, and Zambia did not sign it" asked of Zambia: the denied clause's subject, named by the question and not the
    // subject of the answer's clause, is the one whose act is asked.
    if (subjectOf(text, c[0], d.start).some((s) => questionNames.has(s) && !subject.has(s))) return true;
    // "…signed four protocols, but they did not sign the river transport accord": the denied clause holds words of the question the
    // answer's lacks, so the act asked is the one denied.
    return !w.filter((x) => asked.has(x.start) && inClause(x, c)).every((x) => stems.has(x.stem));
  });
}

/** How far before the question's word a phrase that leaves the act open may stand ("did not say whether she would accept"). */
const OPEN_WITHIN = 40;

/**
 * Whether the passage leaves the question's act open (`openCues`: "Iturbe *did not say whether* she
 * would accept an invitation"): it says the answer is not known, so it answers neither yes nor no.
 */
export function leftOpen(q: ParsedQuestion, f: Found): boolean {
  const { openCues } = answerWords();
  if (openCues.some((c) => fold(q.text).includes(c))) return false;
  const text = f.doc.text;
  return f.scored.matched.some((m) => {
    // A cue may be quoted in part ('had "no intention" of recalling').
    const before = fold(text.slice(Math.max(f.scored.passage.start, m.start - OPEN_WITHIN), m.start)).replace(/["“”]/g, '');
    return /^\p{Ll}/u.test(text.slice(m.start, m.end)) && openCues.some((c) => before.includes(c));
  });
}

/** How far after the question's word a phrase that says the act has no date may stand ("an invitation to visit Palau, although no date was given"). */
const UNDATED_WITHIN = 80;

/**
 * Whether the sentence that answers a when question says the act has no date yet ("had accepted an invitation to visit Palau, although no
 * date was given"): a date elsewhere in it, or the report's own, dates something else. The cue must stand in the word's own clause, up to a
 * semicolon or colon.
 */
export function undated(f: Found): boolean {
  const { undatedCues } = answerWords();
  const text = f.doc.text;
  const sentence = f.scored.passage;
  // Not when a date stands between the word and the cue: "visited Accra on 3 May, and no date was set for the return visit" dates the visit.
  const dated = (from: number, to: number) => inside(f.doc.annotations?.times ?? [], from, to).some((t) => t.edtf);
  return f.scored.matched.some((m) => {
    // Within the word's clause: a cue past a semicolon or colon is about another act ("signed the protocol on 9 March; a ratification date has
    // not been set").
    const after = fold(text.slice(m.end, Math.min(sentence.end, m.end + UNDATED_WITHIN)).split(/[;:]/)[0]!);
    const at = Math.min(...undatedCues.map((c) => after.indexOf(c)).filter((i) => i >= 0));
    return /^\p{Ll}/u.test(text.slice(m.start, m.end)) && Number.isFinite(at) && !dated(m.end, m.end + at);
  });
}

/**
 * Whether the passage tells the question's act only as planned, promised or expected ("the board
 * was *expected to* approve the loan", "*promised to* reopen the consulate"): it does not say the
 * act was done, so it neither dates it nor answers yes. A question that speaks of plans itself
 * ("when will…") may be answered by one.
 */
export function hedged(q: ParsedQuestion, f: Found): boolean {
  if (q.hedged) return false;
  // "When did Belarus offer to send a delegation?" asks when the offer was made: a hedge the question itself uses ("offer to" for "offered to") dates it.
  const asked = fold(q.text);
  const hedges = answerWords().hedges.filter((h) => !askedHedge(h, asked));
  const text = f.doc.text;
  const re = new RegExp(`\\b(?:${hedges.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+(?:[\\p{L}-]+\\s+)?$`, 'u');
  // Words of what is asked (not names): a verb or noun written in lower case.
  return f.scored.matched.some((m) => /^\p{Ll}/u.test(text.slice(m.start, m.end)) && re.test(fold(text.slice(Math.max(f.scored.passage.start, m.start - 40), m.start))));
}

/** Whether the question uses a hedge of two words or more in any form of its first word ("offer to" for "offered to", "promise to" for "promised to"). */
function askedHedge(hedge: string, question: string): boolean {
  const [first, ...rest] = hedge.split(' ');
  const root = first!.replace(/(?:ed|es|s|d)$/, '');
  return rest.length > 0 && root.length >= 4 && new RegExp(`\\b${root}\\p{L}*\\s+${rest.join('\\s+')}\\b`, 'u').test(question);
}

/** A figure the sentence gives for a year in so many words ("146,956 in 2015"), when no fact was stored for it. */
function inYear(doc: DocumentRecord, at: Passage, year: string): { value: number; valueStart: number; valueEnd: number } | undefined {
  const text = doc.text.slice(at.start, at.end);
  const m = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s+in\\s+${year}\\b`).exec(text);
  if (!m) return undefined;
  return { value: Number(m[1]!.replace(/,/g, '')), valueStart: at.start + m.index, valueEnd: at.start + m.index + m[1]!.length };
}
