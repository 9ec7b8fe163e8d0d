/**
 * Markdown emphasis around a figure (session 48): "trained an estimated **3,400** customs officers", "Of the 30 posts, **6** have
 * scanners", "__1,240__ cartons", "**2,300** tonnes", "USD **40** million". The value patterns read a number with the words right
 * next to it (one space); the marks between them hide those words, so a bold figure was read as nothing or without its unit.
 * In a copy of the text of the same length, the marks of a short emphasised run that holds a digit are taken out and their room
 * put before the run (and before a currency or a bound right before it: "USD", "about"), so the figure stands one space from the
 * words on both sides as in plain text. `origin` maps an offset of the copy back to the text. A long run ("**Week 14 (20 and 23
 * April) — Student presentations.**", more than `MAX_WORDS` words) is a heading or a lead-in, left as it is, and so is a run
 * with no digit ("**Core Group**") or one opened by a label word ("**Lot 12**", "**Annex 3**": a name, not a figure).
 */

import { QUALIFIER_WORDS } from './qualifiers.js';

/** A run of strong emphasis on one line: "**3,400**", "__about 480,000__", "**GHS 612 million**". */
const STRONG = /(\*\*|__)(?=\S)([^*_\n]{1,60}?)(?<=\S)\1/g;
/** More words than a figure with its qualifier, currency or unit takes ("more than USD 1.2 billion", "47.2 per cent"). */
const MAX_WORDS = 5;
/** A run that names a thing by its number ("Lot 12", "Form 7", "Room 204"): left with its marks. */
const LABEL_RUN = /^(?:lot|form|item|room|annex|box|no\.?|number|article|section|clause|chapter|table|figure|page|week|phase|step|case|file)\b/i;
/** A currency right before the run, one space from it, read with the figure: "USD **40** million", "€ **12** million". */
const CURRENCY_LEAD = /(?:^|[\s(])([A-Z]{3}|US\$|[$€£¥₵]) $/;
let boundLead: RegExp | undefined;
/** A currency or a bound (qualifiers.ts' one list: "about", "more than" …) right before the run: "About **3** million". */
function leadWord(before: string): RegExpExecArray | null {
  boundLead ??= new RegExp(`(?:^|[\\s(])((?:${QUALIFIER_WORDS})) $`, 'i');
  return CURRENCY_LEAD.exec(before) ?? boundLead.exec(before);
}

export interface PlainEmphasis {
  text: string;
  /** Spans of the copy whose characters sit `shift` characters right of where they are in the text. */
  shifts: { from: number; to: number; shift: number }[];
}

/**
 * The text with the marks of every short emphasised run holding a digit taken out, their room put before the run.
 * @example plainEmphasis('It seized **2,300** tonnes.').text // → 'It seized     2,300 tonnes.'
 */
export function plainEmphasis(text: string): PlainEmphasis {
  const shifts: PlainEmphasis['shifts'] = [];
  if (!text.includes('**') && !text.includes('__')) return { text, shifts };
  let out = '';
  let from = 0;
  for (const m of text.matchAll(STRONG)) {
    const mark = m[1]!;
    const inner = m[2]!;
    if (!/\d/.test(inner) || inner.trim().split(/\s+/).length > MAX_WORDS || LABEL_RUN.test(inner.trim())) continue;
    const at = m.index!;
    const end = at + m[0].length;
    if (at < from) continue;
    const lead = leadWord(text.slice(Math.max(from, at - 20), at));
    const blockStart = lead ? at - lead[1]!.length - 1 : at;
    const pad = 2 * mark.length;
    out += text.slice(from, blockStart) + ' '.repeat(pad) + text.slice(blockStart, at) + inner;
    if (at > blockStart) shifts.push({ from: blockStart + pad, to: at + pad, shift: pad });
    shifts.push({ from: at + pad, to: end, shift: mark.length });
    from = end;
  }
  return { text: out + text.slice(from), shifts };
}

/** Where an offset of the copy is in the text. */
export function emphasisOrigin(shifts: PlainEmphasis['shifts'], at: number): number {
  for (const s of shifts) if (at >= s.from && at < s.to) return at - s.shift;
  return at;
}

/** Where the end (exclusive) of a span of the copy is in the text. */
export function emphasisEnd(shifts: PlainEmphasis['shifts'], end: number): number {
  return shifts.length ? emphasisOrigin(shifts, end - 1) + 1 : end;
}
