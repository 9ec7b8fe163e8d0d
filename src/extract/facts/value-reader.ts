import type { Sentence } from '../../model/document.js';
import type { TimeAnnotation } from '../../model/annotation.js';
import { CARDINAL_WORD, DIGITS, SCALE_WORD, measureUnit, numberWords, storedMeasure, parseFraction, parseMultiple, parseNumber, parseOrdinal, scaled } from './numbers.js';
import { codeWordIsMoney, currencyLexicon, currencyWords, isCurrency, resolveCurrency, wordMayBeMoney } from './currency-finder.js';
import { MONTH } from '../time/patterns.js';
import { nonProseSpans } from '../citations.js';
import { within } from '../spans.js';
import { noQuantitySpans } from './no-quantity.js';
import { type PatternName, valueMatches } from './value-patterns.js';
import { type CountedValue, casualtiesIn, countsIn, nthTime, runningCount } from './counted-finder.js';
import { superlativeRank } from './superlative-finder.js';
import { possessedRank } from './possessed-rank.js';
import { partOfWhole } from './part-of-whole.js';
import { unitOfNoun } from './unit-nouns.js';
import { countedNoun, countsAfter, personNoun } from './counted-nouns.js';
import { howOften } from './how-often.js';
import { type KeywordHit, indicatorLexicon, keywordHits } from './indicator-keywords.js';

/** Words that may follow an ordinal that is a rank: "third in 2017", "second largest", "150th member". */
const RANK_NEXT =
  /^(?:in|on|after|behind|among|amongst|with|of|by|and|or|for|following|to|at|as|place|position|largest|biggest|highest|lowest|greatest|most|member|members|ranked|overall|globally|worldwide|respectively)$/;

/** A number read as a quantity; `phraseEnd`: where the phrase the value heads ends ("1,772 companies"), if past the number. A count read by counted-finder.ts is one. */
export type Value = CountedValue;

/** The countries (alpha-3) a sentence names and the document names, most named first: they resolve a currency symbol several share. */
export interface CurrencyContext {
  sentence: string[];
  document: string[];
}
/** One sentence's matches of each value pattern; `index` is an offset into the whole text. */
export type SentenceMatches = Record<PatternName, RegExpMatchArray[]>;

/** Each value pattern's matches (value-patterns.ts), handed to the sentences that hold them. */
export function matchesBySentence(text: string, sentences: Sentence[]): SentenceMatches[] {
  const out: SentenceMatches[] = sentences.map(() => ({}) as SentenceMatches);
  for (const [name, found] of Object.entries(valueMatches(text)) as [PatternName, RegExpExecArray[]][]) {
    const all = found.map((m) => ({ start: m.index, end: m.index + m[0].length, m }));
    within(all, sentences).forEach((list, i) => (out[i]![name] = list.map((x) => x.m)));
  }
  return out;
}

/** Whether any value pattern matched in a sentence: a sentence without numbers needs no more work. */
export function hasNumbers(matches: SentenceMatches): boolean {
  for (const name in matches) if (name !== 'NOT_QUANTITY' && matches[name as PatternName].length) return true;
  return false;
}

/**
 * Spans of a sentence (at `base` in the text) where numbers are not quantities: citations,
 * URLs and tags, footnote markers, section numbers ("1.2."), absolute dates, and days of months,
 * numbers joined by "+" and vague amounts (no-quantity.ts).
 */
export function notQuantities(sentence: string, base: number, times: TimeAnnotation[]): [number, number][] {
  const skip: [number, number][] = [];
  for (const [a, b] of nonProseSpans(sentence)) skip.push([base + a, base + b]);
  for (const m of sentence.matchAll(/\[\^?\d+\]|\b\d+(?:\.\d+)+\.(?=\s)/g)) skip.push([base + m.index!, base + m.index! + m[0].length]);
  for (const t of times) if (!t.relative) skip.push([t.start, t.end]);
  skip.push(...noQuantitySpans(sentence, base));
  return skip;
}

/** The numbers of one sentence, each once, with the most specific reading. */
export function valuesIn(sentence: string, base: number, skip: [number, number][], matches: SentenceMatches, context: CurrencyContext, hits: KeywordHit[]): Value[] {
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
  // "TOP 101 million" is Tonga's money, not a "top 10": a label's "top" gives way to a code that is money there.
  // With no scale word, an amount whose number heads a plural noun counts that noun: "SOS 2,300 families", "ALL 1,200 schools".
  const codeWordMoney = (m: RegExpMatchArray) =>
    codeWordIsMoney(m[1]!, m[2]!, !!(m[3] ?? m[4]), wordsAround(sentence, base, m), countries(context)) && !!(m[3] || m[4] || !countsAfter(sentence, base, m.index! + m[0].length));
  for (const m of matches.NOT_QUANTITY) {
    const money = matches.CURRENCY_BEFORE.find((c) => c.index === m.index && currencyLexicon().codeWords.has(c[1]!));
    if (!(money && codeWordMoney(money))) skip.push([m.index!, m.index! + m[0].length]);
  }
  // A symbol or word no currency fits in this context is no quantity at all, not another currency.
  for (const m of matches.CURRENCY_BEFORE) {
    // A symbol of one letter, or a code of three written against its digits, is money only with a
    // scale word or a number written as money ("R32.4 billion", "R1,500"), not "the R2" or "COP28".
    const joined = /^\p{L}$/u.test(m[1]!) || (/^[A-Z]{3}$/.test(m[1]!) && m[0][3] !== ' ');
    // Parted from its number by a space it needs the scale word: "N 2.3 billion", not "(N 1,250)" (a sample) or "N 1,690 km".
    if (joined && !m[3] && !m[4] && (!/[,.]/.test(m[2]!) || /^\p{L}\s/u.test(m[0]))) continue;
    // "MAD 1.42bn", "GEL 45,000": a code that is a word too, as `codeWordIsMoney` allows; not "ALL 3 crossings".
    if (currencyLexicon().codeWords.has(m[1]!) && !codeWordMoney(m)) continue;
    const code = resolveCurrency(m[1]!, '', context.sentence, context.document);
    // "US$4-5 billion", "$2 to 3 million": the first amount of a range takes the scale written after the second.
    // "between ISK 40 and 45 billion": so does the first of a range told with "between … and".
    const after = sentence.slice(m.index! - base + m[0].length, m.index! - base + m[0].length + 24);
    const between = BETWEEN_BEFORE.test(sentence.slice(0, m.index! - base));
    const shared = !m[3] && !m[4] ? (RANGE_SCALE.exec(after) ?? (between ? RANGE_SCALE_AND.exec(after) : null)) : null;
    if (code) push(m, parseNumber(m[2]!, m[3] ?? m[4] ?? shared?.[1]), code, 'currency');
  }
  for (const m of matches.CURRENCY_AFTER) {
    // "a million dollars" is one million; "a quarter of a million dollars" is a fraction of it, left unread.
    const article = /^an?$/i.test(m[1]!);
    if (article && /\bof\s+$/i.test(sentence.slice(Math.max(0, m.index! - base - 4), m.index! - base))) {
      skip.push([m.index!, m.index! + m[0].length]);
      continue;
    }
    // "40 crown jewels", "won 3 crowns": a local word that is a common noun too is money only as an amount's head (`wordMayBeMoney`).
    if (!wordMayBeMoney(m[4]!, m[0].slice(m[0].lastIndexOf(m[4]!)), m[2] ?? '', m[3]!)) continue;
    // "12 USD-denominated bonds": a code joined to a word by a hyphen qualifies what the number counts.
    const rest = sentence.slice(m.index! - base + m[0].length);
    if (/^[A-Z]{3}$/.test(m[4]!) && /^-\p{L}/u.test(rest)) continue;
    // "4471 GEL", "12 MAD": a code that is a word too follows only a number written as money (`codeWordIsMoney`).
    if (currencyLexicon().codeWords.has(m[4]!) && !codeWordIsMoney(m[4]!, m[1]!, !!m[2], wordsAround(sentence, base, m), countries(context))) continue;
    // "400 pounds of coffee": "pounds" before "of" and goods weighs them, never money; "2 million pounds of aid" names money (`measuredOf`).
    if (/^pounds?$/i.test(m[4]!) && !m[3] && measuredOf(rest)) continue;
    const code = resolveCurrency(m[4]!, m[3]!, context.sentence, context.document);
    if (code) push(m, parseNumber(article ? '1' : m[1]!, m[2]), code, 'currency');
  }
  // "CFA francs 712 billion", "Swiss francs 3.2 million": the currency's name before an amount written as money (a scale
  // word or thousands: "rupees 12,500"), the name plural or after capitalised words ("won 5 trillion" may be a verb's).
  for (const m of matches.CURRENCY_NAME_BEFORE) {
    const [token, plural, gap, number, scale, short] = [m[2]!, m[3] ?? '', m[4]!, m[5]!, m[6], m[7]];
    // A name with its own adjective ("Swiss franc", "West African CFA franc") takes none of the words before it.
    // The value begins at the currency's own words: "Swiss francs", not "Ghana Swiss francs" in "gave Ghana Swiss francs 3.2 million".
    const own = /^\p{Lu}/u.test(token) ? '' : currencyWords(m[1] ?? '', !plural);
    if (!plural && !own && !/\s/.test(token)) continue;
    if (!scale && !short && !/\d,\d{3}/.test(number)) continue;
    // Without a scale word a name that is a word too may be a verb's or a measure's: an amount that heads a plural noun
    // counts it ("a Korean won 2,000 votes"), and one before "of" measures ("pounds 2,000 of cargo") unless what follows
    // names a sum of money ("dollars 2,000 of remittances": an indicator of money, indicators.json).
    if (!scale && !short && (measuredOf(sentence.slice(m.index! - base + m[0].length)) || countsAfter(sentence, base, m.index! + m[0].length))) continue;
    if (!wordMayBeMoney(token.toLowerCase(), token + plural, scale ?? short ?? '', own)) continue;
    const code = resolveCurrency(token, own, context.sentence, context.document);
    const start = m.index! - (own.length + token.length + plural.length + gap.length);
    const end = m.index! + m[0].length;
    if (code && !taken(start, end)) found.push({ start, end, value: parseNumber(number, scale ?? short), unit: code, rule: 'currency' });
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
  // "close to one in two", "three out of four applicants": a share as a ratio of two counts, in percent.
  for (const m of matches.RATIO) {
    const [part, whole] = [parseNumber(m[1]!), parseNumber(m[2]!)];
    if (part > 0 && whole > part) push(m, Number(((part / whole) * 100).toPrecision(3)), 'percent', 'ratio');
  }
  for (const m of matches.MEASURE) {
    const written = measureUnit(m[3]!);
    // "6.5 bcf/d", "20 mcm a day": a unit written with its scale, then a rate, is a flow per day, no volume; not read.
    if (written in numberWords().measureFactors && PER_DAY.test(sentence.slice(m.index! - base + m[0].length, m.index! - base + m[0].length + 12))) continue;
    const { value, unit } = storedMeasure(parseNumber(m[1]!, m[2]), written);
    push(m, value, unit, 'measure');
  }
  // "killing two civilians", "six coast guard ships": a count whose verb or noun names what it counts.
  for (const c of countsIn(sentence, base, matches.COUNTED_PHRASE)) if (!taken(c.start, c.end)) found.push(c);
  for (const m of matches.SUPERLATIVE_RANK) {
    const r = superlativeRank(sentence, base, m);
    if (r && !taken(r.start, r.end)) found.push(r);
  }
  for (const m of matches.NTH_TIME) {
    const c = nthTime(m, sentence.slice(m.index! - base + m[0].length));
    if (c && !taken(c.start, c.end)) found.push(c);
  }
  for (const m of matches.COUNTED) {
    const unit = unitOfNoun(m[3]!);
    const s = m.index!;
    // "the two soldiers", "the return of the 9 hostages" point back at people already counted, "one of the soldiers" picks one
    // of them: they count nothing; a whole after a part ("41 of the 45 seats") is a count of its own, and so is a number in
    // digits whose group is told by whose it is ("the 1,500 troops of its contingent"): that is a first mention.
    const before = sentence.slice(Math.max(0, s - base - 24), s - base);
    const owned = /^\s+of\s+(?:its|their|his|her|our)\b/i.test(sentence.slice(s - base + m[0].length));
    // Skipped, so that no other pattern reads the number bare ("the 12 Zambians, most of them traders" is no trade figure).
    if (/\b(?:the|these|those)\s+$/i.test(before) && !(/\d/.test(m[1]!) && (/\d\s+of\s+the\s+$/i.test(before) || owned))) {
      skip.push([s, s + m[0].length]);
      continue;
    }
    if (!/\d/.test(m[1]!) && /^\S+\s+of\b/i.test(m[0])) continue;
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
    else {
      // "has met only twice", "twice a year": how often an act was done, a count of its own.
      const often = factor || taken(m.index!, end) ? undefined : howOften(sentence, base, m.index!, end, m[0]);
      if (often) found.push(often);
      else skip.push([m.index!, end]);
    }
  }
  for (const m of matches.ORDINAL) {
    const local = m.index! - base;
    // "the third protest note sent this year": how many so far, not a place in a ranking.
    const running = runningCount(sentence, base, local, m[0]);
    if (running) {
      if (!taken(running.start, running.end)) found.push(running);
      continue;
    }
    const after = sentence.slice(local + m[0].length, local + m[0].length + 40);
    const before = sentence.slice(Math.max(0, local - 40), local);
    if (indicatorLexicon().notRank.test(after)) continue;
    // "rose by a third", "one fifth of": a fraction, no place in a ranking.
    if (/\b(?:a|one)\s+$/i.test(before)) continue;
    // "the first partner country", "her first trip abroad": an ordinal before a plain word
    // orders that thing; a rank stands alone ("ranked third in 2017") or before a rank word.
    const next = /^\s+([a-z]+)/.exec(after)?.[1];
    if (next && !RANK_NEXT.test(next) && !possessedRank(before, after)) continue;
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
    // "2.9bn": the scale written against the digits is the scale (group 3), as one written apart (group 2).
    if (m[3]) m[2] = m[3];
    const v = parseNumber(m[1]!, m[2]);
    const digits = m[1]!.replace(/,/g, '');
    // A bare four-digit year, a day of a month, or a small section number is not a quantity.
    if (!m[2] && /^(1[5-9]|20)\d\d$/.test(m[1]!)) continue;
    const local = m.index! - base;
    if (!m[2] && /^\d{1,2}$/.test(digits) && MONTH_BEFORE.test(sentence.slice(Math.max(0, local - 12), local))) continue;
    // "President Ruto, 56, met…", "The Ghanaian president, 64, met…", "aged 58": a person's age.
    const named = /(\p{Lu})?([\p{L}.'’-]+),\s*$/u.exec(sentence.slice(Math.max(0, local - 30), local));
    if (
      !m[2] &&
      /^\d{2}$/.test(digits) &&
      (AGE_BEFORE.test(sentence.slice(Math.max(0, local - 30), local)) || (/^,\s+(?:[a-z]|who\b)/.test(sentence.slice(local + m[0].length)) && named && (named[1] || personNoun(named[2]!))))
    )
      continue;
    // "a 25,000-strong Vietnamese community": the size of a body of people.
    const strong = STRONG.exec(sentence.slice(local + m[0].length));
    if (strong && !taken(m.index!, m.index! + m[0].length)) {
      const noun = strong[1]!
        .trim()
        .toLowerCase()
        .replace(/[^a-z]+/g, '_');
      found.push({ start: m.index!, end: m.index! + m[0].length, value: v, unit: 'persons', rule: 'strong', phraseEnd: m.index! + m[0].length + strong[0].length, noun });
      continue;
    }
    // "with a crew of 17", "their crew of nine": the size of a body of people named before its number.
    const body = BODY_OF.exec(sentence.slice(Math.max(0, local - 40), local));
    if (body && !m[2] && !taken(m.index!, m.index! + m[0].length)) {
      found.push({ start: m.index!, end: m.index! + m[0].length, value: v, unit: 'persons', rule: 'body-of', noun: body[1]!.toLowerCase() });
      continue;
    }
    // "About 1,400 Lithuanian lorries", "four of its six crossings": a plural noun, by its part of speech, says what a number counts.
    const noun = taken(m.index!, m.index! + m[0].length) ? undefined : countedNoun(sentence, base, m.index!, m.index! + m[0].length);
    if (noun) {
      found.push({ start: m.index!, end: m.index! + m[0].length, value: v, unit: noun.unit, rule: 'counted-noun', phraseEnd: noun.phraseEnd, noun: noun.noun });
      continue;
    }
    // "12 defence agreements", "40 countries": a number before a plural noun counts it.
    const counted = /^\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}s\b/.test(sentence.slice(local + m[0].length, local + m[0].length + 40));
    // A number word counts only what follows it ("eight agreements"): "one of", "two sides" alone is prose.
    // "the two countries" points back at things already named; it counts nothing.
    const word = !/\d/.test(m[1]!);
    // "one of high priorities": a number word before "of" picks from a group, it counts nothing.
    const partitive = /^\s+of\b/i.test(sentence.slice(local + m[0].length, local + m[0].length + 4));
    // "including one waiving visas": "one" before a verb stands for a thing named before.
    const pronoun = /^one$/i.test(m[1]!) && /^\s+\p{L}+ing\b/u.test(sentence.slice(local + m[0].length, local + m[0].length + 20));
    if (word && !m[2] && (!counted || partitive || pronoun || /\bthe\s+$/i.test(sentence.slice(Math.max(0, local - 4), local)))) continue;
    push(m, v, counted ? 'count' : '', word && !m[2] ? 'number-word' : 'number');
  }
  found.sort((a, b) => a.start - b.start);
  // "400,000 to 500,000 Filipinos", "3,000-5,000 workers", "between 100 and 500 soldiers": the first end of a range counts what the second counts.
  for (let k = 0; k + 1 < found.length; k++) {
    const [v, w] = [found[k]!, found[k + 1]!];
    const gap = sentence.slice(v.end - base, w.start - base);
    const range = /^\s?(?:to|-|–)\s?$/.test(gap) || (/^\s+and\s+$/.test(gap) && BETWEEN_BEFORE.test(sentence.slice(0, v.start - base)));
    // "between 5 and 7 bcm": the first end takes the factor the second's unit was stored with (7 bcm → 7e9 m3, so 5 → 5e9).
    const factor = w.rule === 'measure' && /^\d[\d,]*(?:\.\d+)?$/.test(sentence.slice(v.start - base, v.end - base)) ? factorOf(w.value, sentence.slice(w.start - base, w.end - base)) : 1;
    if (v.unit === '' && w.unit && v.rule === 'number' && range)
      found[k] = { ...v, value: scaled(v.value, factor), unit: w.unit, rule: 'range', ...(w.noun ? { noun: w.noun } : {}), ...(w.indicator ? { indicator: w.indicator } : {}) };
    // "EUR 78 to 86 million", "between ISK 40 and 45 billion": the second end of an amount's range is in the first's currency.
    // Only a second end with its scale word: "EUR 45 to 60" may end in anything.
    else if (w.unit === '' && w.rule === 'number' && v.rule === 'currency' && range && SCALED.test(sentence.slice(w.start - base, w.end - base))) found[k + 1] = { ...w, unit: v.unit, rule: 'range' };
  }
  // "left one guard dead and three wounded": casualties counted without their noun, after a count of persons.
  for (const c of casualtiesIn(sentence, base, found)) {
    if (taken(c.start, c.end)) continue;
    const next = found.findIndex((v) => v.start > c.start);
    found.splice(next < 0 ? found.length : next, 0, c);
  }
  return partsOfCounts(sentence, base, found, skip);
}

/** The word just before a match and the word just after it, as written ("" at the sentence's edges). */
function wordsAround(sentence: string, base: number, m: RegExpMatchArray): [string, string] {
  const local = m.index! - base;
  const before = /(\S+)\s*$/.exec(sentence.slice(Math.max(0, local - 30), local))?.[1] ?? '';
  const after = /^\s*(\S+)/.exec(sentence.slice(local + m[0].length, local + m[0].length + 30))?.[1] ?? '';
  return [before.replace(/[^\p{L}]/gu, ''), after.replace(/[^\p{L}]/gu, '')];
}

/** Whether the words after an amount are "of" and a phrase that names no indicator of money: "of cargo weight", not "of remittances". */
function measuredOf(rest: string): boolean {
  const of = /^\s*of\s+((?:[\p{L}-]+\s*){1,3})/u.exec(rest);
  return !!of && !keywordHits(of[1]!).some((h) => isCurrency(h.indicator.unit));
}

/** The countries a sentence and its document name. */
const countries = (context: CurrencyContext): string[] => [...context.sentence, ...context.document];

/** ", two of them", ", five of them children": a part of the count just before. */
const OF_THEM = new RegExp(`,\\s+(${DIGITS}|${CARDINAL_WORD})\\s+of\\s+them\\b`, 'giu');

/**
 * "fought three wars, two of them over Kashmir", "killed 12 people, five of them children": a
 * number after a count, a comma and "of them" counts part of what that count counts, in its
 * unit and under its indicator (a reading of the number by another rule gives way).
 */
function partsOfCounts(sentence: string, base: number, found: Value[], skip: [number, number][]): Value[] {
  for (const m of sentence.matchAll(OF_THEM)) {
    const start = base + m.index! + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const whole = found.filter((v) => v.end <= start && (v.unit === 'persons' || v.unit === 'count')).at(-1);
    if (!whole || skip.some(([a, b]) => start < b && end > a) || /[;:]/.test(sentence.slice(whole.end - base, start - base))) continue;
    const part: Value = {
      start,
      end,
      value: parseNumber(m[1]!),
      unit: whole.unit,
      rule: 'of-them',
      ...(whole.indicator ? { indicator: whole.indicator } : {}),
      ...(whole.noun ? { noun: whole.noun } : {}),
    };
    put(found, part);
  }
  const whole = partOfWhole(sentence, base, skip);
  if (whole) put(found, whole);
  return found;
}

/** Puts a part into the values in order, in place of a reading of its number by another rule. */
function put(found: Value[], part: Value): void {
  const at = found.findIndex((v) => v.start < part.end && v.end > part.start);
  if (at >= 0) found[at] = part;
  else {
    const next = found.findIndex((v) => v.start > part.start);
    found.splice(next < 0 ? found.length : next, 0, part);
  }
}

const MONTH_BEFORE = new RegExp(`${MONTH}\\s*$`);
/** "-strong" and the body of people it sizes: "25,000-strong Vietnamese community", "a 600-strong contingent". */
const STRONG = /^-strong\s+((?:[\p{L}-]+\s+){0,2}?(?:community|diaspora|force|contingent|army|workforce|delegation|crowd|battalion|brigade|mission))\b/iu;
/** A body of people whose size follows it: "a crew of 17", "the delegation of 40", "its contingent of 250". */
const BODY_OF = /\b(?:a|an|the|its|their|his|her|whose)\s+(crew|delegation|contingent|garrison|workforce)\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$/i;
/** What follows the first amount of a range whose scale is written once, after the second: "-5 billion", " to 3 million". */
const RANGE_SCALE = new RegExp(`^\\s?(?:-|–|to)\\s?(?:\\$|US\\$)?(?:${DIGITS})\\s?(${SCALE_WORD})(?![\\p{L}])`, 'u');
/** The same after the first amount of "between … and …": " and 45 billion". */
const RANGE_SCALE_AND = new RegExp(`^\\s+and\\s+(?:\\$|US\\$)?(?:${DIGITS})\\s?(${SCALE_WORD})(?![\\p{L}])`, 'u');
/** A number with its scale word: "86 million". */
const SCALED = new RegExp(`\\s?(?:${SCALE_WORD})$`, 'u');
/** "between" right before an amount: the first end of a range told with "and". */
const BETWEEN_BEFORE = /\bbetween\s+$/i;
/** A rate per day right after a unit: "/d", "/day", "per day", "a day". */
const PER_DAY = /^\s?(?:\/\s?d(?:ay)?|per\s+day|a\s+day)(?![\p{L}])/iu;
/** What a measure's stored value carries over its written number ("7 bcm" 7e9 → 1e9, "7 billion tonnes" → 1e9, "7 km" → 1). */
function factorOf(value: number, quote: string): number {
  const lead = /^\d[\d,]*(?:\.\d+)?/.exec(quote);
  const n = lead ? parseNumber(lead[0]) : 0;
  return n > 0 && value > n ? value / n : 1;
}
const AGE_BEFORE = /\baged\s+$/i;
const NO_SHARE = /^\s+(?:sure|certain|committed|commitment|confident|behind|right|wrong|true|guaranteed|serious|effort|support(?:ed|ive)?|agree[sd]?)\b/i;
