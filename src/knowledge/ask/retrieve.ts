import type { AskCorpus, Passage } from './corpus.js';
import type { DocumentRecord } from '../../model/document.js';
import type { ParsedQuestion, QuestionTerm } from './question.js';
import { tokens, type Token } from './text.js';
import { alignedRows } from './tables.js';
import { fold } from '../../extract/fold.js';
import { actorLexicon } from '../../extract/actors/actor-lexicon.js';
import { figureYear, pairLead, timesOf, withoutReferences } from './support.js';
import { inside } from './within.js';
import { askedStates } from './state-forms.js';
import { answerWords } from './lexicon.js';
import { escapeRegExp } from '../../extract/word-alternation.js';
import { MONTHS, WEEKDAYS } from '../../extract/time/patterns.js';
import { PAIR_LEAD } from './states.js';
import { firstNotBefore } from '../../model/sorted.js';

/** A candidate passage and how well it supports the question. */
export interface Scored {
  passage: Passage;
  /** Share of the question's weighted words the sentence holds (words only its neighbours hold count half). */
  coverage: number;
  /** The question's years the passage gives (in words or in resolved dates), over those it names. */
  yearsFound: number;
  score: number;
  /** Offsets of the question's words in the sentence. */
  matched: Token[];
  /** Whether the sentence or the one beside holds a word of what the question asks about its names ("enter into force" of "the Lisbon Accord"), when it has such words. */
  asks: boolean;
}

const MAX_HITS = 40;
/** List items or table rows a lead-in hit brings among the candidates. */
const MAX_FRAMED = 20;

/** Whether a question's name is a state's (a name or adjective the actor lexicon reads as a country). */
function isState(t: QuestionTerm): boolean {
  return t.name && (actorLexicon().byText.get(t.word) ?? []).some((a) => a.entity.id.startsWith('country:'));
}

/**
 * A verb's stem without its final "e" when four letters at least remain: the stemmer keeps "seize" whole but cuts "seized" to "seiz"
 * ("vote", "cede" keep theirs). The one rule of a verb's base for both the stems compared (`matches`) and a word's forms (`inflects`).
 */
export const verbBase = (stem: string): string => (stem.length >= 5 && stem.endsWith('e') ? stem.slice(0, -1) : stem);

/** Whether a word as written is one of a verb's forms ("seized" of "seize", "visits" of "visit"), the base four letters at least. */
export function inflects(stem: string, word: string): boolean {
  const base = verbBase(stem);
  return base.length >= 4 && word.startsWith(base) && /^(?:e|es|s|ed|d|ing)?$/.test(word.slice(base.length));
}

/** Whether two stems have the same `verbBase`, compared in place: the test runs for each word of each candidate and each term. */
function sameBase(a: string, b: string): boolean {
  const n = a.length >= 5 && a.endsWith('e') ? a.length - 1 : a.length;
  if (n !== (b.length >= 5 && b.endsWith('e') ? b.length - 1 : b.length)) return false;
  for (let k = 0; k < n; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/** Whether a passage word is one of the forms a question term may take ("seize": "seized", "seizes"). */
export function matches(term: QuestionTerm, w: Token): boolean {
  return term.stems.some((s) => sameBase(s, w.stem) || shortForm(s, w.folded) || (s.length >= 5 && w.stem.length >= 5 && (s.startsWith(w.stem) || w.stem.startsWith(s))));
}

/** A four-letter verb's other forms, which the stemmer cuts below its stem ("rule": "ruled" and "rules" → "rul", "ruling"; "vote": "voted"). */
const shortForm = (stem: string, word: string): boolean => stem.length === 4 && stem.endsWith('e') && (word === `${stem}d` || word === `${stem}s` || word === `${stem.slice(0, -1)}ing`);

/**
 * Words of a sentence that spell out an acronym of the question: a run of capitalised words
 * whose initials make it, "of", "the", "and", "for" skipped ("North Atlantic Treaty
 * Organization" for NATO).
 * @example spelledOut('joined the North Atlantic Treaty Organization in 2024', 0, 'NATO') // → [tokens of the four words]
 */
export function spelledOut(text: string, offset: number, acronym: string): Token[] {
  const re = /\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|the|and|for|on)\s+)*\p{Lu}[\p{L}-]*)*/gu;
  for (const m of text.matchAll(re)) {
    const words = m[0].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length === acronym.length && words.map((w) => w[0]).join('') === acronym) return tokens(m[0], offset + m.index).filter((t) => !/^(of|the|and|for|on)$/.test(t.folded));
  }
  return [];
}

/**
 * Runs of two or three capitalised words of a question with the initials a text may write them
 * as ("South African" → SA, "European Union" → EU), each with its words folded.
 * @example initialisms('Did South African exports rise?') // → [['SA', ['south', 'african']]]
 */
export function initialisms(question: string): [string, string[]][] {
  // The first word is capitalised as a sentence's ("Did South African…"), not as a name.
  const rest = question.replace(/^\s*\S+/, (w) => ' '.repeat(w.length));
  return [...rest.matchAll(/(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}])/gu)].map((m) => {
    const words = m[1]!.split(/\s+/);
    return [words.map((w) => w[0]).join(''), words.map((w) => fold(w))] as [string, string[]];
  });
}

/** A looser match, for whether a passage speaks of what is asked: stems of four letters or more that begin alike. */
const sameRoot = (term: QuestionTerm, w: Token) => term.stems.some((s) => Math.min(s.length, w.stem.length) >= 4 && (s.startsWith(w.stem) || w.stem.startsWith(s)));

/** The FTS5 query of a question: every content word, synonym and year, any of them. */
export function searchQuery(q: ParsedQuestion): string {
  const words = new Set<string>();
  for (const t of q.terms) {
    words.add(t.word);
  }
  for (const y of q.years) words.add(y);
  return [...words]
    .slice(0, 30)
    .map((w) => `"${w.replace(/"/g, '')}"`)
    .join(' OR ');
}

/** A term's weight: rarer words say more (inverse sentence frequency); a word no sentence holds weighs most. */
async function weights(q: ParsedQuestion, corpus: AskCorpus): Promise<number[]> {
  const n = await corpus.sentenceCount();
  return (await corpus.documentFrequencies(q.terms.map((t) => t.word))).map((df) => Math.log(1 + n / (1 + df)));
}

/** The last heading block before a passage, by a binary search over the document's blocks (in text order). */
function headingBefore(blocks: { type: string; start: number; end: number }[], p: Passage): { start: number; end: number } | undefined {
  for (let i = firstNotBefore(blocks.length, (k) => blocks[k]!.start < p.start) - 1; i >= 0; i--) if (blocks[i]!.type === 'heading') return blocks[i];
  return undefined;
}

/** Whether a block is one of a list's items or a table: the words of its lead-in or header frame each of its sentences. */
const framed = (b: { type: string } | undefined): boolean => b?.type === 'list-item' || b?.type === 'table';

/**
 * The block a list item's or table's lead-in stands in: the paragraph right before the list's first item or the table ("The
 * following agreements were signed in 2019:"); undefined when a heading or nothing stands there.
 */
function leadBlock(blocks: { type: string }[], block: number): number | undefined {
  let k = block;
  if (blocks[k]?.type === 'list-item') while (k > 0 && blocks[k - 1]!.type === 'list-item') k--;
  return blocks[k - 1]?.type === 'paragraph' ? k - 1 : undefined;
}

let leadInCue: RegExp | undefined;

/**
 * Whether the sentence before a list or a table introduces it: it ends with a colon or holds a lead-in cue ("the following", "these",
 * "as follows": `leadInCues` in lexicon/ask.json). Any other last sentence of a paragraph ("… opened a customs office at Valka in 2018.")
 * says nothing of the items after it, which may be of other years (review fix, session 28).
 */
function leadsIn(sentence: string): boolean {
  leadInCue ??= new RegExp(`\\b(?:${answerWords().leadInCues.map(escapeRegExp).join('|')})\\b`);
  return /:\s*$/.test(sentence) || leadInCue.test(fold(sentence).toLowerCase());
}

/**
 * What frames a list item or a table row: the last sentence of its lead-in paragraph when it introduces the list (`leadsIn`), and a
 * table's header row (when the sentence is not it). Spans of the document's text; none for a sentence of another block.
 * @example frame(doc, passage) // → [{ start, end } of "The two sides signed these agreements in 2019:"]
 */
export function frame(doc: DocumentRecord, p: Passage): { start: number; end: number }[] {
  const block = doc.blocks[p.block];
  if (!framed(block)) return [];
  const out: { start: number; end: number }[] = [];
  const lead = leadBlock(doc.blocks, p.block);
  if (lead !== undefined) {
    const last = firstNotBefore(doc.sentences.length, (k) => doc.sentences[k]!.block <= lead) - 1;
    const s = doc.sentences[last];
    if (s && s.block === lead && leadsIn(doc.text.slice(s.start, s.end))) out.push({ start: s.start, end: s.end });
  }
  const header = block!.type === 'table' && block!.header ? block!.rows?.[0] : undefined;
  if (header?.length && (p.end <= header[0]!.start || p.start >= header.at(-1)!.end)) out.push({ start: header[0]!.start, end: header.at(-1)!.end });
  return out;
}

/**
 * The list items or table rows a lead-in sentence frames, when a hit is one ("… signed the following agreements in 2019:"): the sentences
 * of the list's items, or of the table, after it; at most MAX_FRAMED. They rarely hold the question's words themselves.
 */
function framedBy(doc: DocumentRecord, p: Passage): number[] {
  const next = doc.sentences[p.index + 1];
  if (!next || next.block === p.block || !framed(doc.blocks[next.block]) || leadBlock(doc.blocks, next.block) !== p.block || !leadsIn(doc.text.slice(p.start, p.end))) return [];
  const out: number[] = [];
  const list = doc.blocks[next.block]!.type === 'list-item';
  for (let i = p.index + 1; i < doc.sentences.length && out.length < MAX_FRAMED; i++) {
    const b = doc.sentences[i]!.block;
    if (list ? doc.blocks[b]?.type !== 'list-item' : b !== next.block) break;
    out.push(i);
  }
  return out;
}

/**
 * Whether a sentence's subject stands for something the sentence before it names: past at most two opening connectives ("But",
 * "However"), its first word is a pronoun ("*They* are being held at the naval base", "*It* was signed in Cairo"), or a determiner right
 * before a lowercase noun of four letters or more that the sentence before holds ("*The surcharge* took effect on 1 May" after "…
 * announced a security surcharge"; a number may stand between, "the two governments"). Not a determiner before a name or an adjective
 * of one: "*The Lao side* thanked China" after "The Chinese side announced…" is the other side. Such a sentence tells its act of what
 * the one before names, so that one's words are its own in retrieval (`anaphors`, `backDeterminers`, `sentenceOpeners` in
 * lexicon/ask.json). `text` is what the words' offsets point into.
 * @example refersBack(t, tokens(t = 'They are being held in Tchomia.'), tokens('Nine fishermen were detained.')) // → true
 */
export function refersBack(text: string, words: Token[], before: Token[]): boolean {
  const lex = answerWords();
  let i = 0;
  while (i < 2 && words[i] && lex.sentenceOpeners.includes(words[i]!.folded)) i++;
  const first = words[i];
  if (!first) return false;
  // Not an expletive or cleft "it" ("*It is unclear when* the talks resume", "*It was France that* asked"): it, at most two of
  // `expletiveVerbs` and a "not", one word, then one of `expletiveLinks`.
  if (first.folded === 'it') {
    let j = i + 1;
    while (j < i + 4 && words[j] && (lex.expletiveVerbs.includes(words[j]!.folded) || words[j]!.folded === 'not')) j++;
    if (j > i + 1 && words[j + 1] && lex.expletiveLinks.includes(words[j + 1]!.folded)) return false;
  }
  if (lex.anaphors.includes(first.folded)) return true;
  if (!lex.backDeterminers.includes(first.folded)) return false;
  let noun = words[i + 1];
  if (noun && /^(?:\d+|two|three|four|both)$/.test(noun.folded)) noun = words[i + 2];
  return !!noun && noun.stem.length >= 4 && !/^\p{Lu}/u.test(text.slice(noun.start, noun.end)) && before.some((b) => b.stem === noun.stem);
}

/**
 * Whether every date a sentence gives stands after "to" and a verb, in the act it plans ("She invited him *to visit La Paz in August*"):
 * the date of that act, not of the one the sentence tells. False for a sentence with no date. `times` are the document's dates.
 * @example plannedDatesOnly(t = 'She invited him to visit La Paz in August.', tokens(t), [{ start: 34, end: 40 }]) // → true
 */
export function plannedDatesOnly(text: string, words: Token[], times: readonly { start: number; end: number }[]): boolean {
  const lex = answerWords();
  const notVerb = new Set([...lex.backDeterminers, ...lex.anaphors, 'a', 'an']);
  const to = words.findIndex((w, k) => w.folded === 'to' && !!words[k + 1] && /^\p{Ll}+$/u.test(text.slice(words[k + 1]!.start, words[k + 1]!.end)) && !notVerb.has(words[k + 1]!.folded));
  if (to < 0 || !words.length) return false;
  const dated = inside(times, words[0]!.start, words.at(-1)!.end);
  return dated.length > 0 && dated.every((t) => t.start > words[to]!.end);
}

/** Whether the passage gives a year: written in it, or inside the span of a date resolved in it ("last year"). */
export function givesYear(text: string, dates: string[], year: string): boolean {
  if (new RegExp(`\\b${year}\\b`).test(text)) return true;
  return dates.some((d) => {
    const [a, b] = d.split('/');
    const from = (a ?? '').slice(0, 4);
    const to = (b && b !== '..' ? b : (a ?? '')).slice(0, 4);
    return /^\d{4}$/.test(from) && from <= year && year <= (/^\d{4}$/.test(to) ? to : from);
  });
}

/**
 * Candidate passages for a question, best first: BM25 sentence hits on its words, rescored by the
 * weighted share of its words each sentence holds and by the years it names.
 * @example await retrieve(parseQuestion('When did Vietnam join ASEAN?'), corpus) // → [{ passage, coverage: 1, … }]
 */
export async function retrieve(q: ParsedQuestion, corpus: AskCorpus): Promise<Scored[]> {
  if (!q.terms.length && !q.years.length) return [];
  const hits = await corpus.hits(searchQuery(q), MAX_HITS);
  const w = await weights(q, corpus);
  const total = w.reduce((a, b) => a + b, 0) || 1;
  const rarest = Math.max(...w, 1e-9);
  const states = askedStates(q.text, q.terms);
  // "Signed in Juba on Tuesday": a name after a preposition of place pins where the act was; a report's dateline or a heading does not give it
  // to each sentence under it.
  const folded = fold(q.text);
  const places = answerWords().placePrepositions.join('|');
  // "On Tuesday", "in May": a report's opening dates its own act, not each of its sentences.
  const dated = (t: QuestionTerm) => MONTHS.includes(t.word) || WEEKDAYS.includes(t.word);
  // Not the source after "according to" ("according to Table 2", "according to Secex"): it says who gives the figure, not where an act was,
  // and the heading or caption over a table row names it as well as the row's own words would.
  const placed = new Set(q.terms.filter((t) => t.name && (dated(t) || new RegExp(`(?<!\\baccording\\s)\\b(?:${places})\\s+(?:the\\s+)?${escapeRegExp(t.word)}\\b`).test(folded))).map((t) => t.word));
  // What a document's opening and headings hold is read once a question, not once a hit.
  const openings = new Map<string, Token[]>();
  const inOpening = new Map<string, boolean[]>();
  const inHeadings = new Map<string, boolean[]>();
  // Terms whose words a list of tokens holds, one flag a term.
  const held = (words: Token[]) => q.terms.map((t) => words.some((x) => matches(t, x)));
  const abbreviations = initialisms(q.text);
  const leadWrites = new Map<string, boolean>();
  const out: Scored[] = [];
  // A lead-in hit brings the list items or table rows it frames (each read once).
  const queue: { doc: string; start: number }[] = [...hits];
  const seen = new Set(hits.map((h) => `${h.doc}\u0000${h.start}`));
  const inFrames = new Map<string, boolean>();
  for (let n = 0; n < queue.length; n++) {
    const h = queue[n]!;
    const p = await corpus.passageAt(h.doc, h.start);
    if (!p) continue;
    const doc = (await corpus.timed(p.doc))!;
    const beside = await corpus.neighbours(p);
    if (n < hits.length) {
      // The sentence after a hit that tells its act of what the hit names ("It was signed in Cairo on 6 August."), which holds few of the
      // question's words itself.
      const after = beside.find((x) => x.index === p.index + 1);
      const key = after && `${p.doc}\u0000${after.start}`;
      if (after && key && !seen.has(key) && refersBack(doc.text, after.words, p.words)) {
        seen.add(key);
        queue.push({ doc: p.doc, start: after.start });
      }
      for (const i of framedBy(doc, p)) {
        const s = doc.sentences[i]!;
        const key = `${p.doc}\u0000${s.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        queue.push({ doc: p.doc, start: s.start });
      }
    }
    // The lead-in sentence and the header row over a list item or table row: a term they hold counts half, as the heading's.
    const frames = frame(doc, p);
    const inFrame = (i: number) => frames.some((f) => once(inFrames, `${p.doc}\u0000${f.start}\u0000${i}`, () => tokens(doc.text.slice(f.start, f.end), f.start).some((x) => matches(q.terms[i]!, x))));
    const near = beside.flatMap((n) => n.words);
    // A sentence whose subject stands for what the sentence before names holds that sentence's words as its own (`refersBack`).
    const before = beside.find((x) => x.index === p.index - 1);
    // Not when the referring noun is the head noun a which-question asks for ("*Those measures* will remain…" for "which measures did the
    // UK take"): the sentence before names them, and answers.
    // Nor, for a when-question, when the sentence's only dates are of an act it plans ("She invited him to visit La Paz *in August*"):
    // they do not date the act asked, which the sentence before may (`plannedDatesOnly`).
    const back =
      before &&
      refersBack(doc.text, p.words, before.words) &&
      !(q.head && p.words.slice(0, 4).some((x) => x.stem.startsWith(q.head!))) &&
      !(q.wants[0] === 'date' && plannedDatesOnly(doc.text, p.words, timesOf(doc)))
        ? before.words
        : [];
    let got = 0;
    let asks = !q.terms.some((t) => !t.name);
    const matched: Token[] = [];
    // A year in a source's reference ("(MOFA., 2019)") is no year of the passage (support.ts).
    const text = withoutReferences(doc.text.slice(p.start, p.end), p.start, timesOf(doc));
    // "Trade between the two countries…": the pair the document is about stands for the states its opening names.
    const pair = pairLead(doc, text) || undefined;
    // "SA exports" for "South African exports": a run of the question's names written as its initials.
    const initialled = new Set(abbreviations.flatMap(([abbr, words]) => (new RegExp(`\\b${abbr}\\b`).test(text) ? words : [])));
    // Whether the opening, or the heading over the sentence, holds the question's term i: once a document (a heading) and term.
    // The heading over the sentence's block names what its sentences are about ("Gas and trade", "Twentieth century and the Beagle conflict").
    const inLead = (i: number) => once(inOpening, p.doc, () => held(once(openings, p.doc, () => tokens(doc.text.slice(0, PAIR_LEAD)))))[i]!;
    let heading: boolean[] | undefined;
    const inHeading = (i: number) => {
      if (!heading) {
        const h = headingBefore(doc.blocks, p);
        heading = h ? once(inHeadings, `${p.doc}\u0000${h.start}`, () => held(tokens(doc.text.slice(h.start, h.end), h.start))) : [];
      }
      return !!heading[i];
    };
    // "Bratislava and Budapest" for Slovakia and Hungary, "Algiers" for Algeria: a state the question names that the sentence (or the one
    // beside) writes by another of the lexicon's names, its adjective or its capital, and by none of the question's words.
    // A name of the question the document's opening gives (its title, its dateline) counts half, as in the sentence beside.
    const otherwise = new Map<number, number>();
    for (const s of states) {
      if (s.terms.some((i) => p.words.some((x) => matches(q.terms[i]!, x)))) continue;
      // A sentence of a report about the state that does not name it again ("Bilateral trade reached a record…") holds it as the sentence
      // beside would: half.
      const share = s.writes(text) ? 1 : once(leadWrites, `${p.doc}\u0000${s.id}`, () => s.writes(doc.text.slice(0, PAIR_LEAD))) ? 0.5 : 0;
      if (share) for (const i of s.terms) otherwise.set(i, share);
    }
    q.terms.forEach((t, i) => {
      const here = p.words.filter((x) => matches(t, x));
      if (!here.length && t.name && initialled.has(t.word)) {
        got += w[i]!;
        return;
      }
      if (!here.length && pair && isState(t) && new RegExp(`\\b${t.word}`).test(pair)) {
        got += w[i]!;
        return;
      }
      if (!here.length && otherwise.has(i)) {
        got += w[i]! * otherwise.get(i)!;
        return;
      }
      if (!here.length && t.acronym) here.push(...spelledOut(text, p.start, t.acronym));
      if (here.length) {
        got += w[i]!;
        matched.push(...here.map((x) => ({ ...x, weight: w[i]! / rarest })));
      } else if (back.some((x) => matches(t, x))) got += w[i]!;
      else if (near.some((x) => matches(t, x)) || (!placed.has(t.word) && ((t.name && inLead(i)) || inHeading(i))) || inFrame(i)) got += w[i]! / 2;
      // Of what is asked, a word of the same root is enough ("agreed", "Agreements").
      if (!t.name && (here.length || [...p.words, ...near].some((x) => matches(t, x) || sameRoot(t, x)) || inFrame(i))) asks = true;
    });
    const coverage = got / total;
    const dates = inside(timesOf(doc), p.start, p.end)
      .filter((t) => t.edtf)
      .map((t) => t.edtf);
    // A report's undated sentences tell of its own time ("Delek said the value of the contract was $15 billion").
    if (doc.meta.date && !dates.length) dates.push(doc.meta.date.replace(/[?~%]/g, '').slice(0, 4));
    // A year the sentence beside gives counts three quarters ("… US$3.2 billion in 2014. In 2010, it was …").
    const nearText = beside.map((n) => withoutReferences(doc.text.slice(n.start, n.end), n.start, timesOf(doc))).join(' ');
    // A table's header gives the years of its rows ("Year | Exports" above "2020 | €13.1 billion").
    const rows = q.years.length ? alignedRows(doc.text, p) : undefined;
    const table = rows ? doc.text.slice(rows[0]![0]!.start, rows.at(-1)!.at(-1)!.end) : '';
    // Not when a figure is asked and the sentence beside gives the year to a figure of its own (support.ts).
    const nearYear = (y: string) => givesYear(nearText, [], y) && !(q.wants[0] === 'number' && figureYear(nearText, y));
    // A list's lead-in or a table's header gives the year of its items and rows ("signed the following in 2024:").
    const frameYear = (y: string) => frames.some((f) => givesYear(doc.text.slice(f.start, f.end), [], y));
    const yearsFound = q.years.length
      ? q.years.reduce((n, y) => n + (givesYear(text, dates, y) || (table && givesYear(table, [], y)) || frameYear(y) ? 1 : nearYear(y) ? 0.75 : 0), 0) / q.years.length
      : 1;
    out.push({ passage: p, coverage, yearsFound, score: coverage * (0.4 + 0.6 * yearsFound), matched, asks });
  }
  return out.sort((a, b) => b.score - a.score || a.passage.doc.localeCompare(b.passage.doc) || a.passage.start - b.passage.start);
}

/** The value of `key` in `cache`, made by `make` the first time. */
function once<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = make()));
  return v;
}
