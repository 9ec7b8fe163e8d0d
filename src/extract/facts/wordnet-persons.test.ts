import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);

describe('lexicon/wordnet-persons.json (npm run lexicon:persons)', () => {
  it('is what the script writes from WordNet, not edited by hand', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-persons-'));
    try {
      const out = join(dir, 'wordnet-persons.json');
      execFileSync(process.execPath, [new URL('scripts/lexicon-persons.js', root).pathname, `--out=${out}`], { stdio: 'pipe' });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(new URL('lexicon/wordnet-persons.json', root), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names people and leaves out the roles states play', () => {
    const { persons } = JSON.parse(readFileSync(new URL('lexicon/wordnet-persons.json', root), 'utf8')) as { persons: string[] };
    expect(persons).toEqual(expect.arrayContaining(['captain', 'relative', 'schoolgirl']));
    expect(persons).not.toContain('partner');
    expect(persons).not.toContain('lorry');
  });
});
