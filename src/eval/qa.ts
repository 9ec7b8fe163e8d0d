import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../knowledge/engine.js';
import type { Answer } from '../knowledge/ask/types.js';
import { fold } from '../extract/fold.js';
import { locate } from './gold.js';
import { readSplits, splitSetDir, SPLIT_SETS, type SplitSet } from './sets.js';

/** A gold question (GUIDELINES.md, "Questions"). */
export interface GoldQuestion {
  id: string;
  question: string;
  answer: string;
  accept: string[];
  type: string;
  evidence: { doc: string; quote: string }[];
  category: string;
  /** Questions added to a set later (`own`: 2, written in session 9 before the engine ran on them); `npm run eval` also scores each batch on its own row. */
  batch?: number;
  /** Questions of `test/data/eval/extra/qa.jsonl`: the split set whose tune texts they are asked of. */
  set?: string;
}

/** The split sets whose tune texts `extra/qa.jsonl` asks questions of (`own` since batch 4). */
const EXTRA_SETS: string[] = ['dev-b', 'dev-c', 'own'];

/** The questions of one part, with the folder of texts they are asked of. */
export interface QaPart {
  name: string;
  texts: string;
  questions: GoldQuestion[];
  blind: boolean;
  /** Documents of the other half: their passages are never printed when the part is listed. */
  hidden: Set<string>;
}

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/**
 * The half a question of a split set (dev-b, dev-c, own, fresh) belongs to: blind when any of its evidence is in a blind
 * document; a question without evidence (unanswerable) is blind when the first 8 hex digits of
 * the SHA-1 of its id are odd, a rule fixed before any question was read.
 * @example questionHalf({ id: 'X1', evidence: [] }, new Set()) // → 'tune' or 'blind', always the same
 */
export function questionHalf(q: Pick<GoldQuestion, 'id' | 'evidence'>, blindDocs: Set<string>, allBlind = false): 'tune' | 'blind' {
  if (allBlind) return 'blind';
  if (q.evidence.length) return q.evidence.some((e) => blindDocs.has(e.doc)) ? 'blind' : 'tune';
  return parseInt(createHash('sha1').update(q.id).digest('hex').slice(0, 8), 16) % 2 === 1 ? 'blind' : 'tune';
}

/** The question sets `npm run eval` scores: the corpus questions, then each half of dev-b, dev-c, the own set and the blind-only fresh set. */
export function qaParts(root: string, shared: string): QaPart[] {
  const corpus = join(root, 'corpus/vietnam-japan');
  const parts: QaPart[] = [{ name: 'dev', texts: corpus, questions: jsonl(join(root, 'test/data/eval/dev/qa.jsonl')), blind: false, hidden: new Set() }];
  // Questions the project wrote on the bundled corpus (extra/README.md, batch 5): quotes, as in dev/qa.jsonl, since the corpus is in the repository.
  const corpusExtra = join(root, 'test/data/eval/extra/corpus.jsonl');
  if (existsSync(corpusExtra)) parts.push({ name: 'dev extra', texts: corpus, questions: jsonl(corpusExtra), blind: false, hidden: new Set() });
  const splits = readSplits(root);
  for (const set of SPLIT_SETS) {
    const file = join(splitSetDir(root, shared, set), 'qa.jsonl');
    if (!existsSync(file)) continue;
    const blindDocs = new Set(splits[set].blind);
    const all = jsonl<GoldQuestion>(file);
    const allBlind = !splits[set].tune.length;
    for (const half of ['tune', 'blind'] as const) {
      if (half === 'tune' && allBlind) continue;
      parts.push({
        name: `${set} ${half}`,
        texts: join(splitSetDir(root, shared, set), 'texts'),
        questions: all.filter((q) => questionHalf(q, blindDocs, allBlind) === half),
        blind: half === 'blind',
        hidden: half === 'tune' ? blindDocs : new Set(),
      });
    }
    // Questions the project wrote on a set's tune texts (extra/README.md): a part of their own, so the set's own figures stay comparable.
    const extra = EXTRA_SETS.includes(set) ? extraQuestions(root, shared).filter((q) => q.set === set) : [];
    if (extra.length) {
      const blindEvidence = extra.find((q) => q.evidence.some((e) => blindDocs.has(e.doc)));
      if (blindEvidence) throw new Error(`test/data/eval/extra/qa.jsonl: ${blindEvidence.id} cites a blind text of ${set}; extra questions are asked of tune texts only`);
      parts.push({ name: `${set} extra`, texts: join(splitSetDir(root, shared, set), 'texts'), questions: extra, blind: false, hidden: blindDocs });
    }
  }
  return parts;
}

/** The questions written by the project on the tune texts of the external sets (`test/data/eval/extra/qa.jsonl`), none when absent. */
export function extraQuestions(root: string, shared: string): GoldQuestion[] {
  const file = join(root, 'test/data/eval/extra/qa.jsonl');
  if (!existsSync(file)) return [];
  // Evidence is given by offsets into the set's text, so no sentence of the external texts is copied into the project.
  type Extra = Omit<GoldQuestion, 'evidence'> & { evidence: { doc: string; start: number; end: number }[] };
  return jsonl<Extra>(file).map((q) => ({
    ...q,
    evidence: q.evidence.map((e) => ({ doc: e.doc, quote: readFileSync(join(splitSetDir(root, shared, q.set as SplitSet), 'texts', e.doc), 'utf8').slice(e.start, e.end) })),
  }));
}

/**
 * Whether an answer holds an accepted string: case and diacritics folded, dashes made one, and
 * whole words only ("no" is not in "Nong").
 * @example accepts('Vo Van Kiet, in March 1993', ['Võ Văn Kiệt']) // → true
 */
export function accepts(answer: string, accept: string[]): boolean {
  const norm = (s: string) =>
    fold(s)
      .replace(/[‐-―−]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();
  const a = norm(answer);
  return accept.some((x) => {
    const n = norm(x);
    if (!n) return false;
    const esc = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A figure is whole when no digit runs on either side: "47.6" is in "R47.6 billion" and "2.91" in "US$2.91bn" (a currency or scale written
    // against the number), not in "147.6" or "47.65". Words stay whole words ("no" is not in "Nong").
    if (/^\d(?:.*\d)?$/.test(n)) return new RegExp(`(^|[^\\p{N}.,])${esc}($|[^\\p{N}.,]|[.,](?!\\p{N}))`, 'u').test(a);
    return new RegExp(`(^|[^\\p{L}\\p{N}])${esc}($|[^\\p{L}\\p{N}])`, 'u').test(a);
  });
}

/** The longest answer accepted: four times the expected one, 100 characters always allowed. */
export const maxAnswerLength = (expected: string) => Math.max(100, 4 * expected.length);

export interface QaResult {
  q: GoldQuestion;
  a: Answer;
  right: boolean;
  cited: boolean;
  refused: boolean;
  conflict: boolean;
}

/** Scores one answer against its gold question. */
export async function scoreAnswer(engine: Engine, q: GoldQuestion, a: Answer): Promise<QaResult> {
  const refused = a.status === 'not_in_corpus';
  const conflict = a.status === 'conflict' && a.claims.length >= 2;
  if (q.category === 'unanswerable') return { q, a, right: refused, cited: refused, refused, conflict };
  const right = !refused && a.answer !== null && a.answer.length <= maxAnswerLength(q.answer) && accepts(a.answer, q.accept);
  let cited = false;
  if (right) {
    for (const e of q.evidence) {
      const doc = await engine.document(e.doc);
      const at = locate(doc.text, e.quote);
      if (at && a.citations.some((c) => c.doc === e.doc && c.start < at.end && at.start < c.end)) cited = true;
    }
  }
  return { q, a, right, cited, refused, conflict };
}
