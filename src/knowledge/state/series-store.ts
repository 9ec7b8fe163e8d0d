import { DyadError } from '../../model/errors.js';
import type { SeriesLineCount, SeriesPointRow } from '../../model/aggregates.js';
import type { Store } from '../../store/store.js';
import { pointOf, pointOrder } from './series.js';
import type { IndicatorSummary, Series } from './types.js';

/** Byte order (as the stores compare text), for the facts' list order. */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * The store's counted lines in the order `seriesOf` gives its lines: by indicator, the most
 * points first, then as the facts' list first meets them.
 */
export function orderLines(lines: SeriesLineCount[]): SeriesLineCount[] {
  return [...lines].sort((a, b) => a.indicator.localeCompare(b.indicator) || b.points - a.points || byBytes(a.order, b.order));
}

/**
 * Each indicator with figures, from the counted lines (what `indicatorsOf` gives from every line).
 * @example indicatorsOfLines(orderLines(await store.seriesLines())) // → [{ indicator: 'trade', units: ['USD'], points: 14, lines: 2 }]
 */
export function indicatorsOfLines(ordered: SeriesLineCount[]): IndicatorSummary[] {
  const byId = new Map<string, IndicatorSummary>();
  for (const s of ordered) {
    const i = byId.get(s.indicator) ?? { indicator: s.indicator, units: [], points: 0, lines: 0 };
    if (!i.units.includes(s.unit)) i.units.push(s.unit);
    i.points += s.points;
    i.lines++;
    byId.set(s.indicator, i);
  }
  return [...byId.values()];
}

/** An indicator or unit without figures is BAD_REQUEST naming those with some (as `pickSeries`). */
export function checkSeriesQuery(ordered: SeriesLineCount[], indicator?: string, unit?: string): void {
  if (indicator !== undefined && !ordered.some((s) => s.indicator === indicator)) {
    throw new DyadError('BAD_REQUEST', `indicator "${indicator}" has no figures; indicators with figures: ${[...new Set(ordered.map((s) => s.indicator))].join(', ') || '(none stored)'}`);
  }
  const picked = ordered.filter((s) => indicator === undefined || s.indicator === indicator);
  if (unit !== undefined && !picked.some((s) => s.unit === unit)) {
    throw new DyadError('BAD_REQUEST', `unit "${unit}" is not one of: ${[...new Set(picked.map((s) => s.unit))].sort().join(', ') || '(none stored)'}`);
  }
}

/** Amounts, not ranks or percentages, are what a headline draws. */
const isAmount = (unit: string) => unit !== 'rank' && unit !== 'percent';

/**
 * The `n` headline lines from the store's counts (`Engine.headlineSeries`): amounts with three
 * periods or more, the most periods first, one point per period (the first in the line's order:
 * the smallest value; `conflict` when the period's values differ or one is flagged), no citations.
 * Reads the counted lines, the points of the `n` lines picked, and one fact per period.
 * @example await headlineFromStore(store, orderLines(await store.seriesLines()), 4) // → [{ indicator: 'trade', unit: 'USD', scope: 'annual', points: [{ period: '2010', value: 7.3e9, citations: [] }, …] }]
 */
export async function headlineFromStore(store: Store, ordered: SeriesLineCount[], n: number, flagged: () => Promise<Set<string>>): Promise<Series[]> {
  const picked = ordered
    .filter((l) => isAmount(l.unit) && l.periods >= 3)
    .sort((a, b) => b.periods - a.periods)
    .slice(0, n);
  if (!picked.length) return [];
  const conflicts = await flagged();
  const rows = await Promise.all(picked.map((l) => store.seriesPoints(l)));
  // The first point of each period, as the whole line orders its points (period, then value, then list order).
  const firsts = rows.map((points) => firstPerPeriod(points, conflicts));
  const facts = new Map((await store.factsByIds([...new Set([...firsts.flatMap((f) => f.map((p) => p.row.id)), ...picked.map((l) => l.first)])])).map((f) => [f.id, f]));
  return picked.map((l, i) => {
    const head = facts.get(l.first)!;
    return {
      indicator: l.indicator,
      unit: head.unit,
      scope: l.scope,
      subject: head.subject,
      direction: head.direction,
      points: firsts[i]!.map(({ row, conflict }) => ({ ...pointOf(facts.get(row.id)!, conflicts), conflict, citations: [] })),
    };
  });
}

/** A line's points grouped by period, each period's first point and whether its values disagree or one is flagged. */
function firstPerPeriod(points: SeriesPointRow[], conflicts: Set<string>): { row: SeriesPointRow; conflict: boolean }[] {
  const sorted = [...points].sort((a, b) => pointOrder(a, b) || byBytes(a.order, b.order));
  const flaggedRow = (r: SeriesPointRow) => r.mentions.some((m) => conflicts.has(m));
  const byPeriod = new Map<string, { row: SeriesPointRow; conflict: boolean }>();
  for (const r of sorted) {
    const first = byPeriod.get(r.period);
    if (!first) byPeriod.set(r.period, { row: r, conflict: flaggedRow(r) });
    else if (first.row.value !== r.value || flaggedRow(r)) first.conflict = true;
  }
  return [...byPeriod.values()];
}
