import type { TimeAnnotation } from '../../model/annotation.js';

/**
 * "earlier this year", "Late last week", "later this afternoon", "early next year": an edge word
 * before a period named from the report is part of the TIMEX3 (TimeML tags "Earlier this month"
 * whole, `mod START`). The period keeps its value and its EDTF (the edge is a guess at which
 * part of it); only the extent and the mod change. A weekday after "Earlier" is left alone:
 * TimeML tags it both ways; "earlier this week" too, which it tags without "earlier".
 */
const PERIOD = /^(?:(?:this|next|last|that)\s+(?:year|month|week|afternoon|morning|evening)|yesterday|today|tomorrow|the\s+year)$/i;
const EDGE_BEFORE = /\b(early|earlier|late|later)(?:\s+in)?\s+$/i;

/** The times with the edge word said before a period taken into it. */
export function withEdges<T extends Pick<TimeAnnotation, 'start' | 'end' | 'text' | 'timex'>>(times: T[], text: string): T[] {
  return times.map((t) => {
    if (t.timex.mod || !PERIOD.test(t.text)) return t;
    const edge = EDGE_BEFORE.exec(text.slice(Math.max(0, t.start - 20), t.start));
    // TimeML leaves "earlier" and "later" out of a week ("earlier this week" tags "this week"), as it tags "early this week" whole.
    if (!edge || (/^(?:earlier|later)$/i.test(edge[1]!) && /week$/i.test(t.text))) return t;
    const start = t.start - edge[0].length + edge[0].search(/\S/);
    const mod = /^earl/i.test(edge[1]!) ? 'START' : 'END';
    return { ...t, start, text: text.slice(start, t.end), timex: { ...t.timex, mod } };
  });
}
