/**
 * Why gold events were missed and why predicted ones matched nothing, as counts that can be
 * printed for every part, blind ones included, without showing any item (`npm run eval`), and
 * per item for the tune parts (`scripts/event-misses.js`).
 */

/** A gold event placed in its document. */
export interface PlacedGold {
  doc: string;
  start: number;
  end: number;
  date: string;
}
/** A predicted event: its mentions, each a passage with the date it gives. */
export interface PredictedEvent {
  doc: string;
  mentions: { doc?: string; start: number; end: number; date?: string }[];
}

/**
 * Why a gold event matched nothing, first that applies: no predicted mention overlaps its
 * passage (`no-mention`); one does with its date but its event matched another gold event
 * through another mention (`merged`: the event is told twice in the document, the gold records
 * each telling, and the event, one prediction, matches one of them); one does with its date
 * but its event matched another gold event on the same passage (`taken`: one prediction for
 * two events); the overlapping mentions' dates are finer than the
 * gold date (`finer`: 2023-03-16 for 2023-03), coarser (`coarser`), or other (`other-date`);
 * the overlapping mentions carry no date (`undated`).
 */
export const MISS_CAUSES = ['no-mention', 'merged', 'taken', 'finer', 'coarser', 'other-date', 'undated'] as const;
export type MissCause = (typeof MISS_CAUSES)[number];

/**
 * Why a prediction matched no gold event: no gold event's passage overlaps its mentions
 * (`no-gold`: an event the annotators did not record, or a passage they did not annotate); one
 * does but with another date (`date-mismatch`); one does with its date but another prediction
 * took it (`duplicate`: the same event told twice).
 */
export const EXTRA_CAUSES = ['no-gold', 'date-mismatch', 'duplicate'] as const;
export type ExtraCause = (typeof EXTRA_CAUSES)[number];

const overlapping = (g: PlacedGold, p: PredictedEvent) => (p.doc === g.doc ? p.mentions.filter((m) => (m.doc === undefined || m.doc === g.doc) && m.start < g.end && g.start < m.end) : []);

/** Whether EDTF date `a` is a finer date within `b` ("2023-03-16" within "2023-03"). */
export function finerThan(a: string, b: string): boolean {
  return a.length > b.length && a.startsWith(b) && a[b.length] === '-';
}

/**
 * Why one gold event was missed, given every prediction of its part and the gold event each
 * matched prediction matched (`matchOf`).
 */
export function missCause<P extends PredictedEvent>(g: PlacedGold, predicted: P[], matchOf: Map<P, PlacedGold> = new Map()): MissCause {
  const mentions = predicted.flatMap((p) => overlapping(g, p).map((m) => ({ m, p })));
  if (!mentions.length) return 'no-mention';
  const dated = mentions.filter(({ m }) => m.date === g.date);
  if (dated.length) {
    // Taken on this passage when the gold event its prediction matched overlaps the mention here.
    const here = dated.some(({ m, p }) => {
      const other = matchOf.get(p);
      return !other || (other.doc === g.doc && m.start < other.end && other.start < m.end);
    });
    return here ? 'taken' : 'merged';
  }
  const dates = mentions.map(({ m }) => m.date).filter((d): d is string => !!d);
  if (dates.some((d) => finerThan(d, g.date))) return 'finer';
  if (dates.some((d) => finerThan(g.date, d))) return 'coarser';
  return dates.length ? 'other-date' : 'undated';
}

/** Why one prediction matched nothing, given every gold event of its part. */
export function extraCause(p: PredictedEvent, gold: PlacedGold[]): ExtraCause {
  const pairs = gold.flatMap((g) => overlapping(g, p).map((m) => [g, m] as const));
  if (!pairs.length) return 'no-gold';
  return pairs.some(([g, m]) => m.date === g.date) ? 'duplicate' : 'date-mismatch';
}

/** Counts of each cause over a part's misses and extras (every cause present, zero when none). */
export function causeCounts<G extends PlacedGold, P extends PredictedEvent>(
  misses: G[],
  extras: P[],
  gold: G[],
  predicted: P[],
  matches: [G, P][] = [],
): { misses: Record<MissCause, number>; extras: Record<ExtraCause, number> } {
  const matchOf = new Map<P, PlacedGold>(matches.map(([x, y]) => [y, x]));
  const m = Object.fromEntries(MISS_CAUSES.map((c) => [c, 0])) as Record<MissCause, number>;
  const x = Object.fromEntries(EXTRA_CAUSES.map((c) => [c, 0])) as Record<ExtraCause, number>;
  for (const g of misses) m[missCause(g, predicted, matchOf)]++;
  for (const p of extras) x[extraCause(p, gold)]++;
  return { misses: m, extras: x };
}
