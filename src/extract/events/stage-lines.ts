import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import { headingLines, nextHeading } from '../heading-lines.js';
import { genreCues } from '../genre-cues.js';

type Event = Omit<EventAnnotation, 'stage'>;

/**
 * A parliament's page on a bill lists its stages, one to a line, the stage's name and its day with no verb:
 *
 *   1. STAGES OF THE BILL
 *   - Submitted to the House: 9 January 2025
 *   - First reading (plenary debate): 12 March 2025
 *   - Royal Assent: expected in December 2026
 *
 * Under a heading naming the bill's stages (`lexicon/genres.json` `billStageHeadings`), each list item whose label, before
 * its colon, is followed by a date (after at most a few words: "adjourned on", "expected in") is a stage of the bill, the
 * state's own act of that day (`domestic_policy`): a decision (AGREE) when its label says so (`billStageAgree`), else a
 * deliberation (CONSULT); "expected", "scheduled" or "due" before the date make it planned. "Page last updated: …" or
 * "Export generated: …" under any other heading is no stage.
 */

/** A list item's first line: its marker, its label (no colon, at most 100 characters) and what follows the colon. */
const STAGE_ITEM = /^[ \t]*[-*•][ \t]+([^:\n]{3,100}):[ \t]+([^\n]*)$/gm;
/** What may stand between the colon and the stage's date: a few words ("adjourned on", "on Tuesday of this week ("). */
const BEFORE_DATE = /^[^\d.;]{0,40}$/;
const PLANNED = /\b(?:expected|scheduled|planned|due|foreseen|to\s+be)\b/i;

/**
 * The stages of a bill listed under a heading naming them (rule `bill-stage`), each dated by the day or month of its line.
 * @example stageActs('1. STAGES OF THE BILL\n\n- Vote in the House: 18 March 2025', times) // → one domestic_policy, AGREE, 2025-03-18
 */
export function stageActs(text: string, times: readonly TimeAnnotation[]): Event[] {
  const { billStageHeadings, billStageAgree } = genreCues();
  const out: Event[] = [];
  for (const h of headingLines(text)) {
    if (!billStageHeadings.test(h.line)) continue;
    const from = h.start + h.line.length;
    const to = nextHeading(text, from);
    STAGE_ITEM.lastIndex = from;
    for (let m = STAGE_ITEM.exec(text); m && m.index < to; m = STAGE_ITEM.exec(text)) {
      const label = m[1]!;
      const valueAt = m.index + m[0].length - m[2]!.length;
      const date = times.find((t) => t.start >= valueAt && t.start < m!.index + m[0].length && (t.granularity === 'day' || t.granularity === 'month') && !!t.edtf);
      if (!date || !BEFORE_DATE.test(text.slice(valueAt, date.start))) continue;
      const labelAt = m.index + m[0].indexOf(label);
      const decision = billStageAgree.test(label);
      out.push({
        start: labelAt,
        end: m.index + m[0].length,
        type: 'domestic_policy',
        plover: decision ? { type: 'AGREE', mode: 'agreement' } : { type: 'CONSULT', mode: 'dialogue' },
        date: date.edtf,
        dateSource: 'sentence',
        trigger: { start: labelAt, end: labelAt + label.trimEnd().length },
        actors: [],
        mode: PLANNED.test(text.slice(valueAt, date.start)) ? 'planned' : 'asserted',
        confidence: 0.7,
        rule: 'bill-stage',
      });
    }
  }
  STAGE_ITEM.lastIndex = 0;
  return out;
}
