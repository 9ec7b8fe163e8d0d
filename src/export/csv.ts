import type { Engine } from '../knowledge/engine.js';
import type { KnowledgeEvent, KnowledgeFact } from '../knowledge/annotation-queries.js';
import type { Conflict } from '../knowledge/ask/conflicts.js';
import { conflictPages, pages } from './pages.js';
import { citation, type Cited, type ExportFilters } from './types.js';

/**
 * CSV, one row per item (per claim for conflicts), RFC 4180 as csv-stringify writes it. The
 * citations are flattened so a spreadsheet shows the first and a program gets them all: the
 * columns `citation_count`, `doc`, `start`, `end`, `quote` (the first citation) and `citations`
 * (every citation, a JSON array of {doc, start, end, quote}). Other nested values are JSON too
 * (`actors`); empty cells are null values.
 */
type Row = Record<string, string | number | boolean | null>;

function cited(citations: Cited[]): Row {
  const first = citations[0];
  return {
    citation_count: citations.length,
    doc: first?.doc ?? null,
    start: first?.start ?? null,
    end: first?.end ?? null,
    quote: first?.quote ?? null,
    citations: JSON.stringify(citations.map(citation)),
  };
}

const CITATION_COLUMNS = ['citation_count', 'doc', 'start', 'end', 'quote', 'citations'];

export const EVENT_COLUMNS = ['id', 'date', 'type', 'plover_type', 'plover_mode', 'mode', 'actor_names', 'actors', 'location', 'confidence', 'third_party', 'date_source', ...CITATION_COLUMNS];
export const FACT_COLUMNS = ['id', 'indicator', 'value', 'unit', 'qualifier', 'period', 'subject', 'direction_from', 'direction_to', 'confidence', 'third_party', ...CITATION_COLUMNS];
export const CONFLICT_COLUMNS = ['conflict_id', 'kind', 'about', 'claim', 'answer', 'value', ...CITATION_COLUMNS];

export function eventRow(e: KnowledgeEvent): Row {
  return {
    id: e.id,
    date: e.date,
    type: e.type,
    plover_type: e.plover.type,
    plover_mode: e.plover.mode,
    mode: e.mode,
    actor_names: e.actors.map((a) => a.name).join('; '),
    actors: JSON.stringify(e.actors),
    location: e.location,
    confidence: e.confidence,
    third_party: e.thirdParty,
    date_source: e.dateSource,
    ...cited(e.mentions),
  };
}

export function factRow(f: KnowledgeFact): Row {
  return {
    id: f.id,
    indicator: f.indicator,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    period: f.period,
    subject: f.subject,
    direction_from: f.direction?.from ?? null,
    direction_to: f.direction?.to ?? null,
    confidence: f.confidence,
    third_party: f.thirdParty,
    ...cited(f.mentions),
  };
}

/** One row per claim: a conflict of two claims is two rows with the same `conflict_id`, `claim` 1 and 2. */
export function conflictRows(c: Conflict): Row[] {
  return c.claims.map((claim, i) => ({ conflict_id: c.id, kind: c.kind, about: c.about, claim: i + 1, answer: claim.answer, value: claim.value, ...cited(claim.citations) }));
}

/**
 * Rows written a page at a time; the header comes first even when there are no rows. Nothing is
 * yielded before the first page is read, so a bad filter fails before any output.
 */
export async function* csv<T>(columns: string[], items: AsyncIterable<T[]>, toRows: (item: T) => Row[]): AsyncGenerator<string> {
  // Loaded when a CSV is written, so the CLI's other commands do not pay for it.
  const { stringify } = await import('csv-stringify/sync');
  const cast = { boolean: (b: boolean) => String(b) };
  const header = stringify([], { header: true, columns, cast });
  let first = true;
  for await (const page of items) {
    yield (first ? header : '') + stringify(page.flatMap(toRows), { columns, cast });
    first = false;
  }
  if (first) yield header;
}

export const eventsCsv = (engine: Engine, q: ExportFilters) =>
  csv(
    EVENT_COLUMNS,
    pages((p) => engine.eventPage(p), q),
    (e) => [eventRow(e)],
  );
export const factsCsv = (engine: Engine, q: ExportFilters) =>
  csv(
    FACT_COLUMNS,
    pages((p) => engine.factPage(p), q),
    (f) => [factRow(f)],
  );
export const conflictsCsv = (engine: Engine) => csv(CONFLICT_COLUMNS, conflictPages(engine), conflictRows);
