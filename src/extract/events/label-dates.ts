import type { TimeAnnotation } from '../../model/annotation.js';
import type { Sentence } from '../../model/document.js';
import { within } from '../spans.js';

/**
 * A title and the date line right under it, read as one sentence (issue 10): a museum label, a
 * caption or a list of documents names an object or an occasion on one line and gives its place
 * and date on the next ("Photograph of the meeting on the border ridge / August 1978 (date
 * disputed)", "Minutes of the joint commission / Vienna, 12 March 1993"). The segmenter parts a
 * short line without a stop from the line after it (a headline from its dateline); the event
 * stage reads the two together, so the title's act takes the line's date, as it does when the
 * title is long enough to be joined.
 */

/** What may stand before the date on a date line: places ("Frýdek / Cieszyn, ", "Vienna, "), "c." or "circa". */
const BEFORE_DATE = /^(?:\p{Lu}[\p{L}'’.-]*(?:\s*[/–-]?\s*\p{Lu}[\p{L}'’.-]*){0,4},\s*)?(?:(?:c\.|ca\.|circa)\s*)?$/u;
/** What may stand after it: a note in parentheses ("(date disputed)") and nothing else. */
const AFTER_DATE = /^[ \t]*(?:\([^()\n]*\))?[ \t]*$/u;
/** A title line: short, no stop or colon at its end. */
const TITLE_END = /[.!?:;,]\s*$/;
const TITLE_MAX = 100;

/**
 * The sentences with each title line joined to the date line under it; the document's first
 * block (a headline, which its publication dates) is left as it is.
 * @example titledSentences('Minutes of the joint commission\nVienna, 12 March 1993', [s0, s1], [time]) // → [{ start: 0, end: 53, block: 0 }]
 */
export function titledSentences(text: string, sentences: Sentence[], times: TimeAnnotation[]): Sentence[] {
  const timesOf = within(times, sentences);
  const out: Sentence[] = [];
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n]!;
    const next = sentences[n + 1];
    const dated = next && timesOf[n + 1]!.length === 1 ? timesOf[n + 1]![0]! : undefined;
    const titleLine = text.slice(text.lastIndexOf('\n', s.end - 1) + 1, s.end);
    if (
      next &&
      dated &&
      s.block > 0 &&
      !timesOf[n]!.length &&
      titleLine.trim().length <= TITLE_MAX &&
      !TITLE_END.test(titleLine) &&
      /^[ \t]*\n[ \t]*$/.test(text.slice(s.end, next.start)) &&
      BEFORE_DATE.test(text.slice(next.start, dated.start)) &&
      AFTER_DATE.test(text.slice(dated.end, next.end))
    ) {
      out.push({ ...s, end: next.end });
      n++;
    } else out.push(s);
  }
  return out;
}
