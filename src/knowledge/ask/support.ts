import type { DocumentRecord } from '../../model/document.js';
import { fold } from '../../extract/fold.js';
import { PAIR_LEAD, stateOfWord, statesAsked } from './states.js';
import { numberWords } from '../../extract/facts/numbers.js';
import { answerWords } from './lexicon.js';
import type { AskCorpus, Passage } from './corpus.js';
import type { Scored } from './retrieve.js';
import type { Span } from './spans.js';
import { find, type Found } from './find.js';
import { measurePhrase, type AnswerKind, type ParsedQuestion } from './question.js';
import { frame, matches } from './retrieve.js';
import { tokens } from './text.js';

// Support checks: whether a passage gives what the question asks of it, not only its words (a year, a state, a person).

/** "(MOFA., 2019)", "(Jenkins & Rubin, 2022b)": a source and its year in brackets, the year no date of the text. */
const REFERENCE = /\(([^()\n]{1,60}?),\s*((?:1[5-9]|20)\d\d)[a-z]?\)/gu;

/**
 * A passage's text with the years of its bibliographic references blanked: a year after a comma
 * that closes a bracket and that the time stage did not read as a date ("visited Japan seven
 * times (MOFA., 2019)") names when a source was published, not when the act took place.
 * @example withoutReferences('visited Japan five times (MOFA., 2019).', 0, []) // → 'visited Japan five times (MOFA.,     ).'
 */
export function withoutReferences(text: string, offset: number, times: { start: number; end: number }[]): string {
  return text.replace(REFERENCE, (whole, _source: string, year: string, at: number) => {
    const start = offset + at + whole.lastIndexOf(year);
    if (times.some((t) => t.start < start + 4 && start < t.end)) return whole;
    return whole.replace(new RegExp(`${year}(?=[a-z]?\\)$)`), ' '.repeat(year.length));
  });
}

/** The time annotations of a document, for `withoutReferences`. */
export const timesOf = (doc: DocumentRecord) => doc.annotations?.times ?? [];

/** A figure: a currency before digits, or digits before a scale or a percent sign. */
const FIGURE = String.raw`(?:(?:[A-Z]{0,3}\\?\$|€|£|¥)\s?\d[\d,.]*(?:\s*(?:trillion|billion|million|bn|m)\b)?|\d[\d,.]*\s*(?:trillion|billion|million|bn|percent|per cent|%))`;

/**
 * Whether a text gives the year as the year of a figure of its own: the figure, then at most
 * 30 characters and the year ("\$6,300 billion in 2012"), or the year, then the figure ("in 2012
 * it was $5 billion"). The sentence beside a passage that does so dates its own figure, not the
 * passage's ("In contrast, Vietnam's GDP is about \$400 billion" beside "Japan's GDP … \$6,300
 * billion in 2012" gives no GDP of Vietnam's for 2012).
 * @example figureYear('peaking at nearly $6,300 billion in 2012', '2012') // → true
 */
export function figureYear(text: string, year: string): boolean {
  return new RegExp(String.raw`${FIGURE}[^.;\d]{0,30}\b${year}\b|\b${year}\b[^.;\d]{0,30}${FIGURE}`, 'u').test(text);
}

/** Words that give a state its side in a pair ("trade *with* Japan", "exports *to* China", "*between* A and B"). */
const SIDE = ['with', 'to', 'from', 'into', 'in', 'and', 'between', 'against', 'toward', 'towards'];
/** Words that name the pair of states a document is about ("the two countries", "both nations", "between them"), whichever states the question names. */
export const PAIR = /\b(?:the two|both) (?:countries|nations|states|neighbours|neighbors|governments)\b|\bbetween them\b/i;

/** What follows a state that owns the measure a sentence gives: a possessive, or the verb the state is the subject of. */
const OWNER = /^(?:['’]s\b|\s+(?:is|was|are|were|has|had)\b)/;

/**
 * The folded opening of a document whose passage speaks of "the two countries", which names the
 * states that phrase stands for; '' when the passage does not speak so.
 * @example pairLead(doc, 'Trade between the two countries rose.') // → "zambia–malawi relations: …"
 */
export function pairLead(doc: DocumentRecord, passage: string): string {
  return PAIR.test(passage) ? fold(doc.text.slice(0, PAIR_LEAD)) : '';
}

/**
 * Whether a sentence tells of another pair than the question's: a state the question names after
 * a word of its side ("Vietnam's trade deficit *with Japan*") is not in the sentence, and the
 * sentence names, after the same word, a state the question does not ("a trade deficit … *with
 * China*"); or the state whose measure the question asks ("*Vietnam's* GDP") is not in the
 * sentence, and the sentence gives the measure to another ("Japan's GDP", "Japan is … with a GDP
 * of"); or the state whose adjective qualifies a noun of the question ("the *Algerian* navy") is not
 * in the sentence, and another state's qualifies it there ("the *Moroccan* navy"). The sentence then
 * gives the figure or date of another state or pair, whatever words of the question it holds.
 * @example await otherPair(parseQuestion("What was Vietnam's deficit with Japan?"), doc, sentence, corpus) // → true for "Vietnam's deficit with China was …"
 */
export async function otherPair(q: ParsedQuestion, doc: DocumentRecord, at: Passage, corpus: AskCorpus): Promise<boolean> {
  // "the two countries" stands for the pair the document's opening names (as in retrieval).
  const pair = pairLead(doc, doc.text.slice(at.start, at.end));
  const f = fold(q.text);
  const questionStates = statesAsked(q.text);
  const asked = q.terms
    .filter((t) => t.name)
    .flatMap((t) => {
      const word = t.word.replace(/['’]s$/, '');
      // A word of a longer state's name is not that state ("Guinea" of "Papua New Guinea").
      const id = [stateOfWord(word)].find((x) => x && questionStates.includes(x));
      // "Vietnam's GDP": the state whose measure is asked, against another state's own ("Japan's GDP", "Japan is … with a GDP of").
      const owner = new RegExp(`\\b${word}['’]s\\b`).test(f) ? OWNER : undefined;
      // "the Algerian navy": the state's adjective before the noun asked, against another state's ("the Moroccan navy").
      const noun = new RegExp(`\\b${word}\\s+([\\p{Ll}-]{3,})`, 'u').exec(f)?.[1]?.replace(/s$/, '');
      return id ? [{ id, word, side: new RegExp(`\\b(${SIDE.join('|')})\\s+(?:the\\s+)?${word}\\b`).exec(f)?.[1], owner, noun }] : [];
    });
  if (!asked.length) return false;
  // The sentence's states from the store by place, not from the document's whole entities layer.
  const states = await corpus.entitiesWithin(doc, at.start, at.end, true);
  const named = new Set(states.map((e) => e.entity));
  const ids = new Set(asked.map((a) => a.id));
  const before = (e: { start: number }) => fold(doc.text.slice(Math.max(at.start, e.start - 16), e.start));
  const after = (e: { end: number }) => fold(doc.text.slice(e.end, Math.min(at.end, e.end + 12)));
  return asked.some(
    (a) =>
      !named.has(a.id) &&
      !new RegExp(`\\b${a.word}`).test(pair) &&
      states.some(
        (e) =>
          (a.side !== undefined && new RegExp(`\\b${a.side}\\s+(?:the\\s+)?$`).test(before(e))) ||
          (!ids.has(e.entity) && ((a.owner !== undefined && a.owner.test(after(e))) || (a.noun !== undefined && new RegExp(`^\\s+${a.noun}`).test(after(e))))),
      ),
  );
}

/**
 * Whether the sentences a figure is read from lack the measure a "what was" question asks ("What was
 * Vietnam's trade *deficit* with Japan?"): the last word of its noun phrase, in none of its forms.
 * A figure of another measure of the same states ("30% of the total foreign assistance … third
 * largest trading partner") does not answer it. A table row holds the measure its header row or its
 * lead-in gives ("Year | Exports | Imports" over "2019 | 1,880 | 1,250"), when the document is given.
 * @example lacksMeasure(parseQuestion("What was Vietnam's trade deficit with Japan?"), [sentence]) // → true when no sentence says "deficit"
 */
export function lacksMeasure(q: ParsedQuestion, at: Passage[], doc?: DocumentRecord): boolean {
  const head = measurePhrase(fold(q.text))?.split(/\s+/).at(-1);
  const term = head && q.terms.find((t) => t.word === head);
  if (!term || at.some((p) => p.words.some((w) => matches(term, w)))) return false;
  const framing = doc ? at.flatMap((p) => frame(doc, p)) : [];
  return !framing.some((f) => tokens(doc!.text.slice(f.start, f.end), f.start).some((w) => matches(term, w)));
}

/** Whether two spans tell the same answer: one value (a date, a figure, a name), or most of one clause's words in the other. */
function sameAnswer(a: Span, b: Span): boolean {
  if (a.structured && b.structured) return a.value === b.value;
  const words = (x: Span) =>
    fold(x.text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3);
  const mine = words(a);
  const theirs = new Set(words(b));
  return mine.length > 0 && mine.filter((w) => theirs.has(w)).length >= (2 * mine.length) / 3;
}

/**
 * The sentence of a document's body that tells what its headline answers ("China and Brazil sign 27
 * agreements" above "… the two sides signed 27 agreements …"): a headline is the story in brief, so
 * the body's sentence is cited beside it. Among the retrieved passages of the same document that are
 * no heading, the first whose span of the kind asked tells the same answer.
 */
export async function bodyTelling(q: ParsedQuestion, kind: AnswerKind, headline: Found, retrieved: Scored[], corpus: AskCorpus): Promise<Found | undefined> {
  const span = headline.spans[0];
  if (!span || headline.doc.blocks[headline.at.block]?.type !== 'heading') return undefined;
  for (const c of retrieved) {
    if (c.passage.doc !== headline.doc.name || headline.doc.blocks[c.passage.block]?.type === 'heading') continue;
    const f = await find(kind, q, c, corpus);
    if (f?.spans.some((x) => sameAnswer(span, x))) return f;
  }
  return undefined;
}

/** The ordinal words of lexicon/numbers.json ("second" → 2), as the fact stage reads and checks them. */
const ordinalWords = () => Object.entries(numberWords().ordinals);

/** The ordinals a text writes, as numbers: words ("second"), figures ("2nd") and the first's other words ("inaugural"). */
function ordinalsIn(text: string): Set<number> {
  const f = fold(text);
  const out = new Set<number>();
  for (const [w, n] of ordinalWords()) if (new RegExp(`\\b${w}\\b`).test(f)) out.add(n);
  for (const m of f.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)\b/g)) out.add(Number(m[1]));
  if (answerWords().firstWords.some((w) => new RegExp(`\\b${w}\\b`).test(f))) out.add(1);
  return out;
}

/**
 * Whether a sentence tells another of a series than the one asked: the question names an ordinal
 * ("the *second* session") the sentence does not, and the sentence names another ("its *inaugural*
 * session", "the 3rd round").
 * @example otherOrdinal('When was the second session held?', 'The inaugural session was held in 2015.') // → true
 */
export function otherOrdinal(question: string, sentence: string): boolean {
  const asked = ordinalsIn(question);
  if (!asked.size) return false;
  const told = ordinalsIn(sentence);
  return told.size > 0 && ![...asked].some((n) => told.has(n));
}
