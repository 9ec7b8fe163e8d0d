// What `dyad ingest --jobs 2` gains over `--jobs 1` (issue 13 part 3): runs the real command on a
// folder with each --jobs in turn, alternated for --rounds, and prints each run's wall clock, CPU
// (user + system, GNU time), peak RSS and the CPU of each thread — the storing (main) thread, each
// extracting worker thread, and the rest (V8's helpers: collector, compiler; libuv) — read from
// /proc every 100 ms (Linux); then the wall ratio of the first --jobs to each other one.
// Usage: node bench/jobs.js DIR [--jobs 1,2] [--rounds 2] [--bin bin/dyad.js] [--keep DIR]
//        (DIR: e.g. `node bench/generate.js DIR 5000 50`; --bin another build's bin/dyad.js, to
//        alternate two builds; --keep leaves the databases, named j<N>-r<R>.db, in DIR)
// On a shared machine wall clock follows the load (printed beside each run): compare CPU seconds.
import { spawn } from 'node:child_process';
import { binFlags } from './bin-flags.js';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const opt = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};
const DIR = process.argv[2];
if (!DIR || DIR.startsWith('-')) {
  console.error('usage: node bench/jobs.js DIR [--jobs 1,2] [--rounds 2] [--bin bin/dyad.js] [--keep DIR]');
  process.exit(2);
}
const JOBS = opt('--jobs', '1,2').split(',').map(Number);
const ROUNDS = Number(opt('--rounds', 2));
const BIN = opt('--bin', fileURLToPath(new URL('../bin/dyad.js', import.meta.url)));
const ROLES = fileURLToPath(new URL('./thread-roles.js', import.meta.url));
const KEEP = opt('--keep');
const TICK = 100; // clock ticks a second of /proc's utime and stime (USER_HZ)

/** A thread's CPU seconds so far (utime + stime of /proc/PID/task/TID/stat), or undefined once it has ended. */
function threadCpu(pid, tid) {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / TICK;
  } catch {
    return undefined;
  }
}

/** One `dyad ingest DIR --jobs N -q` in a process of its own; resolves with its figures. */
function ingest(jobs, db) {
  const work = mkdtempSync(join(tmpdir(), 'dyad-jobs-'));
  const roles = join(work, 'roles');
  const time = join(work, 'time');
  const load = loadavg()[0];
  const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', time, process.execPath, ...binFlags(BIN), '--import', ROLES, BIN, 'ingest', DIR, '--jobs', String(jobs), '-q', '--db', db], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DYAD_BENCH_THREADS: roles },
  });
  const cpu = new Map(); // tid → last CPU seconds seen
  let pid;
  const sample = () => {
    if (pid === undefined && existsSync(roles)) pid = readFileSync(roles, 'utf8').split(' ')[1];
    if (pid === undefined) return;
    let tids;
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      return;
    }
    for (const tid of tids) {
      const s = threadCpu(pid, tid);
      if (s !== undefined) cpu.set(tid, s);
    }
  };
  const timer = setInterval(sample, 100);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`dyad ingest --jobs ${jobs} exited with ${code}`));
      const [wall, user, sys, rssKb] = readFileSync(time, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      const role = new Map(
        readFileSync(roles, 'utf8')
          .trim()
          .split('\n')
          .map((l) => l.split(' '))
          .map(([r, , tid]) => [tid, r]),
      );
      const workers = [...cpu].filter(([tid]) => role.get(tid) === 'worker').map(([, s]) => s);
      const main = cpu.get(pid) ?? 0;
      const total = user + sys;
      rmSync(work, { recursive: true, force: true });
      resolve({ jobs, wall, cpu: total, peakMb: rssKb / 1024, main, workers, others: Math.max(0, total - main - workers.reduce((a, b) => a + b, 0)), load: [load, loadavg()[0]] });
    });
    child.on('error', reject);
  });
}

const out = KEEP ?? mkdtempSync(join(tmpdir(), 'dyad-jobs-db-'));
mkdirSync(out, { recursive: true });
const f = (x) => x.toFixed(2);
console.log(`dyad ingest ${DIR} (${BIN}), ${ROUNDS} round(s) of --jobs ${JOBS.join(', ')}; CPU s per thread from /proc (others: V8's helper threads, libuv)`);
console.log('| round | --jobs | wall s | CPU s | peak MB | main thread s | each worker s | others s | load (start–end) |');
console.log('|---|---|---|---|---|---|---|---|---|');
const runs = [];
for (let r = 1; r <= ROUNDS; r++) {
  for (const jobs of JOBS) {
    const db = join(out, `j${jobs}-r${r}.db`);
    rmSync(db, { force: true });
    const x = await ingest(jobs, db);
    runs.push({ round: r, ...x });
    console.log(
      `| ${r} | ${jobs} | ${f(x.wall)} | ${f(x.cpu)} | ${x.peakMb.toFixed(0)} | ${f(x.main)} | ${x.workers.map(f).join(', ') || '—'} | ${f(x.others)} | ${x.load.map((l) => l.toFixed(1)).join('–')} |`,
    );
  }
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
for (const jobs of JOBS.slice(1)) {
  const ratios = [];
  for (let r = 1; r <= ROUNDS; r++) {
    const a = runs.find((x) => x.round === r && x.jobs === JOBS[0]);
    const b = runs.find((x) => x.round === r && x.jobs === jobs);
    ratios.push(a.wall / b.wall);
  }
  const cpuA = mean(runs.filter((x) => x.jobs === JOBS[0]).map((x) => x.cpu));
  const cpuB = mean(runs.filter((x) => x.jobs === jobs).map((x) => x.cpu));
  console.log(`wall --jobs ${JOBS[0]} / --jobs ${jobs}: ${ratios.map(f).join(', ')} (mean ${f(mean(ratios))}); CPU --jobs ${jobs} / --jobs ${JOBS[0]}: ${f(cpuB / cpuA)}`);
}
if (!KEEP) rmSync(out, { recursive: true, force: true });
