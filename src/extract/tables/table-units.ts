/**
 * Units of tables: a unit line above a table ("(US$ million)", "Unit: billion yen"), a unit in
 * brackets after a header ("Exports (¥ billion)", "Visitors (thousand persons)"), and the
 * money, percentages and measures of a cell ("US$5.1", "12%", "KES 40 million").
 */
import { QUALIFIER_WORDS, qualifierBefore } from '../facts/qualifiers.js';
import type { Qualifier } from '../../model/annotation.js';
import { currencyLexicon, resolveCurrency } from '../facts/currency-finder.js';
import { unitNouns, type NounUnit } from '../facts/unit-nouns.js';
import { stickyValuePattern } from '../facts/value-patterns.js';
import { DIGITS, MEASURE_WORD, SCALE_WORD, SHORT_SCALE_WORD, measureUnit, numberWords, parseNumber, storedMeasure } from '../facts/numbers.js';

/** What a unit line or header says of the numbers under it; `unit` empty when it names none. */
export interface TableUnit {
  unit: string;
  scale: number;
}

/** The countries (alpha-3) of a table's rows and caption, and of its document, most named first: they settle a shared symbol. */
export interface CountryContext {
  sentence: string[];
  document: string[];
}

const SCALE = new RegExp(`\\b(${SCALE_WORD})s?\\b|'000|\\b1,000\\b`, 'i');
const UNIT_WORDS: [RegExp, string][] = [
  [/\b(?:persons|people)\b/i, 'persons'],
  [/%|\bper ?cent\b|\bpercent\b/i, 'percent'],
  [/\bprojects\b/i, 'projects'],
  [/\bMW\b/, 'MW'],
  [/\b(?:tons|tonnes)\b/i, 'tons'],
];
/** A power of ten written in a unit line as a multiplier, before its scale or unit: "(Unit: 100 million yen)", "(10,000 persons)"; not "(100)". */
const POWER_OF_TEN = /(?<![\d.,])(10{1,3}(?:,000)*)(?=\s?[\p{L}$¥€£₩])/u;
/** Words a unit line may hold beside its unit: "Unit:", "in", "millions of", and the time a rate is told per ("million m³/day", "tonnes per year"). */
const FILLER = /\b(?:units?|in|of|number|amount|value|currency)\b|(?:\/\s?|\bper\s+)(?:day|d|year|yr|annum|month|week)\b|[:：()[\],.\s]/gi;
/** A physical unit of numbers.json's `measures` in a label: "Average volume (million m³/day)", "Length (km)". */
const MEASURE = new RegExp(`(?<![\\p{L}\\p{N}])(${MEASURE_WORD})(?![\\p{L}\\p{N}])`, 'u');
/** The last part of a label after a comma, a semicolon, a colon or a dash, short enough to be a unit. */
const TAIL = /[,;:—–]\s*([^,;:—–()]{1,40})$/;
/** A scale written against a currency symbol in a label, as fact sheets abbreviate it: "A$m", "US$bn", "€m", "¥bn". */
/** The scale letters a fact sheet writes after an amount or a currency: "A$m", "CAD bn", "120.9m". */
export const SCALE_LETTERS = 'bn|mn|tn|m|b|k';
const SYMBOL_SCALE = new RegExp(`(?<=[^\\p{L}\\p{N}\\s])(${SCALE_LETTERS})(?![\\p{L}])`, 'u');
/** "CAD m": a scale letter after a space, right after the currency. */
const SPACED_SCALE = new RegExp(`^\\s+(${SCALE_LETTERS})(?![\\p{L}])`, 'u');

/**
 * The unit a label states: the whole label when it is a unit line ("(US$ million)", "Unit:
 * billion yen"), else its last bracket ("Exports (¥ billion)"). Undefined when it states none.
 * @example unitOf('Unit: billion yen', ctx) // → { unit: 'JPY', scale: 1e9 }
 */
export function unitOf(label: string, context: CountryContext): TableUnit | undefined {
  const bracket = /\(([^()]{1,120})\)\s*[:.]?\s*$/.exec(label)?.[1];
  // "(cumulative, through FY2023, in units of 100 million yen)", "3. TRADE (USD million, Brazilian data – MDIC/Secex)", "(direct
  // investment stock, BRL million, Central Bank)": one part of the bracket, between commas or semicolons, states the unit; the last is tried first.
  const parts = bracket && /[,;]/.test(bracket) ? bracket.split(/[,;]/).reverse() : [];
  // "Table 2. Direct investment, USD million", "Trade in goods — CAD million": a caption's last part after a comma, a dash or a colon states it;
  // so it does before a closing bracket that names only a source ("Goods trade with Chile, US$ billion (Customs Office)"), tried after the bracket.
  const tail = TAIL.exec(bracket === undefined ? label : label.slice(0, label.lastIndexOf('(')).trimEnd())?.[1];
  for (const core of [label, bracket, ...parts, tail].filter((c): c is string => c !== undefined)) {
    // "A$m": the scale letters glued to the symbol are read apart from it.
    const glued = SYMBOL_SCALE.exec(core);
    let rest = glued ? `${core.slice(0, glued.index)} ${core.slice(glued.index)}` : core;
    let unit = '';
    let scale = 1;
    const money = currencyLexicon().label.exec(rest);
    if (money) {
      unit = resolveCurrency(money[1] ?? money[3]!, money[2] ?? '', context.sentence, context.document) ?? '';
      if (!unit) continue;
      rest = rest.slice(0, money.index) + rest.slice(money.index + money[0].length);
    }
    // "100 million yen", "¥100 million", "10,000 persons": a power of ten before the scale multiplies it.
    const times = POWER_OF_TEN.exec(rest);
    if (times) rest = rest.slice(0, times.index) + rest.slice(times.index + times[0].length);
    // "A$m" (glued, parted above) or "CAD m": a scale letter right after the currency.
    const short = money ? (glued ? new RegExp(`^\\s+(${glued[1]})(?![\\p{L}])`, 'u') : SPACED_SCALE).exec(rest.slice(money.index)) : null;
    const s = short ? null : SCALE.exec(rest);
    if (short) {
      const word = short[1]!.toLowerCase();
      scale = numberWords().shortScales[word] ?? numberWords().scales[word] ?? 1;
      rest = rest.slice(0, money!.index) + rest.slice(money!.index + short[0].length);
    } else if (s) {
      scale = s[1] ? (numberWords().scales[s[1].toLowerCase()] ?? 1) : 1e3;
      rest = rest.slice(0, s.index) + rest.slice(s.index + s[0].length);
    }
    for (const [re, u] of UNIT_WORDS) {
      if (!unit && re.test(rest)) {
        unit = u;
        rest = rest.replace(re, '');
      }
    }
    const measure = unit ? null : MEASURE.exec(rest);
    if (measure) {
      // "(bcm)": a unit written with its scale is stored as prose stores it, 21.6 → 21.6e9 m3.
      const stored = storedMeasure(1, measureUnit(measure[1]!));
      unit = stored.unit;
      scale *= stored.value;
      rest = rest.slice(0, measure.index) + rest.slice(measure.index + measure[0].length);
    }
    // A bare power of ten ("(100)") states no unit.
    if (times && !unit && scale === 1) continue;
    if (times) scale *= Number(times[1]!.replace(/,/g, ''));
    // A symbol of one letter in a label is money only with a scale: "(R million)", "N bn"; a "(N)" column is a sample's size.
    if (money?.[1] && /^\p{L}$/u.test(money[1]) && scale === 1) continue;
    if ((unit || scale !== 1) && rest.replace(FILLER, '') === '') return { unit, scale };
  }
  return undefined;
}

const anchoredCache = new Map<RegExp, RegExp>();
/**
 * The currency finder's match of a whole cell, as `^(?:pattern)$` gives it. The fact stage's sticky
 * form of the pattern is tried at the cell's start first: a match that spans the cell is the one the
 * anchored pattern takes (the same path, tried first); no match there means none at all. The
 * anchored pattern is built only for a match that stops short of the cell's end, so a table does
 * not compile the long currency patterns twice more (0.1–0.2 s each the first times they run).
 */
function wholeCell(name: 'CURRENCY_BEFORE' | 'CURRENCY_AFTER', cell: string): RegExpExecArray | null {
  const sticky = stickyValuePattern(name);
  sticky.lastIndex = 0;
  const m = sticky.exec(cell);
  if (!m || m[0].length === cell.length) return m;
  let whole = anchoredCache.get(sticky);
  if (!whole) anchoredCache.set(sticky, (whole = new RegExp(`^(?:${sticky.source})$`, sticky.flags.replace('y', ''))));
  return whole.exec(cell);
}

/** A cell's number: "1,234", "-3.2", "+4.1%", "12%", "120.9m", "48.2k" (a scale letter glued, as fact sheets write it); undefined for "n.a.", "—". */
const PLAIN = new RegExp(`^([-−–+])?\\s?(${DIGITS})\\s?(%|MW|${SCALE_WORD}|${SHORT_SCALE_WORD})?\\*?$`, 'i');

/** A cell's number and the unit written after it: persons, projects or a measure of numbers.json. */
const UNIT_AFTER = new RegExp(`^(${DIGITS})(?:\\s(${SCALE_WORD}))?\\s?(persons|people|projects|${MEASURE_WORD})\\*?$`, 'iu');

/**
 * The amounts a cell states: itself, or the two amounts of one figure written in two units,
 * the second in brackets or after a slash ("1,200 (US$ 11m)", "¥3.2bn / $29m"), each with its
 * offset in the cell. Undefined when the cell is no amount.
 * @example cellAmounts('¥3.2bn / $29m', ctx) // → [{ at: 0, text: '¥3.2bn', value: 3200000000, unit: 'JPY' }, { at: 9, text: '$29m', … }]
 */
export function cellAmounts(cell: string, context: CountryContext): CellAmount[] | undefined {
  const whole = cellValue(cell, context);
  if (whole) return [{ at: 0, text: cell, ...whole }];
  // "about 150,000", "c. US$1.1 billion", "≈ NOK 34 billion", "more than 40": an approximate figure is read as its number.
  if (/^["“].*["”]$/.test(cell)) return cellAmounts(cell.slice(1, -1), context)?.map((r) => ({ ...r, at: r.at + 1 }));
  const rough = APPROXIMATE().exec(cell);
  if (rough) {
    const rest = cell.slice(rough[0].length);
    const read = cellAmounts(rest.replace(/^["“]|["”]$/g, ''), context);
    const skip = rough[0].length + (/^["“]/.test(rest) ? 1 : 0);
    // "about 61,000" approx, "more than 25" more_than, "less than US$ 300 million" less_than: the one qualifier list's word.
    const qualifier = qualifierBefore(rough[0].trimEnd() + ' ');
    return read?.map((r) => ({ ...r, at: r.at + skip, qualifier: r.qualifier ?? qualifier }));
  }
  const m = /^(.*?\S)\s*(?:\(\s*(.+?)\s*\)|\/\s*(.+?))\s*$/.exec(cell);
  if (!m || (m[2] && NOTE_WHOLE.test(`(${m[2]})`))) return notedAmounts(cell, context);
  const second = (m[2] ?? m[3])!;
  const [a, b] = [cellAmounts(m[1]!, context), cellAmounts(second, context)];
  if (a?.length !== 1 || b?.length !== 1) return undefined;
  return [
    { ...a[0]!, text: m[1]!.slice(a[0]!.at) },
    { ...b[0]!, at: cell.indexOf(second, m[1]!.length) + b[0]!.at, text: second.slice(b[0]!.at) },
  ];
}

/** A note in a cell after its figure: a source in brackets with no digit but a year's ("(China customs)", "(2025)"), or a footnote mark ("[4]"). */
const NOTE = /\((?:[^()\d]*|[^()\d]*(?:1[89]|20)\d\d)\)|\[\d{1,3}\]/g;
/** The whole of a note, a cell with a note somewhere, and a cell split at its notes (the notes kept as pieces). */
const NOTE_WHOLE = new RegExp(`^(?:${NOTE.source})$`);
const HAS_NOTE = new RegExp(NOTE.source);
const AT_NOTES = new RegExp(`(${NOTE.source})`, 'g');

/**
 * The amounts of a cell whose figures each carry a note: "US$3.9 billion (China customs)[4] US$1.6 billion (Tajik statistics)",
 * "c. US$1.1 billion (2025)". Each piece between notes must read as one amount; undefined otherwise.
 */
function notedAmounts(cell: string, context: CountryContext): CellAmount[] | undefined {
  if (!HAS_NOTE.test(cell)) return undefined;
  const out: CellAmount[] = [];
  let from = 0;
  for (const piece of cell.split(AT_NOTES)) {
    if (!piece) continue;
    const at = cell.indexOf(piece, from);
    from = at + piece.length;
    const trimmed = piece.trim();
    if (!trimmed) continue;
    // "c. US$1.1 billion (2025)": a bracketed year after a figure is the figure's period.
    const year = /^\(\s*((?:1[89]|20)\d\d)\s*\)$/.exec(trimmed)?.[1];
    if (year) {
      if (out.length && !out.at(-1)!.year) out[out.length - 1] = { ...out.at(-1)!, year };
      continue;
    }
    // A note other than a year ("(China customs)", "[4]") is passed over.
    if (NOTE_WHOLE.test(trimmed)) continue;
    const read = cellAmounts(trimmed, context);
    if (read?.length !== 1) return undefined;
    out.push({ ...read[0]!, at: at + piece.indexOf(trimmed) + read[0]!.at });
  }
  return out.length ? out : undefined;
}

/** Words that make a cell's figure approximate or a bound, before it (facts/qualifiers.ts, the one list): "about", "c.", "≈", "more than", an opening quote after them. */
let approximate: RegExp | undefined;
const APPROXIMATE = () => (approximate ??= new RegExp(`^(?:${QUALIFIER_WORDS})\\s*(?=["“]?[\\d$€£¥A-Z])`, 'i'));

/** One amount a cell holds: where it starts, its text, value and unit; its qualifier and the year a note gives it, when it has them. */
export interface CellAmount {
  at: number;
  text: string;
  value: number;
  unit: string;
  scaled?: boolean;
  qualifier?: Qualifier;
  year?: string;
}

/**
 * Reads a table cell into a value in base units and its unit ('' when the cell names none).
 * @example cellValue('US$5.1 billion', ctx) // → { value: 5100000000, unit: 'USD' }
 */
export function cellValue(cell: string, context: CountryContext): { value: number; unit: string; scaled?: boolean } | undefined {
  for (const name of ['CURRENCY_BEFORE', 'CURRENCY_AFTER'] as const) {
    const m = wholeCell(name, cell);
    if (!m) continue;
    const before = name === 'CURRENCY_BEFORE';
    const code = before ? resolveCurrency(m[1]!, '', context.sentence, context.document) : resolveCurrency(m[4]!, m[3]!, context.sentence, context.document);
    if (!code) return undefined;
    return before ? { value: parseNumber(m[2]!, m[3] ?? m[4]), unit: code } : { value: parseNumber(m[1]!, m[2]), unit: code };
  }
  // "1,456 persons", "2,100 km", "35 projects": a cell that writes its unit after its number.
  const named = UNIT_AFTER.exec(cell);
  if (named) {
    const value = parseNumber(named[1]!, named[2]);
    if (/^(?:persons|people)$/i.test(named[3]!)) return { value, unit: 'persons' };
    if (/^projects$/i.test(named[3]!)) return { value, unit: 'projects' };
    return storedMeasure(value, measureUnit(named[3]!));
  }
  const m = PLAIN.exec(cell);
  if (!m) return undefined;
  const unit = m[3] === '%' ? 'percent' : m[3] === 'MW' ? 'MW' : '';
  const value = parseNumber(m[2]!, unit ? undefined : m[3]);
  // A cell's own scale ("1.2 billion", "120.9m") is not multiplied again by the column's or the table's.
  return { value: m[1] && m[1] !== '+' ? -value : value, unit, ...(!unit && m[3] ? { scaled: true } : {}) };
}

/**
 * The unit the counted noun of a header or label gives, when no unit is stated: the nouns of
 * `unitNouns` (indicators.json), "Icelandic tourists to Canada" → persons; undefined when none.
 * @example labelNounUnit('Students enrolled') // → 'persons'
 */
export function labelNounUnit(label: string): NounUnit | undefined {
  for (const word of label.split(/[^\p{L}-]+/u)) {
    const hit = word ? unitNouns().byUnit.find(([, re]) => re.test(word)) : undefined;
    if (hit) return hit[0];
  }
  return undefined;
}
