import { readFileSync } from 'node:fs';
import type { DocumentRecord } from '../../model/document.js';
import { lexiconPath } from '../../lexicon.js';
import { fold } from '../../extract/fold.js';
import { tag } from '../../extract/nlp/tagger.js';
import { inBaseUnits } from '../../extract/facts/numbers.js';
import { indicatorLexicon } from '../../extract/facts/indicator-keywords.js';
import { answerWords, askLexicon } from './lexicon.js';
import { asksAmount, type ParsedQuestion } from './question.js';
import type { Passage } from './corpus.js';
import { stem, type Token } from './text.js';
import { alignedRows, tableCell } from './tables.js';
import { countedWords } from './answer-types.js';
import { distance, inQuestion } from './nearness.js';
import type { Span } from './spans.js';
import { changeStart, creditedElsewhereFigure, personsForMuch, otherStatesFigure } from './figure-choice.js';
import { listCount } from './items.js';
import { irregularForms } from './verb-forms.js';
import { inflects, verbBase } from './retrieve.js';
import { inside, overlapping } from './within.js';
import { countedLength } from './durations.js';

/** Units of stored counts that fit any noun a how-many question counts ("persons" for students, soldiers, visitors). */
const GENERIC_UNITS = ['persons', 'count', 'percent'];
/** What stands before a figure in brackets that converts the figure before it: "30 million kwacha (about ", "¥3 trillion (approximately ". */
const CONVERSION = /\d(?:[\d.,]*\d)?(?:\s+[\p{L}.$€£¥]+){0,3}\s*\(\s*(?:about|approximately|approx\.|around|roughly|some|nearly|almost|or|equivalent to|worth)?\s*$/iu;
/** A number at most this many characters before the noun a how-many question counts counts it. */
const COUNTS_WITHIN = 40;
let numbersFile: { cardinals: Record<string, number>; scales: Record<string, number>; measures: Record<string, string[]> } | undefined;
/** Number words and scale words of lexicon/numbers.json (the fact stage's). */
function numberWords(): { cardinals: string[]; scales: string[] } {
  numbersFile ??= JSON.parse(readFileSync(lexiconPath('numbers.json'), 'utf8'));
  return { cardinals: Object.keys(numbersFile!.cardinals), scales: Object.keys(numbersFile!.scales) };
}
let measureWords: RegExp | undefined;
/**
 * A unit of measure right after a number (numbers.json `measures`, ask.json `lengthUnits`, singular or plural, or any "square …" or
 * "cubic …"): "one square kilometre" measures land and counts no traders.
 */
function measureAfter(): RegExp {
  numberWords();
  const units = [...Object.values(numbersFile!.measures).flat(), ...answerWords().lengthUnits].map((u) => `${u.replace(/s\??$/, '')}s?`);
  measureWords ??= new RegExp(`^[\\s-]+(?:(?:square|cubic)\\s+\\p{L}+|${units.join('|')})(?![\\p{L}])`, 'u');
  return measureWords;
}

/** Whether a noun (after adjectives) follows a number at `end`: what it counts ("two fish hatcheries"), not a verb ("80,000 departed"). */
function nounAfter(text: string, end: number): boolean {
  const words = tag(text.slice(end, end + 40), end);
  const first = words.findIndex((w) => w.pos !== 'ADJ');
  return first >= 0 && words[first]!.pos === 'NOUN' && /^\s+$/.test(text.slice(end, words[0]!.start));
}

/**
 * Whether a stored fact's unit is a unit of measure (numbers.json `measures`: km2, t, MW …) that is not the noun a how-many question counts:
 * "one square kilometre", stored as 1000000 m2, counts no sailors; it answers "how many square kilometres" (its words or the unit's name in the question).
 */
function measuredOther(q: ParsedQuestion, unit: string, written: string): boolean {
  numberWords();
  const names = numbersFile!.measures[unit];
  if (!q.counted || !names) return false;
  return !fold(written).includes(q.counted) && !names.some((n) => new RegExp(`\\b(?:${n})\\b`).test(q.text));
}

/** Whether a stored fact's unit is a currency's code ("USD", "EUR"), its value an amount of money ("2400000000 USD" has the unit "USD"). */
const currency = (unit: string): boolean => /^[A-Z]{3}$/.test(unit);
const unitOf = (value: string): string => value.slice(value.lastIndexOf(' ') + 1);

/**
 * Whether a stored amount of money (a currency's code as its unit) is no count of the noun a how-many question counts: "how many Tunisian
 * nationals" is not answered, nor disputed, by "310 million euros"; "how many euros" (the noun in the figure's own words) is.
 */
function moneyNotCounted(q: ParsedQuestion, unit: string, written: string): boolean {
  return !!q.counted && /\bhow many\b/i.test(q.text) && currency(unit) && !fold(written).includes(q.counted);
}

/**
 * The words a "how much" question measures, before its verb, a preposition or an article ("how much *Israeli gas* is to be supplied", "how
 * much *oil* did…", "how much *gas* a year"); empty when the verb follows "how much" ("how much did X pay").
 * @example muchPhrase('how much gas a year will the pipeline carry?') // → 'gas'
 */
export function muchPhrase(q: string): string {
  const words =
    /\bhow much\s+(.*)/
      .exec(fold(q))?.[1]
      ?.split(/[^\p{L}'’-]+/u)
      .filter(Boolean) ?? [];
  const phrase: string[] = [];
  for (const w of words.slice(0, 4)) {
    if (/^(?:is|are|was|were|did|do|does|has|have|had|will|would|can|could|should|may|might|in|of|at|on|by|from|to|for|with|under|through|per|a|an|each|every|the)$/.test(w)) break;
    phrase.push(w);
  }
  return phrase.join(' ');
}

/**
 * Whether a "how much" question measures a good whose indicator the fact lexicon measures in a unit of measure, not money
 * (lexicon/indicators.json: gas in m3, oil in barrels, capacity in MW; the unit a key of numbers.json `measures`): "how much gas will the
 * pipeline carry" is not answered by what the pipeline costs ("2.4 billion dollars"), "how much oil did X deliver" by the oil's value. The
 * good must be the phrase's head, its last word ("how much *gas revenue*" asks money), and a noun of money in the phrase (`moneyNouns` in
 * lexicon/ask.json: revenue, income, value, price) asks money whatever follows it (review of session 39).
 * @example goodsAsked(parseQuestion('How much gas will the pipeline carry a year?')) // → true
 * @example goodsAsked(parseQuestion('How much gas revenue did Algeria earn?')) // → false
 */
export function goodsAsked(q: ParsedQuestion): boolean {
  numberWords();
  const phrase = muchPhrase(q.text);
  const money = askLexicon().moneyNouns;
  if (!phrase || phrase.split(' ').some((w) => money.includes(w))) return false;
  return indicatorLexicon().indicators.some((i) => !!numbersFile!.measures[i.unit] && i.keywords.some((k) => new RegExp(`(?:${k.source})$`, 'iu').test(phrase)));
}

/** A figure in money: a stored fact in a currency ("2400000000 USD"), or a number written with a currency's sign ("$2.4 billion"). */
const inMoney = (s: Span): boolean => (s.structured ? currency(unitOf(s.value)) : /^(?:US\$|\$|€|£|¥)/.test(s.text));

/**
 * Whether a stored figure is in a unit of measure (numbers.json `measures`: tonnes, cubic metres, megawatts) that a question asking an amount of
 * money does not name: "what was bilateral trade worth" is not answered by "560,000 tonnes" (the next passage may give the value).
 */
function measuredNotMoney(q: ParsedQuestion, s: Span): boolean {
  numberWords();
  const names = s.structured ? numbersFile!.measures[s.value.split(' ')[1] ?? ''] : undefined;
  return !!names && !/\bhow many\b/i.test(q.text) && !names.some((n) => new RegExp(`\\b(?:${n})\\b`, 'i').test(q.text));
}

/** Whether a unit of measure follows a number at `end` that is not the noun a how-many question counts ("how many square kilometres"). */
function measuresOther(q: ParsedQuestion, text: string, end: number): boolean {
  const unit = measureAfter().exec(text.slice(end, end + 30))?.[0];
  return !!q.counted && !!unit && !fold(unit).includes(q.counted);
}

/**
 * A stored fact as an answer reads it: as written, with its value in base units when the words
 * differ from it; a measure also in its base unit (lexicon/numbers.json `baseUnits`).
 * @example answerText('14 nautical miles', 14, 'nmi', '14 nmi') // → '14 nautical miles (25928 m)'
 */
function answerText(written: string, value: number, unit: string, base: string): string {
  const converted = inBaseUnits(value, unit);
  if (converted) return `${written} (${converted.value} ${converted.unit})`;
  return fold(written).replace(/[^\d.]/g, '') === String(value) ? written : `${written} (${base})`;
}

/**
 * Whether a stored fact counts the people of an act (killed, wounded, detained: indicators.json's `counts`) that the question does not
 * name and the sentence does: "how many people were *arrested*" is not answered by "four people were killed".
 */
function otherAct(q: ParsedQuestion, indicator: string, sentence: string): boolean {
  // Only an act the sentence tells: "has only four accredited diplomats left" stored as a count of people expelled counts diplomats.
  return tellsAct(indicator, sentence) && !tellsAct(indicator, q.text) && !tellsAct(indicator, verbForms(q).join(' '));
}

/**
 * The forms the question's verb may take in a passage: a question writes it bare ("how many did Malta *deport*") where the indicators'
 * keywords are past forms ("deported"). Its regular forms are those `inflects` joins to it; doubled consonants and "-ied" come from
 * WordNet's exceptions (`irregularForms`: "expelled", "denied").
 * @example verbForms(parseQuestion('How many did Malta deport?')) // → ['deports', 'deported', 'deporting']
 */
export function verbForms(q: ParsedQuestion): string[] {
  return q.terms
    .filter((t) => t.verb)
    .flatMap((t) => {
      const irregular = irregularForms(t.word);
      // A past form WordNet lists ("expelled", "denied") replaces the regular one; a final consonant and "y" takes "-ies", "-ying".
      const y = /[^aeiou]y$/.test(t.word);
      const endings = y ? ['ing'] : t.word.endsWith('e') ? ['es', 'ed', 'ing'] : ['s', 'ed', 'ing'];
      const regular = endings.filter((x) => !(x === 'ed' && irregular.length)).map((x) => verbBase(t.word) + x);
      return [...regular.filter((f) => inflects(t.word, f)), ...(y ? [`${t.word.slice(0, -1)}ies`] : []), ...irregular];
    });
}

/**
 * Whether a text tells the act an indicator counts the people of (indicators.json's `counts` and `keywords`): "four people were
 * *killed*" tells persons killed; "has only four accredited diplomats left", stored as people expelled, tells no expulsion.
 * @example tellsAct('persons_killed', 'Four people were killed.') // → true
 */
export function tellsAct(indicator: string, text: string): boolean {
  const ind = indicatorLexicon().indicators.find((i) => i.id === indicator);
  return !!ind?.counts && ind.keywords.some((k) => new RegExp(k.source, 'i').test(text));
}

/** Numbers in the passage: stored facts first (written value and base units), then numerals and number words. */
export function numbers(q: ParsedQuestion, doc: DocumentRecord, p: Passage, allMatched: Token[]): Span[] {
  // A table row answers "what was X in YEAR": the year's row, the column whose header names X.
  const cell = q.years.length === 1 && !q.duration ? tableCell(q, doc, p, q.years[0]!) : undefined;
  if (cell) return [{ kind: 'number', start: cell.start, end: cell.end, text: cell.text, value: cell.unit ? `${cell.value} ${cell.unit}` : cell.text, structured: !!cell.unit }];
  // A table's figures for a year are read by its row and header only: no column names what is asked, so none answers.
  if (q.years.length && (doc.blocks[p.block]?.type === 'table' || alignedRows(doc.text, p))) return [];
  // Nearest the noun counted ("how many soldiers"), when the question names one.
  const counted = countedWords(q, doc, p);

  const matched = counted.length ? counted : allMatched;
  // A numeral stands before the noun it counts ("six Chinese coast guard ships and two militia vessels": six).
  const near = (s: Span) => (counted.length ? Math.min(...counted.map((w) => (w.start >= s.end ? w.start - s.end : 200 + s.start - w.end))) : distance(s, matched));
  // A count not before the noun counted that the sentence names, with a noun of its own after it ("porters had died …, and opened three grain
  // stores"), counts another noun; not a figure told after its noun ("the number of companies … was 1,772 in 2018", "80,000 departed").
  const countsAnother = (s: Span) => counted.length > 0 && near(s) > COUNTS_WITHIN && nounAfter(doc.text, s.end);
  const facts = (doc.annotations?.facts ?? []).filter((f) => f.valueStart >= p.start && f.valueEnd <= p.end);
  const fq = fold(q.text);
  const lex = askLexicon();
  const rankAsked = lex.rankWords.some((w) => new RegExp(`\\b${w}`).test(fq));
  // "How much will the post cost?" asks what is planned or expected ("is expected to cost $31 million").
  const planAsked = q.hedged || lex.planWords.some((w) => fq.includes(w));
  // A target ("looking toward 100 billion USD") does not answer what was.
  const planned = (start: number) => !planAsked && lex.planWords.some((w) => new RegExp(`\\b${w}\\b`).test(fold(doc.text.slice(p.start, start))));
  const fit = new Map<Span, boolean>();
  // A figure told of a period other than the year asked ("$610 million in 2025" for 2024): never the credited source's answer (figure-choice.ts).
  const otherPeriod = new Set<Span>();
  // "How many students…": a stored count of another noun ("three projects") answers nothing, nor may its words be read again as a bare number.
  const countsOther = new Set<Span>();
  const out: Span[] = facts
    .filter((f) => !inQuestion(q, doc.text.slice(f.valueStart, f.valueEnd)) && !planned(f.valueStart))
    .map((f) => {
      const written = doc.text.slice(f.valueStart, f.valueEnd);
      const base = `${Number.isInteger(f.value) ? f.value : +f.value.toPrecision(12)} ${f.unit}`;
      const periodFits = !q.years.length || (f.period ? q.years.some((y) => f.period!.includes(y)) : false);
      const span: Span = {
        kind: 'number',
        start: f.valueStart,
        end: f.valueEnd,
        text: answerText(written, f.value, f.unit, base),
        value: base,
        structured: true,
      };
      fit.set(span, periodFits);
      if (!periodFits && f.period) otherPeriod.add(span);
      if (q.counted && /^[a-z]+$/.test(f.unit) && !GENERIC_UNITS.includes(f.unit) && stem(f.unit) !== q.counted) countsOther.add(span);
      if (q.counted && otherAct(q, f.indicator, doc.text.slice(p.start, p.end))) countsOther.add(span);
      // A count stored of a figure its unit of measure follows ("three hectares of lakeshore at Kyela, where traders had drowned") counts no traders.
      if (GENERIC_UNITS.includes(f.unit) && measuresOther(q, doc.text, f.valueEnd)) countsOther.add(span);
      // The same figure stored with its measure as its unit ("one square kilometre" as km2).
      if (measuredOther(q, f.unit, written)) countsOther.add(span);
      if (moneyNotCounted(q, f.unit, written)) countsOther.add(span);
      if (f.unit === 'count' && countsAnother(span)) countsOther.add(span);
      return span;
    });
  const text = doc.text.slice(p.start, p.end);
  // Numbers of a time expression ("LUSAKA, June 9", "two weeks later") count nothing, save the units of time "how long" asks ("six hours").
  const timed = overlapping(doc.annotations?.times ?? [], p.start, p.end).filter((t) => !q.duration || /^\d{4}-\d\d-\d\d/.test(t.edtf ?? ''));
  // Numbers no fact holds are taken only when the sentence writes the year asked about: the fact stage leaves out targets and plans on purpose.
  const yearsWritten = q.years.every((y) => text.includes(y));
  const { cardinals, scales } = numberWords();
  const re = new RegExp(`(?:US\\$|\\$|€|£|¥)?\\b(?:\\d[\\d,]*(?:\\.\\d+)?|${cardinals.join('|')})\\b(?:\\s*(?:${scales.join('|')})s?\\b)?%?`, 'gi');
  for (const m of fold(text).matchAll(re)) {
    const start = p.start + m.index;
    const end = start + m[0].length;
    const written = m[0];
    if (/^(1[5-9]\d\d|20\d\d)$/.test(written) || fq.includes(written) || out.some((s) => s.start < end && start < s.end)) continue;
    if (/^\d+$/.test(written) && /^(st|nd|rd|th)\b/.test(text.slice(end - p.start))) continue;
    // A footnote's mark in converted text ("its largest donor (in 2019).<sup>4</sup>") is no figure.
    if (/<sup>\s*$/i.test(text.slice(0, start - p.start))) continue;
    if (planned(start)) continue;
    if (timed.some((t) => t.start <= start && end <= t.end)) continue;
    // A number word that makes a compound ("a one-stop border post", "two-way trade") counts nothing, unless "how long" reads its unit ("a three-year deal").
    if (!q.duration && /^\p{L}+$/u.test(written) && /^-\p{L}/u.test(text.slice(end - p.start))) continue;
    if (measuresOther(q, doc.text, end)) continue;
    const span: Span = { kind: 'number', start, end, text: doc.text.slice(start, end), value: written, structured: false };
    // Without a stored fact, a number answers for the year asked only when the sentence writes that year or the number counts the noun asked about.
    if (!yearsWritten && !(counted.length && near(span) <= COUNTS_WITHIN)) continue;
    const after = text.slice(end - p.start, end - p.start + 12);
    fit.set(span, !q.years.length || q.years.some((y) => after.includes(y)));
    if (!fit.get(span) && /\b(?:1[5-9]\d\d|20\d\d)\b/.test(after)) otherPeriod.add(span);
    out.push(span);
  }
  const countsIt = (s: Span) => Number(counted.length > 0 && near(s) <= COUNTS_WITHIN);
  const isRank = (s: Span) => Number(s.value.endsWith(' rank') !== rankAsked);
  // "How long": a number followed by days, months or years ("how long is the border": km, miles), taken with its unit.
  const units = q.length ? answerWords().lengthUnits : lex.durationUnits;
  const unitAfter = (s: Span) => new RegExp(`^[\\s-]*(${units.join('|')})\\b`).exec(fold(doc.text.slice(s.end, p.end)));
  if (q.duration) {
    const measured = out.flatMap((s) => {
      // A stored fact may hold its unit already ("82 km").
      if (new RegExp(`\\b(${units.join('|')})$`).test(fold(doc.text.slice(s.start, s.end)))) return [s];
      const u = unitAfter(s);
      return u ? [{ ...s, end: s.end + u[0].length, text: doc.text.slice(s.start, s.end + u[0].length) }] : [];
    });
    if (measured.length) return measured;
    // "For how long were the borders closed?": a period with both ends, one date or two ("from March 2017 to June 2017").
    const times = inside(doc.annotations?.times ?? [], p.start, p.end).filter((t) => t.edtf);
    const periods: Span[] = times.filter((t) => /^\d{4}[^/]*\/\d{4}/.test(t.edtf)).map((t) => ({ kind: 'number' as const, start: t.start, end: t.end, text: t.text, value: t.edtf, structured: true }));
    for (const [a, b] of times.slice(0, -1).map((t, i) => [t, times[i + 1]!] as const)) {
      if (/^\s*(?:to|until|till|through|and|-|–)\s*$/.test(doc.text.slice(a.end, b.start)) && /\b(?:from|between)\s*$/.test(fold(doc.text.slice(p.start, a.start)))) {
        const from = doc.text.slice(p.start, a.start).search(/\b(?:from|between)\s*$/i);
        const start = from < 0 ? a.start : p.start + from;
        periods.push({ kind: 'number', start, end: b.end, text: doc.text.slice(start, b.end), value: `${a.edtf}/${b.edtf}`, structured: true });
      }
    }
    // "Detained on Monday 11 May …; released … the next day": the time from a day to the day counted from it (durations.ts).
    const counted = periods.length ? undefined : countedLength(q.text, doc.text, p.end, times);
    return counted ? [counted] : periods;
  }
  // "What was the value of trade": a percentage answers a question about a share or a change ("by what percentage did it grow"), and comes last for the others.
  // "What was trade worth", "how much will Sweden contribute": an amount of money before a stored figure in tonnes, cubic metres or persons.
  const moneyAsked = asksAmount(fq) || /\b(?:worth|value|cost|costs|price|contribute|contribution|spend|spent|invest|invested|lend|loan|loans|money|funds|funding|paid|pay)\b/.test(fq);
  const otherThanMoney = (s: Span) => Number(moneyAsked && s.structured && !currency(unitOf(s.value)) && !(q.percent && s.value.endsWith(' percent')));
  // A figure told as a share: "%", "percent" stored or written after it.
  const percentage = (s: Span): boolean => /%$/.test(s.text) || s.value.endsWith(' percent') || /^\s*(percent|per cent)\b/.test(fold(doc.text.slice(s.end, s.end + 10)));
  const isPercent = (s: Span) => Number(q.percent !== percentage(s));
  // Of two amounts told of two states, the one of the state the question names (figure-choice.ts).
  const otherState = otherStatesFigure(q, doc.text, out, p.start);
  // "from about 900 currently to 1,200": the figure the change reaches, unless the question asks what was before (figure-choice.ts).
  const started = changeStart(q, doc.text, out, p.start);
  // "What was trade according to Geostat?": the figure of the part of the sentence whose speaker is that source (figure-choice.ts), before
  // a figure the year asked follows (a source's figure is told of its period once: "figures from the revenue authority give 44,500"), but
  // never one told of another year when a figure of the year asked is there: "according to ZamStats, … in 2024" asks 2024's figure.
  // When none is (every figure stored of the year "published in 2008" names), the source still chooses.
  const anyFits = out.some((s) => fit.get(s));
  const elsewhere = creditedElsewhereFigure(q.text, doc.text, out, p.start, p.end, (s) => anyFits && otherPeriod.has(s));
  // "How much cod did the crew log": a measured amount before a count of people (figure-choice.ts).
  const persons = personsForMuch(q);
  // "30 million kwacha (about 1.1 million U.S. dollars)": the figure in brackets after another is its conversion; the figure told comes first.
  const converted = (s: Span) => Number(CONVERSION.test(doc.text.slice(Math.max(p.start, s.start - 60), s.start)));
  // "How much gas will the pipeline carry": only a quantity in a unit of measure answers it (goodsAsked).
  const goods = !moneyAsked && goodsAsked(q);
  // A quantity of a good is no amount of money, no share unless one is asked, and no stored count of people or things ("two commercial
  // lenders"); a number written bare may be one in a unit the fact stage does not read ("53,000 bpd").
  const measuredGood = (s: Span) => !inMoney(s) && (q.percent || !percentage(s)) && !(s.structured && GENERIC_UNITS.some((u) => u !== 'percent' && s.value.endsWith(` ${u}`)));
  const found = out.filter((s) => (rankAsked || !s.value.endsWith(' rank')) && !countsOther.has(s) && !(moneyAsked && measuredNotMoney(q, s)) && !(goods && !measuredGood(s)));
  // "The Parties signed the following documents:" and its lettered lines: how many documents (items.ts), unless the passage counts them
  // itself ("signed 12 agreements, including the following:").
  const listed = found.some((s) => countsIt(s)) ? undefined : listCount(doc, p, q.counted, counted.length > 0);
  return [
    ...(listed ? [listed] : []),
    ...found
      // A number right before the noun counted ("about 1,400 Lithuanian lorries", "eleven of the crew members") before a stored fact of another measure beside it.
      .sort(
        (a, b) =>
          elsewhere(a) - elsewhere(b) ||
          Number(fit.get(b)) - Number(fit.get(a)) ||
          started(a) - started(b) ||
          isRank(a) - isRank(b) ||
          otherThanMoney(a) - otherThanMoney(b) ||
          persons(a) - persons(b) ||
          isPercent(a) - isPercent(b) ||
          countsIt(b) - countsIt(a) ||
          otherState(a) - otherState(b) ||
          converted(a) - converted(b) ||
          Number(b.structured) - Number(a.structured) ||
          near(a) - near(b),
      )
      .map((s) => ({ ...withNoun(s, doc.text, q, p.end), ...(counted.length && near(s) <= COUNTS_WITHIN ? { counts: true } : {}) })),
  ];
}

/** A number with the noun it counts when the question asks how many of it ("five years", "eight bilateral agreements"). */
function withNoun(s: Span, text: string, q: ParsedQuestion, limit: number): Span {
  const stems = new Set(q.counted ? [q.counted] : []);
  const after = /^(?:\s+[\p{L}-]+){1,3}/u.exec(text.slice(s.end, limit))?.[0] ?? '';
  let end = 0;
  for (const m of after.matchAll(/\s+([\p{L}-]+)/gu)) {
    if (stems.has(stem(fold(m[1]!)))) end = m.index + m[0].length;
  }
  if (!end) return s;
  const words = text.slice(s.start, s.end + end);
  return { ...s, end: s.end + end, text: s.text.startsWith(text.slice(s.start, s.end)) ? words + s.text.slice(s.end - s.start) : words };
}
