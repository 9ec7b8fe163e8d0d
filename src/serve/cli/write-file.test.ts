import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './write-file.js';
import { tempDir } from '../../../test/helpers/tmp.js';

async function* pieces(list: string[], failAt = -1): AsyncGenerator<string> {
  for (let i = 0; i < list.length; i++) {
    if (i === failAt) throw new Error('the third page could not be read');
    yield list[i]!;
  }
}

describe('writeFileAtomic', () => {
  const dir = tempDir('dyad-write-');

  it('writes every piece and returns the bytes', async () => {
    const file = join(dir, 'a.csv');
    expect(await writeFileAtomic(file, async () => pieces(['id,quote\n', 'ev-1,"Viet Nam, Japan"\n']), { overwrite: false })).toBe(Buffer.byteLength('id,quote\nev-1,"Viet Nam, Japan"\n'));
    expect(readFileSync(file, 'utf8')).toBe('id,quote\nev-1,"Viet Nam, Japan"\n');
  });

  it('refuses an existing file before starting the export, and keeps it', async () => {
    const file = join(dir, 'kept.csv');
    writeFileSync(file, 'kept');
    let started = false;
    await expect(writeFileAtomic(file, async () => ((started = true), pieces(['x'])), { overwrite: false })).rejects.toMatchObject({ code: 'FILE_EXISTS' });
    expect(started).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('kept');
    await writeFileAtomic(file, async () => pieces(['new']), { overwrite: true });
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('leaves neither the file nor a partial one when a piece fails, even with overwrite', async () => {
    const file = join(dir, 'failed.csv');
    await expect(writeFileAtomic(file, async () => pieces(['a', 'b', 'c'], 2), { overwrite: false })).rejects.toThrow('third page');
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, 'old');
    await expect(writeFileAtomic(file, async () => pieces(['a', 'b', 'c'], 2), { overwrite: true })).rejects.toThrow('third page');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('names the file when its folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'no-such-folder', 'a.csv'), async () => pieces(['x']), { overwrite: false })).rejects.toMatchObject({
      code: 'UNREADABLE_PATH',
      message: expect.stringContaining('no-such-folder'),
    });
  });
});
