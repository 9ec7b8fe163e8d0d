import { firstNotBefore } from '../../model/sorted.js';

/** A stand-off annotation's place: offsets into its document's text. */
interface Placed {
  start: number;
  end: number;
}

/** An array's items ordered by start (their positions in the array), its longest span, and its length when indexed. */
interface ByStart {
  order: Int32Array;
  starts: Float64Array;
  longest: number;
  length: number;
}

/**
 * Made once per array (a document's layer is read once and kept by the answerer), dropped with it, and
 * made again when the array's length changed since (items added or removed). An array whose items are
 * reordered or replaced in place keeps its length: it must not be changed so once looked up.
 */
const indexes = new WeakMap<readonly Placed[], ByStart>();

function byStart(items: readonly Placed[]): ByStart {
  let index = indexes.get(items);
  if (!index || index.length !== items.length) {
    const order = Int32Array.from(items.keys()).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
    const starts = Float64Array.from(order, (i) => items[i]!.start);
    const longest = items.reduce((m, t) => Math.max(m, t.end - t.start), 0);
    indexes.set(items, (index = { order, starts, longest, length: items.length }));
  }
  return index;
}

/** The first position of `order` whose start is at least `at`. */
function firstFrom(starts: Float64Array, at: number): number {
  return firstNotBefore(starts.length, (i) => starts[i]! < at);
}

/** The items whose start lies in [from, to], in the array's order. */
function startingIn<T extends Placed>(items: readonly T[], from: number, to: number): T[] {
  const { order, starts } = byStart(items);
  const found: number[] = [];
  for (let i = firstFrom(starts, from); i < starts.length && starts[i]! <= to; i++) found.push(order[i]!);
  return found.sort((a, b) => a - b).map((i) => items[i]!);
}

/**
 * The items of a stand-off layer that lie inside [start, end] (`t.start >= start && t.end <= end`),
 * in the layer's order: what `items.filter(…)` gives, found through an index by start made once
 * per array, so the answerer's look-ups in a long document's layers (a generated document of 1,000
 * paragraphs has some 20,000 times; retrieval looks at 40 passages a question) cost the span's
 * items, not the layer's. Items added to the array later are seen (its index is made again); the
 * array must not be reordered, nor an item replaced or moved in place, once looked up.
 * @example inside(doc.annotations.times, sentence.start, sentence.end) // → the times written in the sentence
 */
export function inside<T extends Placed>(items: readonly T[], start: number, end: number): T[] {
  return startingIn(items, start, end).filter((t) => t.end <= end);
}

/**
 * The items of a stand-off layer that overlap [start, end) (`t.start < end && start < t.end`), in
 * the layer's order, found as `inside` finds its items (an item starts at most the layer's longest
 * span before `start`).
 * @example overlapping(doc.annotations.times, p.start, p.end) // → the times the passage touches
 */
export function overlapping<T extends Placed>(items: readonly T[], start: number, end: number): T[] {
  return startingIn(items, start - byStart(items).longest, end).filter((t) => t.start < end && start < t.end);
}
