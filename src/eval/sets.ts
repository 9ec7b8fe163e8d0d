import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One part of a gold set: its texts, its gold folder, and which documents it scores. */
export interface EvalPart {
  /** "dev", "dev-b tune", "dev-c blind". */
  name: string;
  /** Folder to ingest (with its dyad-manifest.json). */
  texts: string;
  gold: string;
  /** Documents scored; all the gold's documents when absent. */
  docs?: string[];
  /** Blind parts are scored only: the eval prints no item of theirs. */
  blind: boolean;
}

/**
 * The gold sets split into halves: two from `../shared/eval`, thirty-six written for the project (test/data/eval/own,
 * fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28, fresh29, fresh30, fresh31, fresh32, fresh33, fresh34 and fresh35). A set whose `tune` list is empty (fresh, fresh2) is blind as a whole: only scored, never read.
 */
export const SPLIT_SETS = [
  'dev-b',
  'dev-c',
  'own',
  'fresh',
  'fresh2',
  'fresh3',
  'fresh4',
  'fresh5',
  'fresh6',
  'fresh7',
  'fresh8',
  'fresh9',
  'fresh10',
  'fresh11',
  'fresh12',
  'fresh13',
  'fresh14',
  'fresh15',
  'fresh16',
  'fresh17',
  'fresh18',
  'fresh19',
  'fresh20',
  'fresh21',
  'fresh22',
  'fresh23',
  'fresh24',
  'fresh25',
  'fresh26',
  'fresh27',
  'fresh28',
  'fresh29',
  'fresh30',
  'fresh31',
  'fresh32',
  'fresh33',
  'fresh34',
  'fresh35',
] as const;
export type SplitSet = (typeof SPLIT_SETS)[number];

/** Where a split set's gold lives (its texts are in `texts/` below it). */
export function splitSetDir(root: string, shared: string, set: SplitSet): string {
  return set === 'dev-b' || set === 'dev-c' ? join(shared, set) : join(root, 'test/data/eval', set);
}

export type Splits = Record<SplitSet, { tune: string[]; blind: string[] }> & {
  timebank: { blindEvery: number; blindRemainder: number };
};

/** The fixed split of the external sets (test/data/eval/splits.json). */
export function readSplits(root: string): Splits {
  return JSON.parse(readFileSync(join(root, 'test/data/eval/splits.json'), 'utf8')) as Splits;
}

/**
 * The extraction sets `npm run eval` scores: the corpus gold, then each half of dev-b and dev-c
 * from `shared` (`../shared/eval` beside the project) and of the project's own set, each skipped
 * with a note when absent.
 */
export function extractionParts(root: string, shared: string): { parts: EvalPart[]; missing: string[] } {
  const parts: EvalPart[] = [{ name: 'dev', texts: join(root, 'corpus/vietnam-japan'), gold: join(root, 'test/data/eval/dev'), blind: false }];
  const missing: string[] = [];
  const splits = readSplits(root);
  for (const set of SPLIT_SETS) {
    const dir = splitSetDir(root, shared, set);
    if (!existsSync(join(dir, 'events.jsonl'))) {
      missing.push(dir);
      continue;
    }
    for (const half of ['tune', 'blind'] as const) {
      if (!splits[set][half].length) continue;
      parts.push({ name: `${set} ${half}`, texts: join(dir, 'texts'), gold: dir, docs: splits[set][half], blind: half === 'blind' });
    }
  }
  return { parts, missing };
}

/** TimeML files of TimeBank and AQUAINT, each in the tune or the blind half (every fifth file in name order is blind). */
export function timebankParts(root: string, shared: string): { tune: string[]; blind: string[] } | undefined {
  const dir = join(shared, 'timebank');
  if (!existsSync(dir)) return undefined;
  const { blindEvery, blindRemainder } = readSplits(root).timebank;
  const files = ['TimeBank', 'AQUAINT']
    .filter((d) => existsSync(join(dir, d)))
    .flatMap((d) =>
      readdirSync(join(dir, d))
        .filter((f) => f.endsWith('.tml'))
        .map((f) => join(dir, d, f)),
    )
    .sort((a, b) => a.slice(a.lastIndexOf('/')).localeCompare(b.slice(b.lastIndexOf('/'))));
  return {
    tune: files.filter((_, i) => i % blindEvery !== blindRemainder),
    blind: files.filter((_, i) => i % blindEvery === blindRemainder),
  };
}
