import type { Engine } from '../knowledge/engine.js';
import { conflictPages, pages } from './pages.js';
import type { ExportFilters } from './types.js';

/**
 * JSON Lines: one item a line, exactly as the API's list gives it (`GET /api/events` …), its
 * `mentions` (conflicts: each claim's `citations`) holding `doc`, `start`, `end` and `quote`.
 */
export async function* jsonl<T>(items: AsyncIterable<T[]>): AsyncGenerator<string> {
  for await (const page of items) yield page.map((item) => JSON.stringify(item) + '\n').join('');
}

export const eventsJsonl = (engine: Engine, q: ExportFilters) => jsonl(pages((p) => engine.eventPage(p), q));
export const factsJsonl = (engine: Engine, q: ExportFilters) => jsonl(pages((p) => engine.factPage(p), q));
export const conflictsJsonl = (engine: Engine) => jsonl(conflictPages(engine));
