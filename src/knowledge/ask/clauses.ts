// Clauses inside a sentence, and whose negation a "not … until" is: what a denial denies (yesno.ts) and when "not … until" dates an act (spans.ts).
import { tag, type Token as Tagged } from '../../extract/nlp/tagger.js';
import { fold } from '../../extract/fold.js';
import { answerWords, askLexicon } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { stem } from './text.js';

/** Tags of the words a subject is made of, and of those that may stand before its head ("the two ministers"). */
const SUBJECT = new Set(['PROPN', 'NOUN', 'PRON']);
const MODIFIER = new Set(['DET', 'ADJ', 'NUM']);
/** Tags that begin a verb group ("did not sign", "has ratified", "signed"). */
const VERB_GROUP = new Set(['AUX', 'VERB', 'PART']);

/** Whether a new subject and its verb start at the i-th tagged word: "*Zambia did* not sign it", "*the two ministers have* not". */
function newSubject(text: string, toks: Tagged[], i: number): boolean {
  while (i < toks.length && MODIFIER.has(toks[i]!.pos)) i++;
  const first = i;
  while (i < toks.length && SUBJECT.has(toks[i]!.pos)) i++;
  if (i === first || i - first > 4) return false;
  if (i < toks.length && toks[i]!.pos === 'ADV') i++;
  return i < toks.length && VERB_GROUP.has(toks[i]!.pos) && !/^[,;]$/.test(text.slice(toks[i]!.start, toks[i]!.end));
}

/**
 * Where the clauses of text[lo, hi) begin: after a sentence's end, a semicolon, a line, one of `clauseBreaks` (lexicon/ask.json: "but",
 * "while", "whereas"), after "and" or a comma that a new subject and its verb follow ("…, and Zambia did not sign it"), and after "and"
 * that an auxiliary follows ("inspected 300 trucks and did not inspect the wagons"); "and" and the comma only once the clause before has a
 * verb (not "In 2021, Namibia ratified", "Botswana and Namibia signed").
 * @example clauseStarts('Angola signed it in 2025, and Zambia did not sign it.', 0, 52) // → [0, 29]
 */
export function clauseStarts(text: string, lo: number, hi: number): number[] {
  const breaks = new Set(answerWords().clauseBreaks);
  const toks = tag(text.slice(lo, hi), lo);
  const starts = [lo];
  let verb = false;
  toks.forEach((t, i) => {
    const w = fold(text.slice(t.start, t.end));
    let cut = false;
    if (/^[.;!?]$/.test(w) || breaks.has(w)) cut = true;
    else if ((w === 'and' || w === ',') && verb) {
      const next = toks[i + 1] && fold(text.slice(toks[i + 1]!.start, toks[i + 1]!.end)) === 'and' ? i + 2 : i + 1;
      // "…, and Zambia did not sign it"; "and did not inspect the rail wagons" (the same subject, a new verb group: "and" only).
      cut = newSubject(text, toks, next) || (w === 'and' && !!toks[next] && (toks[next]!.pos === 'AUX' || toks[next]!.pos === 'PART'));
    }
    if (cut) {
      starts.push(t.end);
      verb = false;
    } else if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
  });
  for (const m of text.slice(lo, hi).matchAll(/\n/g)) starts.push(lo + m.index + 1);
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** The clause of text[lo, hi) that holds [a, b): from the last clause start at or before a to the next one after b (or hi). */
export function clauseAround(text: string, lo: number, hi: number, a: number, b: number): [number, number] {
  const starts = clauseStarts(text, lo, hi);
  const from = Math.max(lo, ...starts.filter((s) => s <= a));
  const next = starts.find((s) => s >= b && s > from);
  return [from, next === undefined ? hi : next];
}

/** The subject of a clause: its names and nouns before its first verb ("*Zambia* did not sign it"), folded; none when the clause opens with its verb. */
export function subjectOf(text: string, from: number, to: number): string[] {
  const toks = tag(text.slice(from, to), from);
  const verb = toks.findIndex((t) => VERB_GROUP.has(t.pos));
  return toks
    .slice(0, verb < 0 ? 0 : verb)
    .filter((t) => t.pos === 'PROPN' || t.pos === 'NOUN')
    .map((t) => fold(text.slice(t.start, t.end)));
}

/** Whether a question's words hold a passage word ("Sundays" for "Sunday" too). */
function said(words: Set<string>, w: string): boolean {
  return words.has(w) || words.has(w.replace(/s$/, '')) || [...words].some((q) => q.length >= 4 && w.startsWith(q));
}

/**
 * Whether the words of text[from, untilAt) end in a negated verb group that "until" follows: the negation (`negations`, lexicon/ask.json,
 * not "no") is of the verb right before the phrase that ends at "until" ("did not *ratify* the convention until", "was not *staffed*
 * until", "did not, however, join the union until"); no other verb, "and" or subordinate clause between ("did not object and the embargo
 * stays in force until" is no "not … until"), and no phrase of `untilQualifiers` whose word the question lacks ("was not open *on Sundays*
 * until": only the Sunday opening is dated). `future`: the verb group says "will" or "shall" ("will not lift the ban until 2027").
 * `verbs` (the question's, `untilVerbs`): the negated verb must be one of them, or "not lifted until 2018" would date an imposing.
 * @example negatedUntil('Fiji did not open a mission there until 2008.', 0, 34, new Set()) // → { future: false }
 */
export function negatedUntil(text: string, from: number, untilAt: number, question: Set<string>, verbs?: Set<string>): { future: boolean } | undefined {
  const lex = askLexicon();
  const qualifiers = new Set(answerWords().untilQualifiers);
  const toks = tag(text.slice(from, untilAt), from);
  const word = (t: Tagged) => fold(text.slice(t.start, t.end));
  let k = -1;
  toks.forEach((t, i) => {
    const w = word(t);
    if (lex.negations.has(w) && w !== 'no' && t.pos !== 'VERB' && t.pos !== 'ADP') k = i;
  });
  if (k < 0) return undefined;
  let i = k + 1;
  // "not, however, join", "not yet been staffed", "never formally opened"
  while (i < toks.length && (toks[i]!.pos === 'ADV' || toks[i]!.pos === 'AUX' || toks[i]!.pos === 'PUNCT' || toks[i]!.pos === 'PART')) i++;
  if (i >= toks.length || (toks[i]!.pos !== 'VERB' && toks[i]!.pos !== 'ADJ')) return undefined;
  // "The ban was not *lifted* until 2018" dates the lifting only: asked "When was the ban imposed?", it answers nothing.
  if (verbs && ![stem(word(toks[i]!)), stem(toks[i]!.lemma)].some((s) => verbs.has(s))) return undefined;
  const rest = toks.slice(i + 1);
  if (rest.some((t) => ['VERB', 'AUX', 'CCONJ', 'SCONJ'].includes(t.pos) || /^[;:]$/.test(word(t)))) return undefined;
  for (let j = 0; j < rest.length; j++) {
    if (rest[j]!.pos !== 'ADP' || !qualifiers.has(word(rest[j]!))) continue;
    const head = rest.slice(j + 1).find((t) => ['NOUN', 'PROPN', 'ADJ'].includes(t.pos));
    if (!head || !said(question, word(head))) return undefined;
  }
  // "will not lift", "won't lift": "wo" + "n't" or "will" in the verb group before the verb.
  const group = toks.slice(Math.max(0, k - 2), i).map(word);
  return { future: group.some((w) => w === 'will' || w === 'shall' || w === 'wo' || w === "won't") };
}

/**
 * The stems of the question's words that may name the act "not … until" dates, for `negatedUntil`: the words of the question (the question
 * parser's verb is not always the verb: "When did the Mchinji border post *open*?"), with their synonyms and forms as the parser gives them,
 * save a word after "to" ("When did Senegal refuse *to pay* …?" asks the refusal, not the paying); and the words `stateEnds`
 * (lexicon/ask.json) lists beside one of them as ends of the same state ("released" and "freed"; not the general `*` list, nor the state a
 * list ends: "closed" is no partner of "reopened", whose date it is not).
 * @example untilVerbs(parseQuestion('When was the ban imposed?')).has(stem('lifted')) // → false
 */
export function untilVerbs(q: ParsedQuestion): Set<string> {
  const words = fold(q.text).split(/[^\p{L}'-]+/u);
  const after = new Set(words.filter((_, i) => i > 0 && words[i - 1] === 'to'));
  const own = q.terms.filter((t) => !after.has(t.word)).flatMap((t) => t.stems);
  const out = new Set(own);
  for (const [state, ends] of Object.entries(answerWords().stateEnds)) {
    if (state === '*') continue;
    const single = ends.filter((e) => !/\s/.test(e)).map((e) => stem(fold(e)));
    if (single.some((s) => own.includes(s))) for (const s of single) out.add(s);
  }
  return out;
}

/** The folded words of a question, for `negatedUntil`. */
export function questionWords(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^\p{L}']+/u)
      .filter(Boolean),
  );
}
