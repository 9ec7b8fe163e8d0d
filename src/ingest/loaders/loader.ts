import type { LoadedDocument } from '../../model/document.js';

/** Reads one file format into normalised text (and, where the format has markup, its blocks). */
export interface Loader {
  /** Format name stored with the document: "text", "markdown", "html", "pdf". */
  readonly format: string;
  /** Lower-case file extensions, with the dot. */
  readonly extensions: readonly string[];
  /**
   * Reads the bytes; throws a DyadError that names `file` when it cannot. `letGo`, when given, is
   * called (once, awaited) as soon as the loader needs the bytes no more, before it makes the
   * text's string: the caller lets go of them then (a long text's bytes, its decoded buffer and
   * its string were otherwise alive at once).
   */
  load(bytes: Uint8Array, file: string, letGo?: () => Promise<void>): Promise<LoadedDocument>;
}
