import { readFileSync } from 'node:fs';
import { lexiconPath } from '../../lexicon.js';
import { DyadError } from '../../model/errors.js';

// The answerer's words moved to reconcile/ (conflict rules read them too); re-exported for the answerer.
export * from '../../reconcile/ask-lexicon.js';

/** Words of lexicon/ask.json only the answerer reads (the conflict rules do not). */
export interface AnswerWords {
  /** Words right before a question's verb in a passage that make it planned, promised or expected, not done ("expected to approve"). */
  hedges: string[];
  /** Units after a number that answer "how long is the border": lengths. */
  lengthUnits: string[];
  /** Words that make a question ask for a percentage; otherwise a percentage is the last number taken. */
  percentCues: string[];
  /** Words a question's head noun may not be ("which became independent first"): verbs and adverbs after which/what. */
  notHeads: string[];
  /** Titles before a person's name ("Ambassador Julian Hart", "spokesperson Ana Costa") that make a run of capitalised words a person the actor stage may not know. */
  personTitles: string[];
  /** Words that make a question ask how two sides tell a matter ("according to each side", "was A responsible"). */
  stanceCues: string[];
  blameCues: string[];
  /** Words that ask each side's account only when the question names the two states together ("how did A and B *describe*…"; not "how did A describe B's move"). */
  pairStanceCues: string[];
  /** Verbs by which a side tells its account ("said", "accused", "rejected"): the state named before one speaks. */
  stanceVerbs: string[];
  /** Beginnings of the stance verbs that tell an account against the other side ("accus", "reject"): preferred to a plain "said". */
  strongStanceVerbs: string[];
  /** Verbs that name no act of their own: the noun after them does ("*gain* independence", "*take* office"); a passage may tell the act by that noun alone ("since Irish independence in 1921"). */
  lightVerbs: string[];
  /** Phrases that ask for the office a named person acted in ("*in what capacity* did X promise…"): the title before the name in the passage answers. */
  officeCues: string[];
  /** Titles of address ("Mr", "Dr") that hold no office: not an answer to an office asked for. */
  honorifics: string[];
  /** Phrases that leave the act open ("did not say whether she would accept"): a passage with one before the question's words does not answer it. */
  openCues: string[];
  /** Phrases that say an act has no date yet ("accepted an invitation to visit, although *no date was given*"): a passage with one after the question's words dates nothing. */
  undatedCues: string[];
  /** Words of an act still to come or planned ("will", "is expected to", "scheduled", "next"): a question of an act to come is answered only from a clause with one, or by a date after the document's (constraints.ts). */
  aheadCues: string[];
  /** Words of a movement whose "to" names where it goes (constraints.ts). */
  motionWords: string[];
  /** Words that tell an act as the first of its kind without the ordinal ("the *inaugural* session"): the first, not the second, asked. */
  firstWords: string[];
  /** Words of an act that happens once ("*established* diplomatic relations", "*independence*", "*first*"): two dates of it years apart are a disagreement, not two acts. */
  onceWords: string[];
  /** Words after the question's verb that open the reason a why question asks ("rejected the offer, *saying* it was an internal affair"). */
  reasonCues: string[];
  /** Words that make a how-many or how-much question ask the figure a change starts from ("*before* the increase", "*currently*"; not "before 2030"); otherwise "from 900 to 1,200" answers with 1,200. */
  earlierCues: string[];
  /** Words that credit a figure to a source ("according to", "puts … at", "counted", "estimates"): a figure told so beside the answer's, of its measure, is another source's (estimates.ts). */
  estimateCues: string[];
  /** Words that credit a figure only when a source owns it ("the embassy's *figure of* USD 250 million", "a *figure of* 1.1 billion given by the ministry"); never after "including", "of which", "with" ("including a figure of $300 million for fuel": a part) (estimates.ts). */
  ownedFigureCues: string[];
  /** Verbs that credit a figure unless their subject is narrowed to a place and is no source (`reportingSources`): "the statistics centre *reported* 2.4 million"; not "hotels in Da Nang reported 250,000 guests" (estimates.ts). */
  reportCues: string[];
  /** Head nouns of a source that reports figures (an office, a ministry, an agency, a bureau, a statistics centre, an institute, a government, customs): a subject narrowed to a place ("the statistics office in Hanoi") that a `reportCues` verb still credits (estimates.ts). */
  reportingSources: string[];
  /** Words that tie a figure to the period of the figure told before it ("recorded 6.9 million entries *for the same year*"): a credited figure so tied is that figure's rival, whatever noun it counts (estimates.ts). */
  samePeriodCues: string[];
  /** Nouns of a flow out of the state whose possessive stands before them ("Uganda's *exports*"): that state is the flow's origin (flows.ts). */
  outflowNouns: string[];
  /** Nouns of a flow into the state whose possessive stands before them ("Kenya's *imports*", "Kenya's *arrivals*"): its destination (flows.ts). */
  inflowNouns: string[];
  /** Indicators each side of a flow tells in its own word ("exports", "imports"): of one flow, its two states named alike, they are one measure (estimates.ts). */
  sideIndicators: string[];
  /** Words that credit a date to a source ("China's defence ministry *dates* the encounter to October 18", "Tempo's sources *say* Saturday"): a day so told beside the answer's is another source's dating of its act (date-estimates.ts). */
  dateCues: string[];
  /** Words that say a sentence's date is disputed ("the exact date of the first meeting *is disputed*: … give 6 August, while … recalled 13 August"): another day of the answer's act in that sentence, up to a month off, is another source's (date-estimates.ts). */
  disputeCues: string[];
  /** Words that make a `disputeCues` phrase of their clause about the date ("the exact *date* … is disputed", "accounts differ on *when*"), not another matter ("whether the treaty is in force is disputed") (date-estimates.ts). */
  disputedDateWords: string[];
  /** Words that make the sentence before a list a lead-in whose words and year frame the list's items ("signed *the following* instruments in 2024"); a sentence ending with a colon is one too. */
  leadInCues: string[];
  /**
   * Pronouns that, opening a sentence's subject, stand for something the sentence before names ("*They* are being held at the naval base"):
   * the words of the sentence before count as the sentence's own in retrieval (retrieve.ts `refersBack`).
   */
  anaphors: string[];
  /**
   * Verbs after which a sentence's first "it" stands for nothing: an expletive or a cleft, "*It is* unclear when…", "*It was* France that…",
   * "*It has been* agreed that…" (with `expletiveLinks`: at most two such verbs and a "not", one more word, then one of them).
   */
  expletiveVerbs: string[];
  /** Words that, a word after "it" and its verb, open the clause an expletive "it" stands in for ("it is unclear *when*", "it was France *that*"). */
  expletiveLinks: string[];
  /** Determiners that, before a noun the sentence before holds, make the noun stand for it ("*The* surcharge took effect on 1 May"). */
  backDeterminers: string[];
  /** Words that may open a sentence before its subject ("*But* they did not sign"), read past when finding whether it refers back. */
  sentenceOpeners: string[];
  /** A state a "how long" question asks about by its word ("how long was the crossing *closed*") → the words that tell its end ("reopened"). */
  stateEnds: Record<string, string[]>;
  /** Prepositions before which a state's capital is a place ("talks *in* Vilnius"), not the state acting ("Vilnius closed the border"). */
  placePrepositions: string[];
  /**
   * Words that open a new clause inside a sentence ("signed it in 2021, *while* Botswana has not", "*whereas*", "*but*"): a denial after one
   * is of that clause's act. "And" or a comma opens one only before a new subject and its verb ("…, and Zambia did not sign it"; `clauses.ts`).
   */
  clauseBreaks: string[];
  /**
   * Prepositions of a phrase that narrows a negated act between its verb and "until" ("was not open *on* Sundays until 2023", "*to* the
   * public", "*for* freight"): unless the question says the phrase's word, "not … until" does not date the act itself.
   */
  untilQualifiers: string[];
  /**
   * Words that tell an act done more than once ("visited Accra *twice*", "met three *times*"): a sentence with one holds several dates of
   * the act, so a coarse date of it is not narrowed to one finer date (`finer-dates.ts`).
   */
  severalTimes: string[];
  /**
   * Conjunctions that open a clause of another act inside a sentence ("…summoned the envoy, *after* the navy seized three canoes"): with
   * ",", ";" and ":" they bound the clause of the question's verb (`verbClause` in spans.ts) and the clause of a finer date (finer-dates.ts).
   */
  clauseEdges: string[];
  /** Conjunctions that join a clause of its own ("…in Dakar, on 17 July, *and* discussed…"): the finer date's clause ends at one (finer-dates.ts). */
  clauseJoins: string[];
  /** Words that open another act before a date ("two months *after* the flood of 5 August", "*since* 3 May"): a finer date after one dates that act (finer-dates.ts). */
  otherActOpeners: string[];
  /** Nouns that name people as people only, no role ("people", "persons"): a bare count right after the question's verb counts them. */
  genericPeople: string[];
}

let words: AnswerWords | undefined;

/**
 * The answerer's own words in lexicon/ask.json; a malformed entry stops with LEXICON_INVALID naming the file.
 * @example answerWords().hedges.includes('expected to') // → true
 */
export function answerWords(): AnswerWords {
  if (words) return words;
  const file = lexiconPath('ask.json');
  words = readAnswerWords(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>, file);
  return words;
}

/** Entries the answerer puts into regular expressions as written: words only (letters, spaces, hyphens, apostrophes, a final dot). */
const AS_PATTERN = /^[\p{L}][\p{L}\s'’-]*\.?$/u;

/**
 * The answerer's words from ask.json's data; a malformed entry is LEXICON_INVALID naming the file and key. Titles and honorifics are
 * read into patterns, so an entry with another character ("Dr (hon)") is refused here rather than break a question later.
 */
export function readAnswerWords(raw: Record<string, unknown>, file: string): AnswerWords {
  const list = (key: string): string[] => {
    const v = raw[key];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new DyadError('LEXICON_INVALID', `${file}: "${key}" must be a list of strings`);
    return v as string[];
  };
  const wordList = (key: string): string[] => {
    const bad = list(key).find((w) => !AS_PATTERN.test(w));
    if (bad !== undefined) throw new DyadError('LEXICON_INVALID', `${file}: "${key}" entry "${bad}" must be words (letters, spaces, hyphens, apostrophes)`);
    return list(key);
  };
  const ends = raw.stateEnds;
  if (typeof ends !== 'object' || ends === null || Array.isArray(ends) || Object.values(ends).some((v) => !Array.isArray(v) || v.some((x) => typeof x !== 'string' || !AS_PATTERN.test(x)))) {
    throw new DyadError('LEXICON_INVALID', `${file}: "stateEnds" must map a word to a list of words (letters, spaces, hyphens, apostrophes)`);
  }
  return {
    stateEnds: ends as Record<string, string[]>,
    hedges: list('hedges'),
    lengthUnits: list('lengthUnits'),
    percentCues: list('percentCues'),
    notHeads: list('notHeads'),
    personTitles: wordList('personTitles'),
    stanceCues: list('stanceCues'),
    blameCues: list('blameCues'),
    pairStanceCues: list('pairStanceCues'),
    stanceVerbs: list('stanceVerbs'),
    strongStanceVerbs: list('strongStanceVerbs'),
    lightVerbs: list('lightVerbs'),
    officeCues: list('officeCues'),
    honorifics: wordList('honorifics'),
    openCues: list('openCues'),
    undatedCues: list('undatedCues'),
    aheadCues: wordList('aheadCues'),
    motionWords: wordList('motionWords'),
    firstWords: list('firstWords'),
    onceWords: list('onceWords'),
    reasonCues: list('reasonCues'),
    earlierCues: wordList('earlierCues'),
    estimateCues: wordList('estimateCues'),
    ownedFigureCues: wordList('ownedFigureCues'),
    reportCues: wordList('reportCues'),
    reportingSources: wordList('reportingSources'),
    samePeriodCues: wordList('samePeriodCues'),
    outflowNouns: wordList('outflowNouns'),
    inflowNouns: wordList('inflowNouns'),
    sideIndicators: wordList('sideIndicators'),
    dateCues: wordList('dateCues'),
    disputeCues: wordList('disputeCues'),
    disputedDateWords: wordList('disputedDateWords'),
    placePrepositions: wordList('placePrepositions'),
    leadInCues: wordList('leadInCues'),
    anaphors: wordList('anaphors'),
    expletiveVerbs: wordList('expletiveVerbs'),
    expletiveLinks: wordList('expletiveLinks'),
    backDeterminers: wordList('backDeterminers'),
    sentenceOpeners: wordList('sentenceOpeners'),
    clauseBreaks: wordList('clauseBreaks'),
    untilQualifiers: wordList('untilQualifiers'),
    genericPeople: wordList('genericPeople'),
    severalTimes: wordList('severalTimes'),
    clauseEdges: wordList('clauseEdges'),
    clauseJoins: wordList('clauseJoins'),
    otherActOpeners: wordList('otherActOpeners'),
  };
}
