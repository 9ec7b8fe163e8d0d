import type { EventAnnotation } from '../../model/annotation.js';
import { ploverRules } from './plover-rules.js';

/**
 * A hypothetical act names no day of its own unless its clause states one (session 43, issue 10). "If the visit goes ahead, …",
 * "Chinese consumers could boycott Australian wine", "the Ambassador would be summoned every time …": an act under a condition,
 * a doubt or a counterfactual ("would", "could", "might", "if", `event-mode.ts`) was not done, and the guidelines annotate a
 * hypothetical act only "with the date it names". Dated from outside its sentence — its paragraph's date (`dateSource:
 * 'context'`) or the report's day (`'document'`) — it names none: that date is of another act told before it, or of the report,
 * not of the act weighed. A hypothetical act whose own sentence dates it ("would sign the accord in March 2027") is kept, as is a
 * threat or a demand, which is made by telling it whatever it threatens (`toldAsMade` in `plover-rules.json`).
 */
export function withoutUndatedHypotheticals<E extends Pick<EventAnnotation, 'mode' | 'dateSource' | 'plover'>>(events: E[]): E[] {
  const made = ploverRules().toldAsMade;
  return events.filter((e) => e.mode !== 'hypothetical' || e.dateSource === 'sentence' || made.has(e.plover.type));
}
