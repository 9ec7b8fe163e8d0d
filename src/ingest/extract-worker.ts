// The module each worker thread of `ExtractPool` runs (through piscina): it analyses one document
// per call. Module state (the lexicon, compiled patterns, the tagger model) is loaded on the first
// call and kept for the worker's life.
import type { MessagePort } from 'node:worker_threads';
import type { ErrorCode } from '../model/errors.js';
import { toDyadError } from '../model/errors.js';
import { analyse, type Analysis } from './analyse.js';
import type { Input } from './walk.js';

export interface ExtractTask {
  input: Input;
  /** The file's bytes (a structured clone arrives as a plain Uint8Array). */
  bytes: Uint8Array;
  /** Where section progress goes. */
  port: MessagePort;
}

/** Errors come back as data: a thrown `DyadError` would lose its class and code crossing threads. */
export type ExtractResult = { analysis: Analysis } | { error: { code: ErrorCode; message: string } };

/**
 * One document's analysis in a worker thread.
 * @example await extractInWorker({ input, bytes, port }) // → { analysis: { loaded, meta, blocks, sentences, parts } }
 */
export default async function extractInWorker({ input, bytes, port }: ExtractTask): Promise<ExtractResult> {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const analysis = await analyse(input, buffer, (p) => port.postMessage(p));
    // Plain data to cross back: every section's annotations (long documents are analysed in the storing thread instead, see `Lookahead`).
    return { analysis: { ...analysis, parts: [...analysis.parts] } };
  } catch (err) {
    const e = toDyadError(err, input.path);
    return { error: { code: e.code, message: e.message } };
  } finally {
    port.close();
  }
}
