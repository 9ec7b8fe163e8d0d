import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dyad } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

/**
 * `dyad ingest` runs node again with a larger young generation (bin/dyad.js); given the flag
 * already (NODE_OPTIONS), it runs in place. Both ways answer alike: output, errors, exit codes.
 */
describe('dyad ingest run again with --max-semi-space-size', () => {
  const dir = tempDir();
  const doc = join(dir, 'note.txt');
  writeFileSync(doc, 'On 4 March 2019 Chile and Norway signed an agreement on fisheries research.\n');
  const inPlace = { NODE_OPTIONS: '--max-semi-space-size=32' };

  it('reports the same documents and exits 0 either way', () => {
    const other = tempDir();
    const relaunched = dyad(['ingest', doc, '--db', join(dir, 'kb.db'), '--json']);
    const here = dyad(['ingest', doc, '--db', join(other, 'kb.db'), '--json'], inPlace);
    expect(relaunched.code).toBe(0);
    expect(relaunched.json.data.items).toHaveLength(1);
    expect(relaunched.stdout).toBe(here.stdout.replace(other, dir));
    expect(relaunched.stderr).toBe(here.stderr);
  });

  it('fails the same way on a path that does not exist (exit 1) and on a bad option (exit 2)', () => {
    for (const [args, code] of [
      [['ingest', join(dir, 'missing.txt'), '--db', join(dir, 'c.db')], 1],
      [['ingest', doc, '--jobs', '0', '--db', join(dir, 'c.db')], 2],
    ] as const) {
      const relaunched = dyad([...args]);
      const here = dyad([...args], inPlace);
      expect(relaunched.code).toBe(code);
      expect(here.code).toBe(code);
      expect(relaunched.stdout).toBe(here.stdout);
      expect(relaunched.stderr).toBe(here.stderr);
    }
  });
});
