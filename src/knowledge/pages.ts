/** Pages of the lists the engine serves: what a page request may ask, and cutting a page. */
import { DyadError } from '../model/errors.js';
import type { AnnotationQuery } from './annotation-queries.js';

/** Events, facts and entities: a page of at most this many (the store pages them). */
export const MAX_LIST_LIMIT = 10_000;
export const MAX_LIST_OFFSET = 1_000_000;
/** Events, facts or entities with a page: `offset` skips, `limit` (none: all) keeps. */
export interface ListQuery extends AnnotationQuery {
  offset?: number;
  /** Facts only: the unit (USD, persons, …). */
  unit?: string;
}

/** A page of a list and the length of the whole list. */
export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit?: number;
}

/** Refuses a value not among those allowed, naming them. */
export function oneOf(what: string, value: string, allowed: readonly string[]): void {
  if (!allowed.includes(value)) throw new DyadError('BAD_REQUEST', `${what} "${value}" is not one of: ${allowed.join(', ') || '(none stored)'}`);
}

/** Checks a page's offset and limit. */
export function checkPage(q: ListQuery): { offset: number; limit?: number } {
  const offset = q.offset ?? 0;
  if (q.limit !== undefined && (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > MAX_LIST_LIMIT)) {
    throw new DyadError('BAD_REQUEST', `limit must be an integer from 1 to ${MAX_LIST_LIMIT}, not ${q.limit}`);
  }
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_LIST_OFFSET) throw new DyadError('BAD_REQUEST', `offset must be an integer from 0 to ${MAX_LIST_OFFSET}, not ${offset}`);
  return { offset, ...(q.limit !== undefined ? { limit: q.limit } : {}) };
}

export function page<T>(all: T[], q: ListQuery): Page<T> {
  const { offset, limit } = checkPage(q);
  const items = all.slice(offset, limit === undefined ? undefined : offset + limit);
  return { items, total: all.length, offset, ...(limit !== undefined ? { limit } : {}) };
}

/** A page the store has cut: the page's items and the filter's total. */
export function stored<T>(list: { items: T[]; total: number }, p: { offset: number; limit?: number }): Page<T> {
  return { items: list.items, total: list.total, offset: p.offset, ...(p.limit !== undefined ? { limit: p.limit } : {}) };
}
