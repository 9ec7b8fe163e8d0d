/** The API's shapes, as the client reads them (README, "HTTP API"). */

export interface Envelope<T> {
  ok: boolean;
  data?: T;
  meta?: Record<string, unknown> & { total?: number; count?: number };
  error?: { code: string; message: string; hint: string };
}

/** A span of a stored document: `quote` is exactly its text from `start` to `end`. */
export interface Citation {
  doc: string;
  start: number;
  end: number;
  quote: string;
}

export interface EventMention extends Citation {
  date: string | null;
  dateSource: string;
}

export interface DyadEvent {
  id: string;
  type: string;
  plover: { type: string; mode: string };
  date: string | null;
  dateSource: string;
  actors: { name: string; role: string }[];
  location: string | null;
  mode: string;
  confidence: number;
  thirdParty: boolean;
  mentions: EventMention[];
}

export interface Fact {
  id: string;
  indicator: string;
  value: number;
  unit: string;
  period: string | null;
  subject: string | null;
  direction: Direction;
  qualifier: string;
  confidence: number;
  thirdParty: boolean;
  mentions: Citation[];
}

export interface Entity {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  count: number;
  docs: string[];
  mentions: Citation[];
}

export interface DocSummary {
  id: string;
  name: string;
  title: string;
  format: string;
  source: string;
  meta: { title?: string; date?: string; authors?: { family?: string; given?: string; literal?: string }[]; kind?: string; publisher?: string; venue?: string; [k: string]: unknown };
  chars: number;
  counts: { blocks: number; paragraphs: number; sentences: number; headings: number; footnotes: number; tables: number };
  warnings: unknown[];
  ingestedAt: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Annotations {
  times: (Span & { text: string; edtf: string | null })[];
  entities: (Span & { text: string; name: string; kind: string })[];
  events: (Span & { type: string; date: string | null })[];
  facts: (Span & { indicator: string; value: number; unit: string; period: string | null })[];
}

export type AnnotationKind = keyof Annotations;

export interface SearchHit extends Citation {
  docId: string;
  unit: string;
  score: number;
  snippet: string;
  highlights: Span[];
}

export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
}

export interface Answer {
  id: string | null;
  question: string;
  status: 'answered' | 'conflict' | 'not_in_corpus';
  answer: string | null;
  claims: { answer: string; citations: Citation[] }[];
  citations: Citation[];
  confidence: number;
  route: string;
}

export interface Conflict {
  id: string;
  kind: 'event' | 'fact' | string;
  about: string;
  claims: { answer: string; value: unknown; citations: Citation[] }[];
}

/** GET /api/state?at= (branch `state`): the relationship's standing at a date. */
/** GET /api/state?summary=true: the state without its cited lists. */
export interface StateSummary {
  pairs: RelationState['pairs'];
  partnership: (RelationState['partnership'][number] & { cited?: number })[];
  visits: { count: number; byDecade: Record<string, number>; byOffice: Record<string, number> };
  mechanisms: number;
  agreements: number;
}

export interface RelationState {
  pairs: { countries: { id: string; name: string }[]; docs: string[] }[];
  partnership: { date: string; name: string; level?: string; citations: Citation[] }[];
  mechanisms: { name: string; first: string; level: string; meetings: { date: string; citations: Citation[] }[] }[];
  visits: { items: { date: string; visitor: string; office: string; from: string; to: string; citations: Citation[] }[]; byDecade: Record<string, number>; byOffice: Record<string, number> };
  agreements: { date: string; name: string; status: string; citations: Citation[] }[];
}

/** GET /api/series?indicator= (branch `state`): one indicator's values over time. */
export interface Series {
  indicator: string;
  unit: string;
  /** Whom the figures are about, and how they are counted (`annual`, `cumulative`, …); set by /api/series, and by the fallback where facts say. */
  subject?: string | null;
  scope?: string | null;
  direction?: Direction;
  points: SeriesPoint[];
}

/** A flow's direction: `{from, to}` from /api/series; facts may carry it as text. */
export type Direction = { from: string; to: string } | string | null;

export interface SeriesPoint {
  period: string;
  value: number;
  unit: string;
  direction: Direction;
  conflict: boolean;
  /** The reconciled fact (`/api/facts/{fact}` pages its passages); absent when built from the facts list. */
  fact?: string;
  /** How many passages tell the point (its `citations` may hold only the first of them). */
  citationCount?: number;
  citations: Citation[];
}

export interface UploadItem {
  file: string;
  name: string;
  status: 'added' | 'replaced' | 'unchanged' | 'failed';
  id?: string;
  error?: { code: string; message: string; hint: string };
  warnings: unknown[];
}
