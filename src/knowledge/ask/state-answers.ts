import { fold } from '../../extract/fold.js';
import { type KeywordEntry, keywordPattern } from '../../extract/facts/indicator-keywords.js';
import { readLexicon } from '../../lexicon.js';
import type { IndicatorSummary, RelationshipState, Series, SeriesPoint, Visit } from '../state/types.js';
import { countriesIn } from '../state/common.js';
import { firstMatch, stateLexicon } from '../state/state-lexicon.js';
import { askLexicon } from './lexicon.js';
import { parseQuestion, type ParsedQuestion } from './question.js';
import type { Answer, Citation } from './types.js';

/** What the structured route reads: the engine's series and state. */
export interface StateSource {
  series(indicator?: string): Promise<{ series: Series[]; indicators: IndicatorSummary[] }>;
  indicators(): Promise<IndicatorSummary[]>;
  state(at?: string): Promise<RelationshipState>;
}

/** Answers from the series and the state are read from stored figures and events, not guessed from a passage. */
const STRUCTURED_CONFIDENCE = 0.9;
const MAX_ANSWER = 100;
const clip = (s: string) => (s.length <= MAX_ANSWER ? s : `${s.slice(0, MAX_ANSWER - 1).replace(/[;,]?\s+\S*$/, '')}…`);

let indicatorWords: { id: string; keywords: RegExp[] }[] | undefined;

/** The indicators a question names, in the order of lexicon/indicators.json (the specific before the general: "ODA loans" before "ODA"). */
export function indicatorsNamed(question: string): string[] {
  indicatorWords ??= (readLexicon('indicators.json').indicators as { id: string; keywords: KeywordEntry[] }[]).map((i) => ({
    id: i.id,
    keywords: i.keywords.map((k) => new RegExp(keywordPattern(k), 'i')),
  }));
  return indicatorWords.filter((i) => i.keywords.some((k) => k.test(question))).map((i) => i.id);
}

const yearOf = (p: SeriesPoint) => p.period.slice(0, 4);
const shown = (p: SeriesPoint) => p.stated ?? `${p.value} ${p.unit}`;

/** The line that best fits the question: both years in it, the states the question names in its direction or subject, then the most points. */
function pickLine(lines: Series[], q: ParsedQuestion, from: string, to: string): Series | undefined {
  const named = countriesIn(q.text);
  const fits = (s: Series) => [s.subject, s.direction?.from, s.direction?.to].filter((x): x is string => !!x).filter((x) => countriesIn(x).some((c) => named.includes(c))).length;
  return lines
    .filter((s) => s.scope === 'annual' && s.points.some((p) => yearOf(p) === from) && s.points.some((p) => yearOf(p) === to))
    .sort((a, b) => fits(b) - fits(a) || b.points.length - a.points.length)[0];
}

/**
 * "Did X rise between 2010 and 2020?", "Was trade higher in 2015 than in 2010?": the figures of
 * both years from the series of the indicator the question names. Several figures for a year
 * that give different verdicts are a conflict, each verdict cited; a year without a figure
 * leaves the question to the passages.
 */
async function compareFromSeries(src: StateSource, q: ParsedQuestion, id: string | null): Promise<Answer | undefined> {
  const cmp = q.compare!;
  // The indicators with figures first (counted in the store), then that indicator's lines only.
  const indicators = await src.indicators();
  const indicator = indicatorsNamed(q.text).find((i) => indicators.some((s) => s.indicator === i));
  if (!indicator) return undefined;
  const { series } = await src.series(indicator);
  const line = pickLine(series, q, cmp.from, cmp.to);
  if (!line) return undefined;
  const at = (y: string) => line.points.filter((p) => yearOf(p) === y);
  const doubled = /\bdoubl/.test(fold(q.text));
  const verdicts = new Map<string, { text: string; citations: Citation[] }>();
  for (const a of at(cmp.from)) {
    for (const b of at(cmp.to)) {
      const yes = doubled ? b.value >= 2 * a.value : cmp.direction === 'rise' ? b.value > a.value : b.value < a.value;
      const text = `${yes ? 'Yes' : 'No'}: ${shown(a)} in ${cmp.from}, ${shown(b)} in ${cmp.to}`;
      const v = verdicts.get(yes ? 'yes' : 'no') ?? { text, citations: [] };
      for (const c of [...a.citations, ...b.citations]) if (!v.citations.some((x) => x.doc === c.doc && x.start === c.start)) v.citations.push(c);
      verdicts.set(yes ? 'yes' : 'no', v);
    }
  }
  const claims = [...verdicts.values()].map((v) => ({ answer: clip(v.text), citations: v.citations }));
  if (claims.length > 1) {
    return {
      id,
      question: q.text,
      status: 'conflict',
      answer: clip(`The sources disagree: ${claims.map((c) => c.answer).join(' or ')}`),
      claims,
      citations: claims.flatMap((c) => c.citations),
      confidence: STRUCTURED_CONFIDENCE,
      route: 'series',
    };
  }
  return { id, question: q.text, status: 'answered', answer: claims[0]!.answer, claims: [], citations: claims[0]!.citations, confidence: STRUCTURED_CONFIDENCE, route: 'series' };
}

const has = (q: string, phrases: string[]) => phrases.some((p) => new RegExp(`\\b${p}\\b`).test(q));

/** The visits a question asks about: of an office it names, to a state it names after "to", else from the one state it names. */
function visitsAsked(q: string, visits: Visit[]): Visit[] {
  const office = firstMatch(stateLexicon().visits.offices, q)?.id;
  const to = /\bto\s+(.+)$/.exec(q);
  const toState = to ? countriesIn(to[1]!)[0] : undefined;
  const named = countriesIn(q);
  const fromState = !toState && named.length === 1 ? named[0] : undefined;
  const decade = /\b(1[89]\d0|20\d0)s\b/.exec(q)?.[1];
  return visits.filter((v) => (!office || v.office === office) && (!toState || v.to === toState) && (!fromState || v.from === fromState) && (!decade || v.date.startsWith(decade.slice(0, 3))));
}

/**
 * "How many visits per decade?", "How many visits were made in the 1990s?", "How many visits
 * per office?": counts of the state's visits, each visit's first passage cited.
 */
async function visitsFromState(src: StateSource, q: ParsedQuestion, id: string | null): Promise<Answer | undefined> {
  const lex = askLexicon();
  const f = fold(q.text);
  if (q.type !== 'how_many' || !has(f, lex.visitWords)) return undefined;
  const perDecade = has(f, lex.perDecade);
  const perOffice = has(f, lex.perOffice);
  const decade = /\b(1[89]\d0|20\d0)s\b/.test(f);
  if (!perDecade && !perOffice && !decade) return undefined;
  const all = (await src.state()).visits.items;
  if (!all.length) return undefined;
  const asked = visitsAsked(f, all);
  const citations = asked.map((v) => v.citations[0]!);
  const base = { id, question: q.text, claims: [], confidence: STRUCTURED_CONFIDENCE, route: 'state' };
  if (!asked.length) return { ...base, status: 'not_in_corpus', answer: null, citations: [], confidence: 0 };
  const counts = (key: (v: Visit) => string) => {
    const out = new Map<string, number>();
    for (const v of asked) out.set(key(v), (out.get(key(v)) ?? 0) + 1);
    return [...out.entries()].map(([k, n]) => `${k}: ${n}`).join('; ');
  };
  const text = perDecade ? counts((v) => `${v.date.slice(0, 3)}0s`) : perOffice ? counts((v) => v.office ?? 'unknown') : `${asked.length}`;
  return { ...base, status: 'answered', answer: clip(text), citations };
}

/**
 * The structured route: a comparison of two years' figures or a count of visits per period,
 * answered from the series and the state when the question maps onto them; undefined leaves
 * the question to the passages.
 * @example await answerFromState(engine, 'Was trade higher in 2019 than in 2015?') // → { status: 'answered', answer: 'Yes: A$15.0 billion in 2015, A$17.8 billion in 2019', route: 'series', … }
 */
export async function answerFromState(src: StateSource, question: string, id: string | null = null): Promise<Answer | undefined> {
  const q = parseQuestion(question);
  if (q.compare) return compareFromSeries(src, q, id);
  return visitsFromState(src, q, id);
}
