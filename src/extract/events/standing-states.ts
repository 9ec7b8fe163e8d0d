import type { EventAnnotation } from '../../model/annotation.js';
import { eventTypes } from './event-types.js';

/**
 * A state of affairs named by its noun alone (`stateNouns` of event-types.json: "war", "crisis"), in a sentence that states no
 * date of its own, is no act: "The war in Sudan has driven millions from their homes", "Behind the spat lies the war in the
 * east", "The crisis moved to the courts" name a war or a crisis that goes on, or one told before, not something done on the
 * day of the report or of the paragraph's act. GUIDELINES.md leaves out states; an act of war is dated by what its sentence
 * says ("The war ended in February 2002", "the 1971 war") and keeps its event, and so does a noun a verb of engaging governs
 * ("went to war", "declared war", "at war").
 */
export function withoutStandingStates<E extends Pick<EventAnnotation, 'trigger' | 'dateSource' | 'rule'>>(text: string, events: E[]): E[] {
  const { stateNouns } = eventTypes();
  if (!stateNouns.size) return events;
  return events.filter((e) => !standingState(text, e, stateNouns));
}

/** Words right before a state's noun that make it an act of engaging in the state: "went to war", "declared war", "at war". */
const ENGAGED = /\b(?:to|at|into|declared?|declares|declaring|wage[ds]?|waging|fought|fight|fights|fighting)\s+(?:(?:a|an|the)\s+)?$/i;

function standingState(text: string, e: Pick<EventAnnotation, 'trigger' | 'dateSource' | 'rule'>, stateNouns: Set<string>): boolean {
  if (e.dateSource === 'sentence' || !/\+(?:context|document)-date\b/.test(e.rule) || e.rule.includes('+offset')) return false;
  const words = text.slice(e.trigger.start, e.trigger.end).trim().toLowerCase();
  if (!stateNouns.has(words)) return false;
  return !ENGAGED.test(text.slice(Math.max(0, e.trigger.start - 24), e.trigger.start));
}
