import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import type { DocumentRecord, Warning } from '../model/document.js';
import { DyadError, toDyadError, type ErrorCode } from '../model/errors.js';
import type { Store } from '../store/store.js';
import { PIPELINE_VERSION } from '../version.js';
import { loaderFor } from './loaders/index.js';
import { walk, type Input } from './walk.js';
import { SECTION_CHARS, type SectionProgress } from '../extract/sections.js';
import { analyse, reclaim, type Analyser } from './analyse.js';
import { Lookahead } from './pool.js';

const EMPTY = Buffer.alloc(0);

/** Default largest file ingested: 64 MiB. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export type IngestStatus = 'added' | 'replaced' | 'unchanged' | 'failed';

/** What happened to one input. */
export interface IngestItem {
  file: string;
  name: string;
  status: IngestStatus;
  id?: string;
  format?: string;
  bytes?: number;
  counts?: { blocks: number; sentences: number; events?: number; facts?: number };
  warnings: Warning[];
  error?: { code: ErrorCode; message: string; hint: string };
}

export interface IngestReport {
  items: IngestItem[];
  /** Files in the folders given that Dyad does not read. */
  skipped: string[];
  totals: Record<IngestStatus, number> & { bytes: number };
}

export interface IngestProgress {
  done: number;
  total: number;
  file: string;
  item?: IngestItem;
  /** Within the file being ingested: the sections of its text extracted so far (a long document has many). */
  section?: SectionProgress;
}

export interface IngestOptions {
  store: Store;
  /** Largest file read, in bytes (default 64 MiB). */
  maxBytes?: number;
  /** Process documents again even when their bytes and the pipeline are unchanged. */
  force?: boolean;
  onProgress?: (p: IngestProgress) => void;
  /** Characters of a section of a long document (default `SECTION_CHARS`, 1 MiB); tests pass a small one. */
  sectionChars?: number;
  /** Clock for `ingestedAt`; tests pass a fixed one. */
  now?: () => Date;
  /**
   * Worker threads that load and extract while this thread stores (default 1: everything in this
   * thread; `'auto'`: one per core when there are 4 MiB or more to read). Documents are still
   * stored one transaction each, in input order.
   */
  jobs?: number | 'auto';
  /** How a document's bytes are analysed (default: in this thread); `ingest` passes its worker pool's. */
  analyse?: Analyser;
}

/**
 * Ingests files and folders: each document is loaded, segmented and stored in one
 * transaction, so a failure or a killed process leaves nothing half-written. Bad inputs
 * are reported with a code and do not stop the others.
 * @example await ingest(['corpus/'], { store }) // → { items: [{ name: '000_….txt', status: 'added', … }], … }
 */
export async function ingest(paths: string[], options: IngestOptions): Promise<IngestReport> {
  const walked = walk(paths);
  const report: IngestReport = { items: [], skipped: walked.skipped, totals: { added: 0, replaced: 0, unchanged: 0, failed: 0, bytes: 0 } };
  for (const { path, error } of walked.errors) report.items.push(failed(path, basename(path), error));
  const names = new Map<string, string>();
  const total = walked.inputs.length;
  let done = 0;
  // The seam of parallel ingest: with jobs > 1, worker threads analyse the documents ahead while this loop stores them in order.
  const ahead = Lookahead.start(walked.inputs, options);
  for (const input of walked.inputs) {
    options.onProgress?.({ done, total, file: input.path });
    let item: IngestItem;
    const other = names.get(input.name);
    if (other) {
      item = failed(input.path, input.name, new DyadError('NAME_CONFLICT', `${input.path}: the name "${input.name}" is already taken in this run by ${other}`, { file: input.path }));
    } else {
      names.set(input.name, input.path);
      const onSection = (section: SectionProgress) => options.onProgress?.({ done, total, file: input.path, section });
      item = await ingestOne(input, ahead ? { ...options, analyse: ahead.analyser } : options, onSection).catch(async (err) => {
        const e = toDyadError(err, input.path);
        // The database itself failed: every later document would fail the same way.
        if (STORE_FATAL.has(e.code)) {
          await ahead?.close();
          throw e;
        }
        return failed(input.path, input.name, e);
      });
      if (stored(item) && (item.bytes ?? 0) > (options.sectionChars ?? SECTION_CHARS)) await reclaim();
    }
    report.items.push(item);
    options.onProgress?.({ done: ++done, total, file: input.path, item });
  }
  await ahead?.close();
  for (const item of report.items) {
    report.totals[item.status]++;
    report.totals.bytes += item.bytes ?? 0;
  }
  return report;
}

/**
 * Whether a document was analysed and stored (added or replaced). After one longer than a section
 * (`reclaim` above), a full collection gives back at once what its ingest let go of: its text and
 * the garbage its last sections left. Left to V8, that heap (about 170 MB for a 10 MB document, 100
 * MB of it dead) was still held when the run's end reconciled the knowledge it touched and built the
 * relationship's state, whose own working set came on top of it: the run's peak (DESIGN.md, Session
 * 45). About 0.1 s once per long document; one section's document is left as it was.
 */
function stored(item: IngestItem): boolean {
  return item.status === 'added' || item.status === 'replaced';
}

/** Errors of the database, not of a document: they end the run (what was stored stays). */
const STORE_FATAL = new Set<ErrorCode>(['DB_CORRUPT', 'DB_READ_ONLY', 'DB_FULL']);

function failed(file: string, name: string, error: DyadError): IngestItem {
  return { file, name, status: 'failed', warnings: [], error: { code: error.code, message: error.message, hint: error.hint } };
}

/** A file's bytes, refusing one over `maxBytes` or empty, with errors naming the file. */
export function readFile(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new DyadError('UNREADABLE_PATH', `${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { file: path, cause: err });
  }
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) {
      throw new DyadError('FILE_TOO_LARGE', `${path}: ${(size / 1048576).toFixed(1)} MiB is over the ${(maxBytes / 1048576).toFixed(0)} MiB limit`, { file: path });
    }
    if (size === 0) throw new DyadError('EMPTY_DOCUMENT', `${path}: the file is empty (0 bytes)`, { file: path });
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

async function ingestOne(input: Input, options: IngestOptions, onSection: (p: SectionProgress) => void): Promise<IngestItem> {
  loaderFor(input.path); // an unsupported type is refused before the file is read
  return ingestBytes(input, readFile(input.path, options.maxBytes ?? DEFAULT_MAX_BYTES), options, onSection, true);
}

/**
 * Loads, extracts and stores one document from its bytes (read here, or carried by a queued
 * job to a worker on another machine): unchanged bytes and pipeline are left as they are.
 * `owned`: the bytes are this call's to let go of once decoded (`ingest` read them from the file).
 * @example await ingestBytes({ path: 'a.txt', source: 'a.txt', name: 'a.txt', meta: {} }, bytes, { store }) // → { status: 'added', … }
 */
export async function ingestBytes(input: Input, bytes: Buffer, options: IngestOptions, onSection: (p: SectionProgress) => void = () => {}, owned = false): Promise<IngestItem> {
  const { store } = options;
  const loader = loaderFor(input.path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const id = sha256.slice(0, 16);
  const same = await store.findBySha256(sha256);
  if (same && same.name !== input.name) {
    throw new DyadError('DUPLICATE_CONTENT', `${input.path}: same bytes as the stored document "${same.name}"`, { file: input.path });
  }
  const base = { file: input.path, name: input.name, id, format: loader.format, bytes: bytes.length };
  if (same && isUnchanged(same, input, options.force)) {
    return { ...base, status: 'unchanged', counts: { blocks: same.counts.blocks, sentences: same.counts.sentences }, warnings: same.warnings };
  }
  // A long document's sections come as the store reads them (see `analyse`): memory holds one section's annotations.
  const { loaded, meta, blocks, sentences, counts, parts } = await (options.analyse ?? analyse)(input, bytes, onSection, options.sectionChars, owned);
  // Not needed any more: a 100 MB file's bytes would otherwise stay alive (in this async
  // function's context) while its text is extracted and stored.
  // eslint-disable-next-line no-useless-assignment -- the assignment is the point: it releases the buffer
  bytes = EMPTY;
  const record: DocumentRecord = {
    id,
    name: input.name,
    sha256,
    source: input.source,
    format: loaded.format,
    meta,
    text: loaded.text,
    blocks,
    sentences,
    warnings: loaded.warnings,
    ingestedAt: (options.now ?? (() => new Date()))().toISOString(),
    pipelineVersion: PIPELINE_VERSION,
  };
  const { replaced, annotations } = await store.putDocument(record, parts);
  return {
    ...base,
    status: replaced ? 'replaced' : 'added',
    // A long text's blocks and sentences are counted as its parts are stored.
    counts: { blocks: counts.blocks, sentences: counts.sentences, events: annotations.events, facts: annotations.facts },
    warnings: loaded.warnings,
  };
}

/** A stored document with the same bytes needs nothing done: same name, pipeline and metadata, and no `--force`. */
export function isUnchanged(same: Pick<DocumentRecord, 'name' | 'meta' | 'pipelineVersion'>, input: Input, force?: boolean): boolean {
  return same.name === input.name && !force && same.pipelineVersion === PIPELINE_VERSION && JSON.stringify(same.meta) === JSON.stringify(mergeMeta(same.meta, input));
}

/** The stored metadata updated with the manifest's: unchanged metadata means nothing to redo. */
function mergeMeta(stored: DocumentRecord['meta'], input: Input): DocumentRecord['meta'] {
  return { ...stored, ...input.meta };
}
