// Where an ingest's time goes, thread by thread: runs `dyad ingest DIR --jobs N` under V8's
// sampling profiler (`--cpu-prof`, which writes one profile per thread: the storing thread and each
// worker thread) and sorts every sample into a stage, so the serial part of a parallel ingest and
// the costliest stage of extraction are read off one table.
// Usage: node bench/profile.js DIR [JOBS=1] [--keep]   (DIR: e.g. `node bench/generate.js DIR 10000 50 7`;
// a folder of profiles kept by `--keep` is summarised again without running anything)
// Samples are taken on the wall clock: on a loaded machine a thread's column is inflated by the
// time it waited for a core, but the shares within a thread still say where its work goes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binFlags } from './bin-flags.js';

/**
 * Stages in order of precedence: a sample belongs to the first stage any frame of its stack
 * matches (so wink-nlp's tokenizer under the event stage counts as tagging, and the event stage's
 * own code as events). A frame is matched by its function's name or its file's path.
 */
export const STAGES = [
  ['waiting (idle)', (f) => f.functionName === '(idle)' || f.functionName === 'atomicsWaitLoop'],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['start-up (modules, lexicon, model)', (f) => /^(compileSourceTextModule|Module\._load|ModuleJob\.run|loadLexicon)$/.test(f.functionName)],
  ['load (decode, loaders)', (f) => /\/ingest\/(loaders\/|decode)/.test(f.url)],
  ['segment (blocks, sentences)', (f) => /\/ingest\/segment\//.test(f.url)],
  ['tagging (wink-nlp)', (f) => /\/wink-nlp\//.test(f.url)],
  ['times', (f) => /\/extract\/time\//.test(f.url)],
  ['facts', (f) => /\/extract\/facts\//.test(f.url)],
  ['actors', (f) => /\/extract\/actors\//.test(f.url)],
  ['events', (f) => /\/extract\/events\//.test(f.url)],
  ['encode parts (parts.js)', (f) => f.functionName === 'encodePart'],
  ['extraction, other', (f) => /\/extract\//.test(f.url)],
  ['reconcile (store, end of run)', (f) => f.functionName === 'reconcileKnowledge'],
  ['store (putDocument)', (f) => f.functionName === 'putDocument'],
  ['derived (state, series)', (f) => f.functionName === 'keepDerived'],
  ['structured clone, messages', (f) => /\/piscina\/|\/worker\.js$/.test(f.url) || f.functionName === 'onMessage'],
];

/** Seconds of samples by stage for one profile, with the wall span of the writer's phases. */
export function stagesOf(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOfNode = new Map();
  const stageOf = (id) => {
    if (stageOfNode.has(id)) return stageOfNode.get(id);
    const frames = [];
    for (let x = id; x !== undefined; x = parent.get(x)) frames.push(byId.get(x).callFrame);
    const found = STAGES.find(([, test]) => frames.some(test));
    const stage = found ? found[0] : 'other';
    stageOfNode.set(id, stage);
    return stage;
  };
  const seconds = new Map();
  const span = new Map();
  let t = 0;
  profile.samples.forEach((id, i) => {
    const d = (profile.timeDeltas[i] ?? 0) / 1e6;
    t += d;
    const stage = stageOf(id);
    seconds.set(stage, (seconds.get(stage) ?? 0) + d);
    const s = span.get(stage) ?? { from: t, to: t };
    s.to = t;
    span.set(stage, s);
  });
  return { total: t, seconds, span, started: profile.startTime / 1e6 };
}

function main() {
  const [dir, jobsArg, keep] = process.argv.slice(2);
  if (!dir) throw new Error('usage: node bench/profile.js DIR [JOBS=1] [--keep]');
  const jobs = Number(jobsArg ?? 1);
  // A folder of profiles already made (`--keep`) is read again without running the ingest.
  const made = readdirSync(dir).some((f) => f.endsWith('.cpuprofile'));
  const out = made ? dir : mkdtempSync(join(tmpdir(), 'dyad-profile-'));
  const bin = fileURLToPath(new URL('../bin/dyad.js', import.meta.url));
  if (!made)
    execFileSync(process.execPath, [...binFlags(bin), '--cpu-prof', `--cpu-prof-dir=${out}`, '--cpu-prof-interval=1000', bin, 'ingest', dir, '--db', join(out, 'p.db'), '--jobs', String(jobs)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  const profiles = readdirSync(out)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort()
    .map((f) => stagesOf(JSON.parse(readFileSync(join(out, f), 'utf8'))));
  const t0 = Math.min(...profiles.map((p) => p.started));
  const names = profiles.map((p, i) => (i === 0 ? 'writer (main)' : `worker ${i}`));
  const stages = [...new Set(profiles.flatMap((p) => [...p.seconds.keys()]))].sort(
    (a, b) => Math.max(...profiles.map((p) => p.seconds.get(b) ?? 0)) - Math.max(...profiles.map((p) => p.seconds.get(a) ?? 0)),
  );
  console.log(`dyad ingest ${made ? `(profiles in ${dir})` : dir} --jobs ${made ? profiles.length - 1 || 1 : jobs}: seconds of samples (share of the thread)`);
  console.log(['stage'.padEnd(36), ...names.map((n) => n.padStart(18))].join(''));
  for (const stage of stages) {
    const cells = profiles.map((p) => {
      const s = p.seconds.get(stage) ?? 0;
      return (s ? `${s.toFixed(2)} (${((100 * s) / p.total).toFixed(0)} %)` : '').padStart(18);
    });
    console.log([stage.padEnd(36), ...cells].join(''));
  }
  console.log(['thread, from its start to its end'.padEnd(36), ...profiles.map((p) => `${(p.started - t0).toFixed(1)}–${(p.started - t0 + p.total).toFixed(1)} s`.padStart(18))].join(''));
  const w = profiles[0];
  for (const stage of ['store (putDocument)', 'reconcile (store, end of run)', 'derived (state, series)']) {
    const s = w.span.get(stage);
    if (s) console.log(`writer: ${stage} from ${s.from.toFixed(1)} s to ${s.to.toFixed(1)} s of ${w.total.toFixed(1)} s`);
  }
  if (keep === '--keep') console.log(`profiles kept in ${out}`);
  else if (!made) rmSync(out, { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
