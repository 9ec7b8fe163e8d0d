/** Types of ingested documents. Types only: no behaviour lives in model/. */
import type { Annotations } from './annotation.js';

/** A CSL-JSON name (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html#name-fields). */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** What a collection manifest (or the loader) says about a document. */
export interface DocumentMeta {
  title?: string;
  authors?: CslName[];
  /** Human kind: "journal article", "book chapter", "news article", ... */
  kind?: string;
  /** CSL-JSON item type ("article-journal", "chapter", "report", "article-newspaper", ...). */
  cslType?: string;
  /** Journal, book or site the document appeared in. */
  venue?: string;
  publisher?: string;
  pages?: string;
  /** Publication date as EDTF (ISO 8601-2), uncertainty included: "2023", "2014?", "2023-11/..". */
  date?: string;
  /**
   * Where `date` was read when no manifest gave it: `metadata` (the file's own publication date: HTML `<meta>` or JSON-LD,
   * Markdown front matter), `dateline` (a date line at the top of the text), `pdf` (a PDF's creation date, `CreationDate` or
   * XMP `CreateDate`: the day the file was made, read only when the text has no dateline). Absent when the manifest gave it or there is none.
   */
  dateFrom?: 'metadata' | 'dateline' | 'pdf';
  /** Language tag (BCP 47). */
  language?: string;
  url?: string;
  notes?: string;
}

export type BlockType = 'heading' | 'paragraph' | 'footnote' | 'table' | 'list-item';

/** A stand-off span of the stored text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export interface Block extends Span {
  type: BlockType;
  /** Heading level (1 = top), table has none. */
  level?: number;
  /** Footnote label ("12") for footnotes. */
  label?: string;
  /** Parsed cells for tables: rows of cells, each cell a span. The first row is the header when `header` is true. */
  rows?: Span[][];
  header?: boolean;
}

export interface Sentence extends Span {
  /** Index of the block (paragraph, list item, footnote, heading) holding the sentence. */
  block: number;
}

/** A problem that did not stop ingestion (a PDF page that could not be read, ...). */
export interface Warning {
  code: string;
  message: string;
}

/** The output of a loader: normalised text and its structure, before storage. */
export interface LoadedDocument {
  /** Normalised text every offset refers to (NFC, LF line ends, no BOM). */
  text: string;
  /** Loader that produced it: "text", "markdown", "html", "pdf". */
  format: string;
  /** Metadata found in the file itself (HTML <title>, PDF info). */
  meta: DocumentMeta;
  warnings: Warning[];
  /** Blocks already known from markup (HTML, PDF); text formats leave this empty and are segmented. */
  blocks?: Block[];
  /**
   * The day the file says it was made (EDTF), not its text: a PDF's info dictionary `CreationDate` or XMP `xmp:CreateDate`.
   * The publication date only when the markup and the text's dateline give none (`withDate`).
   */
  fileDate?: string;
}

/** A stored document. */
export interface DocumentRecord {
  /** Stable id: the first 16 hex digits of the SHA-256 of the file's bytes. */
  id: string;
  /** The document's name: the file's base name unless the manifest gives another. Unique in a store. */
  name: string;
  /** Full SHA-256 of the file's bytes. */
  sha256: string;
  /** Path the document was ingested from. */
  source: string;
  format: string;
  meta: DocumentMeta;
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  warnings: Warning[];
  ingestedAt: string;
  /** Version of the ingest and extraction pipeline that produced the stored structure. */
  pipelineVersion: string;
  /** What the extraction pipeline found (stand-off, with provenance). */
  annotations?: Annotations;
}

/** A document without its text and structure, as listed. */
export interface DocumentSummary {
  id: string;
  name: string;
  title: string;
  format: string;
  source: string;
  sha256: string;
  meta: DocumentMeta;
  chars: number;
  counts: { blocks: number; paragraphs: number; sentences: number; headings: number; footnotes: number; tables: number };
  warnings: Warning[];
  ingestedAt: string;
  pipelineVersion: string;
}
