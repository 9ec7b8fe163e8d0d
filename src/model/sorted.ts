/**
 * Binary search over a list ordered so that `before(i)` holds for a prefix of its indices and for
 * none after: the first index in [0, length) where it does not hold (`length` when it holds for all).
 * The one lower-bound search of the code base: a sorted list of annotations is searched by start
 * ("the first mention starting at or after the sentence"), a sorted list of numbers by value.
 */
export function firstNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
