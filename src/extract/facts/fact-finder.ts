import { readFileSync } from 'node:fs';
import type { EntityMention, FactAnnotation, Qualifier, TimeAnnotation } from '../../model/annotation.js';
import type { Block, Sentence } from '../../model/document.js';
import { lexiconPath } from '../../lexicon.js';
import { DIGITS, SCALE_WORD, measureUnit, numberWords, parseFraction, parseMultiple, parseNumber, parseOrdinal } from './numbers.js';
import { isCurrency, resolveCurrency } from './currency-finder.js';
import { MONTH } from '../time/patterns.js';
import { nonProseSpans } from '../citations.js';
import { within } from '../spans.js';
import { actorLexicon } from '../actors/actor-lexicon.js';
import { PatternSet } from '../pattern-set.js';
import { type PatternName, valueMatches } from './value-patterns.js';
import { countsIn, nthTime } from './counted-finder.js';
import { superlativeRank } from './superlative-finder.js';
import { unitOfNoun } from './unit-nouns.js';

export const FACT_STAGE = 'facts';

interface Indicator {
  id: string;
  unit: string;
  keywords: RegExp[];
  flow?: boolean;
  counts?: string[];
}
interface IndicatorLexicon {
  indicators: Indicator[];
  rankContext: RegExp;
  notRank: RegExp;
  keywords: { owners: Indicator[]; search: PatternSet };
}

let cached: IndicatorLexicon | undefined;

function indicatorLexicon(): IndicatorLexicon {
  if (!cached) {
    const raw = JSON.parse(readFileSync(lexiconPath('indicators.json'), 'utf8'));
    const indicators: Indicator[] = raw.indicators.map((i: { id: string; unit: string; keywords: string[] }) => ({ ...i, keywords: i.keywords.map((k) => new RegExp(k, 'gi')) }));
    // An action ("killed", "expelled") names only the counted phrase it governs (counted-finder.ts), not any number near it.
    const searched = indicators.filter((i) => !i.counts);
    const owners = searched.flatMap((indicator) => indicator.keywords.map(() => indicator));
    cached = {
      indicators,
      keywords: { owners, search: new PatternSet(searched.flatMap((i) => i.keywords)) },
      rankContext: new RegExp(`(?:${raw.rankContexts.join('|')})`, 'i'),
      // "12th Party Congress", "12th CPV National Congress": a few capitalised words may come between.
      notRank: new RegExp(`^\\s*(?:[A-Z][\\w-]*\\s+){0,3}(?:${raw.notRanks.join('|')})`),
    };
  }
  return cached;
}

/** Words that may follow an ordinal that is a rank: "third in 2017", "second largest", "150th member". */
const RANK_NEXT =
  /^(?:in|on|after|behind|among|amongst|with|of|by|and|or|for|following|to|at|as|place|position|largest|biggest|highest|lowest|greatest|most|member|members|ranked|overall|globally|worldwide|respectively)$/;
const YEAR_AFTER = /^\s*(?:\)\s*)?(?:in|by|as of|for|at the end of|in fiscal year|in FY)\s+(?:the\s+(?:year\s+)?)?((?:1[89]|20)\d\d)(?:\s+and\s+((?:1[89]|20)\d\d))?\b/i;
const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:more than|over|above|exceed(?:ed|ing)?|surpass(?:ed|ing)?|upwards of|in excess of)\s*$/i, 'more_than'],
  [/(?:less than|under|below|fewer than|merely under)\s*$/i, 'less_than'],
  [/(?:at least|no less than|a minimum of)\s*$/i, 'at_least'],
  // "between 3,000 and 5,000": the first end of a range is a floor, the second a ceiling.
  [/\bbetween\s*$/i, 'at_least'],
  [/\bbetween\s+(?:US\$|\$|€|£|¥)?[\d.,]+(?:\s+[a-z]+)?\s+and\s*$/i, 'at_most'],
  [/(?:up to|at most|no more than|a maximum of|as many as|as much as)\s*$/i, 'at_most'],
  [/(?:about|approximately|approx\.|around|nearly|almost|some|roughly|close to|an estimated|estimated)\s*$/i, 'approx'],
];

/** `phraseEnd`: where the phrase the value heads ends ("1,772 companies"), if past the number. */
interface Value {
  start: number;
  end: number;
  value: number;
  unit: string;
  rule: string;
  phraseEnd?: number;
  indicator?: string;
}

function qualifierBefore(text: string): Qualifier {
  const before = text.slice(-30).replace(/\(\s*$/, '');
  for (const [re, q] of QUALIFIERS) if (re.test(before)) return q;
  return 'exact';
}

/** The countries (alpha-3) a sentence names and the document names, most named first: they resolve a currency symbol several share. */
interface CurrencyContext {
  sentence: string[];
  document: string[];
}
/** One sentence's matches of each value pattern; `index` is an offset into the whole text. */
type SentenceMatches = Record<PatternName, RegExpMatchArray[]>;

/** Each value pattern's matches (value-patterns.ts), handed to the sentences that hold them. */
function matchesBySentence(text: string, sentences: Sentence[]): SentenceMatches[] {
  const out: SentenceMatches[] = sentences.map(() => ({}) as SentenceMatches);
  for (const [name, found] of Object.entries(valueMatches(text)) as [PatternName, RegExpExecArray[]][]) {
    const all = found.map((m) => ({ start: m.index, end: m.index + m[0].length, m }));
    within(all, sentences).forEach((list, i) => (out[i]![name] = list.map((x) => x.m)));
  }
  return out;
}

/** Whether any value pattern matched in a sentence: a sentence without numbers needs no more work. */
function hasNumbers(matches: SentenceMatches): boolean {
  for (const name in matches) if (name !== 'NOT_QUANTITY' && matches[name as PatternName].length) return true;
  return false;
}

/**
 * Spans of a sentence (at `base` in the text) where numbers are not quantities: citations,
 * URLs and tags, footnote markers, section numbers ("1.2."), and absolute dates.
 */
function notQuantities(sentence: string, base: number, times: TimeAnnotation[]): [number, number][] {
  const skip: [number, number][] = [];
  for (const [a, b] of nonProseSpans(sentence)) skip.push([base + a, base + b]);
  for (const m of sentence.matchAll(/\[\^?\d+\]|\b\d+(?:\.\d+)+\.(?=\s)/g)) skip.push([base + m.index!, base + m.index! + m[0].length]);
  for (const t of times) if (!t.relative) skip.push([t.start, t.end]);
  return skip;
}

/** The numbers of one sentence, each once, with the most specific reading. */
function valuesIn(sentence: string, base: number, skip: [number, number][], matches: SentenceMatches, context: CurrencyContext, hits: KeywordHit[]): Value[] {
  const found: Value[] = [];
  const taken = (s: number, e: number) => found.some((v) => s < v.end && e > v.start) || skip.some(([a, b]) => s < b && e > a);
  const push = (m: RegExpMatchArray, value: number, unit: string, rule: string) => {
    const s = m.index!;
    const e = s + m[0].length;
    if (!taken(s, e) && Number.isFinite(value)) found.push({ start: s, end: e, value, unit, rule });
  };
  for (const m of matches.RANK_NUMBER) {
    const e = m.index! + m[0].length;
    if (!taken(e - m[1]!.length, e)) found.push({ start: e - m[1]!.length, end: e, value: Number(m[1]), unit: 'rank', rule: 'rank-number' });
  }
  for (const m of matches.NOT_QUANTITY) skip.push([m.index!, m.index! + m[0].length]);
  // A symbol or word no currency fits in this context is no quantity at all, not another currency.
  for (const m of matches.CURRENCY_BEFORE) {
    // A symbol of one letter, or a code of three written against its digits, is money only with a
    // scale word or a number written as money ("R32.4 billion", "R1,500"), not "the R2" or "COP28".
    const joined = /^\p{L}$/u.test(m[1]!) || (/^[A-Z]{3}$/.test(m[1]!) && m[0][3] !== ' ');
    if (joined && !m[3] && !m[4] && !/[,.]/.test(m[2]!)) continue;
    const code = resolveCurrency(m[1]!, '', context.sentence, context.document);
    // "US$4-5 billion", "$2 to 3 million": the first amount of a range takes the scale written after the second.
    const shared = !m[3] && !m[4] ? RANGE_SCALE.exec(sentence.slice(m.index! - base + m[0].length, m.index! - base + m[0].length + 24)) : null;
    if (code) push(m, parseNumber(m[2]!, m[3] ?? m[4] ?? shared?.[1]), code, 'currency');
  }
  for (const m of matches.CURRENCY_AFTER) {
    const code = resolveCurrency(m[4]!, m[3]!, context.sentence, context.document);
    if (code) push(m, parseNumber(m[1]!, m[2]), code, 'currency');
  }
  for (const m of matches.PERCENT) {
    // "100 percent sure", "a 100 per cent commitment": a manner of speaking, a percentage of nothing.
    const local = m.index! - base + m[0].length;
    if (NO_SHARE.test(sentence.slice(local, local + 30))) skip.push([m.index!, m.index! + m[0].length]);
    else push(m, Number(m[1]!.replace(/,/g, '')), 'percent', 'percent');
  }
  // "a quarter of Czech exports", "two-thirds of the students": a share of a whole.
  for (const m of matches.FRACTION) push(m, parseFraction(m[1]!)!, 'percent', 'fraction');
  for (const m of matches.PERCENT_RANGE) push(m, Number(m[1]!.replace(/,/g, '')), 'percent', 'percent');
  for (const m of matches.MEASURE) push(m, parseNumber(m[1]!, m[2]), measureUnit(m[3]!), 'measure');
  // "killing two civilians", "six coast guard ships": a count whose verb or noun names what it counts.
  for (const c of countsIn(sentence, base, matches.COUNTED_PHRASE)) if (!taken(c.start, c.end)) found.push(c);
  for (const m of matches.SUPERLATIVE_RANK) {
    const r = superlativeRank(sentence, base, m);
    if (r && !taken(r.start, r.end)) found.push(r);
  }
  for (const m of matches.NTH_TIME) {
    const c = nthTime(m);
    if (c && !taken(c.start, c.end)) found.push(c);
  }
  for (const m of matches.COUNTED) {
    const unit = unitOfNoun(m[3]!);
    const s = m.index!;
    // "the two soldiers" points back at people already named, "one of the soldiers" picks one of them: they count nothing.
    if (!/\d/.test(m[1]!) && (/\b(?:the|these|those)\s+$/i.test(sentence.slice(Math.max(0, s - base - 8), s - base)) || /^\S+\s+of\b/i.test(m[0]))) continue;
    // The value ends after its scale, written apart ("1.2 million") or against it ("1.2m").
    const e = s + (m[2] ? m[0].indexOf(m[2], m[1]!.length) + m[2].length : m[1]!.length);
    if (!taken(s, e)) found.push({ start: s, end: e, value: parseNumber(m[1]!, m[2]), unit, rule: 'counted', phraseEnd: s + m[0].length });
  }
  for (const m of matches.MULTIPLE) {
    const local = m.index! - base;
    // "grew seven times", "twice as large": a factor; "met seven times", "invited three times": how often, not a quantity.
    const factor =
      /^\s*(?:as\b|more|larger|bigger|higher|greater|over|than|the\b|(?:increase|rise|growth|jump|expansion)\b)/.test(sentence.slice(local + m[0].length, local + m[0].length + 12)) ||
      /(?:grew|grown|increased|rose|risen|expanded|multiplied|jumped|\bup)\s+(?:by\s+)?$/.test(sentence.slice(Math.max(0, local - 20), local)) ||
      // "doubled to $10 billion": a verb of growth is a factor by itself.
      /^\p{L}+ed$/u.test(m[1]!);
    const end = m.index! + m[0].length;
    // "visited Uganda five times": how often, counted where an indicator of occasions names it (its keyword ends in "times").
    const occasions = factor ? undefined : hits.find((h) => h.indicator.unit === 'count' && h.start < m.index! && h.end >= end);
    if (factor) push(m, parseMultiple(m[1]!)!, 'times', 'multiple');
    else if (occasions && !taken(m.index!, end)) found.push({ start: m.index!, end, value: parseMultiple(m[1]!)!, unit: 'count', rule: 'occasions', indicator: occasions.indicator.id });
    else skip.push([m.index!, end]);
  }
  for (const m of matches.ORDINAL) {
    const local = m.index! - base;
    const after = sentence.slice(local + m[0].length, local + m[0].length + 40);
    const before = sentence.slice(Math.max(0, local - 40), local);
    if (indicatorLexicon().notRank.test(after)) continue;
    // "rose by a third", "one fifth of": a fraction, no place in a ranking.
    if (/\b(?:a|one)\s+$/i.test(before)) continue;
    // "the first partner country", "her first trip abroad": an ordinal before a plain word
    // orders that thing; a rank stands alone ("ranked third in 2017") or before a rank word.
    const next = /^\s+([a-z]+)/.exec(after)?.[1];
    if (next && !RANK_NEXT.test(next)) continue;
    // "Fourth, the membership…": an ordinal that opens a sentence lists arguments, not ranks.
    if (/^\s*,/.test(after) && /^\W*$/.test(before)) continue;
    const yearAfter = /^\s+in\s+(?:1[89]|20)\d\d/.test(after);
    if (!yearAfter && !indicatorLexicon().rankContext.test(before + after)) continue;
    if (
      /^(?:first|second)$/i.test(m[1]!) &&
      !(yearAfter && /rank/i.test(sentence)) &&
      !/(?:rank|was|became|place|position|member|largest|biggest|destination|partner|donor|investor)/i.test(before.slice(-25) + after.slice(0, 20))
    )
      continue;
    push(m, parseOrdinal(m[1]!)!, 'rank', 'ordinal');
  }
  for (const m of matches.PLAIN) {
    const v = parseNumber(m[1]!, m[2]);
    const digits = m[1]!.replace(/,/g, '');
    // A bare four-digit year, a day of a month, or a small section number is not a quantity.
    if (!m[2] && /^(1[5-9]|20)\d\d$/.test(m[1]!)) continue;
    const local = m.index! - base;
    if (!m[2] && /^\d{1,2}$/.test(digits) && MONTH_BEFORE.test(sentence.slice(Math.max(0, local - 12), local))) continue;
    // "President Ruto, 56, met…", "aged 58": a person's age.
    if (
      !m[2] &&
      /^\d{2}$/.test(digits) &&
      (AGE_BEFORE.test(sentence.slice(Math.max(0, local - 30), local)) ||
        (/^,\s+(?:[a-z]|who\b)/.test(sentence.slice(local + m[0].length)) && /\p{Lu}[\p{L}.'’-]+,\s*$/u.test(sentence.slice(Math.max(0, local - 30), local))))
    )
      continue;
    // "12 defence agreements", "40 countries": a number before a plural noun counts it.
    const counted = /^\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\b/.test(sentence.slice(local + m[0].length, local + m[0].length + 40));
    // A number word counts only what follows it ("eight agreements"): "one of", "two sides" alone is prose.
    // "the two countries" points back at things already named; it counts nothing.
    const word = !/\d/.test(m[1]!);
    // "one of high priorities": a number word before "of" picks from a group, it counts nothing.
    const partitive = /^\s+of\b/i.test(sentence.slice(local + m[0].length, local + m[0].length + 4));
    if (word && !m[2] && (!counted || partitive || /\bthe\s+$/i.test(sentence.slice(Math.max(0, local - 4), local)))) continue;
    push(m, v, counted ? 'count' : '', word && !m[2] ? 'number-word' : 'number');
  }
  found.sort((a, b) => a.start - b.start);
  // "400,000 to 500,000 Filipinos", "3,000-5,000 workers": the first end of a range counts what the second counts.
  for (let k = 0; k + 1 < found.length; k++) {
    const [v, w] = [found[k]!, found[k + 1]!];
    if (v.unit === '' && w.unit && v.rule === 'number' && /^\s?(?:to|-|–)\s?$/.test(sentence.slice(v.end - base, w.start - base))) found[k] = { ...v, unit: w.unit, rule: 'range' };
  }
  return found;
}

interface KeywordHit {
  start: number;
  end: number;
  indicator: Indicator;
}

/** Every indicator keyword in the text, all keywords searched together (not once per number). */
function keywordHits(text: string): KeywordHit[] {
  const { owners, search } = indicatorLexicon().keywords;
  const hits = search.matchAll(text).flatMap((matches, i) => matches.map((m) => ({ start: m.index, end: m.index + m[0].length, indicator: owners[i]! })));
  // "grant aid", "net ODA": a keyword inside a longer one of another indicator names nothing of its own.
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const inside = new Set<KeywordHit>();
  let widest: KeywordHit | undefined;
  for (const h of sorted) {
    if (widest && h.end <= widest.end && h.indicator !== widest.indicator && widest.end - widest.start > h.end - h.start) inside.add(h);
    if (!widest || h.end > widest.end) widest = h;
  }
  return hits.filter((h) => !inside.has(h));
}

/** The physical units of numbers.json ("m3", "MW"). */
const MEASURES = new Set(Object.keys(numberWords().measures));
const MONTH_BEFORE = new RegExp(`${MONTH}\\s*$`);

/**
 * Whether an indicator can measure a value of this unit: money measures money, people count
 * people; a percentage, a rank or a bare number fits any indicator.
 */
function fits(indicator: Indicator, unit: string): boolean {
  if (isCurrency(unit)) return isCurrency(indicator.unit);
  if (unit === 'persons' || unit === 'projects') return indicator.unit === unit;
  if (unit === 'count') return !isCurrency(indicator.unit) && indicator.unit !== 'persons';
  return true;
}

/** The indicator named nearest a number that fits its unit: before it counts at face distance, after it at double. */
function indicatorFor(hits: KeywordHit[], at: number, unit: string): Indicator | undefined {
  let best: { ind: Indicator; dist: number } | undefined;
  // "gas exports of 9 billion cubic metres": a physical unit goes first to the indicator measured in it.
  const own = MEASURES.has(unit) ? hits.filter((h) => h.indicator.unit === unit) : [];
  for (const h of own.length ? own : hits) {
    if (!fits(h.indicator, unit)) continue;
    const dist = h.start <= at ? at - h.start : (h.start - at) * 2;
    if (!best || dist < best.dist) best = { ind: h.indicator, dist };
  }
  return best?.ind;
}

/** Where the clause holding `at` begins: just after the last ",", ";" or ":" since `from`. */
function clauseStart(text: string, from: number, at: number): number {
  for (let k = at - 1; k >= from; k--) if (text[k] === ',' || text[k] === ';' || text[k] === ':') return k + 1;
  return from;
}

/**
 * Finds quantitative facts sentence by sentence (and row by row in tables): each number with
 * its value in base units, unit, the year it refers to ("120,000 in 1995"), the indicator named
 * nearest to it, its qualifier ("more than"), and the first country of the sentence as subject.
 * Years, days, page numbers, footnote markers and ordinals of congresses are not quantities.
 */
export function findFacts(
  text: string,
  blocks: Block[],
  sentences: Sentence[],
  times: TimeAnnotation[],
  entities: EntityMention[],
  options: { publicationDate?: string } = {},
): Omit<FactAnnotation, 'stage'>[] {
  const out: Omit<FactAnnotation, 'stage'>[] = [];
  let previousIndicator: Indicator | undefined;
  // The direction a sentence gave a flow ("Visitors from Viet Nam to Japan have risen."): the next sentences of the paragraph that name no other country keep it.
  let previousFlow: { indicator: string; direction: { from: string; to: string } } | undefined;
  const timesOf = within(times, sentences);
  const entitiesOf = within(entities, sentences);
  const keywordsOf = within(keywordHits(text), sentences);
  const matchesOf = matchesBySentence(text, sentences);
  const documentCountries = countriesByMentions(entities);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const block = blocks[s.block]!;
    // An indicator named in one sentence carries to the next only within a paragraph.
    if (i > 0 && sentences[i - 1]!.block !== s.block) {
      previousIndicator = undefined;
      previousFlow = undefined;
    }
    if (block.type === 'heading' || block.type === 'footnote') continue;
    const sentence = text.slice(s.start, s.end);
    const context = { sentence: entitiesOf[i]!.filter((e) => e.kind === 'country' && e.country).map((e) => e.country!), document: documentCountries };
    const values = hasNumbers(matchesOf[i]!) ? valuesIn(sentence, s.start, notQuantities(sentence, s.start, timesOf[i]!), matchesOf[i]!, context, keywordsOf[i]!) : [];
    // Dates that can be a period: a year, month, day or range of years, open ("since 2013") or
    // not; "the end of 2021" gives its year.
    const sentenceYears = cumulativeSpans(
      text,
      timesOf[i]!.filter((t) => (/^\d{4}(?:-\d\d)?(?:-\d\d)?$|^\d{4}\/(?:\d{4}|\.\.)$/.test(t.edtf) || t.granularity === 'season') && !inSource(text, t)).map((t) =>
        t.granularity === 'season' ? { ...t, edtf: t.edtf.slice(0, 4) } : t,
      ),
    );
    // "38.2 billion US dollars", "HK$ 5 billion": a country named inside a value's own words is its currency's, no subject or end of a flow.
    const countries = entitiesOf[i]!.filter((e) => (e.kind === 'country' || e.country) && !values.some((v) => e.start >= v.start && e.end <= v.end));
    let previous: { value: Value; unit: string; indicator?: Indicator } | undefined;
    for (const v of values) {
      // "4,120 persons in 2005, 5,300 in 2010": a bare number listed after a measured one counts the same thing.
      // … unless the words between name another indicator ("$300 billion and a population of 50 million").
      const between = text.slice(previous?.value.end ?? 0, v.start);
      const listed =
        v.unit === '' &&
        previous &&
        previous.value.rule !== 'ordinal' &&
        /^[^;:]{0,40}$/.test(between) &&
        /,|\band\b/.test(between) &&
        !keywordsOf[i]!.some((h) => h.start >= previous!.value.end && h.end <= v.start)
          ? previous
          : undefined;
      const carried = previousIndicator && fits(previousIndicator, v.unit) ? previousIndicator : undefined;
      const named = v.indicator ? indicatorLexicon().indicators.find((x) => x.id === v.indicator) : undefined;
      const indicator = named ?? (listed ? listed.indicator : (indicatorFor(keywordsOf[i]!, v.start, v.unit) ?? carried));
      // A bare number that no indicator names is not a fact ("19 countries signed", "Route 1").
      if (!indicator && (v.unit === '' || v.rule === 'number' || v.rule === 'number-word' || v.rule === 'multiple' || v.rule === 'fraction') && !listed) continue;
      // "six used vessels" near "capacity": a number in words counts things, so only an indicator that counts things takes it.
      if (v.rule === 'number-word' && indicator?.unit !== 'count') continue;
      // "GDP per capita should surpass $3,000 by 2030": a target, not a measurement.
      if (TARGET.test(text.slice(clauseStart(text, s.start, v.start), v.start))) continue;
      const unit = v.unit || listed?.unit || indicator?.unit || 'count';
      previous = { value: v, unit, ...(indicator ? { indicator } : {}) };
      const tail = YEAR_AFTER.exec(text.slice(v.phraseEnd ?? v.end, s.end));
      const nearest = sentenceYears.reduce<TimeAnnotation | undefined>((best, t) => (!best || Math.abs(t.start - v.start) < Math.abs(best.start - v.start) ? t : best), undefined)?.edtf;
      // News: a clause with no date of its own states what held on the day it was published.
      // A rank told in the present ("is the largest partner") holds in the year of publication.
      const rankNow = unit === 'rank' && PRESENT_RANK.test(text.slice(clauseStart(text, s.start, v.start), v.start)) ? options.publicationDate?.slice(0, 4) : undefined;
      // "in FY2022-23", "180 million euros for 2018-2021": a span of years read whole, not its first year.
      const after = v.phraseEnd ?? v.end;
      const fiscal = tail ? sentenceYears.find((t) => /^\d{4}\/\d{4}$/.test(t.edtf) && t.start >= after && t.start < after + tail[0].length) : undefined;
      const periods = fiscal ? [fiscal.edtf] : tail ? [tail[1]!, ...(tail[2] ? [tail[2]] : [])] : [nearest ?? (unit === 'rank' ? rankNow : options.publicationDate)];
      const subject = subjectOf(text, countries, v);
      const direction = indicator?.flow ? (directionIn(text, countries, v.start) ?? carriedFlow(previousFlow, indicator.id, countries)) : undefined;
      if (direction && indicator) previousFlow = { indicator: indicator.id, direction };
      // A rank is a rank in some period: "Kenya is the third-biggest investor" alone places nothing.
      if (unit === 'rank' && !periods[0]) continue;
      for (const period of periods) {
        out.push({
          start: s.start,
          end: s.end,
          valueStart: v.start,
          valueEnd: v.end,
          indicator: indicator?.id ?? (unit === 'rank' ? 'rank' : 'quantity'),
          value: v.value,
          unit,
          ...(period ? { period } : {}),
          ...(subject ? { subject } : {}),
          ...(direction ? { direction } : {}),
          qualifier: qualifierBefore(text.slice(Math.max(s.start, v.start - 40), v.start)),
          confidence: indicator ? 0.8 : 0.5,
          rule: v.rule,
        });
      }
      if (indicator) previousIndicator = indicator;
    }
    // A sentence that names an indicator without a number sets it for the next ("the number of
    // Kenyans living in Germany has grown. … 4,120 persons in 2005").
    if (!values.length && keywordsOf[i]!.length) {
      previousIndicator = keywordsOf[i]![keywordsOf[i]!.length - 1]!.indicator;
      const flow = keywordsOf[i]!.find((h) => h.indicator.flow);
      const direction = flow ? directionIn(text, countries, flow.start) : undefined;
      if (flow && direction) previousFlow = { indicator: flow.indicator.id, direction };
    }
  }
  return out;
}

/** "(Embassy of Korea in Kenya, Economy Section, 2021)": the year a source was published, no period of the figures. */
const SOURCE = /\([\p{Lu}][^()]{2,100},\s*$/u;
function inSource(text: string, t: TimeAnnotation): boolean {
  return /^[a-z]?\)/.test(text.slice(t.end, t.end + 2)) && SOURCE.test(text.slice(Math.max(0, t.start - 102), t.start));
}

/**
 * "from 1990 (the year the law passed) to the end of 2020": two dates of a sentence that open
 * and close one cumulative period, with words between them, as the interval of their years.
 * The time stage reads "from 1993 to 2021" written together itself.
 * @example cumulativeSpans('from 1990 (…) to the end of 2020', [1990, 2020]) // → one time, edtf '1990/2020'
 */
function cumulativeSpans(text: string, times: TimeAnnotation[]): TimeAnnotation[] {
  const out: TimeAnnotation[] = [];
  const bracketed = (from: number, to: number) => (text.slice(from, to).match(/\(/g)?.length ?? 0) > (text.slice(from, to).match(/\)/g)?.length ?? 0);
  for (let k = 0; k < times.length; k++) {
    const a = times[k]!;
    const opened = /^\d{4}/.test(a.edtf) && /\b(?:from|since)\s+$/i.test(text.slice(Math.max(0, a.start - 6), a.start));
    // The date that closes it: the next one outside brackets ("from 1990 (the year …) to 2020").
    let j = k + 1;
    while (opened && j < times.length && bracketed(a.end, times[j]!.start)) j++;
    const b = times[j];
    if (opened && b && /^\d{4}/.test(b.edtf) && b.edtf.slice(0, 4) > a.edtf.slice(0, 4) && /^[^;]{1,120}?\b(?:to|until|till|through)\s+$/i.test(text.slice(a.end, b.start))) {
      out.push({ ...a, end: b.end, edtf: `${a.edtf.slice(0, 4)}/${b.edtf.slice(0, 4)}` });
      k = j;
    } else out.push(a);
  }
  return out;
}

/** The countries (alpha-3) the mentions name, most named first. */
function countriesByMentions(entities: EntityMention[]): string[] {
  const counts = new Map<string, number>();
  for (const e of entities) if (e.kind === 'country' && e.country) counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/**
 * The country a value is about: the country named nearest to it in its sentence, a country
 * named before it counting at face distance and one after it, in the same clause, at double
 * ("Kenya was number 4 (210,000 visitors)", "60,000 left for Qatar"). Countries it is
 * compared against are passed over.
 */
function subjectOf(text: string, all: EntityMention[], v: Value): string | undefined {
  // "Moscow brokered a truce, during which 600 people were killed": a clause of its own under a
  // preposition and "which" has a subject of its own; the countries before it are not the value's.
  const mentions = all.filter((m) => !(m.end <= v.start && RELATIVE.test(text.slice(m.end, v.start))));
  // "15 Armenian soldiers", "four Russian diplomats": the country inside the counted phrase.
  const inside = v.phraseEnd ? mentions.find((m) => m.kind === 'country' && m.start >= v.end && m.end <= v.phraseEnd!) : undefined;
  if (inside) return inside.name;
  // "ranking second after Korea (US$70.6 billion, 18.4%)": a figure in brackets right after a country is that country's.
  const bracketed = mentions.find((m) => m.kind === 'country' && m.end <= v.start && /^\s*\([^()]{0,40}$/.test(text.slice(m.end, v.start)));
  if (bracketed) return bracketed.name;
  let best: { name: string; dist: number } | undefined;
  const others = comparators(text, mentions);
  for (const m of mentions) {
    if (m.kind !== 'country' || others.has(m)) continue;
    // "Peru is Chile's largest partner": the country whose ranking it is, not the one ranked.
    if (v.unit === 'rank' && m.end <= v.start && RANKER.test(text.slice(m.end, v.start))) continue;
    // A country after the value counts only within its clause ("60,000 left for Qatar").
    if (m.start >= v.end && !/^[^,;:()]{0,60}$/.test(text.slice(v.end, m.start))) continue;
    // … at face distance when a preposition ties them ("25,000 for Oman", "12,000 from India").
    const tied = m.start >= v.end && AFTER_TIE.test(text.slice(v.end, m.start));
    const dist = m.end <= v.start ? v.start - m.end : (m.start - v.end) * (tied ? 1 : 2);
    if (!best || dist < best.dist) best = { name: m.name, dist };
  }
  // Else the country of a person or body the sentence names ("the Ministry of Trade of Kenya").
  const owner = mentions.find((m) => m.country)?.country;
  return best?.name ?? (owner ? actorLexicon().countries.get(owner)?.name : undefined);
}

const RELATIVE = /,\s*(?:during|in|after|before|under|through|since|at|by) (?:which|whom)\b/i;
const RANKER = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u;
const AFTER_TIE = /^\s*(?:[a-z]+\s+){0,2}?(?:for|from|to|in|into)\s+(?:the\s+)?$/;
const COMPARATOR = /\b(?:after|following|behind|surpassing|overtaking|than|ahead of|followed by|except|excluding)\s+(?:the\s+)?$/i;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;

/**
 * Countries named as the ones compared against ("ranked third after the US, Germany and
 * France, ahead of Italy"): a figure is not about them.
 */
function comparators(text: string, mentions: EntityMention[]): Set<EntityMention> {
  const out = new Set<EntityMention>();
  let previous: EntityMention | undefined;
  for (const m of mentions) {
    if (m.kind !== 'country') continue;
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const listed = previous && out.has(previous) && LIST_GAP.test(text.slice(previous.end, m.start));
    if (listed || COMPARATOR.test(before)) out.add(m);
    previous = m;
  }
  return out;
}

/** What follows the first amount of a range whose scale is written once, after the second: "-5 billion", " to 3 million". */
const RANGE_SCALE = new RegExp(`^\\s?(?:-|–|to)\\s?(?:\\$|US\\$)?(?:${DIGITS})\\s?(${SCALE_WORD})(?![\\p{L}])`, 'u');
const AGE_BEFORE = /\baged\s+$/i;
const NO_SHARE = /^\s+(?:sure|certain|committed|commitment|confident|behind|right|wrong|true|guaranteed|serious|effort|support(?:ed|ive)?|agree[sd]?)\b/i;
const PRESENT_RANK = /\b(?:is|are|remains|remain|ranks|has been|have been)\b/i;
// A target, a forecast or what a plan would bring: "should surpass", "are looking toward", "would cut … by $4 billion".
const TARGET =
  /\b(?:should|must|would|could|might|aims? to|aimed to|target(?:s|ed)?|goal|(?:is|are) expected to|projected|forecast|looking (?:to|toward|towards|forward to)|hop(?:e|es|ed|ing) to|seek(?:s|ing)? to|plan(?:s|ned|ning) to|intend(?:s|ed)? to)\b/i;
const RECEIVE_VERB = /\b(?:receiv|obtain|attract|import|borrow|accept|welcom|host(?:s|ed|ing)?\b|got\b|gets?\b)/i;
const FLOW_VERB = /^\s*(?:'s?|’s?)?\s*(?:\w+\s+){0,4}?(?:provided|committed|pledged|granted|invested|exported|sent|disbursed|lent|gave|extended|offered)\b/i;

/**
 * The direction of a flow, from the countries of its sentence and the words between them:
 * "from Japan to Viet Nam", "Japan's ODA to Viet Nam", "Japanese investment in Viet Nam",
 * "Korean tourists visited the Philippines", "Viet Nam received … from Japan", "Viet Nam
 * received 600,000 Japanese tourists". Of several pairs, the one nearest the value at `at` ("Viet
 * Nam received 600,000 Japanese tourists, and 80,000 Vietnamese tourists went to Japan": two
 * directions). Undefined when the sentence does not say.
 */
function directionIn(text: string, mentions: EntityMention[], at: number): { from: string; to: string } | undefined {
  const countries = mentions.filter((m) => m.kind === 'country');
  let best: { from: string; to: string; dist: number } | undefined;
  for (let k = 0; k + 1 < countries.length; k++) {
    const a = countries[k]!;
    const b = countries[k + 1]!;
    if (a.entity === b.entity) continue;
    const gap = text.slice(a.end, b.start);
    if (gap.length > 80 || /[;:]/.test(gap)) continue;
    const found = pairDirection(text, a, b, gap);
    if (!found) continue;
    const dist = at < a.start ? a.start - at : at > b.end ? at - b.end : 0;
    if (!best || dist < best.dist) best = { ...found, dist };
  }
  return best ? { from: best.from, to: best.to } : undefined;
}

/** The direction two neighbouring countries of a sentence give a flow, by the words between them. */
function pairDirection(text: string, a: EntityMention, b: EntityMention, gap: string): { from: string; to: string } | undefined {
  const before = text.slice(Math.max(0, a.start - 6), a.start);
  if (/\bfrom\s+$/i.test(before) && /^\s*(?:to|into)\s+(?:the\s+)?$/i.test(gap)) return { from: a.name, to: b.name };
  // "Kenya received … from Japan"; not "12,000 from Kenya, 8,000 from Peru", a list of sources.
  if (/\bfrom\s+(?:the\s+)?$/i.test(gap) && RECEIVE_VERB.test(gap)) return { from: b.name, to: a.name };
  // "Viet Nam received 600,000 Japanese tourists": what a country takes in comes from the one its adjective names.
  if (b.rule === 'lexicon-adjective' && RECEIVE_VERB.test(gap) && !/\b(?:from|to)\b/i.test(gap)) return { from: b.name, to: a.name };
  const sourceLike = a.rule === 'lexicon-adjective' || /^['’]s?\b/.test(gap) || FLOW_VERB.test(gap);
  if (sourceLike && /\b(?:to|into|in|for|toward|visit(?:s|ed|ing)?)\s+(?:the\s+)?$/i.test(gap) && !/\bfrom\b/i.test(gap)) return { from: a.name, to: b.name };
  return undefined;
}

/**
 * "Visitors from Viet Nam to Japan have risen fast. The number of Vietnamese visitors was 495,000
 * in 2019.": a sentence of the same flow that names no country outside the direction told just
 * before keeps it.
 */
function carriedFlow(previous: { indicator: string; direction: { from: string; to: string } } | undefined, indicator: string, mentions: EntityMention[]): { from: string; to: string } | undefined {
  if (!previous || previous.indicator !== indicator) return undefined;
  const named = mentions.filter((m) => m.kind === 'country').map((m) => m.name);
  return named.every((n) => n === previous.direction.from || n === previous.direction.to) ? previous.direction : undefined;
}
