import type { EntityMention } from '../../model/annotation.js';
import { actorLexicon } from '../actors/actor-lexicon.js';
import type { Value } from './value-reader.js';

/** The countries (alpha-3) the mentions name, most named first. */
export function countriesByMentions(entities: EntityMention[]): string[] {
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
export function subjectOf(text: string, all: EntityMention[], v: Value, sentenceStart?: number): string | undefined {
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
  // "Bucharest summoned the Bulgarian ambassador for the third time": a count of times is the
  // doer's, the first country of its sentence before it, not the nearest one it acted on.
  // In a phrase that opens the sentence ("For the fourth time in five years, a Romanian deal …"), the first of its main clause.
  const opening = sentenceStart !== undefined && OPENING_PHRASE.test(text.slice(sentenceStart, v.start));
  const doer = v.rule === 'nth-time' ? mentions.find((m) => m.kind === 'country' && (m.end <= v.start || opening) && !others.has(m)) : undefined;
  if (doer) return doer.name;
  for (const m of mentions) {
    if (m.kind !== 'country' || others.has(m) || setAside(text, m, v)) continue;
    // "Peru is Chile's largest partner": the country whose ranking it is, not the one ranked.
    if (v.unit === 'rank' && m.end <= v.start && RANKER.test(text.slice(m.end, v.start))) continue;
    // A country after the value counts only within its clause ("60,000 left for Qatar").
    if (m.start >= v.end && !/^[^,;:()]{0,60}$/.test(text.slice(v.end, m.start))) continue;
    // … at face distance when a preposition ties them ("25,000 for Oman", "12,000 from India").
    const tied = m.start >= v.end && AFTER_TIE.test(text.slice(v.end, m.start));
    const dist = m.end <= v.start ? v.start - m.end : (m.start - v.end) * (tied ? 1 : 2);
    if (!best || dist < best.dist) best = { name: m.name, dist };
  }
  // Else the country of a person or body the sentence names ("the Ministry of Trade of Kenya"),
  // not a country the clause rule above passed over ("killed 500 soldiers, …, before a
  // declaration was signed in Brazil"): it is no subject of the value at all.
  const owner = mentions.find((m) => m.country && m.kind !== 'country')?.country;
  return best?.name ?? (owner ? actorLexicon().countries.get(owner)?.name : undefined);
}

/** A clause set off by commas that opens with a participle or a relative word: ", created under a 1997 arrangement with the United States,". */
const ASIDE_OPENS = /^\s*(?:(?:\w+ly\s+)?\w+(?:ed|en)|which|who|whose|set up|built|run|led|backed|funded|including|like|such as)\b/i;

/**
 * Whether a country before the value is named in a clause set off by commas that opens with a
 * participle or a relative word: "Zones in Jordan, created under an arrangement with the United
 * States, employed some 40,000 workers" are Jordan's, not the United States'.
 */
function setAside(text: string, m: EntityMention, v: Value): boolean {
  if (m.end > v.start) return false;
  const open = text.lastIndexOf(',', m.start);
  const close = text.indexOf(',', m.end);
  if (open < 0 || close < 0 || close >= v.start || /[.;:]/.test(text.slice(open, close))) return false;
  // The aside closes before the value's own clause: no other comma stands between.
  return ASIDE_OPENS.test(text.slice(open + 1, m.start)) && !text.slice(close + 1, v.start).includes(',');
}

/** A sentence's opening phrase up to a value, before any comma: "For the fourth time", "In its first ". */
const OPENING_PHRASE = /^\s*(?:For|In|After|With|Over|During|Within|Of|At|By)\s[^,;:]*$/;
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
export function directionIn(text: string, mentions: EntityMention[], at: number): { from: string; to: string } | undefined {
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
export function carriedFlow(
  previous: { indicator: string; direction: { from: string; to: string } } | undefined,
  indicator: string,
  mentions: EntityMention[],
): { from: string; to: string } | undefined {
  if (!previous || previous.indicator !== indicator) return undefined;
  const named = mentions.filter((m) => m.kind === 'country').map((m) => m.name);
  return named.every((n) => n === previous.direction.from || n === previous.direction.to) ? previous.direction : undefined;
}
