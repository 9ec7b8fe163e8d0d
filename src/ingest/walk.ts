import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './loaders/index.js';
import { readManifest, MANIFEST_FILE, entryMeta, type Manifest } from './manifest.js';
import type { DocumentMeta } from '../model/document.js';
import { DyadError, toDyadError } from '../model/errors.js';

/** One file to ingest, with what its folder's manifest says about it. */
export interface Input {
  path: string;
  /** Where it came from, as stored and shown: the path under the folder given, or the file name (never a path on this machine). */
  source: string;
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
 * @example walk(['corpus/']).inputs[0] // → { path: '/…/corpus/000_….txt', source: '000_….txt', name: '000_….txt', meta: {title: …} }
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
    if (isDir) walkFolder(abs, abs, result);
    else addInput(abs, basename(abs), manifestFor(dirname(abs), result), result);
  }
  return result;
}

/** A folder's manifest: none, one, or an error (reported once, here). */
type FolderManifest = Manifest | undefined | DyadError;

function manifestFor(folder: string, result: WalkResult): FolderManifest {
  try {
    return readManifest(folder);
  } catch (err) {
    const error = toDyadError(err);
    result.errors.push({ path: join(folder, MANIFEST_FILE), error });
    return error;
  }
}

/** A file of a folder whose manifest is invalid fails: ingested without the metadata its manifest means to give, it would be stored wrong. */
function addInput(path: string, source: string, manifest: FolderManifest, result: WalkResult): void {
  if (manifest instanceof DyadError) {
    const error = new DyadError('MANIFEST_INVALID', `${path}: not ingested, because its folder's ${MANIFEST_FILE} is invalid (fix it and ingest again)`, { file: path });
    result.errors.push({ path, error });
    return;
  }
  const entry = manifest?.documents.find((d) => d.file === basename(path));
  result.inputs.push({ path, source, name: entry?.name ?? basename(path), meta: entry ? entryMeta(entry) : {} });
}

function walkFolder(folder: string, root: string, result: WalkResult): void {
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
    if (e.isDirectory()) walkFolder(path, root, result);
    else if (SUPPORTED_EXTENSIONS.includes(extname(e.name).toLowerCase())) addInput(path, relative(root, path).split(sep).join('/'), manifest, result);
    else if (e.name.toLowerCase() !== 'readme.md') result.skipped.push(path);
  }
}
