/**
 * Money in prose, for any currency of lexicon/currencies.json: "US$20 billion", "₹60,000 crore",
 * "85 trillion won", "40 million Kenyan shillings", "A$1.5 billion". A symbol or word several
 * currencies share ("$", "Rs", "pounds", "shillings") is resolved from the country named with it,
 * never relabelled as another currency.
 */
import { lexiconInvalid, lexiconPath, readLexicon } from '../../lexicon.js';
import { escapeRegExp } from '../pattern-set.js';
import { fold } from '../fold.js';
import { actorLexicon } from '../actors/actor-lexicon.js';
import { CARDINAL_WORD, DIGITS, SCALE_GAP, SCALE_WORD, SHORT_SCALE_WORD } from './numbers.js';

export interface Currency {
  code: string;
  name: string;
  countries: string[];
  symbols: string[];
  words: string[];
  /** Words that are this money only where a country using it is named ("18 million kina" in a report on Papua New Guinea); lowercase. */
  localWords?: string[];
}
interface Default {
  code: string;
  contextFirst?: boolean;
}

export interface CurrencyLexicon {
  currencies: Currency[];
  /** Currencies by code, symbol and lowercased word. */
  byToken: Map<string, Currency[]>;
  /** Currencies by a word of their `localWords`, read only beside a country that uses one. */
  byLocalWord: Map<string, Currency[]>;
  /** Local words that are common nouns too ("crown"): money only as an amount's plural head with a scale word or a country's adjective. */
  nounLocalWords: Set<string>;
  defaults: Map<string, Default>;
  /** A symbol or code, then a number: "US$20 billion", "INR 500 crore". */
  before: RegExp;
  /** A number, then up to three capitalised words (a country's adjective or name), then a word or code: "40 million Kenyan shillings". */
  after: RegExp;
  codes: Set<string>;
  /** A currency named without a number, as a table's unit line or header names it: "US$", "yen", "Kenyan shillings". */
  label: RegExp;
  /** Codes that are English words too ("MAD", "ALL", "TOP"): money before or after a number only as `codeWordIsMoney` says. */
  codeWords: Set<string>;
  /**
   * A currency's name, then an amount: "CFA francs 712 billion", "Swiss francs 3.2 million", "Rupees 500 crore". The match is
   * the number and its scale; the name stands in the lookbehind: 1 its capitalised words, 2 the word, 3 its plural, 4 the space.
   */
  nameBefore: RegExp;
  /** Each symbol and code of `before` as it may be written ("$", "\\$"), under its last character; undefined when one ends in a digit. */
  symbolsByLast?: Map<string, string[]>;
}

let cached: CurrencyLexicon | undefined;

/**
 * The spaces a record's or a register's aligned columns put between a code and its amount ("USD  88,000,000",
 * "INR   820,000,000"): two or more, only before a number written in thousands (a column of years or counts is none).
 */
const COLUMN_GAP = '[ \\t]{2,}(?=\\d{1,3}(?:,\\d{3})+(?![\\d.,]\\d))';

/** Throws a message naming the file and the entry when an entry is malformed. */
function check(path: string, raw: { currencies?: unknown; defaults?: unknown; codesAlsoWords?: unknown; nounLocalWords?: unknown }): void {
  const fail = (entry: string, problem: string): never => lexiconInvalid(path, entry, problem);
  if (!Array.isArray(raw.currencies)) fail('(top)', '"currencies" must be a list');
  const seen = new Set<string>();
  for (const [i, c] of (raw.currencies as Record<string, unknown>[]).entries()) {
    const at = `currencies[${i}]${typeof c?.code === 'string' ? ` (${c.code})` : ''}`;
    if (typeof c?.code !== 'string' || !/^[A-Z]{3}$/.test(c.code)) fail(at, `"code" must be three capital letters (ISO 4217)`);
    if (seen.has(c.code as string)) fail(at, `code listed twice`);
    seen.add(c.code as string);
    if (typeof c.name !== 'string' || !c.name) fail(at, `"name" must be a non-empty string`);
    if (c.localWords !== undefined && (!Array.isArray(c.localWords) || c.localWords.some((x) => typeof x !== 'string' || !/^[a-z]+$/.test(x))))
      fail(at, `"localWords" must be a list of lowercase words`);
    for (const f of ['countries', 'symbols', 'words']) {
      const list = c[f];
      if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || !x.trim() || x !== x.trim())) fail(at, `"${f}" must be a list of non-empty strings without spaces around them`);
    }
    for (const country of c.countries as string[]) if (!/^[A-Z]{3}$/.test(country)) fail(at, `country "${country}" is not an ISO 3166-1 alpha-3 code`);
  }
  for (const [token, d] of Object.entries((raw.defaults ?? {}) as Record<string, Default>)) {
    if (!seen.has(d?.code)) fail(`defaults."${token}"`, `"${d?.code}" is no currency of the file`);
  }
  if (!Array.isArray(raw.codesAlsoWords ?? [])) fail('(top)', '"codesAlsoWords" must be a list');
  const nouns = raw.nounLocalWords ?? [];
  if (!Array.isArray(nouns) || nouns.some((x) => typeof x !== 'string' || !/^[a-z]+$/.test(x))) fail('(top)', '"nounLocalWords" must be a list of lowercase words');
}

/** Reads, checks and compiles lexicon/currencies.json once. */
export function currencyLexicon(): CurrencyLexicon {
  if (cached) return cached;
  const path = lexiconPath('currencies.json');
  const raw = readLexicon(path);
  check(path, raw);
  const currencies = raw.currencies as Currency[];
  const byToken = new Map<string, Currency[]>();
  const byLocalWord = new Map<string, Currency[]>();
  const put = (token: string, c: Currency, map = byToken) => {
    const list = map.get(token) ?? [];
    if (!list.includes(c)) list.push(c);
    map.set(token, list);
  };
  const codesAlsoWords = new Set<string>(raw.codesAlsoWords ?? []);
  const symbols = new Set<string>();
  const words = new Set<string>();
  for (const c of currencies) {
    put(c.code, c);
    if (!codesAlsoWords.has(c.code)) symbols.add(c.code);
    words.add(c.code);
    for (const s of c.symbols) {
      put(s, c);
      symbols.add(s);
    }
    for (const w of c.words) {
      put(w.toLowerCase(), c);
      words.add(w);
    }
    for (const w of c.localWords ?? []) put(w, c, byLocalWord);
  }
  const longestFirst = (xs: Iterable<string>) => [...xs].sort((a, b) => b.length - a.length);
  // "\$" in Markdown is a dollar sign. A symbol of letters must not end inside a word ("Rsx"): in `before` a digit or a
  // space follows it, in `label` a lookahead after the group; a lookahead of its own after each of 170 symbols made V8
  // compile `label` in 0.2 s of a corpus's 5.7 s (each `\p{L}` a class of 600 ranges), with the same matches.
  const symbol = (s: string) => escapeRegExp(s).replace(/\\\$/g, '\\\\?\\$');
  // A word's first letter in either case ("85 trillion Won" in a headline); codes as written.
  const word = (w: string) =>
    /^[A-Z]{3}$/.test(w)
      ? w
      : escapeRegExp(w)
          .replace(/^([a-z])/, (c) => `[${c}${c.toUpperCase()}]`)
          .replace(/ /g, '\\s+');
  // Local words as written, lowercase only ("200 Afghani migrants" is no money), among the words longest first.
  const local = new Set([...byLocalWord.keys()].filter((w) => !byToken.has(w)));
  const allWords = longestFirst([...words, ...local]).map((w) => (local.has(w) ? escapeRegExp(w) : word(w)));
  // "a million dollars": the article is one before a scale word.
  const NUMBER = `(${DIGITS}|(?:${CARDINAL_WORD}|[Aa]n?)(?=\\s+${SCALE_WORD}))`;
  // A code that is a word too is sought before a number as well; `codeWordIsMoney` says when it is money there.
  const before = new RegExp(
    `(?<![\\p{L}\\p{N}])(${longestFirst([...symbols, ...codesAlsoWords])
      .map(symbol)
      .join('|')})(?:${COLUMN_GAP}|\\s?)(${DIGITS})(?:(?:${SCALE_GAP}|-)?(${SCALE_WORD})(?![\\p{L}])|(${SHORT_SCALE_WORD})(?![\\p{L}\\d]))?`,
    'gu',
  );
  const after = new RegExp(`(?<![\\d.,\\p{L}])${NUMBER}(?:${SCALE_GAP}?(${SCALE_WORD}))?\\s+((?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,3})(${allWords.join('|')})(?:e?s)?(?![\\p{L}])`, 'gu');
  // The name before the amount: a word, not a code ("USD 5 million" is `before`'s), in the plural or after capitalised words.
  const names = allWords.filter((w) => !/^[A-Z]{3}$/.test(w));
  const nameBefore = new RegExp(
    `(?<=(?<![\\p{L}\\p{N}])((?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,3})(${names.join('|')})(e?s)?(\\s+))(${DIGITS})(?:(?:${SCALE_GAP}|-)?(${SCALE_WORD})(?![\\p{L}])|(${SHORT_SCALE_WORD})(?![\\p{L}\\d]))?(?![\\p{L}\\d])`,
    'gu',
  );
  const defaults = new Map(Object.entries((raw.defaults ?? {}) as Record<string, Default>));
  const label = new RegExp(`(?<![\\p{L}\\p{N}])(${longestFirst(symbols).map(symbol).join('|')})(?![\\p{L}])|((?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,3})(${allWords.join('|')})(?:e?s)?(?![\\p{L}])`, 'u');
  const nounLocalWords = new Set<string>((raw.nounLocalWords as string[] | undefined) ?? []);
  cached = {
    currencies,
    byToken,
    byLocalWord,
    nounLocalWords,
    defaults,
    before,
    after,
    codeWords: codesAlsoWords,
    nameBefore,
    codes: new Set(currencies.map((c) => c.code)),
    label,
    symbolsByLast: byLastCharacter(new Set([...symbols, ...codesAlsoWords])),
  };
  return cached;
}

/**
 * The symbols as `before` matches them, each "$" with or without the backslash Markdown puts
 * before it, under their last character: "US$" → "$": ["US$", "US\\$"]. Undefined when a
 * symbol ends in a digit: its number would not begin after a non-digit, where numbers are sought.
 */
function byLastCharacter(symbols: Set<string>): Map<string, string[]> | undefined {
  const out = new Map<string, string[]>();
  for (const s of symbols) {
    if (/\d$/.test(s)) return undefined;
    let forms = [''];
    for (const c of s) forms = forms.flatMap((f) => (c === '$' ? [f + c, f + '\\$'] : [f + c]));
    for (const f of forms) out.set(f[f.length - 1]!, [...(out.get(f[f.length - 1]!) ?? []), f]);
  }
  return out;
}

/**
 * Where an amount written symbol first ("US$20", "Rs 500") may begin, given the places where
 * numbers begin (`digits`, ascending): where a symbol ends at one, or one space before it, as
 * `before` reads "symbol, optional space, number", or the spaces of aligned columns. Undefined when the whole text must be scanned.
 * @example symbolStarts('paid US$ 20', [8]) // → [5]
 */
export function symbolStarts(text: string, digits: number[]): number[] | undefined {
  const byLast = currencyLexicon().symbolsByLast;
  if (!byLast) return undefined;
  const out: number[] = [];
  for (const d of digits) {
    // One space before the number, or the run of spaces of aligned columns (`COLUMN_GAP`).
    let first = d;
    while (first > 0 && /[ \t]/.test(text[first - 1]!)) first--;
    const ends = /\s/.test(text[d - 1] ?? '') ? [d, d - 1, ...(first < d - 1 ? [first] : [])] : [d];
    for (const end of ends) {
      for (const form of byLast.get(text[end - 1] ?? '') ?? []) {
        const at = end - form.length;
        if (at >= 0 && text.startsWith(form, at)) out.push(at);
      }
    }
  }
  return out.sort((a, b) => a - b).filter((x, k, all) => k === 0 || all[k - 1] !== x);
}

/**
 * Whether a code that is an English word too ("MAD", "ALL", "TOP", "GEL") stands for its money beside a number: only where
 * the number is written as a sum (a scale word, "1.42bn", or thousands, "45,000": never a bare "12", a reference "4471" or a
 * small price "TOP 2.00", which a price list writes beside labels in capitals as often as beside money), the code is
 * not one capitalised word among others (a heading in capitals: "ALL 12 MEMBERS"), and the sentence or the document names
 * a country that uses it. `scaled`: a scale word goes with the number; `number`: its digits; `around`: the words just
 * before the code and just after the amount.
 * @example codeWordIsMoney('MAD', '1.42', true, ['', ' in'], ['MAR']) // → true; ('ALL', '12', false, …) → false
 */
export function codeWordIsMoney(code: string, number: string, scaled: boolean, around: [string, string], countries: string[]): boolean {
  const c = currencyLexicon()
    .byToken.get(code)
    ?.find((x) => x.code === code);
  if (!c || !countries.some((x) => c.countries.includes(x))) return false;
  if (!scaled && !/\d,\d{3}/.test(number)) return false;
  return !around.some((w) => /^\p{Lu}{2,}$/u.test(w));
}

/** Whether a unit is a currency's code. */
export function isCurrency(unit: string): boolean {
  return currencyLexicon().codes.has(unit);
}

/** The countries (alpha-3) a run of capitalised words names, trying its last words first: "New Taiwan" → TWN, "Kenyan" → KEN. */
function countryOfWords(words: string): string | undefined {
  const parts = words.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const found = countryOfPhrase(parts.slice(i).join(' '));
    if (found) return found;
  }
  return undefined;
}

/** The country (alpha-3) a phrase names as a whole: "Swiss" → CHE; "Ghana Swiss" → undefined. */
function countryOfPhrase(words: string): string | undefined {
  const lex = actorLexicon();
  const phrase = fold(words.trim().split(/\s+/).join(' '));
  return lex.countryWords.get(phrase)?.country ?? lex.byText.get(phrase)?.find((a) => a.entity.kind === 'country')?.entity.country;
}

/**
 * Of the capitalised words before a currency's word, those that belong to it, as written with their spaces: the longest
 * last words that name a country ("Swiss", "New Zealand"), else a last word in capitals ("CFA"); "" for none ("Yoon" in
 * "Yoon won 58,000 votes"). `adjectivesOnly`: a country only by its adjective, for a word in the singular that is an
 * English word too ("Korean won 5 trillion", not "South Korea won 1,200 medals").
 * @example currencyWords('Ghana Swiss ') // → 'Swiss '; currencyWords('Mali CFA ') // → 'CFA '; currencyWords('Lee ') // → ''
 */
export function currencyWords(words: string, adjectivesOnly = false): string {
  const parts = words.match(/\S+\s+/g) ?? [];
  const lex = actorLexicon();
  for (let i = 0; i < parts.length; i++) {
    const phrase = parts.slice(i).join('');
    if (adjectivesOnly ? lex.countryWords.get(fold(phrase.trim().split(/\s+/).join(' '))) : countryOfPhrase(phrase)) return phrase;
  }
  const last = parts.at(-1) ?? '';
  return /^\p{Lu}{2,}\s+$/u.test(last) ? last : '';
}

/**
 * The currency a symbol or word stands for. `countryWords`: the capitalised words just before
 * a currency word ("Australian" in "Australian dollars"); `sentence` and `document`: the
 * countries (alpha-3) named in the sentence and in the document, most named first.
 * ("$", …) → "USD"; ("Rs", sentence [PAK]) → "PKR"; ("shilling", "Kenyan") → "KES".
 */
export function resolveCurrency(token: string, countryWords: string, sentence: string[], document: string[]): string | undefined {
  const lex = currencyLexicon();
  const key = token.replace(/\\/g, '');
  const candidates = lex.byToken.get(key) ?? lex.byToken.get(key.toLowerCase()) ?? [];
  // A symbol of one letter ("R32.4 billion") stands before numbers in other senses too (a road
  // "R2"): it is money only where the sentence or the document names a country that uses it.
  if (/^\p{L}$/u.test(key)) return candidates.find((c) => [...sentence, ...document].some((x) => c.countries.includes(x)))?.code;
  // "18 million kina", "3 billion CFA francs": a local word is money only beside a country that uses it, the one named with it, in the sentence, or the document's most named.
  const named = countryWords ? countryOfWords(countryWords) : undefined;
  const local = candidates.length ? undefined : lex.byLocalWord.get(key);
  // "2 billion Slovak crowns": a country named with it that uses none of them picks none, never another state's.
  if (local) return named ? usedBy(local, [named]) : usedBy(local, [...sentence, ...document]);
  if (candidates.length === 1) return candidates[0]!.code;
  if (!candidates.length) return undefined;
  const own = named ? usedBy(candidates, [named]) : undefined;
  if (own) return own;
  const d = lex.defaults.get(key) ?? lex.defaults.get(key.toLowerCase());
  if (d && d.contextFirst === false) return d.code;
  const used = new Set(candidates.filter((c) => sentence.some((s) => c.countries.includes(s))).map((c) => c.code));
  if (used.size === 1) return [...used][0];
  if (d) return d.code;
  return usedBy(candidates, document);
}

/**
 * Whether an amount's word may be money by its form: a local word that is a common noun too (`nounLocalWords`, "crown") only in the
 * plural and with a scale word or a country's adjective before it; any other word always.
 * @example wordMayBeMoney('crown', 'crowns', '', 'Norwegian') // → true; ('crown', 'crowns', '', '') ("won 3 crowns") → false; ('crown', 'crown', 'million', '') ("crown jewels") → false
 */
export function wordMayBeMoney(token: string, written: string, scale: string, countryWords: string): boolean {
  if (!currencyLexicon().nounLocalWords.has(token)) return true;
  return written !== token && (!!scale || (!!countryWords.trim() && countryOfWords(countryWords) !== undefined));
}

/** The code of the first of `currencies` a country of `countries` uses, the countries taken in order. */
function usedBy(currencies: Currency[], countries: string[]): string | undefined {
  for (const country of countries) {
    const c = currencies.find((x) => x.countries.includes(country));
    if (c) return c.code;
  }
  return undefined;
}
