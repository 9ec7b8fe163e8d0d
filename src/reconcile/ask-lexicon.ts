import { readFileSync } from 'node:fs';
import { lexiconPath } from '../lexicon.js';
import { DyadError } from '../model/errors.js';
import { escapeRegExp } from '../extract/word-alternation.js';

/** The answerer's words (lexicon/ask.json): question types, stop words, synonyms, negations. */
export interface AskLexicon {
  questionTypes: { type: string; pattern: RegExp }[];
  personHeads: string[];
  /** Nouns for a person that name no office ("man", "woman"): only "who is the man whose…" reads them, never a which/what head ("man-made"). */
  personNouns: string[];
  /** Head nouns that make a "what" question ask for a number ("what was the value of…"). */
  quantityNouns: string[];
  /** Headings after which a document lists its sources: no answer is read there. */
  referenceHeadings: string[];
  /** Headings of a section of notes ("Notes", "Endnotes"): a note that reads as a source (`citation` in ask/corpus.ts) answers nothing, an explanatory note does. */
  noteHeadings: string[];
  /** Nouns of money ("revenue", "income", "value", "price"): a "how much" question with one asks an amount of money, not a quantity of the good it names ("how much gas revenue"). */
  moneyNouns: string[];
  /** Head nouns that ask for a place ("which city"). */
  placeHeads: string[];
  /** Words that make a question ask for a quoted title ("what was the title"). */
  titleWords: string[];
  /** Words that make a question ask for several names ("which countries", "who were"). */
  listCues: string[];
  /** Words after a number that make it a duration, the answer to "how long". */
  durationUnits: string[];
  /** Quantity nouns a passage need not repeat ("the value of trade" is answered by "trade reached $3 billion"); the others it must ("price"). */
  genericQuantityNouns: string[];
  dayPrecision: string[];
  monthPrecision: string[];
  /** Words that make a question ask for a rank ("how did it rank"): ranks are otherwise not counts. */
  rankWords: string[];
  stopwords: Set<string>;
  synonyms: Map<string, string[]>;
  /** Words that make a figure a target or a plan, not a measure ("looking toward 100 billion USD"). */
  planWords: string[];
  /** Event types that happen once between the same states: two datings of one are a conflict whoever the passages name. */
  onceTypes: string[];
  negations: Set<string>;
  /** Phrases that deny the act of the verb after them without a word of `negations` ("has yet to", "declined to", "stopped short of"). */
  negationPhrases: string[];
  /** Objects that deny the act of the verb right before them ("vetoed *nothing*"). */
  negatingObjects: string[];
  /** `clauseOpeners`, conjunctions that open a clause after the question's act ("when", "as", "after"), as one pattern of whole words. */
  clauseOpener: RegExp;
  rise: string[];
  fall: string[];
  /** Words that make a "how many" question count visits, answered from the state's visits (src/knowledge/state/). */
  visitWords: string[];
  /** Phrases that ask for counts per decade ("how many visits per decade") or per office. */
  perDecade: string[];
  perOffice: string[];
  /** Words by a figure that fix what it measures ("registered", "disbursed", "cumulative", "net"): two figures whose clauses differ in them measure two things. */
  scopeWords: string[];
  /** Words that make a passage tell an act again ("again", "a second visit", "returned"): its date is of another telling, not a rival of the first. */
  repeatWords: string[];
}

let cached: AskLexicon | undefined;

/**
 * Reads lexicon/ask.json once; a malformed file stops with LEXICON_INVALID naming it.
 * @example askLexicon().stopwords.has('the') // → true
 */
export function askLexicon(): AskLexicon {
  if (cached) return cached;
  const file = lexiconPath('ask.json');
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    cached = {
      questionTypes: raw.questionTypes.map((t: { type: string; pattern: string }) => ({ type: t.type, pattern: new RegExp(t.pattern, 'i') })),
      personHeads: raw.personHeads,
      personNouns: raw.personNouns ?? [],
      quantityNouns: raw.quantityNouns,
      referenceHeadings: raw.referenceHeadings ?? [],
      noteHeadings: raw.noteHeadings ?? [],
      moneyNouns: raw.moneyNouns ?? [],
      placeHeads: raw.placeHeads ?? [],
      titleWords: raw.titleWords ?? [],
      listCues: raw.listCues ?? [],
      durationUnits: raw.durationUnits ?? [],
      genericQuantityNouns: raw.genericQuantityNouns ?? [],
      dayPrecision: raw.dayPrecision,
      monthPrecision: raw.monthPrecision,
      rankWords: raw.rankWords,
      stopwords: new Set(raw.stopwords),
      synonyms: new Map(Object.entries(raw.synonyms as Record<string, string[]>)),
      planWords: raw.planWords,
      onceTypes: raw.onceTypes ?? [],
      // A contraction written with a typographic apostrophe ("wasn’t") as well as a straight one.
      negations: new Set((raw.negations as string[]).flatMap((w) => [w, w.replace(/'/g, '’')])),
      negationPhrases: raw.negationPhrases ?? [],
      negatingObjects: raw.negatingObjects ?? [],
      clauseOpener: new RegExp(`\\b(?:${((raw.clauseOpeners ?? []) as string[]).map(escapeRegExp).join('|') || '(?!)'})\\b`, 'g'),
      rise: raw.rise,
      fall: raw.fall,
      visitWords: raw.visitWords ?? [],
      perDecade: raw.perDecade ?? [],
      perOffice: raw.perOffice ?? [],
      scopeWords: raw.scopeWords ?? [],
      repeatWords: raw.repeatWords ?? [],
    };
    return cached;
  } catch (err) {
    throw new DyadError('LEXICON_INVALID', `${file}: ${(err as Error).message}`, { cause: err });
  }
}
