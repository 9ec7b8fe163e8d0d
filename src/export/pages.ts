import { MAX_LIST_LIMIT, type Engine, type ListQuery, type Page } from '../knowledge/engine.js';
import type { Conflict } from '../knowledge/ask/conflicts.js';

/**
 * Every item of a list, a page at a time, through one of the Engine's public page methods, so an
 * export never asks for more than a page at once (the Engine bounds a page at MAX_LIST_LIMIT).
 * @example for await (const events of pages((q) => engine.eventPage(q), { type: 'leader_visit' })) …
 */
export async function* pages<T>(list: (q: ListQuery) => Promise<Page<T>>, q: ListQuery): AsyncGenerator<T[]> {
  for (let offset = 0; ;) {
    const page = await list({ ...q, offset, limit: MAX_LIST_LIMIT });
    if (page.items.length) yield page.items;
    offset += page.items.length;
    if (!page.items.length || offset >= page.total) return;
  }
}

/** Every item of a list at once (for formats that need the whole list, such as a graph). */
export async function all<T>(list: (q: ListQuery) => Promise<Page<T>>, q: ListQuery): Promise<T[]> {
  const out: T[] = [];
  for await (const items of pages(list, q)) out.push(...items);
  return out;
}

/** Conflicts, a page at a time, like the other lists. */
export function conflictPages(engine: Engine): AsyncGenerator<Conflict[]> {
  return pages((q) => engine.conflictPage(q), {});
}
