import { extname } from 'node:path';
import type { Loader } from './loader.js';
import { textLoader, markdownLoader } from './text-loader.js';
import { htmlLoader } from './html-loader.js';
import { pdfLoader } from './pdf-loader.js';
import { DyadError } from '../../model/errors.js';

export type { Loader } from './loader.js';

/** Every loader, in the order they are tried by extension. */
export const LOADERS: readonly Loader[] = [textLoader, markdownLoader, htmlLoader, pdfLoader];

/** File extensions Dyad can read. */
export const SUPPORTED_EXTENSIONS: readonly string[] = LOADERS.flatMap((l) => l.extensions);

/** The loader for a file, by its extension; an UNSUPPORTED_TYPE error names the file otherwise. */
export function loaderFor(file: string): Loader {
  const ext = extname(file).toLowerCase();
  const loader = LOADERS.find((l) => l.extensions.includes(ext));
  if (!loader) {
    throw new DyadError('UNSUPPORTED_TYPE', `${file}: unsupported file type "${ext || '(no extension)'}"`, { file });
  }
  return loader;
}
