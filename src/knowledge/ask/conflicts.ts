import type { Store } from '../../store/store.js';
import type { Conflict } from '../../model/knowledge.js';

export type { Conflict } from '../../model/knowledge.js';

/**
 * Conflicts in the store: events dated differently and figures that differ for the same
 * indicator, subject, unit and period (including one document contradicting itself). The store
 * keeps them reconciled as documents come and go (rules in src/reconcile/event-conflicts.ts and
 * src/reconcile/facts.ts).
 * @example await findConflicts(store) // → [{ kind: 'event', about: 'partnership_upgrade: Vietnam, …', claims: [{ answer: 'May 2009', … }, { answer: 'October 2009', … }] }]
 */
export async function findConflicts(store: Store): Promise<Conflict[]> {
  return (await store.listConflicts()).items;
}
