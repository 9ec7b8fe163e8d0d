/**
 * Sequences read an item at a time without holding the item before. A `for…of` over an iterator
 * keeps its last item alive while it asks for the next one (V8 holds the last result in the
 * loop's frame), and so does a generator's `const` that is yielded, or `yield*`: a chain of
 * generators that each extract, encode and store one section of a long document held every
 * link's last section while the next was extracted (DESIGN.md, Session 19: bounded memory).
 * These read the next item in a call of its own and clear what they gave before asking again.
 */

/** What `pull` gives when the sequence has ended. */
export const END: unique symbol = Symbol('end');

/**
 * The next item of `it` passed through `map`, or `END`: in a frame of its own, so no register of
 * the caller keeps the item once it is mapped.
 * @example pull([1, 2][Symbol.iterator](), (n) => n * 2) // → 2
 */
export function pull<T, U>(it: Iterator<T>, map: (item: T) => U): U | typeof END {
  const r = it.next();
  return r.done ? END : map(r.value);
}

/**
 * Each item of `items` mapped, as it is asked for, neither the item nor what it became held while
 * the next is made. Closing it early (a consumer's `return`) closes `items`.
 * @example [...mapReleased([1, 2], (n) => n * 2)] // → [2, 4]
 */
export function* mapReleased<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  const it = items[Symbol.iterator]();
  let ended = false;
  try {
    let out = pull(it, map);
    while (out !== END) {
      yield out;
      // The item given is not held while the next is made.
      out = END;
      out = pull(it, map);
    }
    ended = true;
  } finally {
    if (!ended) it.return?.();
  }
}

/**
 * Hands each item of `items` to `take`, the one before released before the next is asked for;
 * `items` is closed when `take` throws.
 * @example eachReleased([1, 2], (n) => console.log(n)) // prints 1, then 2
 */
export function eachReleased<T>(items: Iterable<T>, take: (item: T) => void): void {
  const it = items[Symbol.iterator]();
  try {
    while (pull(it, take) !== END);
  } catch (e) {
    it.return?.();
    throw e;
  }
}
