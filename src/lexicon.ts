import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Folder of the domain data files (abbreviations, countries, offices, event types). */
export const LEXICON_DIR = process.env.DYAD_LEXICON ?? fileURLToPath(new URL('../lexicon/', import.meta.url));

/** Path of a file in the lexicon folder. */
export function lexiconPath(name: string): string {
  return join(LEXICON_DIR, name);
}
