/**
 * Groups items (sorted or not) by the spans that contain them, in one sweep:
 * `within(items, spans)[i]` holds the items inside `spans[i]`. Spans must be sorted and disjoint.
 * @example within([{start: 2, end: 3}], [{start: 0, end: 5}]) // → [[{start: 2, end: 3}]]
 */
export function within<T extends { start: number; end: number }>(items: T[], spans: { start: number; end: number }[]): T[][] {
  const inOrder = items.every((x, k) => k === 0 || items[k - 1]!.start <= x.start);
  const sorted = inOrder ? items : [...items].sort((a, b) => a.start - b.start);
  const out: T[][] = spans.map(() => []);
  let i = 0;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    while (i < sorted.length && sorted[i]!.start < span.start) i++;
    for (let j = i; j < sorted.length && sorted[j]!.start < span.end; j++) {
      if (sorted[j]!.end <= span.end) out[s]!.push(sorted[j]!);
    }
  }
  return out;
}
