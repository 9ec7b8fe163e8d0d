import type { Citation } from '../ask/types.js';

/** Two states the documents are about (ISO 3166-1 alpha-3, in name order) and the documents about them. */
export interface Pair {
  countries: { id: string; name: string }[];
  docs: string[];
}

/** A step of the relationship's level: its date, the name the sources give it, its level id (lexicon/state.json). */
export interface PartnershipStep {
  date: string;
  name: string;
  level: string;
  pair: string[];
  citations: Citation[];
}

export interface Meeting {
  date: string;
  citations: Citation[];
}

/** A standing mechanism (a dialogue, a committee): first meeting, level, how often held, each meeting cited. */
export interface Mechanism {
  name: string;
  first: string;
  level: string | null;
  /** How often the sources say it is held (`annual`, …), null when they do not say. */
  frequency: string | null;
  pair: string[];
  meetings: Meeting[];
}

/** A visit: who went from where to where, when. */
export interface Visit {
  date: string;
  visitor: string | null;
  office: string | null;
  from: string | null;
  to: string | null;
  citations: Citation[];
}

export interface Agreement {
  date: string;
  name: string;
  /** `signed`, `in_force` (lexicon/state.json, agreements.events). */
  status: string;
  pair: string[];
  citations: Citation[];
}

/** What `dyad state` and `GET /api/state` return. */
/** The state without its cited lists (README, "State and series"): what an overview draws, a small answer whatever the corpus. */
export interface StateSummary {
  at: string | null;
  pairs: Pair[];
  /** Each step with its first citation only, and how many passages tell it. */
  partnership: (PartnershipStep & { cited: number })[];
  visits: { count: number; byDecade: Record<string, number>; byOffice: Record<string, number> };
  mechanisms: number;
  agreements: number;
}

export interface RelationshipState {
  /** The EDTF date the state was cut at; null for everything the documents tell. */
  at: string | null;
  pairs: Pair[];
  partnership: PartnershipStep[];
  mechanisms: Mechanism[];
  visits: { items: Visit[]; byDecade: Record<string, number>; byOffice: Record<string, number> };
  agreements: Agreement[];
}

/** A point of a series. `value` is in base units (USD, persons); `stated` is the figure as the source writes it. */
export interface SeriesPoint {
  period: string;
  value: number;
  unit: string;
  stated: string | null;
  qualifier: string;
  direction: { from: string; to: string } | null;
  /** Another source gives another value for the same indicator, subject and period (Engine.conflicts()). */
  conflict: boolean;
  /** The reconciled fact the point is (`GET /api/facts/{fact}` pages through all its passages). */
  fact: string;
  /** How many passages tell it; `citations` holds the first of them (all of them, unless a limit is asked). */
  citationCount: number;
  citations: Citation[];
}

/**
 * One line of figures: one indicator in one unit, scope, subject and direction, so that annual
 * and cumulative figures, or flows in opposite directions, are never joined in one line.
 */
export interface Series {
  indicator: string;
  unit: string;
  /** `annual` (a year or less), `multi-year` (a span of years: cumulative or a period total). */
  scope: string;
  subject: string | null;
  direction: { from: string; to: string } | null;
  points: SeriesPoint[];
}

/** The indicators with figures, without their points. */
export interface IndicatorSummary {
  indicator: string;
  units: string[];
  points: number;
  lines: number;
}
