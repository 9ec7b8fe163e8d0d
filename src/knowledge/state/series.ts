import { DyadError } from '../../model/errors.js';
import type { KnowledgeFact } from '../annotation-queries.js';
import type { Conflict } from '../ask/conflicts.js';
import { cite, span } from './common.js';
import { statedIn } from './stated.js';
import type { IndicatorSummary, Series, SeriesPoint } from './types.js';

/**
 * Whether a period is one year or less (`annual`: "2015", "2015-03", "FY2015") or a span of
 * years (`multi-year`: "1992/2019", "199X", "2011/2015"), whose figure is a total or cumulative.
 */
export function scopeOf(period: string): 'annual' | 'multi-year' {
  const [a, b] = span(period);
  return a.slice(0, 4) === b.slice(0, 4) ? 'annual' : 'multi-year';
}

/**
 * The passages every fact conflict cites, as "doc|start|end" (what `Store.factConflictMentions` keeps).
 * @example conflictedMentions(await engine.conflicts()) // → Set { 'a.txt|120|188', 'b.txt|40|97' }
 */
export function conflictedMentions(conflicts: Conflict[]): Set<string> {
  const out = new Set<string>();
  for (const c of conflicts) if (c.kind === 'fact') for (const k of c.claims) for (const x of k.citations) out.add(`${x.doc}|${x.start}|${x.end}`);
  return out;
}

const lineKey = (f: KnowledgeFact) => [f.indicator, f.unit, scopeOf(f.period!), f.subject ?? '', f.direction ? `${f.direction.from}>${f.direction.to}` : ''].join('|');

/** A fact with a period as a point, flagged when a conflict cites one of its passages. */
export function pointOf(f: KnowledgeFact, flagged: Set<string>): SeriesPoint {
  return {
    period: f.period!,
    value: f.value,
    unit: f.unit,
    stated: f.mentions.map((m) => statedIn(m.quote, f.value)).find((s) => s !== null) ?? null,
    qualifier: f.qualifier,
    direction: f.direction,
    conflict: f.mentions.some((m) => flagged.has(`${m.doc}|${m.start}|${m.end}`)),
    fact: f.id,
    citationCount: f.mentions.length,
    citations: f.mentions.map(cite),
  };
}

/** A line's points in order: by the period's first day, the coarser period first, then by value. */
export const pointOrder = (a: { period: string; value: number }, b: { period: string; value: number }) =>
  span(a.period)[0].localeCompare(span(b.period)[0]) || a.period.length - b.period.length || a.value - b.value;

/**
 * Facts with a period as lines of points: one line per indicator, unit, scope, subject and
 * direction, its points ordered by period, each flagged when a conflict names one of its passages
 * (`flagged`: see `conflictedMentions`).
 * @example seriesOf(facts, conflictedMentions(conflicts)) // → [{ indicator: 'trade', unit: 'USD', scope: 'annual', points: [{ period: '2010', value: 7.3e9, stated: 'US$7.3 billion', conflict: false, … }] }]
 */
export function seriesOf(facts: KnowledgeFact[], flagged: Set<string>): Series[] {
  const lines = new Map<string, Series>();
  for (const f of facts) {
    // A projected figure ("would cut … by US$4 billion in 2025") is no point of a line of measured figures.
    if (!f.period || f.qualifier === 'projected') continue;
    const key = lineKey(f);
    const line = lines.get(key) ?? { indicator: f.indicator, unit: f.unit, scope: scopeOf(f.period), subject: f.subject, direction: f.direction, points: [] };
    lines.set(key, line);
    line.points.push(pointOf(f, flagged));
  }
  for (const line of lines.values()) line.points.sort(pointOrder);
  return [...lines.values()].sort((a, b) => a.indicator.localeCompare(b.indicator) || b.points.length - a.points.length);
}

/**
 * The `n` headline lines computed from every line (the reference `headlineFromStore` must equal):
 * amounts with three periods or more, the most periods first, one point per period (its first
 * value; `conflict` when the period's values differ), points without citations.
 */
export function headlineOf(series: Series[], n: number): Series[] {
  const perPeriod = (s: Series): Series => {
    const byPeriod = new Map<string, SeriesPoint>();
    for (const p of s.points) {
      const first = byPeriod.get(p.period);
      if (!first) byPeriod.set(p.period, { ...p, citations: [] });
      else if (first.value !== p.value || p.conflict) first.conflict = true;
    }
    return { ...s, points: [...byPeriod.values()] };
  };
  return series
    .filter((s) => s.unit !== 'rank' && s.unit !== 'percent')
    .map(perPeriod)
    .filter((s) => s.points.length >= 3)
    .sort((a, b) => b.points.length - a.points.length)
    .slice(0, n);
}

/** Each indicator with figures: its units, its number of points and lines. */
export function indicatorsOf(series: Series[]): IndicatorSummary[] {
  const byId = new Map<string, IndicatorSummary>();
  for (const s of series) {
    const i = byId.get(s.indicator) ?? { indicator: s.indicator, units: [], points: 0, lines: 0 };
    if (!i.units.includes(s.unit)) i.units.push(s.unit);
    i.points += s.points.length;
    i.lines++;
    byId.set(s.indicator, i);
  }
  return [...byId.values()];
}

/**
 * The lines of one indicator (all of them without one), in one unit when asked; an indicator
 * with no figure is BAD_REQUEST naming those that have some, a unit likewise.
 * @example pickSeries(seriesOf(facts, conflicts), 'trade') // → [{ indicator: 'trade', unit: 'USD', … }]
 */
export function pickSeries(all: Series[], indicator?: string, unit?: string): Series[] {
  if (indicator !== undefined && !all.some((s) => s.indicator === indicator)) {
    throw new DyadError('BAD_REQUEST', `indicator "${indicator}" has no figures; indicators with figures: ${[...new Set(all.map((s) => s.indicator))].join(', ') || '(none stored)'}`);
  }
  const picked = all.filter((s) => indicator === undefined || s.indicator === indicator);
  if (unit !== undefined && !picked.some((s) => s.unit === unit)) {
    throw new DyadError('BAD_REQUEST', `unit "${unit}" is not one of: ${[...new Set(picked.map((s) => s.unit))].sort().join(', ') || '(none stored)'}`);
  }
  return picked.filter((s) => unit === undefined || s.unit === unit);
}

/**
 * Lines whose points carry at most `n` citations each (`citationCount` still counts them all), so a
 * line told in thousands of passages stays a small answer; `undefined` keeps every citation.
 * @example limitCitations(series, 1)[0].points[0] // → { …, citationCount: 3, citations: [the first] }
 */
export function limitCitations(lines: Series[], n: number | undefined): Series[] {
  if (n === undefined) return lines;
  return lines.map((l) => ({ ...l, points: l.points.map((p) => (p.citations.length > n ? { ...p, citations: p.citations.slice(0, n) } : p)) }));
}
