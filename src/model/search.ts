/** Search requests and results. */

export type SearchUnit = 'paragraph' | 'sentence';

/** One term of a parsed query. */
export interface QueryTerm {
  text: string;
  /** Quoted phrase: all words in order. */
  phrase: boolean;
  /** Trailing `*`: any word starting with the text. */
  prefix: boolean;
  /** Leading `-`: passages containing it are excluded. */
  negated: boolean;
}

export interface SearchRequest {
  query: string;
  unit?: SearchUnit;
  /** Only these documents (names or ids). */
  docs?: string[];
  /** Only documents of this kind (manifest `kind`, or the format when no kind is known). */
  kind?: string;
  /** Only documents whose publication year lies in this range (inclusive). */
  yearFrom?: number;
  yearTo?: number;
  limit?: number;
  offset?: number;
  /** Count every match for `total` (default true); false leaves it -1 (a count of a common word's matches is a pass over all of them, and `ask` needs the hits alone). */
  count?: boolean;
  /** Mark each hit: its `snippet` and `highlights` (default true); false leaves them '' and [] (`ask` reads where a hit is, not its marks: the marks cost a tenth of its ranked query). */
  marks?: boolean;
}

export interface SearchHit {
  /** The document's name. */
  doc: string;
  docId: string;
  unit: SearchUnit;
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)` of the stored document. */
  quote: string;
  /** BM25 relevance; higher is better. */
  score: number;
  /** A short extract around the matches, matched words wrapped in « ». */
  snippet: string;
  /** Matched words as offsets into the document's text. */
  highlights: { start: number; end: number }[];
}

export interface SearchResult {
  query: string;
  terms: QueryTerm[];
  total: number;
  hits: SearchHit[];
}
