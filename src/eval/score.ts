/** Precision, recall and F1 of predictions against gold items, matched one to one. */

export interface Scored {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of matched pairs whose type (event type, fact unit) agrees. */
  typeAccuracy: number;
}

export interface Span {
  start: number;
  end: number;
}
/** A predicted item: one passage, or an item stated in several (`mentions`), any of which may match. */
export type Predicted = Span | { mentions: Span[] };

/**
 * Greedy one-to-one matching: a prediction matches a gold item when one of its passages overlaps
 * the gold passage and `match` says so (the date or value agrees); pairs that also agree on type
 * are taken first.
 */
export function score<G extends Span, P extends Predicted>(
  gold: G[],
  predicted: P[],
  match: (g: G, p: P) => boolean,
  sameType: (g: G, p: P) => boolean,
): Scored & { misses: G[]; extras: P[]; mistyped: [G, P][]; matches: [G, P][] } {
  const used = new Set<number>();
  const mistyped: [G, P][] = [];
  const matches: [G, P][] = [];
  let matched = 0;
  let typed = 0;
  const misses: G[] = [];
  for (const g of gold) {
    let best = -1;
    for (let i = 0; i < predicted.length; i++) {
      if (used.has(i) || !overlaps(g, predicted[i]!) || !match(g, predicted[i]!)) continue;
      if (best < 0 || (sameType(g, predicted[i]!) && !sameType(g, predicted[best]!))) best = i;
    }
    if (best >= 0) {
      used.add(best);
      matched++;
      matches.push([g, predicted[best]!]);
      if (sameType(g, predicted[best]!)) typed++;
      else mistyped.push([g, predicted[best]!]);
    } else misses.push(g);
  }
  const precision = predicted.length ? matched / predicted.length : 0;
  const recall = gold.length ? matched / gold.length : 0;
  return {
    gold: gold.length,
    predicted: predicted.length,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    typeAccuracy: matched ? typed / matched : 0,
    misses,
    extras: predicted.filter((_, i) => !used.has(i)),
    mistyped,
    matches,
  };
}

export function overlaps(a: Span, b: Predicted): boolean {
  if ('mentions' in b) return b.mentions.some((m) => overlaps(a, m));
  return a.start < b.end && b.start < a.end;
}
