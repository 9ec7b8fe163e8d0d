import { relative } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { DyadError } from '../../src/model/errors.js';

/**
 * What a failed run reports (session 31): the minimal failing input fast-check shrank to, each value on its own line as
 * JSON (a text's line breaks and control characters escaped, so it can be pasted into a regression test), the error it
 * raised, and the command that replays exactly that input (`DYAD_FUZZ_SEED` and `DYAD_FUZZ_PATH`).
 * @example failureReport({ failed: true, seed: 2, counterexamplePath: '28:1', counterexample: ['a\nb'], … }) // → 'Minimal failing input (seed 2, …'
 */
export function failureReport<Ts>(details: fc.RunDetails<Ts>): string {
  const values = (details.counterexample ?? []) as unknown[];
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance ?? '');
  return [
    `Minimal failing input (seed ${details.seed}, after ${details.numRuns} runs, shrunk ${details.numShrinks} times):`,
    ...values.map((v, i) => `  [${i}] ${JSON.stringify(v)}`),
    `Replay it: ${replayCommand(details)}`,
    `It failed with: ${error}`,
  ].join('\n');
}

/**
 * The command that replays a failed run's input in the property that failed only: its test file and `-t` with its name, and
 * DYAD_FUZZ_TEST naming it so that DYAD_FUZZ_PATH is read by that property alone (a path is an input of one property).
 * @example replayCommand({ seed: 2, counterexamplePath: '28:1', … }) // → 'DYAD_FUZZ_SEED=2 DYAD_FUZZ_PATH="28:1" DYAD_FUZZ_TEST="…" npx vitest run test/fuzz/x.fuzz.test.ts -t "…"'
 */
function replayCommand<Ts>(details: fc.RunDetails<Ts>): string {
  const { testPath, currentTestName } = expect.getState();
  const file = testPath ? relative(process.cwd(), testPath) : '<the test file>';
  const name = currentTestName ?? '';
  const only = name.split(' > ').pop()!;
  return [
    `DYAD_FUZZ_SEED=${details.seed}`,
    `DYAD_FUZZ_PATH=${JSON.stringify(details.counterexamplePath ?? '')}`,
    `DYAD_FUZZ_TEST=${JSON.stringify(name)}`,
    `npx vitest run ${file}`,
    `-t ${JSON.stringify(only.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))}`,
  ].join(' ');
}

/** DYAD_FUZZ_PATH, read only in the property DYAD_FUZZ_TEST names (the one that failed), never in the others a run holds. */
function replayPath(): string | undefined {
  const path = process.env.DYAD_FUZZ_PATH;
  if (!path) return undefined;
  return expect.getState().currentTestName === process.env.DYAD_FUZZ_TEST ? path : undefined;
}

/**
 * Shared by the fuzz tests. A fixed seed by default, so a red run is reproducible and CI does
 * not turn red on an unrelated change; DYAD_FUZZ_SEED (and DYAD_FUZZ_RUNS) explore other inputs,
 * DYAD_FUZZ_PATH replays the one input a failed run names in the property DYAD_FUZZ_TEST names (`failureReport`).
 */
export const FUZZ = {
  numRuns: Number(process.env.DYAD_FUZZ_RUNS ?? 200),
  seed: Number(process.env.DYAD_FUZZ_SEED ?? 20261202),
  // Read when a property runs (fc.assert reads it, `{ ...FUZZ }` copies it there), so that it knows which property it is.
  get path(): string | undefined {
    return replayPath();
  },
  // Generic, so that it is every property's reporter whatever its inputs (`fc.assert` types it by them).
  reporter: <Ts>(details: fc.RunDetails<Ts>) => {
    if (details.failed) throw new Error(failureReport(details), { cause: details.errorInstance });
  },
};

/** Real sentences with what the stages look for: dates, numbers, markup, query syntax. */
export const SEEDS = [
  'Japan resumed its ODA to Viet Nam in November 1992, and Prime Minister Vo Van Kiet visited Tokyo in March 1993.',
  'Two-way trade reached US$ 44.9 billion in FY2021, up 12.5 percent; about 500,000 Vietnamese live in Japan.',
  'From 1986 to the mid-1990s, a year later, last Monday, on 17-18 May 2023, the 2010s, late 19th century, Q3 2019.',
  '# Heading\n\n- item one (1995)\n- item two\n\n| year | value |\n|---|---|\n| 2019 | 3.5 trillion yen |\n\n[^1]: A footnote, 2001.',
  '<html><head><title>Visit</title></head><body><h1>Visit of 2017</h1><p>Emperor Akihito visited Hanoi on 28 February 2017.</p><table><tr><td>2018</td><td>¥1.2 billion</td></tr></table><script>x<1</script></body></html>',
  '"strategic partnership" ODA -China invest* OR aid AND -"South China Sea"',
  'Việt Nam và Nhật Bản, ngày 21 tháng 9 năm 1973; three-fold, twice, a dozen, 1,005,000, 20.334 crore.',
];

/** Fragments an edit inserts: separators, digits, quotes, markup, lone surrogates, controls. */
const FRAGMENTS = [
  '-',
  '–',
  '/',
  ',',
  '.',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '"',
  '*',
  '<',
  '>',
  '</p>',
  '#',
  '|',
  '$',
  '¥',
  '%',
  '0',
  '1992',
  '31',
  'March',
  'OR',
  '-',
  '(',
  ')',
  '\u0000',
  '\u00a0',
  '\ud800',
  '\udc00',
  '\u200b',
  '\r\n',
  '\t',
  '́',
  'ǅ',
  '𝟙',
  '...',
  '?',
  '~',
  '..',
];

const fragment = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 4 }));

/** A seed with up to 8 edits: each deletes up to 6 characters at a place and inserts a fragment. */
export function mutated(seeds: readonly string[] = SEEDS): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.nat(6), fragment), { maxLength: 8 })).map(([seed, edits]) =>
    edits.reduce((t, [at, del, ins]) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + ins + t.slice(i + del);
    }, seed),
  );
}

/** Random text, text built of the fragments, and mutated real sentences. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fragment, maxLength: 60 }),
  mutated(),
  fc.tuple(fc.array(mutated(), { minLength: 2, maxLength: 4 }), fc.constantFrom(' ', '\n', '\n\n')).map(([parts, sep]) => parts.join(sep)),
);

/** Runs `fn`; anything thrown must be a DyadError (a refused input), never a crash. */
export function onlyDyadErrors<T>(fn: () => T): T | DyadError {
  try {
    return fn();
  } catch (err) {
    if (err instanceof DyadError) return err;
    throw err;
  }
}

/**
 * Every span in a stage's output cuts the text exactly: for each object with numeric
 * start/end (or valueStart/valueEnd), 0 ≤ start ≤ end ≤ length, and its `text` or `quote`
 * is that slice. Walks nested objects (mentions, triggers, table cells) too.
 */
export function assertSpans(text: string, value: unknown, where = '$'): void {
  if (Array.isArray(value)) return value.forEach((v, i) => assertSpans(text, v, `${where}[${i}]`));
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  for (const [s, e] of [
    ['start', 'end'],
    ['valueStart', 'valueEnd'],
  ] as const) {
    if (typeof o[s] !== 'number' || typeof o[e] !== 'number') continue;
    const start = o[s] as number;
    const end = o[e] as number;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
      throw new Error(`${where}: span ${start}–${end} outside 0–${text.length}`);
    }
    if (s === 'start') {
      for (const k of ['text', 'quote'] as const) {
        if (typeof o[k] === 'string' && o[k] !== text.slice(start, end)) {
          throw new Error(`${where}.${k} is ${JSON.stringify(o[k])}, the text at ${start}–${end} is ${JSON.stringify(text.slice(start, end))}`);
        }
      }
    }
  }
  for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') assertSpans(text, v, `${where}.${k}`);
}
