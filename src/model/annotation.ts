/** Stand-off annotations produced by the extraction pipeline. Types only. */

/** Where an annotation came from: the stage and the rule inside it. */
export interface Provenance {
  stage: string;
  rule: string;
}

/** TimeML TIMEX3 attributes, so the time stage can be scored on temporal benchmarks. */
export interface Timex3 {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  mod?: 'START' | 'MID' | 'END' | 'BEFORE' | 'AFTER' | 'ON_OR_AFTER' | 'ON_OR_BEFORE' | 'APPROX' | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE';
  beginPoint?: string;
  endPoint?: string;
}

/**
 * `none`: the expression names no stretch of the calendar (a duration "two years", a set
 * "every week", a reference "now", "in the past"); its `edtf` is empty, its meaning is in `timex`,
 * and the later stages (actors, facts, events) never see it.
 */
export type Granularity = 'day' | 'month' | 'season' | 'year' | 'decade' | 'century' | 'interval' | 'open' | 'none';

/** A time expression and its normalised value. */
export interface TimeAnnotation extends Provenance {
  start: number;
  end: number;
  text: string;
  /** EDTF (ISO 8601-2): "2014", "2018-05/2018-06", "197X", "1986/..", "2012-09/2012-12"; "" when granularity is `none`. A time of day keeps its day ("8 PM Friday" → the day; `timex` has the hour). */
  edtf: string;
  granularity: Granularity;
  timex: Timex3;
  /** Resolved from another expression or the document's date ("a year later", "last year"). */
  relative?: boolean;
  /** Names the same time as the explicit date beside it ("A year later, in May 2005"); events take the explicit one. */
  coreferent?: boolean;
  /** Fiscal year: the value is the fiscal year's label year. */
  fiscal?: boolean;
}

/** `other`: a proper name no lexicon file knows and no pattern could place (a city, a programme, a sea). */
/** Entity kinds, as a list so the API and the CLI can name them when refusing another. */
export const ENTITY_KINDS = ['country', 'person', 'organisation', 'group', 'agreement', 'document', 'place', 'office', 'other'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** A mention of an actor, resolved to a canonical entity. */
export interface EntityMention extends Provenance {
  start: number;
  end: number;
  text: string;
  /** Canonical entity id ("country:VNM", "person:shinzo-abe", or "unknown:…" for names no lexicon file knows). */
  entity: string;
  /** Canonical name. */
  name: string;
  kind: EntityKind;
  /** Country an adjective or office belongs to ("Japanese" → Japan). */
  country?: string;
}

export type EventMode = 'asserted' | 'planned' | 'hypothetical' | 'negated';

export interface EventActor {
  name: string;
  entity: string;
  role: 'agent' | 'target' | 'participant';
}

/** An event mentioned in a passage. */
export interface EventAnnotation extends Provenance {
  start: number;
  end: number;
  type: string;
  /** The PLOVER category its trigger signals, and Dyad's sub-kind within it. */
  plover: { type: string; mode: string };
  /** EDTF date of the event. */
  date: string;
  /** Where the date came from: this sentence, the surrounding passage, or the document's publication date (news). */
  dateSource: 'sentence' | 'context' | 'document';
  trigger: { start: number; end: number };
  actors: EventActor[];
  location?: string;
  mode: EventMode;
  confidence: number;
  /** The passage says it tells again an event told before ("as mentioned above"). */
  restated?: true;
  /**
   * A source's other dating of an act told before (rule `…+other-dating`, "other accounts say 5 January 2023"): the trigger span
   * of the act it dates again. The two are one act at two dates, and only those two are paired (`otherDatings`).
   */
  redates?: { start: number; end: number };
  /** In a document about a pair of countries, an event of other countries only: kept, but out of the pair's account unless asked for. */
  thirdParty?: true;
}

/**
 * How a figure stands to what is measured. `projected`: a figure in a would/could/might clause or a forecast ("would cut
 * tariffs by US$4 billion in 2025", "is expected to reach 2 million"): kept as a fact, never a point of a series or a side of a conflict.
 */
export type Qualifier = 'exact' | 'approx' | 'more_than' | 'less_than' | 'at_least' | 'at_most' | 'projected';

/** A quantitative fact stated in a passage. */
export interface FactAnnotation extends Provenance {
  /** The passage (sentence or table row). */
  start: number;
  end: number;
  /** The number's own span. */
  valueStart: number;
  valueEnd: number;
  indicator: string;
  value: number;
  unit: string;
  /** EDTF period the value refers to, when stated. */
  period?: string;
  subject?: string;
  /** "Japan → Vietnam" for flows. */
  direction?: { from: string; to: string };
  qualifier: Qualifier;
  confidence: number;
  /** In a document about a pair of countries, a figure of other countries only: kept, but out of the pair's account unless asked for. */
  thirdParty?: true;
  /**
   * When a sentence's clauses give two sources' figures ("Belgium's foreign ministry says … 31 percent; Kinshasa puts it at …"), the
   * words of the figure's clause up to its verb of saying: a country named there is who gives the figure, not what it measures.
   */
  saidBy?: { start: number; end: number };
  /**
   * A source's own count of a figure told before it in its paragraph ("the statistics bureau counts about 27,500"): the span of that
   * figure's value. The two measure one thing, so they are one fact or a conflict whatever countries their passages name.
   */
  restates?: { start: number; end: number };
}

/** Everything the pipeline found in one document. */
export interface Annotations {
  times: TimeAnnotation[];
  entities: EntityMention[];
  events: EventAnnotation[];
  facts: FactAnnotation[];
}
