import type { LoadedDocument } from '../../model/document.js';

/** Reads one file format into normalised text (and, where the format has markup, its blocks). */
export interface Loader {
  /** Format name stored with the document: "text", "markdown", "html", "pdf". */
  readonly format: string;
  /** Lower-case file extensions, with the dot. */
  readonly extensions: readonly string[];
  /** Reads the bytes; throws a DyadError that names `file` when it cannot. */
  load(bytes: Uint8Array, file: string): Promise<LoadedDocument>;
}
