import { readFileSync } from 'node:fs';
import { lexiconPath } from '../../lexicon.js';
import { PatternSet } from '../pattern-set.js';
import { numberWords } from './numbers.js';
import { isCurrency } from './currency-finder.js';

/** The indicators of `lexicon/indicators.json` and their keywords: which quantity a number near them measures. */
export interface Indicator {
  id: string;
  unit: string;
  keywords: RegExp[];
  flow?: boolean;
  counts?: string[];
}
export interface IndicatorLexicon {
  indicators: Indicator[];
  rankContext: RegExp;
  notRank: RegExp;
  /** The indicator of each keyword searched, and whether the keyword names it for a value in money only. */
  keywords: { owners: Indicator[]; moneyOnly: boolean[]; search: PatternSet };
}

/** A keyword of lexicon/indicators.json as written: a pattern, or `{pattern, money}`. */
export type KeywordEntry = string | { pattern: string; money?: boolean };
/** The pattern of a keyword, however written. */
export const keywordPattern = (k: KeywordEntry): string => (typeof k === 'string' ? k : k.pattern);

let cached: IndicatorLexicon | undefined;

export function indicatorLexicon(): IndicatorLexicon {
  if (!cached) {
    const raw = JSON.parse(readFileSync(lexiconPath('indicators.json'), 'utf8'));
    // A keyword is a pattern, or { pattern, money: true } when it names the indicator of a sum of money only (a bare
    // "surplus" is a trade balance in dollars, not in tonnes of rice or a percentage of GDP).
    const moneyOf = new Map<RegExp, boolean>();
    const indicators: Indicator[] = raw.indicators.map((i: { id: string; unit: string; keywords: KeywordEntry[] }) => ({
      ...i,
      keywords: i.keywords.map((k) => {
        const re = new RegExp(keywordPattern(k), 'gi');
        moneyOf.set(re, typeof k !== 'string' && !!k.money);
        return re;
      }),
    }));
    // An action ("killed", "expelled") names only the counted phrase it governs (counted-finder.ts), not any number near it.
    const searched = indicators.filter((i) => !i.counts);
    const owners = searched.flatMap((indicator) => indicator.keywords.map(() => indicator));
    const moneyOnly = searched.flatMap((indicator) => indicator.keywords.map((k) => moneyOf.get(k)!));
    cached = {
      indicators,
      keywords: { owners, moneyOnly, search: new PatternSet(searched.flatMap((i) => i.keywords)) },
      rankContext: new RegExp(`(?:${raw.rankContexts.join('|')})`, 'i'),
      // "12th Party Congress", "12th CPV National Congress": a few capitalised words may come between.
      notRank: new RegExp(`^\\s*(?:[A-Z][\\w-]*\\s+){0,3}(?:${raw.notRanks.join('|')})`),
    };
  }
  return cached;
}

export interface KeywordHit {
  start: number;
  end: number;
  indicator: Indicator;
  /** The keyword names its indicator for a sum of money only. */
  moneyOnly?: boolean;
}

/** What may follow a keyword inside its word: an inflection ("export*ing*", "trade deficit*s*"), not a longer word ("import*ant*", "intern*ational*"). */
const INFLECTION = /^(?:s|es|ed|ing)?(?!\p{L})/u;

/**
 * Whether a keyword's match is a word of the text, or the word inflected: "import" names imports in "imports", not in "important";
 * "resident" names residents, not "president"; "intern" interns, not "International".
 */
const wholeWord = (text: string, start: number, end: number) => !/\p{L}/u.test(text[start - 1] ?? '') && INFLECTION.test(text.slice(end, end + 4));

/** Every indicator keyword in the text, all keywords searched together (not once per number), each a whole word. */
export function keywordHits(text: string): KeywordHit[] {
  const { owners, moneyOnly, search } = indicatorLexicon().keywords;
  const hits = search
    .matchAll(text)
    .flatMap((matches, i) =>
      matches
        .filter((m) => wholeWord(text, m.index, m.index + m[0].length))
        .map((m) => ({ start: m.index, end: m.index + m[0].length, indicator: owners[i]!, ...(moneyOnly[i] ? { moneyOnly: true } : {}) })),
    );
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

/**
 * Whether an indicator can measure a value of this unit: money measures money, people count
 * people; a percentage, a rank or a bare number fits any indicator.
 */
export function fits(indicator: Indicator, unit: string): boolean {
  if (isCurrency(unit)) return isCurrency(indicator.unit);
  if (unit === 'persons' || unit === 'projects') return indicator.unit === unit;
  if (unit === 'count') return !isCurrency(indicator.unit) && indicator.unit !== 'persons';
  return true;
}

/** The words between a keyword and one in a phrase that qualifies it: "visas *granted to Japanese* nationals", "scholarships *for* students". */
const QUALIFIES = /^\s+(?:[\p{L}-]+\s+)?(?:to|for|among|of)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** The indicator named nearest a number that fits its unit: before it counts at face distance, after it at double; given the `text`, a keyword that qualifies an earlier one is passed over. */
export function indicatorFor(hits: KeywordHit[], at: number, unit: string, text = ''): Indicator | undefined {
  let best: { ind: Indicator; dist: number } | undefined;
  // "gas exports of 9 billion cubic metres": a physical unit goes first to the indicator measured in it.
  const own = MEASURES.has(unit) ? hits.filter((h) => h.indicator.unit === unit) : [];
  const fitting = (own.length ? own : hits).filter((h) => fits(h.indicator, unit) && (!h.moneyOnly || isCurrency(unit)));
  for (const h of fitting) {
    // "visas granted to Japanese nationals: 14,856": a keyword in a phrase after another's preposition qualifies it; the first is measured.
    if (text && h.end <= at && fitting.some((g) => g.end <= h.start && QUALIFIES.test(text.slice(g.end, h.start)))) continue;
    const dist = h.start <= at ? at - h.start : (h.start - at) * 2;
    if (!best || dist < best.dist) best = { ind: h.indicator, dist };
  }
  return best?.ind;
}
