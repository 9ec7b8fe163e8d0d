import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what the last full collection kept before it collects
 * again, in percent, for the commands that ingest (`ingest`, `worker`). V8 picks a factor of up
 * to 4 by itself (from how fast it collects), so an ingest whose live heap is about 120 MB (a
 * 10 MB document, streamed a section at a time) held 480 MB of heap, most of it garbage, and
 * peaked at 644 MB resident; with 50 % it peaked at 375 MB. Less growth means more collections:
 * on 10,000 generated paragraphs 50 % cost about 2–4 s more CPU than V8's own choice (of about
 * 20 s), 100 % about half of that, for 276 MB instead of 252 MB at peak (DESIGN.md, Benchmarks,
 * session 11). `--optimize-for-size` bounds it further but also shrinks the young generation:
 * 44 % more CPU on the 10 MB document.
 */
export const HEAP_GROWING_PERCENT = 100;

/** Node flags that choose the heap's growth: a user who gives one keeps it. */
const OWN_CHOICE = /^--(?:heap[-_]growing[-_]percent|optimize[-_]for[-_]size)\b/;

/**
 * Bounds the heap's growth past its live size (`HEAP_GROWING_PERCENT`) for this process and the
 * worker threads it starts after, unless node was started with a flag that chooses it (on its
 * command line or in `NODE_OPTIONS`). Returns whether it set the flag.
 * @example boundHeapGrowth(['--heap-growing-percent=20']) // → false: the user's choice stands
 */
export function boundHeapGrowth(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  if ([...execArgv, ...nodeOptions.split(/\s+/)].some((a) => OWN_CHOICE.test(a))) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
