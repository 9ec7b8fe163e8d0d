import { fold } from '../../extract/fold.js';
import { escapeRegExp } from '../../extract/word-alternation.js';
import { type KeywordEntry, keywordPattern } from '../../extract/facts/indicator-keywords.js';
import { readLexicon } from '../../lexicon.js';
import { answerWords, askLexicon } from './lexicon.js';
import { stem, tokens } from './text.js';
import { irregularForms } from './verb-forms.js';
import { tag } from '../../extract/nlp/tagger.js';
import { eventTypes } from '../../extract/events/event-types.js';
import { stateRun } from './states.js';

/** The kind of span an answer is made of. */
export type AnswerKind = 'date' | 'person' | 'number' | 'place' | 'entity' | 'yesno' | 'span';

/** A content word of the question and the stems that may stand for it in a passage. */
export interface QuestionTerm {
  word: string;
  stems: string[];
  /** Written with a capital inside the question (a name: "Sweden", "NATO"), not a word of what is asked about it. */
  name: boolean;
  /** Written in capitals ("NATO"): a passage may spell it out ("North Atlantic Treaty Organization"). */
  acronym?: string;
  /** The question's verb ("when did the Philippines *summon*…", "when was it *signed*"): the answer stands nearest it. */
  verb?: boolean;
  /** Synonyms of several words (`synonyms` in lexicon/ask.json: "established" → "set up"), which a word's stem cannot match. */
  phrases?: string[];
}

/** What the answerer understood of a question. */
export interface ParsedQuestion {
  text: string;
  /** when, who, how_many, where, which, what, yes_no. */
  type: string;
  /** The kinds of span the answer is made of, the main one first ("Who signed it, and when?" → person, date). */
  wants: AnswerKind[];
  terms: QuestionTerm[];
  /** Years the question names: a passage must give them (in its words or its resolved dates). */
  years: string[];
  /** Precision the answer's date must have ("on what date" → day). */
  precision?: 'day' | 'month';
  /** The question asks for several things ("which five leaders", "which agreements"). */
  list: boolean;
  /** The noun a "how many" question counts ("how many soldiers" → soldier): a passage must name it. */
  counted?: string;
  /** The country an adjective before the person asked for names ("which Vietnamese prime minister" → the adjective). */
  personAdjective?: string;
  /** "What was the grant for?": the answer follows this preposition in the passage. */
  after?: string;
  /** "How long": a number of days, months or years answers it. */
  duration: boolean;
  /** "Which ambassador": a person's title heads the question, so a state or a body does not answer it. */
  personHead: boolean;
  /** "What were the names of…": only people's names answer it. */
  onlyPeople: boolean;
  /** The question quotes or asks for a title ("what was the title of…"). */
  title: boolean;
  /** A comparison between two years ("did X rise between 2010 and 2020?"). */
  compare?: { direction: 'rise' | 'fall'; from: string; to: string };
  /** The noun a which/what question asks for when no lexicon list types it ("which *crossing*", "what *order*"): its stem. */
  head?: string;
  /** "Since when": the start of a period that is still open answers it ("open since 1965"). */
  since: boolean;
  /** "In what year": a date the question gives in other words ("the January 18 seminar") may still give the year asked. */
  yearAsked: boolean;
  /** The question itself speaks of a plan or the future ("when will…", "is expected to"): a passage that does too may answer it. */
  hedged: boolean;
  /** The question asks when an act still to come will be done ("when will…", "when is work expected to start", "the next round"): a date the passage gives as already past does not answer it. */
  ahead: boolean;
  /** "How long is the border": a length, not a duration. */
  length: boolean;
  /** The question asks for a percentage, a share or a change ("by how much did it grow"). */
  percent: boolean;
}

const SECONDARY: [RegExp, AnswerKind][] = [
  [/\b(and|,)\s+(when|in what year|in which year|on what date)\b/, 'date'],
  [/\b(and|,)\s+(who|whom|by whom)\b/, 'person'],
  [/\b(and|,)\s+where\b/, 'place'],
  [/\b(and|,)\s+(how many|how much|what share|what proportion)\b/, 'number'],
];

let amounts: RegExp[] | undefined;
/** The words of the indicators measured in money (`keywords` of lexicon/indicators.json whose unit is a currency), each anchored at a phrase's end. */
function amountWords(): RegExp[] {
  amounts ??= (readLexicon('indicators.json').indicators as { unit: string; keywords: KeywordEntry[] }[])
    .filter((i) => /^[A-Z]{3}$/.test(i.unit))
    .flatMap((i) => i.keywords.map((k) => new RegExp(`(?:${keywordPattern(k)})$`, 'i')));
  return amounts;
}

/**
 * A question without the source it credits its answer to, first, last or between commas: "according to turkstat, what was trade in
 * 2025?" and "what was trade, according to turkstat, in 2025?" ask what "what was trade in 2025?" asks, of one source.
 * @example unattributed('what was bilateral trade last year according to geostat?') // → 'what was bilateral trade last year?'
 */
const unattributed = (q: string): string => q.replace(/^according to [^,?]+,\s*/, '').replace(/,?\s+according to [^,?]+(?:,(?=\s)|(?=\?|$))/g, '');

/**
 * The noun phrase a "what was/were" question asks the value of, before its first preposition.
 * @example measurePhrase("what was vietnam's trade deficit with japan in 2013?") // → "vietnam's trade deficit"
 */
export const measurePhrase = (q: string): string | undefined =>
  /^what\s+(?:is|was|are|were)\s+(.+?)\s*\??\s*$/
    .exec(unattributed(q))?.[1]
    ?.replace(/\s+(?:in|between|from|to|with|during|for|as of|by|at|on)\b.*$/, '')
    // "What was bilateral trade last year?": the period named after the measure is no word of it.
    .replace(/\s+(?:last|this|that|the previous|the past)\s+(?:year|month|quarter|season)$/, '');

/**
 * Whether a what-question asks the amount of an indicator: "what was/were" and a noun phrase
 * that ends, before its first preposition, in an indicator measured in money.
 * @example asksAmount("what were australia's exports to japan in 2023?") // → true
 */
export function asksAmount(q: string): boolean {
  const phrase = measurePhrase(q);
  // Not "what was the US$50 million loan for?": a phrase that gives its figure asks something else of it.
  if (!phrase || /\d/.test(phrase) || /\b(?:for|about|against|with|to)\s*\?\s*$/.test(q)) return false;
  return amountWords().some((re) => re.test(phrase));
}

/** The kind a "which"/"what" question asks for, from its head noun. */
function headKind(q: string): AnswerKind {
  const lex = askLexicon();
  const phrase = /\b(?:which|what)\s+((?:[\w'’-]+\s+){0,5}[\w'’-]+)/.exec(q)?.[1] ?? '';
  // The head noun ends before the verb ("what agreement did the ministers welcome" asks for an agreement, not a minister).
  // "What did President Reyes call…": an auxiliary right after "what" makes it the object asked for, with no head noun ("President" is the subject).
  const head = /^(?:did|do|does|has|have|had|will|would|can|could|should)\b/.test(phrase)
    ? ''
    : phrase.replace(/^(.+?)\s+(?:did|do|does|was|were|is|are|has|have|had|will|would|can|could|should)\b.*$/, '$1');
  if (lex.personHeads.some((h) => new RegExp(`\\b${h}s?\\b`).test(head))) return 'person';
  if (lex.quantityNouns.some((h) => new RegExp(`\\b${h}\\b`).test(head))) return 'number';
  if (lex.placeHeads.some((h) => new RegExp(`\\b${h}\\b`).test(head))) return 'place';
  // "What was Spain–Morocco bilateral *trade* in 2023?", "what were Australia's *exports* to Japan…": a noun phrase that ends in an amount's indicator.
  if (asksAmount(q)) return 'number';
  // "What was trade between A and B worth in 2018?", "what will the bridge cost?": a figure, whatever the subject's length.
  if (/^what\s+(?:is|was|are|were|will|would)\b.*\b(?:worth|cost)\b(?:\s+(?:in|by|at|as of)\b.*)?\s*\??\s*$/.test(q)) return 'number';
  return 'span';
}

/**
 * The head noun of a which/what question that no lexicon list types ("at which border *crossing*
 * did…", "what *order* did…", "which *ports* will…"): the last word before the verb, when the
 * phrase after which/what is a noun phrase of at most three words.
 */
function headNoun(q: string, verb?: string): string | undefined {
  const { notHeads } = answerWords();
  const words =
    /\b(?:which|what)\s+(.*)/
      .exec(q)?.[1]
      ?.split(/[^\p{L}'’-]+/u)
      .filter(Boolean) ?? [];
  const phrase: string[] = [];
  for (const w of words.slice(0, 4)) {
    // "Which ship *entered* the port…", "which companies *signed*…": the wh-phrase is the subject and ends at the question's verb; "which
    // article *of* the Treaty…" ends at "of".
    if (/^(did|do|does|was|were|is|are|has|have|had|will|would|can|could|should|may|might)$/.test(w) || (phrase.length && (w === verb || w === 'of'))) break;
    phrase.push(w);
  }
  if (!phrase.length || phrase.length > 3 || phrase.length === words.length || phrase.some((w) => notHeads.includes(w) || /^(the|a|an|of)$/.test(w))) return undefined;
  return stem(phrase.at(-1)!);
}

/**
 * The state before the title a person question asks for ("which *Vietnamese* prime minister", "who is *Egypt's* energy minister",
 * "who is *Papua New Guinea's* defence minister", "what is the name of *Costa Rica's* new president"): a run of two or three words the
 * actor lexicon reads as a state, else the first word (a possessive's 's left out). After "the name of", a state may follow one word
 * ("the name of the new *Costa Rican* president").
 */
function stateBeforeTitle(q: string): string | undefined {
  // "What is the name of Costa Rica's new president…", "the name of the Lesotho minister": the state after "the name of", as after "which".
  const named = /\bnames?\s+of\s+(?:the\s+)?(.*)/u.exec(q)?.[1];
  const after = named ?? /\b(?:which|what)\s+(.*)/u.exec(q)?.[1] ?? /^who\s+(?:is|was|are|were)\s+(?:the\s+)?(.*)/u.exec(q)?.[1];
  if (after === undefined) return undefined;
  const words = after.split(/\s+/);
  // A run that leaves the title after it; after "the name of", one word may stand before it.
  for (const skip of named === undefined ? [0] : [0, 1]) {
    const run = stateRun(words.slice(skip, -1), { least: skip ? 1 : 2 });
    if (run)
      return words
        .slice(skip, skip + run.n)
        .join(' ')
        .replace(/['’]s$/, '');
  }
  return /^([\p{L}-]+?)(?:['’]s)?\s/u.exec(after)?.[1];
}

/**
 * The noun a "how many" question counts: the last plural among the next four words, before a
 * verb or preposition ends the phrase ("how many Vietnamese nationals were" → nationals; "how many
 * Armenian servicemen did" → servicemen), else the last word.
 */
function countedNoun(q: string): string | undefined {
  const words =
    /\bhow many\s+(.*)/
      .exec(q)?.[1]
      ?.split(/[^\p{L}-]+/u)
      .filter(Boolean) ?? [];
  const phrase: string[] = [];
  for (const w of words.slice(0, 4)) {
    if (/^(were|was|did|do|does|are|is|have|has|had|will|would|in|of|at|on|by|from|to|for|with|does)$/.test(w)) break;
    phrase.push(w);
  }
  // The head of an English noun phrase comes last: the last plural, else the last word.
  return [...phrase].reverse().find((w) => /([^s]s|men|people|children)$/.test(w)) ?? phrase.at(-1);
}

/**
 * The question's verb after "did/does/do" or "has/have/had" by part of speech (wink-nlp, as the event stage tags; "has Chile *ratified*
 * the seabed minerals protocol", not "seabed"):
 * "when did the *tribunal* deliver…" has a subject before its verb, "deliver"; in the main clause, not in an aside of it ("did the navy, as
 * the ruling *required*, withdraw…").
 * @example taggedVerb('When did the tribunal deliver its award?', terms, clause)?.word // → 'deliver'
 */
function taggedVerb(text: string, terms: QuestionTerm[], main: ReturnType<typeof mainClause>): QuestionTerm | undefined {
  const words = tag(text);
  const aux = words.findIndex((w) => w.pos === 'AUX' && (w.lemma === 'do' || w.lemma === 'have'));
  // After "did" the verb is bare and after "has" a participle: a word in "-ing" there is a noun the tagger took for a verb ("did the
  // border *crossing* reopen", "has the *ruling* been").
  const verb =
    aux < 0
      ? undefined
      : (words.slice(aux + 1).find((w) => w.pos === 'VERB' && w.start < main.end && !main.aside(w.start) && !gerund(fold(text.slice(w.start, w.end)))) ?? afterSubject(text, words, aux, main.end));
  if (!verb) return undefined;
  const written = fold(text.slice(verb.start, verb.end));
  return terms.find((t) => !t.name && t.word === written);
}

/** Words of a subject after "did": a determiner, a possessive's "'s", adjectives, names and nouns. */
const SUBJECT = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'PART', 'NUM']);

/**
 * After "did" and its subject the bare verb comes, which the tagger may read as the subject's last noun ("did the Moroccan ambassador
 * *return* to Tunis", "did the President's aircraft *land* in", each tagged a noun): with no word tagged a verb, the last noun of the run of subject
 * words right after "did", when a determiner or a possessive opens the run, the run holds a noun before it, and a preposition, a determiner
 * or the question's end follows it.
 * @example afterSubject(q, tag(q), 1, Infinity) // q = 'When did the Moroccan ambassador return to Tunis?' // → the token "return"
 */
function afterSubject(text: string, words: ReturnType<typeof tag>, aux: number, end: number): ReturnType<typeof tag>[number] | undefined {
  if (words[aux]?.lemma !== 'do') return undefined;
  // Only a subject a determiner or a possessive opens: after a bare name the next word is the verb ("did Ireland *gain* independence", "did
  // South Korea *return* fire"), which the first word of what is asked after "did" already gives.
  let i = aux + 1;
  if (words[i]?.pos !== 'DET' && !words.slice(i, i + 4).some((w) => w.pos === 'PART' && /^['’]s$/.test(w.lemma))) return undefined;
  // A determiner opens the subject only: after it, one opens the object ("did Togo *sign* the accord").
  while (i < words.length && SUBJECT.has(words[i]!.pos) && !(words[i]!.pos === 'DET' && i > aux + 1)) i++;
  const last = words[i - 1];
  const next = words[i];
  if (!last || last.pos !== 'NOUN' || last.start >= end || !words.slice(aux + 1, i - 1).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN')) return undefined;
  if (next && next.pos !== 'ADP' && next.pos !== 'DET' && next.pos !== 'PUNCT') return undefined;
  // The run may go on through the verb into a bare object ("did the two ministers *sign* trade protocols", "did the customs service
  // *report* seizures"): when its last noun is no verb, the first noun after a noun of the subject that is a bare verb of the hand-kept
  // event vocabulary and is followed by a noun ("sign"; "report" is none, so that question still reads "seizures").
  if (bareVerb(text, last)) return last;
  const run = words.slice(aux + 1, i);
  const k = run.findIndex(
    (w, j) => j > 0 && j < run.length - 1 && w.pos === 'NOUN' && bareVerb(text, w) && run.slice(0, j).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN') && run[j + 1]!.pos === 'NOUN',
  );
  return k >= 0 ? run[k] : last;
}

/**
 * A noun the tagger read that is a bare verb of the hand-kept event vocabulary ("sign", "patrol"; not "protocols", "talks"). WordNet's verbs
 * are left out: they hold "service", "minister", "police", "trade", nouns of a subject far more often than verbs after "did".
 */
function bareVerb(text: string, w: ReturnType<typeof tag>[number]): boolean {
  const word = fold(text.slice(w.start, w.end));
  return w.lemma === word && eventTypes().verbs.lemmas.has(word);
}

/** A word in "-ing" that is no base form ("crossing", "ruling"; not "bring"): never the verb after "did" or "has". */
const gerund = (word: string): boolean => /ing$/.test(word) && stem(word) !== word;

/** Where a whole word first stands in a folded question, -1 when nowhere. */
const wordAt = (q: string, word: string): number => q.search(new RegExp(`\\b${escapeRegExp(word)}\\b`));

/**
 * The question word or phrase of `questionTypes` that stands first in the folded question, which decides its type ("Which monarch…, and
 * in what year?" is a which question), and where it stands; `what` at Infinity when none does.
 * @example questionPhrase('since when has the crossing been closed?') // → { type: 'when', start: 0, end: 10 }
 */
function questionPhrase(q: string): { type: string; start: number; end: number } {
  let found = { type: 'what', start: Infinity, end: Infinity };
  for (const t of askLexicon().questionTypes) {
    const m = t.pattern.exec(q);
    if (m && m.index < found.start) found = { type: t.type, start: m.index, end: m.index + m[0].length };
  }
  return found;
}

/**
 * The question's main clause in the folded question: where it ends, and whether an offset stands in an aside, a comma-delimited
 * parenthesis opened by a word of `clauseOpeners` (lexicon/ask.json) that the main clause goes on after ("When was the treaty*, as amended
 * in 2010,* ratified…", "Did the navy*, as the ruling required,* withdraw…"). The clause ends at the first word of `clauseOpeners` that
 * follows a word of what is asked, outside an aside and outside the question's own phrase ("*since when* has…"), so a clause of time or
 * manner after the act ("…veto the package *when* EU ministers met", "…endorsed autonomy *as* Rabat asked") gives no verb; a conjunction
 * before any such word ("When did Ardern, *as* prime minister, visit…") ends nothing. `end` is Infinity when no clause follows.
 * @example mainClause('did belgium veto the package when ministers met?', terms).end // → 29
 */
export function mainClause(q: string, terms: QuestionTerm[]): { end: number; aside: (at: number) => boolean } {
  const opener = askLexicon().clauseOpener;
  const asides: [number, number][] = [];
  for (const m of q.matchAll(opener)) {
    const close = q.indexOf(',', m.index);
    if (/,\s*$/.test(q.slice(0, m.index)) && close > m.index) asides.push([m.index, close]);
  }
  const aside = (at: number) => asides.some(([from, to]) => at >= from && at < to);
  const phrase = questionPhrase(q);
  // Not the question's own words ("since when…") nor an aside's.
  const outside = (at: number) => !aside(at) && !(at >= phrase.start && at < phrase.end);
  const asked = terms.filter((t) => !t.name).map((t) => wordAt(q, t.word));
  const first = Math.min(...asked.filter((i) => i >= 0 && outside(i)));
  if (!Number.isFinite(first)) return { end: Infinity, aside };
  for (const m of q.matchAll(opener)) if (m.index > first && outside(m.index)) return { end: m.index, aside };
  return { end: Infinity, aside };
}

/** A state one is in or under for a period: "in custody", "in office", "under arrest", "on strike". */
const STATE_HELD =
  /\b(?:in (?:force|office|power|custody|detention|prison|jail|exile|captivity|effect|session|hospital)|under (?:arrest|siege|detention|house arrest|curfew|blockade|sanctions)|on (?:strike|trial|bail))\b/;

/**
 * Whether "how long is/was …" asks a length ("how long is the border") rather than a period ("how long was Kabul given…", "how long was the
 * crossing closed"). A participle or verb of a period tells a period, read in the question's own clause only: "How long is the bridge, *and
 * when did it open*…" asks a length, the second question's "open" is its own. A participle right after an article or a possessive is an
 * adjective of the thing measured ("the *planned* railway", "the *proposed* pipeline"), and so is the end of a compound ("high-*speed*").
 * @example asksLength('how long is the planned riyadh-doha railway?', undefined) // → true
 */
function asksLength(q: string, verb: QuestionTerm | undefined): boolean {
  const second = SECONDARY.map(([re]) => re.exec(q)?.index ?? Infinity);
  const own = q.slice(0, Math.min(...second));
  return (
    /\bhow long (is|was|are|were)\b/.test(own) &&
    !/\bhow long .*(?<!\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s|-)\b\w{3,}ed\b/.test(own) &&
    // "How long was Kabul *given* to hand over…": an irregular participle ("given", "taken", "chosen") tells a period as "-ed" does, when it
    // is the question's own verb, not one of a relative clause ("How long is the pipeline that was *chosen* by…" asks a length).
    !(verb && /en$/.test(verb.word) && irregularForms(verb.word).length > 0 && !new RegExp(`\\b(?:that|which|who|whom)\\b.*\\b${escapeRegExp(verb.word)}\\b`).test(own)) &&
    !/\b(closed|open|last|lasted|take|took|stay|stayed|remain|remained|held|serve|served)\b/.test(own) &&
    // A state held for a period ("How long were the detained fishermen *in custody*?"): "were … in custody" asks a period even when the
    // "-ed" word before it is an adjective.
    !STATE_HELD.test(own)
  );
}

/**
 * Reads a question: its type, the kinds of span it wants, its content words with their synonyms,
 * the years it names and the precision it asks for.
 * @example parseQuestion('When did Vietnam join ASEAN?') // → { type: 'when', wants: ['date'], terms: [vietnam, join, asean], years: [] }
 */
export function parseQuestion(text: string): ParsedQuestion {
  const lex = askLexicon();
  const q = fold(text.trim());
  const { type } = questionPhrase(q);
  let main: AnswerKind;
  if (type === 'when') main = 'date';
  else if (type === 'who') main = 'person';
  else if (type === 'how_many') main = 'number';
  else if (type === 'where') main = 'place';
  else if (type === 'yes_no') main = 'yesno';
  else main = headKind(q);
  const wants: AnswerKind[] = [main];
  for (const [re, kind] of SECONDARY) if (re.test(q) && !wants.includes(kind)) wants.push(kind);
  const years = [...q.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => m[1]!);
  const precision = lex.dayPrecision.some((p) => q.includes(p)) ? 'day' : lex.monthPrecision.some((p) => q.includes(p)) ? 'month' : undefined;
  const seen = new Set<string>();
  const terms: QuestionTerm[] = [];
  const first = tokens(text)[0]?.start;
  for (const t of tokens(text)) {
    if (lex.stopwords.has(t.folded) || /^\d{4}$/.test(t.folded) || seen.has(t.stem)) continue;
    seen.add(t.stem);
    const syn = [...(lex.synonyms.get(t.folded) ?? []), ...(lex.synonyms.get(t.stem) ?? [])];
    const written = text.slice(t.start, t.end);
    const acronym = /^[A-Z]{2,6}$/.test(written) ? written : undefined;
    const name = t.start !== first && /^\p{Lu}/u.test(written);
    // An irregular verb's other forms ("make" → made; "became" → become), from WordNet's exceptions: the stem joins only regular ones.
    const forms = name ? [] : irregularForms(t.folded).map((f) => stem(f));
    const phrases = [...new Set(syn.map((s) => fold(s)).filter((s) => / /.test(s)))];
    terms.push({ word: t.folded, stems: [...new Set([t.stem, ...syn.map((s) => stem(fold(s))), ...forms])], name, ...(acronym ? { acronym } : {}), ...(phrases.length ? { phrases } : {}) });
  }
  // The verb: the first word of what is asked after "did/does/do" and its subject, else the participle tagged after "has/have/had" ("has
  // Chile ratified the seabed…", not "seabed"), else the last participle ("when was the treaty signed"); of the main clause only, so "did
  // Belgium veto the package *when* ministers met" asks of "veto", not "met" (`mainClause`).
  const afterDo = /\b(?:did|does|do)\b/.exec(q);
  const clause = mainClause(q, terms);
  const tagged = taggedVerb(text, terms, clause);
  const inMain = (t: QuestionTerm) => !t.name && wordAt(q, t.word) < clause.end && !clause.aside(wordAt(q, t.word));
  const verb =
    (afterDo ? (tagged ?? terms.find((t) => inMain(t) && !gerund(t.word) && q.indexOf(t.word, afterDo.index) > afterDo.index)) : undefined) ??
    (tagged && /(ed|en)$/.test(tagged.word) ? tagged : undefined) ??
    [...terms].reverse().find((t) => inMain(t) && /(ed|en)$/.test(t.word));
  if (verb) verb.verb = true;
  const title = lex.titleWords.some((w) => new RegExp(`\\b${w}\\b`).test(q));
  const list = /\b(which|what) (years|dates)\b/.test(q) || /\b(which|what|name)\s+(two|three|four|five|six|seven|eight|nine|ten)\b/.test(q) || type === 'list';
  let compare: ParsedQuestion['compare'];
  if (type === 'yes_no' && years.length >= 2) {
    const has = (words: string[]) => words.some((w) => new RegExp(`\\b${w}\\b`).test(q));
    // "Was trade higher in 2015 than in 2010?" compares 2015 with 2010: the year after "than" is the one before.
    // Not "more than double between 2015 and 2019": only a year right after "than" is the earlier side.
    const than = /\bthan\s+(?:in\s+|(?:it|they|that) (?:was|were) in\s+)?(1[5-9]\d\d|20\d\d)\b/.exec(q)?.[1];
    const [from, to] = than ? [than, years.find((y) => y !== than) ?? years[0]!] : [years[0]!, years[1]!];
    if (has(lex.rise)) compare = { direction: 'rise', from, to };
    else if (has(lex.fall)) compare = { direction: 'fall', from, to };
  }
  const counted = /\bhow many\b/.test(q) ? countedNoun(q) : main === 'number' ? lex.quantityNouns.find((n) => !lex.genericQuantityNouns.includes(n) && new RegExp(`\\b${n}\\b`).test(q)) : undefined;
  // "Which Vietnamese prime minister", "who is Egypt's energy minister", "who was the British ambassador": the state before the title.
  const personAdjective = main === 'person' ? stateBeforeTitle(q) : undefined;
  const words = answerWords();
  const has = (list: string[]) => list.some((w) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(w)}($|[^\\p{L}])`, 'u').test(q));
  return {
    text,
    type,
    wants,
    head: main === 'span' && !title ? headNoun(q, verb?.word) : undefined,
    since: /\bsince when\b/.test(q),
    yearAsked: /\b(what|which) year\b/.test(q),
    hedged: has(words.hedges) || /\b(will|would|could|might|may|shall|going to)\b/.test(q) || lex.planWords.some((w) => new RegExp(`\\b${w}\\b`).test(q)),
    // "next" asks an act to come unless the question is in the past ("when did the commission next meet after the 2019 election?").
    // "When did the treaty's coming into force take place?": a question in the past ("did", "was", "were") asks of a done act, "coming" and "next" aside.
    ahead:
      /\b(?:will|shall)\b/.test(q) ||
      (/\b(?:upcoming|coming)\b/.test(q) && !/\b(?:did|was|were|had)\b/.test(q)) ||
      (/\bnext\b/.test(q) && !/\b(?:did|was|were|had)\b/.test(q)) ||
      /\b(?:is|are)\b.*\b(?:expected|planned|scheduled|due|set|to be)\b/.test(q),
    length: asksLength(q, verb),
    percent: has(words.percentCues),
    terms,
    years,
    precision,
    list,
    title,
    compare,
    // "Who is the man whose extradition…" (a noun of `personHeads` or `personNouns` after the copula and "the"): a person, not a state or body the passage names.
    onlyPeople:
      /\bnames? of\b/.test(q) ||
      (type === 'who' &&
        new RegExp(`^who (?:is|was|are|were) the (?:[\\p{L}-]+ ){0,2}?(?:${[...lex.personHeads, ...lex.personNouns].join('|')})s?(?= (?:whose|who|whom|that)\\b| ?\\?|$)`, 'u').test(q)),
    personHead: type !== 'who' && main === 'person',
    // "How old was she": an age is a number of years ("the 84-year-old queen").
    duration: /\bhow (?:long\b(?! ago)|old\b)/.test(q),
    after: main === 'span' ? /\b(for|about|against|with|to)\s*\?\s*$/.exec(q)?.[1] : undefined,
    counted: counted && stem(counted),
    personAdjective,
  };
}
