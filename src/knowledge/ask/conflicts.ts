import type { Store } from '../../store/store.js';
import type { Conflict } from '../../model/knowledge.js';

export type { Conflict } from '../../model/knowledge.js';

/**
 * Conflicts in the store with a claim citing a document: events dated differently and figures
 * that differ for the same indicator, subject, unit and period (including one document
 * contradicting itself), in the store's order. The store keeps them reconciled as documents come
 * and go (rules in src/reconcile/event-conflicts.ts and src/reconcile/facts.ts) and filters them
 * by document, so an answer reads those of its passage's document, not every conflict of the store.
 * @example await conflictsCiting(store, 'oslo-talks.md') // → [{ kind: 'event', about: 'agreement_signing: Chile, …', claims: [{ answer: 'May 2009', … }, { answer: 'October 2009', … }] }]
 */
export async function conflictsCiting(store: Store, doc: string): Promise<Conflict[]> {
  return (await store.listConflicts({ docs: [doc] })).items;
}
