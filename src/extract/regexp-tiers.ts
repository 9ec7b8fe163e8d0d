import { setFlagsFromString } from 'node:v8';

/** Node flags that choose how V8 compiles regular expressions: a user who gives one keeps it. */
const OWN_CHOICE = /^--(?:no[-_])?regexp[-_](?:tier[-_]up|interpret[-_]all)\b/;

/**
 * Has V8 compile each regular expression to machine code on its first use, instead of first to
 * bytecode and again to machine code on its second (V8's default "tier-up"), for this process
 * and the worker threads it starts. Extraction's patterns are few but large (alternations of a
 * lexicon's words and symbols under the `u` flag, thousands of characters): compiling one costs
 * tens of milliseconds each time, and nearly every one runs more than once, so the bytecode was
 * compiled only to be thrown away (the currency patterns of a table's cells: about 100 ms of
 * bytecode, then 76 ms of machine code). The same matches either way; only when the code is made
 * changes (DESIGN.md, Session 28). Unless node was started with a flag that chooses it (on its
 * command line or in `NODE_OPTIONS`). Returns whether it set the flag.
 * @example compileRegExpsOnce(['--regexp-tier-up'], '') // → false: the user's choice stands
 */
export function compileRegExpsOnce(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  if ([...execArgv, ...nodeOptions.split(/\s+/)].some((a) => OWN_CHOICE.test(a))) return false;
  setFlagsFromString('--no-regexp-tier-up');
  return true;
}
