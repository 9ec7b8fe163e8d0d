import { fold } from '../../extract/fold.js';
import type { DocumentRecord } from '../../model/document.js';
import type { AskCorpus, Passage } from './corpus.js';
import type { ParsedQuestion } from './question.js';
import type { Scored } from './retrieve.js';
import type { Span } from './spans.js';
import { stem } from './text.js';

// A list a sentence opens ("The Parties signed the following documents:") and the items on the lines after it: what a how-many question
// counts and a list question names.

/** A line that opens an item: "a)", "(a)", "1)", "(1)", "1.", "-", "•", "*", "–". */
const ITEM = /^[ \t]*(?:\(?[a-z]\)|\(?\d{1,2}[.)]|[-•*–])[ \t]+/;
/** A line that opens a numbered paragraph of its own ("5. The Heads of State…"): the list has ended. */
const PARAGRAPH = /^[ \t]*\d{1,3}\.[ \t]+\p{Lu}/u;
/** The kind of an item's mark: a letter, a number or a bullet. */
const markKind = (mark: string) => (/\d/.test(mark) ? 'number' : /\p{L}/u.test(mark) ? 'letter' : 'bullet');
/** The most items read after one sentence. */
const MOST = 40;

/**
 * The items on the lines after a passage that ends with a colon, each without its mark and its closing ";" or "."; a line that opens
 * no item continues the one before it ("…with an authorised capital of USD 500 million, to / be capitalised…"). None when the line after
 * the passage opens no item.
 * @example listAfter(doc, passage).map((s) => s.text) // → ['an agreement on customs procedures', 'a protocol on road transport']
 */
export function listAfter(doc: DocumentRecord, p: Passage): Span[] {
  if (!/:\s*$/.test(doc.text.slice(p.start, p.end))) return [];
  const items: Span[] = [];
  let first: string | undefined;
  let at = doc.text.indexOf('\n', p.end - 1);
  while (at >= 0 && items.length < MOST) {
    const start = at + 1;
    const next = doc.text.indexOf('\n', start);
    const end = next < 0 ? doc.text.length : next;
    const line = doc.text.slice(start, end);
    // A blank line may part the lead-in from its first item ("…the following documents:", a blank line, "(a) …"); after an item it ends the list.
    if (!line.trim() && !items.length && next >= 0 && !/\n[^]*\n/.test(doc.text.slice(p.end, start))) {
      at = next;
      continue;
    }
    if (!line.trim()) break;
    const mark = ITEM.exec(line);
    const last = items.at(-1);
    // A mark of another kind than the first item's ("5. The Heads of State…" after "a)", "b)") opens what follows the list.
    const kind = mark && markKind(mark[0]);
    if (mark && items.length && kind !== first) break;
    first ??= kind ?? undefined;
    if (mark) {
      items.push({ kind: 'span', start: start + mark[0].length, end, text: '', value: '', structured: false });
    } else if (last && !PARAGRAPH.test(line)) {
      last.end = end;
    } else break;
    at = next;
  }
  return items.map((s) => {
    const text = doc.text
      .slice(s.start, s.end)
      .replace(/\s+/g, ' ')
      .replace(/[\s;.,]+(?:and|or)?\s*$/, '')
      .trim();
    return { ...s, end: s.start + doc.text.slice(s.start, s.end).trimEnd().length, text, value: text };
  });
}

/**
 * How many items a list after the passage holds, as a number span over the items, when the passage names the noun counted ("The
 * Parties signed the following *documents*:" for "how many documents did the Parties sign?").
 */
export function listCount(doc: DocumentRecord, p: Passage, counted: string | undefined, held: boolean): Span | undefined {
  // "…, including the following:" opens only some of them.
  if (!counted || !held || /\b(?:including|include|includes|such as|among them|among others)\b/i.test(doc.text.slice(p.start, p.end))) return undefined;
  const items = listAfter(doc, p);
  if (items.length < 2) return undefined;
  const noun = new RegExp(`\\b(${counted}\\p{L}*)`, 'iu').exec(doc.text.slice(p.start, p.end))?.[1] ?? '';
  return { kind: 'number', start: items[0]!.start, end: items.at(-1)!.end, text: `${items.length} ${noun}`.trim(), value: `${items.length} count`, structured: false };
}

/** Whether a question asks for the items of a list: "List the documents signed…", "Name the agreements…". */
export const listAsked = (q: ParsedQuestion): boolean => /^\s*(?:list|name)\s+(?:the|all)\b/.test(fold(q.text));

/**
 * Whether a which/what question asks for a plural noun ("Which *documents* were signed…") that the passage opening a list names in
 * the same plural ("…signed the following *documents*:"): the list's items answer it, not a span of the lead-in ("the following").
 * The plural is matched by its stem ("Which *treaties* were ratified" over "the following *treaties*"). A singular noun ("Which agreement was not concluded?") asks for one thing, and a list of other things does not answer it.
 * @example headListed(parseQuestion('Which documents were signed?'), 'During the visit, the following documents were signed:') // → true
 */
export function headListed(q: ParsedQuestion, lead: string): boolean {
  if (!q.head) return false;
  const after = /\b(?:which|what)\s+((?:\p{L}+\s+){0,2}\p{L}+)/u.exec(fold(q.text))?.[1] ?? '';
  // The head in the plural, by its stem: "treaties" is the plural of "treaty", "countries" of "country", as "documents" of "document".
  const plural = after.split(/\s+/).find((w) => stem(w) === q.head && /[^s]s$/.test(w));
  return !!plural && new RegExp(`\\b${plural}\\b`).test(fold(lead));
}

/** A passage that opens a list scoring at least this much may answer a list or how-many question: its items hold few of the question's words. */
export const LIST_BELOW = 0.35;

/**
 * The passages retrieved down to LIST_BELOW that open a list of two items or more ("During the visit the following documents were
 * signed:"), for a question that asks a list or counts a noun; each document read once, only for such questions.
 */
export async function listOpeners(q: ParsedQuestion, retrieved: Scored[], corpus: AskCorpus): Promise<Scored[]> {
  if (!listAsked(q)) return [];
  const out: Scored[] = [];
  for (const c of retrieved) {
    if (c.score < LIST_BELOW) break;
    // Its text alone is read (the document's times, as retrieval read them), not its whole layers.
    const doc = await corpus.timed(c.passage.doc);
    if (c.asks && doc && listAfter(doc, c.passage).length >= 2) out.push(c);
  }
  return out;
}
