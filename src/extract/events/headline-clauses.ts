import type { Sentence } from '../../model/document.js';
import type { Trigger } from './event-types.js';

/** How far after a headline's comma its next act may start: a name for its subject at most ("…, Accra pledges"). */
const SUBJECT_REACH = 30;

/**
 * The clauses of a news headline that commas part, each telling an act of its own: a headline
 * writes "and" as a comma ("Ghana, Togo agree on transit corridor, pledge joint border post";
 * "Ghana, Togo sign transit deals, Accra pledges $40 million for border post"). A comma parts
 * two clauses when a trigger lies before it (in the clause it ends) and one starts within a short
 * subject after it, with no comma between; a comma between names ("Ghana, Togo") parts none.
 * The whole headline, as one clause, when no comma parts it.
 * @example headlineClauses('Peru, Chile sign deals, pledge aid', { start: 0, end: 34, block: 0 }, [sign, pledge]).length // → 2
 */
export function headlineClauses(text: string, s: Sentence, triggers: Trigger[]): Sentence[] {
  const out: Sentence[] = [];
  let from = s.start;
  for (let at = text.indexOf(',', s.start); at >= 0 && at < s.end; at = text.indexOf(',', at + 1)) {
    const before = triggers.some((t) => t.start >= from && t.end <= at);
    const next = text.indexOf(',', at + 1);
    const upTo = next < 0 || next > s.end ? s.end : next;
    const after = triggers.some((t) => t.start > at && t.start - at <= SUBJECT_REACH && t.end <= upTo);
    if (!before || !after) continue;
    out.push({ ...s, start: from, end: at });
    from = text.slice(at + 1).search(/\S/) + at + 1;
  }
  return out.length ? [...out, { ...s, start: from, end: s.end }] : [s];
}
