import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { BIN } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';
// @ts-expect-error: a bench script, plain JavaScript
import { binFlags } from '../bench/bin-flags.js';

/**
 * The `dyad` command run as a command (its `#!` line, as npm links it), not as `node bin/dyad.js`: V8 must get
 * `--no-regexp-tier-up` on the command line (it refuses it in NODE_OPTIONS, and setting it at run time crashed, Session 28),
 * so each large pattern is compiled once, to machine code (Session 46).
 */
describe('the dyad command starts node with its V8 flags', () => {
  const dir = tempDir();
  const probe = join(dir, 'probe.cjs');
  // A preloaded script (NODE_OPTIONS accepts --require) reports the flags node was started with.
  writeFileSync(probe, "process.on('exit', () => process.stderr.write('EXECARGV ' + JSON.stringify(process.execArgv) + '\\n'));\n");
  const run = (args: string[]) =>
    spawnSync(BIN, args, {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, NODE_OPTIONS: `--require ${probe}` },
    });

  it('gives --no-regexp-tier-up and runs the command', () => {
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const line = r.stderr.split('\n').find((l) => l.startsWith('EXECARGV '));
    expect(JSON.parse(line!.slice('EXECARGV '.length))).toContain('--no-regexp-tier-up');
  });

  it('passes a command and its options through unchanged', () => {
    const r = run(['ingest']);
    // commander's own refusal of a missing argument: the flag took no argument's place.
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/missing required argument 'paths'/);
  });
});

describe('binFlags: the benches run `node` with the flags of the bin they measure', () => {
  const dir = tempDir();
  const bin = (first: string) => {
    const f = join(dir, `b${Math.random().toString(36).slice(2)}.js`);
    writeFileSync(f, `${first}\nconsole.log(1);\n`);
    return f;
  };
  it('reads the flags of the #! line after node', () => {
    expect(binFlags(BIN)).toEqual(['--no-regexp-tier-up']);
    expect(binFlags(bin('#!/usr/bin/env -S node --no-regexp-tier-up --max-semi-space-size=32'))).toEqual(['--no-regexp-tier-up', '--max-semi-space-size=32']);
  });
  it('gives none for a bin without flags or without a #! line', () => {
    expect(binFlags(bin('#!/usr/bin/env node'))).toEqual([]);
    expect(binFlags(bin('// --no-regexp-tier-up'))).toEqual([]);
    expect(binFlags(bin('#!/bin/sh --not-node'))).toEqual([]);
  });
});
