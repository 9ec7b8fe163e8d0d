/**
 * PLOVER category and mode confusion over matched events: gold × predicted counts per part
 * (`npm run eval -- --confusion`). Counts only, so blind parts print too; the items behind a tune
 * part's cells are listed with `--verbose` (never a blind part's).
 */

/** A matched pair as the eval scores it: the gold event's category and mode, the predicted event's. */
export interface MatchedPair {
  gold: { plover?: string; mode?: string; quote: string };
  predicted: { plover: { type: string }; mode: string; type: string };
}

/** Counts of gold value × predicted value; rows and columns are the values that occur. */
export interface Confusion {
  rows: string[];
  cols: string[];
  counts: Map<string, number>;
  total: number;
  right: number;
}

const key = (g: string, p: string) => `${g}\u0000${p}`;

/** Gold × predicted counts of `field` over the pairs whose gold value is given. */
export function confusion(pairs: MatchedPair[], field: 'plover' | 'mode'): Confusion {
  const counts = new Map<string, number>();
  const rows = new Set<string>();
  const cols = new Set<string>();
  let right = 0;
  let total = 0;
  for (const { gold, predicted } of pairs) {
    const g = field === 'plover' ? gold.plover : (gold.mode ?? 'asserted');
    if (!g) continue;
    const p = field === 'plover' ? predicted.plover.type : predicted.mode;
    rows.add(g);
    cols.add(p);
    counts.set(key(g, p), (counts.get(key(g, p)) ?? 0) + 1);
    total++;
    if (g === p) right++;
  }
  return { rows: [...rows].sort(), cols: [...cols].sort(), counts, total, right };
}

/** Sums confusions (all tune parts, all blind parts). */
export function addConfusions(cs: Confusion[]): Confusion {
  const counts = new Map<string, number>();
  for (const c of cs) for (const [k, n] of c.counts) counts.set(k, (counts.get(k) ?? 0) + n);
  return {
    rows: [...new Set(cs.flatMap((c) => c.rows))].sort(),
    cols: [...new Set(cs.flatMap((c) => c.cols))].sort(),
    counts,
    total: cs.reduce((s, c) => s + c.total, 0),
    right: cs.reduce((s, c) => s + c.right, 0),
  };
}

/** The table as rows of cells: gold down, predicted across, a dot for zero, with each row's total and right count. */
export function confusionRows(c: Confusion): string[][] {
  const head = ['gold \\ got', ...c.cols.map((x) => x.slice(0, 5)), 'n', 'right'];
  const rows = c.rows.map((g) => {
    const cells = c.cols.map((p) => String(c.counts.get(key(g, p)) ?? '.'));
    const n = c.cols.reduce((s, p) => s + (c.counts.get(key(g, p)) ?? 0), 0);
    return [g, ...cells, String(n), String(c.counts.get(key(g, g)) ?? 0)];
  });
  return [head, ...rows];
}

/** The wrong pairs of a tune part, one line each (gold, got, predicted type, quote): never called for a blind part. */
export function confusedItems(pairs: MatchedPair[], field: 'plover' | 'mode'): string[] {
  return pairs.flatMap(({ gold, predicted }) => {
    const g = field === 'plover' ? gold.plover : (gold.mode ?? 'asserted');
    const p = field === 'plover' ? predicted.plover.type : predicted.mode;
    if (!g || g === p) return [];
    return [`${field} gold ${g} got ${p} (${predicted.type}) | ${gold.quote.replace(/\s+/g, ' ').slice(0, 140)}`];
  });
}
