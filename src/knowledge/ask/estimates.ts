import { fold } from '../../extract/fold.js';
import { MONTHS, WEEKDAYS } from '../../extract/time/patterns.js';
import { CARDINAL_WORD, DIGITS, SCALE_WORD, parseNumber } from '../../extract/facts/numbers.js';
import { tag } from '../../extract/nlp/tagger.js';
import { indicatorLexicon } from '../../extract/facts/indicator-keywords.js';
import type { DocumentRecord } from '../../model/document.js';
import { personNoun } from '../../extract/facts/counted-nouns.js';
import { measureScope } from '../../reconcile/measure-scope.js';
import type { AskCorpus, Passage } from './corpus.js';
import { cite, type Found } from './find.js';
import { answerWords, askLexicon } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { near } from './stances.js';
import { flowOf, opposite, sameFlowAs, type Flow } from './flows.js';
import { creditPhrases } from './speakers.js';
import { statesAsked } from './states.js';
import { stem } from './text.js';
import type { Claim } from './types.js';

// Another source's figure of the answer's measure told beside it: "Some 7.2 million passengers crossed …, according to the Port of
// Tallinn; Finnish customs counted 6.8 million", "Saudi officials put the cost at 25 billion riyals; Qatari officials have spoken of
// 'over 28 billion riyals'". The rival holds none of the question's words ("counted 6.8 million"), so retrieval never ranks its
// sentence near the answer's: it is read from the answer's own sentence and the sentences around it.

/** How many sentences either side of the answer's another source's figure may stand, in the same report (as a side's account: stances.ts). */
const ESTIMATE_WITHIN = 3;
/** Two sources' figures of one measure differ by less than this factor; further apart they measure two things (a part and the whole). */
const ESTIMATE_FACTOR = 3;
/** Two figures this close (a share of the larger) are one figure rounded two ways, not two sources' ("fourteen trains" after "14 military trains"). */
const SAME_VALUE = 0.005;
/**
 * Two amounts compared by their equivalents in a common currency ("¥12 billion (about $85 million)" against "VND 2,100 billion (about $86
 * million)") this close (a share of the larger) are one amount: each source converts at its own rate (a year's average, a day's, an official
 * or a market rate, which differ by a few percent) and rounds to two or three figures (up to half a percent each at "$85 million").
 */
const EQUIVALENT_SAME = 0.05;
/** At most this many rivals are shown beside the answer's figure. */
const MOST_RIVALS = 2;
/** Units of counts: a count of people stored as `persons` and one read as a bare number count the same thing. */
const COUNT_UNITS = new Set(['', 'persons', 'count']);

/** A figure written in a document: where, its value in base units, its unit (a stored fact's, else '' or `percent`). */
export interface Figure {
  start: number;
  end: number;
  value: number;
  unit: string;
  indicator?: string;
  /** The period the fact stage read for it ("2023" for "counted 2.6 million tonnes for the same year" after "In 2023 …"). */
  period?: string;
  /** The same amount in another currency, as the text writes it in brackets right after: "QAR 1.62 billion *(≈ $445 million)*". */
  equivalent?: { value: number; unit: string };
}

/** What stands between an amount and its equivalent in brackets: "QAR 1.62 billion (≈ $445 million)", "128 million dinars (about US$340 million)". */
const EQUIVALENT_BETWEEN = /^\s*\(\s*(?:[≈~]|about|around|some|roughly|approx\.|approximately|nearly|equivalent\s+to|or)?\s*$/iu;
/** A currency's code, as the fact stage stores an amount's unit. */
const CURRENCY = /^[A-Z]{3}$/;

/**
 * Each amount's equivalent in another currency written in brackets right after it, read from the stored facts: "Bilateral trade reached
 * QAR 1.62 billion (≈ $445 million)" holds QAR 1.62 billion, worth USD 445 million by the text's own reckoning.
 */
function withEquivalents(doc: DocumentRecord, figures: Figure[]): Figure[] {
  return figures.map((f, i) => {
    const next = figures[i + 1];
    if (!next || !CURRENCY.test(f.unit) || !CURRENCY.test(next.unit) || next.unit === f.unit) return f;
    if (!EQUIVALENT_BETWEEN.test(doc.text.slice(f.end, next.start)) || !/^\s*\)/u.test(doc.text.slice(next.end, next.end + 4))) return f;
    return { ...f, equivalent: { value: next.value, unit: next.unit } };
  });
}

/**
 * Two figures' values in one unit, when they may measure one thing: as written when their units may be one (`sameUnit`), else in the
 * currency one of them, or each, is also written in ("QAR 1.62 billion (≈ $445 million)" against "BHD 128 million (≈ $340 million)":
 * 445 and 340 million dollars); undefined when no unit is shared.
 * @example commonValues({ value: 1.62e9, unit: 'QAR', equivalent: { value: 445e6, unit: 'USD' } }, { value: 128e6, unit: 'BHD', equivalent: { value: 340e6, unit: 'USD' } }) // → [445e6, 340e6]
 */
export function commonValues(a: Figure, b: Figure): [number, number] | undefined {
  if (sameUnit(a, b)) return [a.value, b.value];
  const as = [{ value: a.value, unit: a.unit }, ...(a.equivalent ? [a.equivalent] : [])];
  const bs = [{ value: b.value, unit: b.unit }, ...(b.equivalent ? [b.equivalent] : [])];
  for (const x of as) for (const y of bs) if (CURRENCY.test(x.unit) && x.unit === y.unit) return [x.value, y.value];
  return undefined;
}

/** A number alone, with its scale word: a stored amount written without its currency. */
const BARE = new RegExp(`^(?:${DIGITS})(?:\\s+${SCALE_WORD})?$`, 'iu');

/** A number written, with its scale word; not one that begins a compound ("a 27-year-old sergeant", "a 25-year contract"). */
const FIGURE = new RegExp(`(?<![\\p{L}\\p{N}.,])(${DIGITS}|${CARDINAL_WORD})(?:\\s+(${SCALE_WORD}))?(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu');

/**
 * The figures of a sentence: its stored facts, and the numbers written that no fact holds ("Finnish customs counted 6.8 million",
 * "no more than eight"); years, dates and numbers in a reference's brackets left out.
 */
function figuresIn(doc: DocumentRecord, p: { start: number; end: number }): Figure[] {
  const facts = (doc.annotations?.facts ?? []).filter((f) => f.valueStart >= p.start && f.valueEnd <= p.end);
  const times = (doc.annotations?.times ?? []).filter((t) => t.start < p.end && p.start < t.end);
  // "Statistics Estonia puts the total at 3.3 billion": an amount the fact stage gave its indicator's currency, none being written, is of an
  // unwritten one; and when the sentence never names that indicator either, the indicator and its currency were carried from the sentence
  // before ("Trade … was worth 14.2 billion euros. Some 18,000 Swedes commute …, although the association believes the number is nearer 21,500"), and
  // the number is of no known unit: a count as much as an amount.
  const text = doc.text.slice(p.start, p.end);
  const unitOf = (f: (typeof facts)[number]) => (/^[A-Z]{3}$/.test(f.unit) && BARE.test(doc.text.slice(f.valueStart, f.valueEnd)) ? (namesIndicator(f.indicator, text) ? 'money' : '') : f.unit);
  const out: Figure[] = facts.map((f) => ({
    start: f.valueStart,
    end: f.valueEnd,
    value: f.value,
    unit: unitOf(f),
    ...(namesIndicator(f.indicator, text) ? { indicator: f.indicator } : {}),
    ...(f.period ? { period: f.period } : {}),
  }));
  for (const m of text.matchAll(FIGURE)) {
    const start = p.start + m.index;
    const end = start + m[0].length;
    if (out.some((f) => f.start < end && start < f.end) || times.some((t) => t.start < end && start < t.end)) continue;
    // A bare year ("by early 1999"), a page or a year in a reference's brackets ("Tsend (2024: 143)").
    const [before, after] = [text.slice(0, m.index), text.slice(m.index + m[0].length)];
    if (/^(?:1[5-9]|20)\d\d$/.test(m[0]) || (/\(\s*[\d:;,.\s-]*$/.test(before) && /^[\d:;,.\s-]*\)/.test(after))) continue;
    const unit = /^\s*(?:%|per\s?cent|percent)/i.test(after) ? 'percent' : /[$€£¥]\s*$|\b[A-Z]{3}\s$/u.test(before) ? 'money' : '';
    out.push({ start, end, value: parseNumber(m[1]!, m[2]), unit });
  }
  return withEquivalents(
    doc,
    out.sort((a, b) => a.start - b.start),
  );
}

/**
 * Whether a sentence names an indicator by one of its keywords (lexicon/indicators.json), or the lexicon does not know it. The fact stage
 * carries an indicator over from the sentence before ("…, of which exports accounted for 96.8 billion. The central bank recorded a total
 * of 148.9 billion" is stored as exports): a figure whose sentence never names its indicator measures what its own words say.
 */
function namesIndicator(id: string, sentence: string): boolean {
  const indicator = indicatorLexicon().indicators.find((i) => i.id === id);
  return !indicator || indicator.keywords.some((k) => keywordIn(k).test(sentence));
}

/** Each keyword's pattern compiled once to find it anywhere (`keywordIn`) and to be a whole word (`keywordIs`), not once a figure. */
const compiledIn = new WeakMap<RegExp, RegExp>();
const compiledIs = new WeakMap<RegExp, RegExp>();
const compiled = (cache: WeakMap<RegExp, RegExp>, k: RegExp, source: string): RegExp => {
  let re = cache.get(k);
  if (!re) cache.set(k, (re = new RegExp(source, 'iu')));
  return re;
};
/** An indicator's keyword found anywhere in a text, case aside (the lexicon's own pattern is global, so stateful). */
const keywordIn = (k: RegExp) => compiled(compiledIn, k, k.source);
/** An indicator's keyword as the whole of a word. */
const keywordIs = (k: RegExp) => compiled(compiledIs, k, `^(?:${k.source})$`);

/** Where the clause of a figure begins and ends in its sentence: after the last comma, semicolon, colon or bracket before it, up to the next after it. */
export function clauseOf<F extends { start: number; end: number }>(text: string, p: { start: number }, f: F, from = 0): [number, number] {
  const before = text.slice(0, f.start - p.start);
  const start = Math.max(from, ...[',', ';', ':', '('].map((c) => before.lastIndexOf(c) + 1));
  const rest = text.slice(f.end - p.start);
  const stop = rest.search(/[,;:()]|\.(?:\s|$)/);
  return [start, stop < 0 ? text.length : f.end - p.start + stop];
}

/**
 * Where a source may be credited with a figure: its clause, reaching back over commas to the last semicolon or the answer's figure
 * (`from`), since a source's name and verb may stand before an aside: "…; Paraguay's Ministry of Finance, which disputes the interest,
 * *says* the amount is no more than $1.8 billion", "…; our own *estimates* are more modest, close to 900,000". In another sentence with
 * no semicolon before the figure, its clause alone: "Customs, which counts goods at the border, put all exports higher, at 3.4 billion"
 * tells a total beside a part, not the part's rival.
 * @example creditClause('4.2 billion; the ministry, citing arrears, says 1.8 billion', { start: 0 }, f18, 11) // → ' the ministry, citing arrears, says 1.8 billion'
 */
export function creditClause(text: string, p: { start: number }, f: Figure, from = 0): string {
  const [start, end] = clauseOf(text, p, f, from);
  const semicolon = text.slice(0, f.start - p.start).lastIndexOf(';');
  return semicolon < 0 && !from ? text.slice(start, end) : text.slice(Math.max(from, semicolon + 1), end);
}

/** A figure's part of a count told before it, written right after the figure: "1.2 million *of them*", "300 *of whom*", "40 percent *of these*". */
const PART_AFTER = /^\s+(?:percent\s+|per\s+cent\s+)?of\s+(?:them|whom|which|these|those)\b/iu;

/** A reference's brackets, a year and its pages: "Tsend (*2024: 143*) gives …", "Volkova (*2025: 97-104*)": the year a work was published, no period. */
const REFERENCE = /\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*:\s*\d[\d\s,–-]*\)/gu;

/**
 * The years written in a text, a reference's year left out.
 * @example yearsIn('Tsend (2024: 143) gives "around 20,000" for 1937–1939') // → Set {'1937', '1939'}
 */
const yearsIn = (text: string) => new Set(text.replace(REFERENCE, ' ').match(/\b(?:1[89]|20)\d\d\b/g) ?? []);

/**
 * A figure a change starts from, written right before it: "up *from* a record 600 million", "rose from 600 million to 820 million"; not
 * a figure a source puts a flow at, "put imports from Namibia *at* $187 million".
 */
const FROM_BEFORE = /\bfrom\s+(?:[\p{L}$€£¥]+\s+){0,3}$/u;
const AT_BEFORE = /\bat\s+$/u;
/** The figure a change reaches, right after "to" in a clause that tells where it started: "from 600 million to 820 million". */
const TO_BEFORE = /\bfrom\b.*\bto\s+(?:[\p{L}$€£¥]+\s+){0,2}$/u;

/**
 * The states and places a span names (a place by its entity and its state): "Australia recorded 210,000", "Japan gave 25 million". Read
 * from the store by place: an answer's document holds no entities layer (corpus.ts).
 */
async function placesIn(corpus: AskCorpus, doc: DocumentRecord, start: number, end: number): Promise<Set<string>> {
  const out = new Set<string>();
  if (end <= start) return out;
  for (const m of await corpus.entitiesWithin(doc, start, end)) {
    if (m.start < start || m.end > end) continue;
    if (m.kind === 'country' || m.kind === 'place') out.add(m.entity);
    if (m.country) out.add(m.country);
  }
  return out;
}

/** The states and places a span names right after "in" ("3,100 Danish pensioners *in Norway*"): where a figure counts. */
async function placesCountedIn(corpus: AskCorpus, doc: DocumentRecord, start: number, end: number): Promise<string[]> {
  if (end <= start) return [];
  const mentions = (await corpus.entitiesWithin(doc, start, end)).filter((m) => m.start >= start && m.end <= end && (m.kind === 'country' || m.kind === 'place'));
  return mentions.filter((m) => /\bin\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, m.start - 8), m.start))).flatMap((m) => [m.entity, ...(m.country ? [m.country] : [])]);
}

/** The noun right after a figure ("33,100 *visas*"), folded and stemmed, when one follows: what it counts. */
function nounAfter(doc: DocumentRecord, f: Figure): string | undefined {
  const words = tag(doc.text.slice(f.end, f.end + 40), f.end);
  const first = words.findIndex((w) => w.pos !== 'ADJ' && w.pos !== 'NUM');
  const w = words[first];
  if (!w || (w.pos !== 'NOUN' && w.pos !== 'PROPN') || !/^[\s"”’']*$/.test(doc.text.slice(f.end, words[0]!.start))) return undefined;
  return stem(fold(doc.text.slice(w.start, w.end)));
}

/** A figure's class of things counted: persons when its unit is, or when the noun after it names people ("1,870 *arrivals* of returnees"); else its unit. */
function countClass(doc: DocumentRecord, f: Figure): string {
  if (f.unit === 'persons') return 'persons';
  const words = tag(doc.text.slice(f.end, f.end + 40), f.end).filter((w) => w.pos === 'NOUN');
  const word = words[0] && fold(doc.text.slice(words[0].start, words[0].end));
  if (word && (personNoun(words[0]!.lemma) || indicatorLexicon().indicators.some((i) => i.unit === 'persons' && i.keywords.some((k) => keywordIs(k).test(word))))) return 'persons';
  return COUNT_UNITS.has(f.unit) ? 'count' : f.unit;
}

/**
 * Whether a figure tied to the answer's period counts what the answer's does: the same class of things (persons, things, tonnes), or a noun
 * the question's synonyms hold (`synonyms` in lexicon/ask.json). "2.2 million hotel bookings" beside "2.9 million Spanish visitors" does not.
 */
function sameCount(doc: DocumentRecord, mine: Figure, other: Figure, q: ParsedQuestion): boolean {
  if (countClass(doc, mine) === countClass(doc, other)) return true;
  const noun = nounAfter(doc, other);
  return !!noun && q.terms.some((t) => t.stems.includes(noun));
}

/** The indicators whose keywords a text names (lexicon/indicators.json). */
function indicatorsNamed(text: string): Set<string> {
  return new Set(
    indicatorLexicon()
      .indicators.filter((i) => i.keywords.some((k) => keywordIn(k).test(text)))
      .map((i) => i.id),
  );
}

/** Word classes that end the noun phrase after "of" ("of coffee sales *abroad* in 2025"). */
const PHRASE_WORDS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Whether a figure's own clause names another measure than the answer's sentence: another indicator's keyword ("Latvian customs
 * recorded *exports* of 600 million" beside a trade total), or what it counts written after its unit ("1.4 billion dollars *of coffee
 * sales*") in nouns neither the question nor the answer's indicators hold. Such a figure is another measure, no source's rival.
 * @example namesOtherMeasure(doc, 'Uganda\'s central bank recorded 1.4 billion dollars of coffee sales abroad', f, 'Trade … was worth 3.2 billion', asked) // → true
 */
function namesOtherMeasure(doc: DocumentRecord, clause: string, f: Figure, mySentence: string, asked: Set<string>, also: Iterable<string> = []): boolean {
  const mine = new Set([...indicatorsNamed(mySentence), ...also]);
  if ([...indicatorsNamed(clause)].some((id) => !mine.has(id))) return true;
  const of = /^\s+(?:[\p{L}$€£¥]+\s+){0,2}?of\s+/u.exec(doc.text.slice(f.end, f.end + 60));
  if (!of) return false;
  const words = tag(doc.text.slice(f.end + of[0].length, f.end + of[0].length + 60), f.end + of[0].length);
  const stop = words.findIndex((w) => !PHRASE_WORDS.has(w.pos));
  const phrase = stop < 0 ? words : words.slice(0, stop);
  const nouns = phrase.filter((w) => w.pos === 'NOUN');
  if (!nouns.length) return false;
  const text = doc.text.slice(phrase[0]!.start, phrase.at(-1)!.end);
  if ([...indicatorsNamed(text)].some((id) => mine.has(id))) return false;
  return !nouns.some((w) => asked.has(stem(fold(doc.text.slice(w.start, w.end)))));
}

/** Whether two figures are in units that may measure one thing: the same unit, or counts, or an amount of money and a number written without its currency. */
function sameUnit(a: Figure, b: Figure): boolean {
  if (a.unit === b.unit || (COUNT_UNITS.has(a.unit) && COUNT_UNITS.has(b.unit))) return true;
  const money = (u: string) => /^[A-Z]{3}$/.test(u) || u === 'money';
  return (money(a.unit) && (b.unit === '' || b.unit === 'money')) || (money(b.unit) && (a.unit === '' || a.unit === 'money'));
}

/** Whether a folded clause holds one of a list's words or phrases. */
export const holds = (clause: string, words: string[]) => words.some((c) => cuePattern(c).test(clause));

/** Each cue's pattern, compiled once: `holds` is asked of every figure near an answer's. */
const cuePatterns = new Map<string, RegExp>();
function cuePattern(cue: string): RegExp {
  let re = cuePatterns.get(cue);
  if (!re) cuePatterns.set(cue, (re = new RegExp(`(^|[^\\p{L}])${cue}($|[^\\p{L}])`, 'u')));
  return re;
}

/**
 * Whether a clause credits its figure to a source (`estimateCues` in lexicon/ask.json: "according to", "puts … at", "counted",
 * "estimates"; a `reportCues` verb whose subject is no part narrowed to a place, `sourceReports`; or an `ownedFigureCues` phrase a source
 * owns: "the embassy's figure of"), not as a target (`planWords`: "aim", "forecast").
 */
export function credits(clause: string): boolean {
  const f = fold(clause);
  return (holds(f, answerWords().estimateCues) || ownsFigure(f) || sourceReports(clause)) && !holds(f, askLexicon().planWords);
}

/** A subject narrowed to a place: its head, then "in" or "at" a named place or a region ("Hotels *in Hoi An*", "farmers *in the north*"); not a month or a weekday ("the ministry in a statement *in June*"). */
const NARROWED = new RegExp(
  `(?<!\\p{L})(\\p{L}+)\\s+(?:in|at)\\s+(?:the\\s+)?(?:(?!(?:${[...MONTHS, ...WEEKDAYS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})(?!\\p{L}))\\p{Lu}|(?:north|south|east|west|northern|southern|eastern|western|central)(?!\\p{L}))`,
  'u',
);
/** What ends the clause before a report verb's subject: "Speaking at Davos*,* the minister reported". */
const SUBJECT_START = /[^,;:()]*$/;

/** Words after which "reports" is the noun: a possessive ("its reports"). */
const POSSESSIVE = /^(?:its|their|his|her|our|my|your)$/i;
/** Words "reports" the noun is followed by ("reports of fighting", "reports from the border", "reports that …"). */
const NOUN_AFTER = /^(?:of|from|by|on|that|which|say|said|suggest|suggested)$/i;

/**
 * Whether the word at `at` is "reports" the plural noun, not the verb: after a determiner, a number, an adjective or a possessive
 * ("the two reports", "recent reports", "its reports"), or before a verb or a noun's preposition ("reports released in May",
 * "reports of"). The tagger alone cannot tell: it reads "Dubai Customs reports AED 2.4 billion" as a noun.
 */
function pluralNoun(clause: string, at: number): boolean {
  if (clause.slice(at, at + 7).toLowerCase() !== 'reports') return false;
  const words = tag(clause);
  const i = words.findIndex((w) => w.start === at);
  if (i < 0) return false;
  const before = words[i - 1];
  const after = words[i + 1];
  const word = (w: (typeof words)[number]) => clause.slice(w.start, w.end);
  return (!!before && (['DET', 'NUM', 'ADJ'].includes(before.pos) || POSSESSIVE.test(word(before)))) || (!!after && (['VERB', 'AUX'].includes(after.pos) || NOUN_AFTER.test(word(after))));
}

/**
 * Whether a clause credits its figure by a `reportCues` verb ("reports", "reported") whose subject is not a part narrowed to a place: "the
 * Abu Dhabi statistics centre *reported* 2.4 million", "the statistics office in Hanoi reported" (its head one of `reportingSources`);
 * not "Hotels in Hoi An *reported* 260,000 Japanese guests", a place's part of a national count, no source's rival of it.
 * @example sourceReports('The statistics centre reported 2.4 million') // → true; sourceReports('Hotels in Hoi An reported 260,000') // → false
 */
export function sourceReports(clause: string): boolean {
  const { reportCues, reportingSources } = answerWords();
  const f = fold(clause);
  return reportCues.some((cue) => {
    const m = cuePattern(cue).exec(f);
    if (!m) return false;
    const at = m.index + m[1]!.length;
    if (pluralNoun(clause, at)) return false;
    const head = NARROWED.exec(SUBJECT_START.exec(clause.slice(0, at))![0])?.[1];
    return !head || reportingSources.includes(fold(head).toLowerCase());
  });
}

/** A possessor right before an owned-figure cue, one adjective between at most: "the embassy*'s* figure of", "*its* latest figure of"; not "it's a figure of". */
const OWNER_BEFORE = /(?:\p{L}['’]s?|(?<!\p{L})(?:its|their|his|her|our))\s+(?:(?!(?:a|an|the)\s)[\p{L}-]+\s+)?$/u;
/** A source named after the figure: "a figure of 1.1 billion *given by* the ministry". */
const GIVEN_BY = /^\s+[^,;:()]{0,40}?(?<!\p{L})(?:given|cited|quoted|published)\s+by(?!\p{L})/u;
/** A part of the figure told before: "*including* a figure of $300 million for fuel", "*of which* …", "*with* …": no source owns it. */
const PART_BEFORE = /(?<!\p{L})(?:including|of\s+which|with)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,4}$/u;

/**
 * Whether a folded clause credits its figure by an `ownedFigureCues` phrase a source owns: a possessor before it, or "given by" after.
 * @example ownsFigure("the hungarian embassy's figure of eur 1.1 billion") // → true; ownsFigure('including a figure of $300 million for fuel') // → false
 */
function ownsFigure(f: string): boolean {
  return answerWords().ownedFigureCues.some((cue) => {
    for (let at = f.indexOf(cue); at >= 0; at = f.indexOf(cue, at + 1)) {
      const [before, after] = [f.slice(0, at), f.slice(at + cue.length)];
      if (/\p{L}$/u.test(before) || /^\p{L}/u.test(after) || PART_BEFORE.test(before)) continue;
      if (OWNER_BEFORE.test(before) || GIVEN_BY.test(after)) return true;
    }
    return false;
  });
}

/** Whether a clause ties its figure to the period of a figure told before it (`samePeriodCues` in lexicon/ask.json: "for the same year"). */
const samePeriod = (clause: string) => holds(fold(clause), answerWords().samePeriodCues);

/**
 * Other sources' figures of the answer's measure in its sentence and the sentences around it, each with its sentence cited: a figure
 * in the unit of the answer's (or written without one), another value less than a factor of `ESTIMATE_FACTOR` apart, counting no
 * other noun than the answer's or one of the question's, of the same years and scope words, and whose clause (from the other figure
 * when they share a sentence) credits it to a source ("Finnish customs *counted* 6.8 million"). The later of the two is the one the
 * text tells as another source's, so that clause is read, whichever of the two answers.
 * @example (await otherEstimates(q, found, corpus))?.map((c) => c.answer) // → ['6.8 million']
 */
export async function otherEstimates(q: ParsedQuestion, found: Found, corpus: AskCorpus): Promise<Claim[] | undefined> {
  const span = found.spans[0];
  // "What was trade in 2025 according to Statistics Estonia?" asks one source's figure: the others' are not asked ("according to Cyprus and
  // according to Turkey" asks both).
  if (!span || span.kind !== 'number' || q.list || creditPhrases(q.text).length === 1) return undefined;
  const doc = found.doc;
  const sentence = found.at;
  const mine = figuresIn(doc, sentence).find((f) => f.start < span.end && span.start < f.end);
  if (!mine || !mine.value) return undefined;
  const asked = new Set(q.terms.flatMap((t) => t.stems));
  const myNoun = nounAfter(doc, mine);
  const textOf = (p: { start: number; end: number }) => doc.text.slice(p.start, p.end);
  const clause = (p: Passage, f: Figure, from = 0) => {
    const [a, b] = clauseOf(textOf(p), p, f, from);
    return textOf(p).slice(a, b);
  };
  const yearsOf = (p: Passage, f: Figure) => {
    for (const text of [clause(p, f), textOf(p)]) if (yearsIn(text).size) return yearsIn(text);
    const prev = corpus.passage(doc, p.index - 1);
    return prev ? yearsIn(textOf(prev)) : new Set<string>();
  };
  // The states the question asks are the sides, not other places: "Ecuador's central bank puts the total at 2.6 billion" beside Colombia's
  // figure of Ecuador–Colombia trade.
  const askedStates = statesAsked(q.text).flatMap((id) => [id, id.replace(/^country:/, '')]);
  const myPlaces = new Set([...(await placesIn(corpus, doc, sentence.start, sentence.end)), ...askedStates]);
  const [ms, me] = clauseOf(textOf(sentence), sentence, mine);
  const myFlow = await flowOf(corpus, doc, sentence.start + ms, sentence.start + me);
  const sides = new Set(answerWords().sideIndicators);
  const sideNamed = [...indicatorsNamed(textOf(sentence))].some((id) => sides.has(id));
  const myScope = measureScope(textOf(sentence), mine.start - sentence.start, mine.end - sentence.start);
  const claims: Claim[] = [];
  const seen: Figure[] = [mine];
  const passages = [sentence, ...near(corpus, doc, sentence.index, ESTIMATE_WITHIN)].filter((p) => p.doc === doc.name);
  for (const p of passages) {
    for (const other of figuresIn(doc, p)) {
      // Compared in one unit: as written, or in a currency both are also written in (`commonValues`).
      const values = commonValues(mine, other);
      if (other.start === mine.start || !other.value || !values) continue;
      // Two figures in no common unit are not compared; equivalents are each source's own conversion, so they agree within `EQUIVALENT_SAME`.
      const sameValue = (s: Figure) => {
        const common = commonValues(s, other);
        if (!common) return false;
        const [a, b] = common;
        return Math.abs(a - b) <= (sameUnit(s, other) ? SAME_VALUE : EQUIVALENT_SAME) * Math.max(a, b);
      };
      if (seen.some(sameValue)) continue;
      if (Math.max(...values) > ESTIMATE_FACTOR * Math.min(...values)) continue;
      const same = p === sentence;
      // A later figure tied to the answer's period ("recorded 6.9 million entries *for the same year*") is told as the same measure by
      // another count, whatever noun or indicator it is stored with ("entries" beside "trips", "arrivals of deportees" beside "deported").
      // The period is the one last named before the cue ("In 2023 the crossing was closed …; the road agency counted 2.6 million tonnes for
      // the same year" ties it to 2023), and the figure counts what the answer's does: not "2.2 million hotel bookings in the same year"
      // beside visitors.
      // Read only when a check below needs it (it tags the words after both figures).
      let isTied: boolean | undefined;
      const tied = () =>
        (isTied ??=
          other.start > mine.start && samePeriod(clause(p, other, same ? mine.end - p.start : 0)) && !(mine.period && other.period && mine.period !== other.period) && sameCount(doc, mine, other, q));
      // The flow's two states named alike in both clauses, each side's word for it is one measure ("Botswana's imports from Namibia"
      // beside "Namibia's exports to Botswana"; `sideIndicators` in lexicon/ask.json).
      const [cs, ce] = clauseOf(textOf(p), p, other, same && other.start > mine.start ? mine.end - p.start : 0);
      let flow: Flow | undefined;
      const otherFlow = async () => (flow ??= await flowOf(corpus, doc, p.start + cs, p.start + ce));
      const sameFlow = async () => !!myFlow.from && !!myFlow.to && sameFlowAs(myFlow, await otherFlow());
      if (mine.indicator && other.indicator && mine.indicator !== other.indicator && !tied() && !(sides.has(mine.indicator) && sides.has(other.indicator) && (await sameFlow()))) continue;
      // A part of a count told before it ("counted 1.2 million *of them* in the capital"), no source's rival of the whole.
      if (PART_AFTER.test(doc.text.slice(other.end, other.end + 40))) continue;
      const noun = nounAfter(doc, other);
      if (noun && noun !== myNoun && !asked.has(noun) && !tied()) continue;
      // The later figure's clause, from the earlier figure when they share the sentence, credits it to a source.
      const [first, second] = other.start > mine.start ? [mine, other] : [other, mine];
      const from = same ? first.end - p.start : 0;
      if (!credits(creditClause(textOf(second === other ? p : sentence), second === other ? p : sentence, second, from))) continue;
      // Of the answer's measure: not "1.4 billion dollars of coffee sales" beside a trade total.
      const mySides = sideNamed && (await sameFlow()) ? sides : [];
      if (namesOtherMeasure(doc, clause(p, other, same && other.start > mine.start ? mine.end - p.start : 0), other, textOf(sentence), asked, mySides)) continue;
      // Not the figure a change started from or reached ("rose to 820 million, up from a record 600 million").
      const before = fold(clause(p, other).slice(0, other.start - p.start - clauseOf(textOf(p), p, other)[0]));
      if ((FROM_BEFORE.test(before) && !AT_BEFORE.test(before)) || (same && TO_BEFORE.test(fold(textOf(p).slice(0, other.start - p.start))))) continue;
      // Naming no state or place the answer's sentence does not ("Australia recorded 210,000" beside Chilean tourists in New Zealand).
      if ([...(await placesIn(corpus, doc, p.start + cs, p.start + ce))].some((e) => !myPlaces.has(e))) continue;
      // Not the flow the other way ("Uganda's exports to Kenya" beside Kenya's to Uganda, "arrivals from Kenya" beside arrivals from Uganda).
      if (opposite(myFlow, await otherFlow())) continue;
      // In the answer's own sentence, a place the rival figure is counted "in" must be among the places of the answer's part: "Some 4,300
      // Danish pensioners lived in Skåne …; Norway's pension agency counts 3,100 Danish pensioners in Norway". A source's own state ("Estonia's
      // Transport Administration counted 2.1 million", "18 hectares according to Equatorial Guinea") or a side ("1,600 on the Uruguayan
      // side") is no place counted in.
      if (same && other.start > mine.start) {
        const own = new Set([...(await placesIn(corpus, doc, sentence.start, p.start + cs)), ...askedStates]);
        if ((await placesCountedIn(corpus, doc, other.end, p.start + ce)).some((e) => !own.has(e))) continue;
      }
      // Of the same years ("in 2025" against "in the first nine months of 2026" are two periods): a clause's, else its sentence's, else
      // the sentence before's ("In 2024, customs recorded 1.3 billion").
      const [mine_, other_] = [yearsOf(sentence, mine), yearsOf(p, other)];
      if (mine_.size && other_.size && ![...other_].some((y) => mine_.has(y)) && !tied()) continue;
      if (measureScope(textOf(p), other.start - p.start, other.end - p.start) !== myScope) continue;
      seen.push(other);
      claims.push({ answer: doc.text.slice(other.start, other.end), citations: [cite(doc, p)] });
      if (claims.length >= MOST_RIVALS) return claims;
    }
  }
  return claims.length ? claims : undefined;
}
