#!/usr/bin/env node
import { spawn } from 'node:child_process';

/**
 * The young generation `dyad ingest` extracts with, in MB per semi-space: the extracting worker
 * threads get 32 MB semi-spaces through Piscina (ingest/pool.ts), and an ingest that extracts in
 * this thread (`--jobs 1`, small inputs, long documents) gets the same by running node again with
 * the flag, which V8 only reads before the heap is made (DESIGN.md, Session 21 second round).
 */
const SEMI_SPACE_MB = 32;

/** Whether node already runs with a semi-space size (given by the user, or by the re-launch). */
function hasSemiSpaceFlag() {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return given.some((a) => a.startsWith('--max-semi-space-size'));
}

/** Runs this script again with the flag; the same arguments, standard streams, signals and exit code (undefined if node could not be started). */
function relaunch() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, `--max-semi-space-size=${SEMI_SPACE_MB}`, ...process.argv.slice(1)], {
      stdio: 'inherit',
    });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
    child.on('error', () => resolve(undefined));
  });
}

async function runHere() {
  const { run } = await import('../dist/serve/cli/main.js');
  return run(process.argv.slice(2));
}

const relaunched = process.argv[2] === 'ingest' && !hasSemiSpaceFlag() ? await relaunch() : undefined;
process.exitCode = relaunched ?? (await runHere());
