/**
 * The items of a document near an offset, without a scan of all of them per question (issue 13):
 * a check made for each verb or each act of a long document ("is a figure within 40 characters of
 * this verb?") read every figure or mention of the document, so its cost grew with the square of
 * the document's length. The items are sorted once by their start; `near(from, to)` finds by
 * binary search those whose span reaches into `[from, to]` (start ≤ to and end ≥ from), the
 * longest span bounding how far before `from` one may start, and gives them in the items' own
 * order: `near(a, b).filter(test)` is `items.filter(test)` for any test only such items pass.
 * ```ts
 * const w = new SpanWindow(figures, (f) => f.valueStart, (f) => f.valueEnd);
 * w.near(120, 200) // → the figures with valueStart ≤ 200 and valueEnd ≥ 120, in the order of `figures`
 * ```
 */
export class SpanWindow<T> {
  private readonly sorted: T[];
  /** Each sorted item's place among the items. */
  private readonly places: number[];
  private readonly starts: number[];
  private readonly ends: number[];
  /** Whether the items came sorted by their start (their own order is the sorted one). */
  private readonly inOrder: boolean;
  /** The longest span (end − start) among the items. */
  private readonly longest: number;

  constructor(items: readonly T[], startOf: (item: T) => number, endOf: (item: T) => number) {
    const starts = items.map(startOf);
    let inOrder = true;
    for (let k = 1; k < starts.length && inOrder; k++) inOrder = starts[k - 1]! <= starts[k]!;
    this.inOrder = inOrder;
    if (inOrder) {
      // Mentions and figures mostly come in order of their start: nothing to sort.
      this.sorted = [...items];
      this.places = items.map((_, k) => k);
      this.starts = starts;
      this.ends = items.map(endOf);
    } else {
      const byStart = items.map((item, k) => ({ item, k, start: starts[k]!, end: endOf(item) })).sort((a, b) => a.start - b.start || a.k - b.k);
      this.sorted = byStart.map((x) => x.item);
      this.places = byStart.map((x) => x.k);
      this.starts = byStart.map((x) => x.start);
      this.ends = byStart.map((x) => x.end);
    }
    let longest = 0;
    for (let k = 0; k < this.starts.length; k++) longest = Math.max(longest, this.ends[k]! - this.starts[k]!);
    this.longest = longest;
  }

  /** The items whose span reaches into `[from, to]` (start ≤ to and end ≥ from), in the items' own order. */
  near(from: number, to: number): T[] {
    const found: number[] = [];
    for (let k = this.firstFrom(from - this.longest); k < this.starts.length && this.starts[k]! <= to; k++) if (this.ends[k]! >= from) found.push(k);
    if (found.length > 1 && !this.inOrder) found.sort((a, b) => this.places[a]! - this.places[b]!);
    return found.map((k) => this.sorted[k]!);
  }

  /** The index of the first item that starts at or after `offset`. */
  private firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
