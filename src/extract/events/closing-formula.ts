import type { EventAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Block } from '../../model/document.js';
import { genreCues } from '../genre-cues.js';
import { isJointStatement } from './dateline-span.js';
import { pairAsActors } from './pair-passive.js';

/**
 * The closing formula of a signed instrument (session 39, issue 10): a treaty, a memorandum of understanding, a joint
 * statement or a communiqué ends with a line of its own that says where and when it was signed, and that line is the
 * signing itself, with no subject and often no verb the finders read ("Done" is no act of any vocabulary):
 *
 *   Done at Lendava on 21 May 2026, in two originals in the Slovenian, Hungarian and English languages.
 *   Done at Banjul, 18 June 2026
 *   Signed in Tashkent on 10 September 2026 in two original copies, each in the Kazakh, Uzbek and Russian languages.
 *
 * The formula (`closingFormulas`, lexicon/genres.json) opens the line and a place follows it; after the place one date, and
 * after the date nothing but the copies and languages the instrument was done in. A sentence that goes on after the date
 * ("Signed at Paris on 27 June 1900, the convention fixed …") is prose, read by the other finders. The act is the pair's:
 * a joint statement's (`isJointStatement`: the title) is its issue, `joint_statement`; any other instrument's is its
 * signature, `agreement_signed`.
 */

type Event = Omit<EventAnnotation, 'stage'>;

/**
 * Whether a text is an instrument of two parties: its title names one at its head (`twoPartyInstruments`, lexicon/genres.json:
 * "Memorandum of Understanding between …", "Kenya–Uganda Joint Communiqué", before any topic the title goes on to: "Decree of the
 * President on the implementation of the Agreement …" names a decree), or its text names its signatories as two parties do
 * (`twoPartyTerms`: "the Parties", "the Participants", "the two Governments").
 */
function twoParty(text: string, blocks: Block[]): boolean {
  const { twoPartyInstruments, twoPartyTerms } = genreCues();
  const title = blocks[0] ? text.slice(blocks[0].start, blocks[0].end) : '';
  const named = new RegExp(`(?<!\\p{L})(?:${twoPartyInstruments.source})(?!\\p{L})`, 'iu').exec(title);
  if (named && !TOPIC.test(title.slice(0, named.index))) return true;
  return twoPartyTerms.test(text);
}

/** A word after which a title tells its topic: "… on the closure of the border", "concerning", "regarding". */
const TOPIC = /\b(?:on|concerning|regarding|about|approving|implementing|ratifying|amending)\b/iu;

/** A place's name: capitalised words ("Ha Noi", "Kuwait City", "Bandar Seri Begawan", "Saint-Petersburg"). */
const PLACE = /^\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:\s*,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)?\s*(?:,|\s+on\b|\s+this\b|\s+the\b)/u;
/** What may follow the date: the number of originals, the languages, their equal authority. */
const AFTER_DATE = /^\s*(?:[,;]?\s*(?:in|and|each|both|all)\b[^\n]*\b(?:originals?|cop(?:y|ies)|languages?|texts?|duplicate|triplicate|authentic)\b[^\n]*)?[.;]?\s*$/iu;
/** Marks a line may open with: a list's bullet, emphasis, a quote's bar. */
const LEAD = /^[\s*_>#-]*/;

/**
 * The signing acts of the closing formulas of a text (rule `closing-formula`), one per formula line that holds one date.
 * @example closingActs(text, blocks, times, new Set(['SVN', 'HUN'])) // "…\n\nDone at Lendava on 21 May 2026, in two originals." → agreement_signed, 2026-05-21
 */
export function closingActs(text: string, blocks: Block[], times: TimeAnnotation[], pair: Set<string> | undefined): Event[] {
  // The signing of two parties: a known pair, and an instrument of two parties (a decree, a declaration or a news note closing so is none).
  if (pair?.size !== 2 || !twoParty(text, blocks)) return [];
  const { source } = genreCues().closingFormulas;
  const formula = new RegExp(`^(?:${source})`, 'iu');
  // A line that may hold a closing formula: one opening with a formula, past marks and emphasis.
  const candidate = new RegExp(`^[ \\t*_>#-]*(?:${source})\\b[^\\n]*`, 'gimu');
  const out: Event[] = [];
  // The title is never the closing line.
  const from = blocks[0]?.end ?? 0;
  // The closing line starts a block of its own: a line wrapped inside a paragraph ("… was\ndone in Lomé on 3 May 2024.") is prose.
  const blockStarts = new Set(blocks.map((b) => b.start));
  const statement = isJointStatement(text, blocks);
  for (const line of text.slice(from).matchAll(candidate)) {
    const lineStart = from + line.index!;
    if (!blockStarts.has(lineStart)) continue;
    const lead = LEAD.exec(line[0])![0].length;
    const opened = formula.exec(line[0].slice(lead));
    // The formula opens its line with a capital ("Done", "SIGNED"), as a line of its own does.
    if (!opened || !/^\p{Lu}/u.test(opened[0])) continue;
    const start = lineStart + lead;
    const afterFormula = start + opened[0].length;
    const place = PLACE.exec(text.slice(afterFormula, lineStart + line[0].length));
    if (!place) continue;
    const lineEnd = lineStart + line[0].replace(/[\s*_]+$/, '').length;
    const dates = times.filter((t) => t.start >= afterFormula && t.end <= lineEnd);
    if (dates.length !== 1) continue;
    const date = dates[0]!;
    // Nothing between the place and the date but a preposition, an article or "this … day of" ("this 12th day of March 2025").
    const between = text.slice(afterFormula + place[0].length, date.start);
    if (date.start < afterFormula + place[0].length - 6 || !/^[\s,]*(?:(?:on|the|this|\d{1,2}(?:st|nd|rd|th)?|day|of)\s*)*$/iu.test(between)) continue;
    // "this 3rd day of July 2023": the day stands apart from its month, which alone is the time read.
    const day = /\b(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s*$/iu.exec(between)?.[1];
    const edtf = day && /^\d{4}-\d{2}$/.test(date.edtf) && +day >= 1 && +day <= 31 ? `${date.edtf}-${day.padStart(2, '0')}` : date.edtf;
    if (!AFTER_DATE.test(text.slice(date.end, lineEnd).replace(/[*_]+/g, ''))) continue;
    out.push({
      start,
      end: lineEnd,
      type: statement ? 'joint_statement' : 'agreement_signed',
      plover: statement ? { type: 'AGREE', mode: 'joint-statement' } : { type: 'AGREE', mode: 'signed' },
      date: edtf,
      dateSource: 'sentence',
      trigger: { start, end: date.end },
      actors: pairAsActors(pair),
      mode: 'asserted',
      confidence: 0.7,
      rule: 'closing-formula',
    });
  }
  return out;
}
