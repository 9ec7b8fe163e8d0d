/**
 * What a store counts for the relationship at a glance (`Store.seriesLines`, `Store.seriesPoints`):
 * the lines of figures and their points without reading every fact (DESIGN.md, "State and series").
 */

/** A line of figures: one indicator in one unit and scope, about one subject, in one direction. */
export interface SeriesLineKey {
  indicator: string;
  unit: string;
  /** `annual` (a period of a year or less) or `multi-year`. */
  scope: 'annual' | 'multi-year';
  /** The subject, '' when the facts name none. */
  subject: string;
  /** "from>to", '' when the facts give no direction. */
  direction: string;
}

/** A line counted: its facts with a period (`points`), its distinct periods, and its first fact in the facts' list order. */
export interface SeriesLineCount extends SeriesLineKey {
  points: number;
  periods: number;
  /** The first fact's id (its subject and direction are the line's as the list names them). */
  first: string;
  /** Where the first fact stands in the facts' order (comparable as bytes: `Buffer.compare`). */
  order: string;
}

/** A point of a line as the store keeps it: the fact, its period and value, its place in the list's order, and where it is told. */
export interface SeriesPointRow {
  id: string;
  period: string;
  value: number;
  order: string;
  /** Its mentions as "doc|start|end". */
  mentions: string[];
}
