// Preloaded by bench/jobs.js (`node --import bench/thread-roles.js …`) into the process and, as
// node preloads it, into each worker thread it starts: appends "ROLE PID TID" (ROLE main or
// worker) to the file $DYAD_BENCH_THREADS, so the bench can tell the threads' CPU apart in /proc.
import { appendFileSync, readlinkSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.DYAD_BENCH_THREADS;
if (file) {
  const [pid, , tid] = readlinkSync('/proc/thread-self').split('/');
  appendFileSync(file, `${isMainThread ? 'main' : 'worker'} ${pid} ${tid}\n`);
}
