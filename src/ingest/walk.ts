import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './loaders/index.js';
import { readManifest, MANIFEST_FILE, entryMeta } from './manifest.js';
import type { DocumentMeta } from '../model/document.js';
import { DyadError, toDyadError } from '../model/errors.js';

/** One file to ingest, with what its folder's manifest says about it. */
export interface Input {
  path: string;
  name: string;
  meta: DocumentMeta;
}

export interface WalkResult {
  inputs: Input[];
  /** Inputs that could not even be listed (missing paths, bad manifests). */
  errors: { path: string; error: DyadError }[];
  /** Files inside folders that Dyad does not read. */
  skipped: string[];
}

/**
 * Expands files and folders (recursively, in name order) into the files to ingest.
 * A folder's manifest supplies names and metadata for the files it lists.
 * @example walk(['corpus/']).inputs[0] // → { path: '/…/corpus/000_….txt', name: '000_….txt', meta: {title: …} }
 */
export function walk(paths: string[]): WalkResult {
  const result: WalkResult = { inputs: [], errors: [], skipped: [] };
  for (const p of paths) {
    const abs = resolve(p);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch (err) {
      result.errors.push({ path: p, error: new DyadError('UNREADABLE_PATH', `${p}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { file: p, cause: err }) });
      continue;
    }
    if (isDir) walkFolder(abs, result);
    else result.inputs.push(inputFor(abs, manifestFor(dirname(abs), result)));
  }
  return result;
}

function manifestFor(folder: string, result: WalkResult) {
  try {
    return readManifest(folder);
  } catch (err) {
    result.errors.push({ path: join(folder, MANIFEST_FILE), error: toDyadError(err) });
    return undefined;
  }
}

function inputFor(path: string, manifest: ReturnType<typeof readManifest>): Input {
  const entry = manifest?.documents.find((d) => d.file === basename(path));
  return { path, name: entry?.name ?? basename(path), meta: entry ? entryMeta(entry) : {} };
}

function walkFolder(folder: string, result: WalkResult): void {
  const manifest = manifestFor(folder, result);
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    result.errors.push({ path: folder, error: new DyadError('UNREADABLE_PATH', `${folder}: cannot list the folder (${(err as NodeJS.ErrnoException).code})`, { file: folder, cause: err }) });
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === MANIFEST_FILE) continue;
    const path = join(folder, e.name);
    if (e.isDirectory()) walkFolder(path, result);
    else if (SUPPORTED_EXTENSIONS.includes(extname(e.name).toLowerCase())) result.inputs.push(inputFor(path, manifest));
    else if (e.name.toLowerCase() !== 'readme.md') result.skipped.push(path);
  }
}
