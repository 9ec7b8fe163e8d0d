import { describe, expect, it } from 'vitest';
import { cpSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { hashLexicon, LEXICON_DIR } from './lexicon.js';
import { PIPELINE_VERSION } from './version.js';

describe('the lexicon in the pipeline version', () => {
  it('changes the hash when any data file changes, and only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-lexicon-'));
    cpSync(LEXICON_DIR, dir, { recursive: true });
    const before = hashLexicon(dir);
    expect(hashLexicon(dir)).toBe(before);
    expect(PIPELINE_VERSION).toContain(`lexicon-${hashLexicon(LEXICON_DIR)}`);
    const file = join(dir, 'event-types.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('joint (?:statement', 'joint (?:communique|statement'));
    expect(hashLexicon(dir)).not.toBe(before);
  });
});
