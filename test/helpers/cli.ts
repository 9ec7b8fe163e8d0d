import { spawnSync } from 'node:child_process';

export const BIN = new URL('../../bin/dyad.js', import.meta.url).pathname;

/** Runs the built `dyad` command and returns its exit code, stdout and stderr. */
export function dyad(args: string[], env: Record<string, string> = {}): { code: number; stdout: string; stderr: string; json: any } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  let json: unknown;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    json = undefined;
  }
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, json };
}
