import type { ContributionRow } from './contributions.js';
import type { StoredItem } from './item.js';
import { mergeEvents } from './events.js';
import { mergeFacts } from './facts.js';
import { eventConflicts } from './event-conflicts.js';

export { contributions, factBucket, type Contribution, type ContributionRow, type ContributionData } from './contributions.js';
export { entityItem, ENTITY_MENTIONS } from './entities.js';
export { bounds, nameWords } from './keys.js';
export type { StoredItem } from './item.js';

/**
 * The buckets of items to reconcile again when the contributions of `bucket` change: a bucket of
 * events, facts or entities its own; the tellings of a type and year the conflicts whose earlier
 * date is that year or the year before.
 * @example dependents('te|leader_visit|1993') // → ['cf|leader_visit|1992', 'cf|leader_visit|1993']
 */
export function dependents(bucket: string): string[] {
  if (!bucket.startsWith('te|')) return [bucket];
  const [, type, year] = bucket.split('|');
  return [`cf|${type}|${String(Number(year) - 1).padStart(4, '0')}`, `cf|${type}|${year}`];
}

/** The contribution buckets an item bucket is reconciled from (entities: see `entityItem`). */
export function sources(bucket: string): string[] {
  if (!bucket.startsWith('cf|')) return [bucket];
  const [, type, year] = bucket.split('|');
  return [`te|${type}|${year}`, `te|${type}|${String(Number(year) + 1).padStart(4, '0')}`];
}

/**
 * The items of a bucket of events, facts or conflicts, from the contributions of its sources in
 * corpus order (document name, then document order).
 * @example reconcile('ev|0|leader_visit|CONSULT|1993', rows) // → [{ id: 'ev-…', layer: 'events', data: { type: 'leader_visit', date: '1993-03', mentions: [...] } }]
 */
export function reconcile(bucket: string, rows: ContributionRow[]): StoredItem[] {
  if (bucket.startsWith('ev|')) return mergeEvents(bucket, rows);
  if (bucket.startsWith('fa|')) return mergeFacts(bucket, rows);
  if (bucket.startsWith('cf|')) return eventConflicts(bucket, bucket.split('|')[2]!, rows);
  throw new Error(`reconcile: no rule for bucket ${bucket}`);
}
