/** Reconciled knowledge: events, facts, entities and conflicts as stored and served. Types only. */

/** A passage that tells an item: exactly `text.slice(start, end)` of document `doc`. */
export interface Mention {
  doc: string;
  start: number;
  end: number;
  quote: string;
  date?: string;
  /** Events: where the mention's date came from (its sentence, the passage around it, the document's date). */
  dateSource?: string;
}

export interface KnowledgeEvent {
  /** Stable: derived from the type, the date, the parties and whether it is of other countries (not from which mention came first). */
  id: string;
  type: string;
  /** The PLOVER event category and Dyad's sub-kind within it (lexicon/event-types.json). */
  plover: { type: string; mode: string };
  date: string;
  /** Where the first mention's date came from: `sentence`, `context` (its paragraph) or `document` (the publication date). */
  dateSource: string;
  actors: { name: string; role: string }[];
  location: string | null;
  mode: string;
  confidence: number;
  /** Of other countries than the pair its document is about (listed only with `thirdParty`). */
  thirdParty: boolean;
  mentions: Mention[];
}

export interface KnowledgeFact {
  /** Stable: derived from the indicator, value, unit, period, subject and direction. */
  id: string;
  indicator: string;
  value: number;
  unit: string;
  period: string | null;
  subject: string | null;
  /** For flows (aid, investment, trade, people): which way, when the passage says. */
  direction: { from: string; to: string } | null;
  qualifier: string;
  confidence: number;
  /** About other countries than the pair its document is about (listed only with `thirdParty`). */
  thirdParty: boolean;
  mentions: Mention[];
}

export interface KnowledgeEntity {
  /** The entity id of the lexicon ("country:VNM"). */
  id: string;
  name: string;
  kind: string;
  /** ISO 3166-1 alpha-3 code of the country the actor belongs to (a country its own; a person through their office; an adjective through its country); null when none is known. */
  country: string | null;
  count: number;
  docs: string[];
  /** The first 20 mentions, in document order. */
  mentions: Mention[];
}

/** A passage that supports a claim: exactly `text.slice(start, end)` of document `doc`. */
export interface Citation {
  doc: string;
  start: number;
  end: number;
  quote: string;
}

/** Mentions that cannot both be true, each claim with its citations. */
export interface Conflict {
  /** Stable: derived from the event type and the two dates, or the indicator, unit, period, subject and direction. */
  id: string;
  kind: 'event' | 'fact';
  /** What the claims are about: the event type and its parties, or the indicator, subject and period. */
  about: string;
  claims: { answer: string; value: string; citations: Citation[] }[];
}

/**
 * Filters of the stored knowledge, applied by the store (Store.listEvents and the others).
 * Dates and actors filter whole items: an event dated 1995-07 is in `from: '1995'`; an item is
 * in `doc` when one of its mentions is.
 */
export interface KnowledgeFilter {
  /** Event type, fact indicator or entity kind. */
  type?: string;
  /** EDTF: only items dated (events) or of a period (facts) ending on or after its start. */
  from?: string;
  /** EDTF: only items dated or of a period starting on or before its end. */
  to?: string;
  /** An actor as the knowledge layer resolved it: any of these entity ids, or a name holding every one of these folded words. */
  actor?: { entities: string[]; words: string[] };
  /** Document names or ids: items with a mention in one of them. */
  docs?: string[];
  /** Facts only: the unit. */
  unit?: string;
  /** Include items of other countries than the pair (left out by default). Events and facts. */
  thirdParty?: boolean;
  offset?: number;
  limit?: number;
}

/** A page of stored items and the number of items the filter matches. */
export interface KnowledgeList<T> {
  items: T[];
  total: number;
}
