import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DyadError } from '../../model/errors.js';

const exists = (path: string) => new DyadError('FILE_EXISTS', `${path}: the file exists; nothing was written`, { file: path });

/**
 * Writes pieces of text to `path` whole or not at all: into a temporary file beside it, synced,
 * then put in place. An existing file is refused (FILE_EXISTS) unless `overwrite`; without it the
 * file is put in place by a hard link, which fails if another process created the name meanwhile.
 * `before` runs once the name is known to be free, before anything is written.
 * @example await writeFileAtomic('events.csv', chunks, { overwrite: false }) // → 48213 (bytes)
 */
export async function writeFileAtomic(path: string, chunks: () => Promise<AsyncIterable<string>>, options: { overwrite: boolean }): Promise<number> {
  const target = resolve(path);
  if (!options.overwrite && existsSync(target)) throw exists(path);
  const iterable = await chunks();
  const partial = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.partial`);
  let bytes = 0;
  let file;
  try {
    file = await open(partial, 'wx');
  } catch (err) {
    throw new DyadError('UNREADABLE_PATH', `${path}: cannot write in ${dirname(path)} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file: path, cause: err });
  }
  try {
    for await (const chunk of iterable) {
      await file.write(chunk);
      bytes += Buffer.byteLength(chunk);
    }
    await file.sync();
    await file.close();
    if (options.overwrite) await rename(partial, target);
    else {
      try {
        await link(partial, target);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw exists(path);
        // A file system without hard links: the check above is all there is.
        if (existsSync(target)) throw exists(path);
        await rename(partial, target);
      }
      await rm(partial, { force: true });
    }
    return bytes;
  } catch (err) {
    await file.close().catch(() => {});
    await rm(partial, { force: true });
    throw err;
  }
}
