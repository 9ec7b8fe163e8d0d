/** A passage that supports a claim: exactly `text.slice(start, end)` of document `doc`. */
export interface Citation {
  doc: string;
  start: number;
  end: number;
  quote: string;
}

/** One claim of an answer the sources disagree on. */
export interface Claim {
  answer: string;
  citations: Citation[];
}

export type AnswerStatus = 'answered' | 'conflict' | 'not_in_corpus';

/** What `dyad ask` and `GET /api/ask` return for one question. */
export interface Answer {
  id: string | null;
  question: string;
  status: AnswerStatus;
  /** A short answer a person can read; null when nothing in the corpus supports one. */
  answer: string | null;
  /** With `conflict`: each claim with its own answer and citations. */
  claims: Claim[];
  citations: Citation[];
  /** 0–1: how much of the question the best passage covers, and whether the expected kind of answer was found in it. */
  confidence: number;
  /** Which route answered: `events`, `facts`, `passage`, or `none`. */
  route: string;
  /** With `not_in_corpus`, when a passage came near: the constraint of the question it did not meet ("the question asks of an act still to come; …"). */
  reason?: string;
}
