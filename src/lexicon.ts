import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { DyadError } from './model/errors.js';

/** Folder of the domain data files (abbreviations, countries, offices, event types). */
export const LEXICON_DIR = process.env.DYAD_LEXICON ?? fileURLToPath(new URL('../lexicon/', import.meta.url));

/** Path of a file in the lexicon folder. */
export function lexiconPath(name: string): string {
  return join(LEXICON_DIR, name);
}

/**
 * A lexicon file's data; a file that is not JSON is LEXICON_INVALID naming it.
 * @example readLexicon('event-types.json').types[0].id // → 'partnership_upgrade'
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a lexicon file's JSON; each reader checks the fields it uses
export function readLexicon(nameOrPath: string): any {
  const path = nameOrPath.startsWith('/') ? nameOrPath : lexiconPath(nameOrPath);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DyadError('LEXICON_INVALID', `${path}: not valid JSON (${(err as Error).message})`, { file: path, cause: err });
  }
}

/** Refuses a lexicon entry: LEXICON_INVALID naming the file, the entry and the problem. */
export function lexiconInvalid(file: string, entry: string, problem: string): never {
  throw new DyadError('LEXICON_INVALID', `${file}: ${entry}: ${problem}`, { file });
}

/** A lexicon entry that must be a list of strings, or LEXICON_INVALID naming the file and the entry. */
export function stringList(file: string, lexicon: Record<string, unknown>, entry: string): string[] {
  const v = lexicon[entry];
  if (!Array.isArray(v) || v.some((w) => typeof w !== 'string')) lexiconInvalid(file, entry, 'must be a list of strings');
  return v as string[];
}

/**
 * A short hash of every data file in a lexicon folder (names and bytes, in name order): part of
 * the pipeline version, so that editing the lexicon re-extracts on the next ingest.
 * @example hashLexicon('lexicon/') // → '3f9a1c2b'
 */
export function hashLexicon(dir: string): string {
  const h = createHash('sha256');
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) => (e.isDirectory() ? walk(join(at, e.name)) : e.name.endsWith('.json') ? [join(at, e.name)] : []));
  for (const file of walk(dir)) h.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  return h.digest('hex').slice(0, 8);
}

let hash: string | undefined;

/** The hash of the lexicon in use, computed once. */
export function lexiconHash(): string {
  hash ??= hashLexicon(LEXICON_DIR);
  return hash;
}
