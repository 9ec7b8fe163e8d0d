import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** `bench/scale.js` (plain JavaScript over dist/) prints its header comment as its usage. */
const SCALE = fileURLToPath(new URL('../bench/scale.js', import.meta.url));

describe('bench/scale.js --help', () => {
  it('prints the whole header: where latencies are measured, what --keep keeps and how --measure reads a kept PostgreSQL schema', () => {
    const help = execFileSync(process.execPath, [SCALE, '--help'], { encoding: 'utf8' });
    expect(help.startsWith('The scale table (issue 13)')).toBe(true);
    expect(help).toContain('DB a SQLite file or a postgres:// URL with ?schema=scale_N_wW');
    expect(help).toContain('--keep DIR keeps the SQLite files\nin DIR and the PostgreSQL schemas');
    expect(help.trimEnd().endsWith('--json prints the rows as JSON instead of the table.')).toBe(true);
    expect(help).not.toContain('import ');
  });
});
